target_sources(demarche_core PRIVATE
    io/openprojects.h io/openprojects.cpp
)
