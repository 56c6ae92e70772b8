target_sources(demarche_core PRIVATE
    project/project.h project/project.cpp
    project/project_edits.cpp
)
