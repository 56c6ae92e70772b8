target_sources(demarche_widgets PRIVATE
    common/modelmoveguard.h common/modelmoveguard.cpp
)
