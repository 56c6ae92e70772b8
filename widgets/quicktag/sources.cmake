# The quick-tag popup: select text, press 1 for the actor, 2 for the topic.
target_sources(demarche_widgets PRIVATE
    quicktag/quicktagchip.cpp
    quicktag/quicktagchip.h
    quicktag/quicktagcontroller.cpp
    quicktag/quicktagcontroller.h
    quicktag/quicktagdelegate.cpp
    quicktag/quicktagdelegate.h
    quicktag/quicktagentry.h
    quicktag/quicktaglayout.cpp
    quicktag/quicktaglayout.h
    quicktag/quicktagmodel.cpp
    quicktag/quicktagmodel.h
    quicktag/quicktagpopup.cpp
    quicktag/quicktagpopup.h)
