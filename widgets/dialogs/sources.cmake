# Dialogs. Each group of lines belongs to one dialog; keep them together.
target_sources(demarche_widgets PRIVATE
    # File ▸ Export claims to CSV, Document ▸ Properties, and the source and date of several
    dialogs/documentdetailsdialog.cpp
    dialogs/documentdetailsdialog.h
    dialogs/documentpropertiesdialog.cpp
    dialogs/documentpropertiesdialog.h
    dialogs/documentpropertiesdialog.ui
    dialogs/exportclaimsdialog.cpp
    dialogs/exportclaimsdialog.h)
