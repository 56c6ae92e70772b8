# Item models over the open project, and their roles.
target_sources(demarche_core PRIVATE
    models/modelroles.h
    # Claims table and document list
    models/claimtablemodel.h models/claimtablemodel.cpp
    models/claimfilterproxy.h models/claimfilterproxy.cpp
    models/documentlistmodel.h models/documentlistmodel.cpp
    # Codebook trees (actors and topics)
    models/codebookentry.h
    models/codebooktree.h models/codebooktree.cpp
    models/codebooktreemodel.h models/codebooktreemodel.cpp
    models/codebookitemmodel.h models/codebookitemmodel.cpp
)
