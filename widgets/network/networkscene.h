#pragma once

#include "core/analysis/network.h"

#include <QGraphicsScene>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QSet>

class QPalette;

namespace demarche {

class NetworkEdgeItem;
class NetworkNodeItem;

// A network drawn as nodes and edges, laid out by force. It remembers where every node
// was across networks shown one after another, so that a recount moves little, and
// which nodes the analyst dragged: those stay where they were put.
class NetworkScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkScene)

public:
    explicit NetworkScene(QObject *parent = nullptr);

    void showNetwork(const Network &network);
    const Network &network() const { return m_network; }

    // In the network's order; null for a key not shown.
    const QList<NetworkNodeItem *> &nodeItems() const { return m_nodes; }
    const QList<NetworkEdgeItem *> &edgeItems() const { return m_edges; }
    NetworkNodeItem *nodeItem(const QString &key) const;
    NetworkEdgeItem *edgeItem(const QString &sourceKey, const QString &targetKey) const;

    // A node the analyst put somewhere: it stays there through later layouts.
    void pinNode(const QString &key, QPointF position);
    bool isPinned(const QString &key) const { return m_pinned.contains(key); }
    // Forgets every place and lays the network out afresh.
    void layOutAgain();

    // Rings these nodes, and only these.
    void highlight(const QSet<QString> &keys);

    // Labels and background in the colours of the window's palette.
    void applyPalette(const QPalette &palette);
    // The drawing with a margin, for fitting the view and for export.
    QRectF drawingRect() const;

Q_SIGNALS:
    void nodePinned(const QString &key);

private:
    void build();
    QList<QPointF> layOut(const QList<double> &extents) const;
    QPen edgePen(double weight, double heaviest) const;

    Network m_network;
    QList<NetworkNodeItem *> m_nodes;
    QList<NetworkEdgeItem *> m_edges;
    QHash<QString, QPointF> m_positions; // every node's last place, by its key
    QSet<QString> m_pinned;
    QSet<QString> m_highlighted;
    QColor m_text;
    QColor m_base;
};

} // namespace demarche
