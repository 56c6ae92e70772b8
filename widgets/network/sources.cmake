# The network view: actors (and topics) as nodes, who agrees or disagrees with whom as
# edges, laid out by force and drawn in a graphics scene.
target_sources(demarche_widgets PRIVATE
    network/forcelayout.h network/forcelayout.cpp
)
