target_sources(demarche_core PRIVATE
    io/openprojects.h io/openprojects.cpp
    io/outputfile.h io/outputfile.cpp
)
