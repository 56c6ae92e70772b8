target_sources(demarche_core PRIVATE
    storage/claimfacts.h
    storage/claimfilter.h
    storage/defaulttopics.h storage/defaulttopics.cpp
    storage/documenttext.h storage/documenttext.cpp
    storage/projectstore.h storage/projectstore.cpp
    storage/projectstore_codebook.cpp
    storage/projectstore_claims.cpp
    storage/projectstore_documents.cpp
    storage/rowreaders.h storage/rowreaders.cpp
    storage/schema.h storage/schema.cpp
    storage/sqlsupport.h storage/sqlsupport.cpp
)
