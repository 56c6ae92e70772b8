#pragma once

#include "core/analysis/network.h"

#include <QCoreApplication>
#include <QString>

namespace demarche {

// What the network view says about a network: the names of its kinds, what their edges
// mean, and the tooltips of nodes and edges. In one place so that the view, its tests and
// the guide's wording stay together.
class NetworkTexts final
{
    Q_DECLARE_TR_FUNCTIONS(NetworkTexts)

public:
    static QString kindName(NetworkKind kind);
    // One or two sentences: how the weight of an edge is computed, and the roll-up.
    static QString definition(NetworkKind kind, bool rollUp);
    // "Russia – China", the weight and the topics behind it.
    static QString edgeToolTip(const Network &network, const NetworkEdge &edge);
    // The name, the kind (state, person, ..., or topic) and the claims.
    static QString nodeToolTip(const NetworkNode &node);
    // A weight as the tooltips and the status line show it: at most two decimals.
    static QString weight(double value);
};

} // namespace demarche
