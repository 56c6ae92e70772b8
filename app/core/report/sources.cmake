target_sources(demarche_core PRIVATE
    report/comparisonreport.h report/comparisonreport.cpp
    report/pdfdocument.h report/pdfdocument.cpp
    report/reportformat.h report/reportformat.cpp
)
