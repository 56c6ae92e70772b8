# The "Over time" view: one actor's position on one topic by publication date.
target_sources(demarche_widgets PRIVATE
    timeline/timelinechart.h timeline/timelinechart.cpp
    timeline/timelineview.h timeline/timelineview.cpp
)
