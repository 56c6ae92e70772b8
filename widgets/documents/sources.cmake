# The documents dock: the project's articles, their claim counts, import on empty.
target_sources(demarche_widgets PRIVATE
    documents/documentspanel.h documents/documentspanel.cpp
)
