# The network view: actors (and topics) as nodes, who agrees or disagrees with whom as
# edges, laid out by force and drawn in a graphics scene.
target_sources(demarche_widgets PRIVATE
    network/forcelayout.h network/forcelayout.cpp
    network/networkcanvas.h network/networkcanvas.cpp
    network/networkedgeitem.h network/networkedgeitem.cpp
    network/networkimage.h network/networkimage.cpp
    network/networknodeitem.h network/networknodeitem.cpp
    network/networkscene.h network/networkscene.cpp
    network/networktexts.h network/networktexts.cpp
    network/networktopicfilter.h network/networktopicfilter.cpp
    network/networkview.h network/networkview.cpp
)
