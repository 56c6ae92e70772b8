// The network view's force layout on 50, 100 and 200 nodes with a few edges per node, as
// a congruence network of that many actors would have: a fresh layout, and a settling
// one that starts from the earlier places (the recount after a change).
#include "benchtiming.h"
#include "widgets/network/forcelayout.h"

#include <QCoreApplication>

using namespace demarche;

namespace {

ForceLayout graph(int nodes)
{
    ForceLayout layout(nodes);
    for (int i = 0; i < nodes; ++i) {
        layout.setRadius(i, 20 + i % 40);
        // About four edges a node, some heavier than others.
        for (const int step : {1, 7, 13, 31})
            layout.addEdge(i, (i + step) % nodes, 1 + (i * step) % 5);
    }
    return layout;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    for (const int nodes : {50, 100, 200}) {
        QList<QPointF> placed;
        const bench::Timing fresh = bench::bestOf(5, [&]() { placed = graph(nodes).run(); });
        ForceLayout settling = graph(nodes);
        for (int i = 0; i < nodes; ++i)
            settling.setStart(i, placed.at(i));
        const bench::Timing warm = bench::bestOf(5, [&]() { settling.run(); });
        bench::say(QStringLiteral("force layout, %1 nodes: fresh %2, from earlier places %3")
                       .arg(nodes)
                       .arg(bench::ms(fresh), bench::ms(warm)));
    }
    return 0;
}
