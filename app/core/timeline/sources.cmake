# The over-time view's arithmetic: one actor's position on one topic, date by date.
target_sources(demarche_core PRIVATE
    timeline/timeline.h timeline/timeline.cpp
)
