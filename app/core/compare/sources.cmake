target_sources(demarche_core PRIVATE
    compare/claimscope.h compare/claimscope.cpp
    compare/comparison.h compare/comparison.cpp
    compare/comparisoncsv.h compare/comparisoncsv.cpp
    compare/matrix.h compare/matrix.cpp
    compare/matrixcsv.h compare/matrixcsv.cpp
    compare/csvnumber.h compare/csvnumber.cpp
)
