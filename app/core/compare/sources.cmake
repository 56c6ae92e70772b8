target_sources(demarche_core PRIVATE
    compare/comparison.h compare/comparison.cpp
    compare/comparisoncsv.h compare/comparisoncsv.cpp
)
