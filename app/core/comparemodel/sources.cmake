# The compare view's model: two actors' positions topic by topic, following the project.
target_sources(demarche_core PRIVATE
    comparemodel/comparisonmodel.h
    comparemodel/comparisonmodel.cpp
    comparemodel/comparisonmodel_data.cpp
    comparemodel/comparisonmodel_updates.cpp
)
