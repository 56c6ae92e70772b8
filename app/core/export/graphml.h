#pragma once

#include "core/analysis/network.h"
#include "core/domain/result.h"

#include <QString>

class QIODevice;

namespace demarche {

// A network as GraphML (graphml.graphdrawing.org), the format Gephi and visone open: one
// undirected graph, every attribute declared by a <key> with its type before the graph.
//   nodes: id = NetworkNode::key() ("actor-12", "topic-3"); name and label (the same text:
//          Gephi shows "label"), kind (state, organisation, person, faction, or topic),
//          color (#rrggbb, left out when the entry has none), claims (int), and in an
//          affiliation network type (actor or topic);
//   edges: weight (double), topics (their names joined by "; "), and in an affiliation
//          network mean_position (double, left out when no claim has a position).
// Numbers are written in the C locale, as short as they round-trip. Characters that
// XML 1.0 cannot carry (control characters in a name from a damaged file) become U+FFFD.

// Into an open device; false when the device refused a write.
bool writeGraphml(const Network &network, QIODevice *device);

// Into `path`, checked and written as io/outputfile.h says: never the open project or
// another database, a pipe or device as a stream ("-" is standard output), a file
// replaced only once complete. Errors name the path.
Status writeGraphmlFile(const Network &network, const QString &path);

} // namespace demarche
