target_sources(demarche_widgets PRIVATE
    common/datedelegate.h common/datedelegate.cpp
    common/datetyping.h common/datetyping.cpp
    common/elidedlabel.h common/elidedlabel.cpp
    common/exportwarning.h common/exportwarning.cpp
    common/filedialogs.h common/filedialogs.cpp
    common/focusring.h common/focusring.cpp
    common/keys.h
    common/modelmoveguard.h common/modelmoveguard.cpp
    common/nameonlyiconprovider.h common/nameonlyiconprovider.cpp
)
