target_sources(demarche_core PRIVATE export/claimcolumns.h export/claimsexport.h export/claimsexport.cpp)
