#pragma once

#include <QList>
#include <QPointF>

#include <optional>

namespace demarche {

// Places the nodes of a graph so that linked nodes sit near each other and the others
// apart (Fruchterman and Reingold's spring model, cooled over a fixed number of steps),
// then pushes overlapping nodes apart. Pure arithmetic, no widgets: the same graph, start
// and seed always give the same positions. Nodes are discs of a given radius; a pinned
// node (one the analyst dragged) pulls and pushes the others but never moves.
class ForceLayout final
{
public:
    struct Edge
    {
        int source = -1;
        int target = -1;
        double weight = 1; // above 0; heavier edges pull harder
    };

    explicit ForceLayout(int nodeCount);

    int nodeCount() const { return int(m_nodes.size()); }
    // An edge naming a node outside the graph, linking a node to itself or without a
    // positive finite weight is ignored.
    void addEdge(int source, int target, double weight);
    // How much room the node takes, its label included; 0 by default.
    void setRadius(int node, double radius);
    // Where the node starts, as from an earlier layout; unset, it starts on a circle.
    void setStart(int node, QPointF position);
    void pin(int node, QPointF position);
    bool isPinned(int node) const;
    // The preferred length of an edge, in the positions' units (scene pixels).
    void setEdgeLength(double length) { m_edgeLength = length; }
    void setIterations(int iterations) { m_iterations = iterations; }
    void setSeed(quint32 seed) { m_seed = seed; }

    QList<QPointF> run() const;

private:
    struct Node
    {
        double radius = 0;
        std::optional<QPointF> start;
        bool pinned = false;
    };

    QList<QPointF> startingPositions() const;
    void separate(QList<QPointF> &positions) const;

    QList<Node> m_nodes;
    QList<Edge> m_edges;
    double m_edgeLength = 120;
    int m_iterations = 300;
    quint32 m_seed = 1;
};

} // namespace demarche
