target_sources(demarche_widgets PRIVATE
    preferences/language.h preferences/language.cpp
    preferences/preferencesdialog.h preferences/preferencesdialog.cpp
)
