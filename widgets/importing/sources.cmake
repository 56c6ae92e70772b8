# Importing documents: File ▸ Import, drag and drop onto the window, Paste as New Document.
target_sources(demarche_widgets PRIVATE
    importing/documentimporter.cpp
    importing/documentimporter.h
    importing/filedropfilter.cpp
    importing/filedropfilter.h
    importing/importpaths.cpp
    importing/importpaths.h
    importing/importreport.h
    importing/importreviewdialog.cpp
    importing/importreviewdialog.h
    importing/importsummarydialog.cpp
    importing/importsummarydialog.h)
