# The "Over time" view: one or two actors' positions on one topic by date, week, month, quarter or year.
target_sources(demarche_widgets PRIVATE
    timeline/timelinechart.h timeline/timelinechart.cpp
    timeline/timelineview.h timeline/timelineview.cpp
)
