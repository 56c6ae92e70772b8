# The codebook dock: actors and topics as trees, edited in place.
target_sources(demarche_widgets PRIVATE
    codebook/actorkinddelegate.cpp
    codebook/actorkinddelegate.h
    codebook/codebookpage.cpp
    codebook/codebookpage.h
    codebook/codebookpanel.cpp
    codebook/codebookpanel.h
    codebook/colorswatchdelegate.cpp
    codebook/colorswatchdelegate.h
    codebook/mergedialog.cpp
    codebook/mergedialog.h
    codebook/topicscaledialog.cpp
    codebook/topicscaledialog.h)
