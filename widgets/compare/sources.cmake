# The compare view: two actors' positions topic by topic, its filters and its exports.
target_sources(demarche_widgets PRIVATE
    compare/claimcelldelegate.h compare/claimcelldelegate.cpp
    compare/comparebar.h compare/comparebar.cpp
    compare/compareview.h compare/compareview.cpp
    compare/positionbardelegate.h compare/positionbardelegate.cpp
    compare/scopefilter.h compare/scopefilter.cpp
    compare/stayopenmenu.h compare/stayopenmenu.cpp
    compare/topiccelldelegate.h compare/topiccelldelegate.cpp
)
