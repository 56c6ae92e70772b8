# Whole projects to and from other programs: File ▸ Export ▸ REFI-QDA Project and
# File ▸ Import ▸ REFI-QDA Project, with the dialogs they need.
target_sources(demarche_widgets PRIVATE
    exchange/actorsunderdialog.cpp
    exchange/actorsunderdialog.h
    exchange/lossreportdialog.cpp
    exchange/lossreportdialog.h
    exchange/qdpxexporter.cpp
    exchange/qdpxexporter.h
    exchange/qdpximporter.cpp
    exchange/qdpximporter.h)
