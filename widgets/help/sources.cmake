# Help: the user guide viewer, the links to it from empty states, and the list of every
# keyboard shortcut.
target_sources(demarche_widgets PRIVATE
    help/emptystate.h help/emptystate.cpp
    help/guidelinklabel.h help/guidelinklabel.cpp
    help/shortcutlist.h help/shortcutlist.cpp
    help/shortcutmodel.h help/shortcutmodel.cpp
    help/shortcutsdialog.h help/shortcutsdialog.cpp
    help/userguide.h help/userguide.cpp
    help/userguidedialog.h help/userguidedialog.cpp
)
