target_sources(demarche_core PRIVATE
    text/textspan.h text/textspan.cpp
    text/claimspanindex.h text/claimspanindex.cpp
)
