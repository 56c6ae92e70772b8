# The claim inspector dock: every field of the selected claim, edited through undo commands.
target_sources(demarche_widgets PRIVATE
    inspector/claiminspector.cpp
    inspector/claiminspector.h
    inspector/claiminspector.ui
    inspector/codebookcombo.cpp
    inspector/codebookcombo.h
    inspector/indentdelegate.cpp
    inspector/indentdelegate.h
    inspector/positioneditor.cpp
    inspector/positioneditor.h)
