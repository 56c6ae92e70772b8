target_sources(demarche_widgets PRIVATE
    common/keys.h
    common/modelmoveguard.h common/modelmoveguard.cpp
)
