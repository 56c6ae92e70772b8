#include "widgets/network/networkscene.h"

#include "widgets/network/forcelayout.h"
#include "widgets/network/networkedgeitem.h"
#include "widgets/network/networknodeitem.h"
#include "widgets/network/networktexts.h"

#include <QFontMetricsF>
#include <QPalette>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace demarche {
namespace {

// Node sizes: the area grows with the claims, between these radii.
constexpr double smallestRadius = 7;
constexpr double largestRadius = 30;
constexpr double labelWidth = 130; // longer names are elided
constexpr double edgeLength = 110;
constexpr double thinnestEdge = 1;
constexpr double thickestEdge = 7;
constexpr quint32 layoutSeed = 17;

QFont nameFont()
{
    QFont font;
    font.setPointSizeF(font.pointSizeF() * 0.9); // as NetworkNodeItem draws it
    return font;
}

} // namespace

NetworkScene::NetworkScene(QObject *parent)
    : QGraphicsScene(parent)
    , m_text(Qt::black)
    , m_base(Qt::white)
{}

void NetworkScene::showNetwork(const Network &network)
{
    m_network = network;
    build();
}

void NetworkScene::layOutAgain()
{
    m_positions.clear();
    m_pinned.clear();
    build();
}

void NetworkScene::build()
{
    clear(); // deletes the items
    m_nodes.clear();
    m_edges.clear();
    const int n = int(m_network.nodes.size());
    int most = 1;
    for (const NetworkNode &node : std::as_const(m_network.nodes))
        most = std::max(most, node.claims);

    const QFontMetricsF metrics(nameFont());
    QList<double> extents;
    for (const NetworkNode &node : std::as_const(m_network.nodes)) {
        const double share = std::sqrt(double(std::max(node.claims, 0)) / most);
        const double radius = smallestRadius + (largestRadius - smallestRadius) * share;
        const QString label = metrics.elidedText(node.name, Qt::ElideRight, labelWidth);
        auto *item = new NetworkNodeItem(node, radius, label);
        item->setToolTip(NetworkTexts::nodeToolTip(node));
        item->setLabelColors(m_text, m_base);
        item->setHighlighted(m_highlighted.contains(item->key()));
        m_nodes.append(item);
        // The room a node needs is its body with the name below it, as one disc.
        extents.append(
            std::max(radius + metrics.height(), metrics.horizontalAdvance(label) / 2 + 4));
    }
    const QList<QPointF> positions = layOut(extents);
    for (int i = 0; i < n; ++i) {
        m_nodes.at(i)->setPos(positions.at(i));
        m_positions.insert(m_nodes.at(i)->key(), positions.at(i));
        addItem(m_nodes.at(i));
    }

    double heaviest = 0;
    for (const NetworkEdge &edge : std::as_const(m_network.edges))
        heaviest = std::max(heaviest, edge.weight);
    for (const NetworkEdge &edge : std::as_const(m_network.edges)) {
        if (edge.source < 0 || edge.target < 0 || edge.source >= n || edge.target >= n)
            continue;
        auto *item = new NetworkEdgeItem(m_nodes.at(edge.source), m_nodes.at(edge.target),
                                         edge.weight, edgePen(edge.weight, heaviest));
        item->setToolTip(NetworkTexts::edgeToolTip(m_network, edge));
        m_edges.append(item);
        addItem(item);
    }
    setSceneRect(drawingRect());
}

QList<QPointF> NetworkScene::layOut(const QList<double> &extents) const
{
    ForceLayout layout(int(m_network.nodes.size()));
    layout.setEdgeLength(edgeLength);
    layout.setSeed(layoutSeed);
    for (int i = 0; i < m_network.nodes.size(); ++i) {
        layout.setRadius(i, extents.at(i));
        const QString key = m_network.nodes.at(i).key();
        const auto known = m_positions.constFind(key);
        if (known == m_positions.cend())
            continue;
        if (m_pinned.contains(key))
            layout.pin(i, known.value());
        else
            layout.setStart(i, known.value());
    }
    for (const NetworkEdge &edge : std::as_const(m_network.edges))
        layout.addEdge(edge.source, edge.target, edge.weight);
    return layout.run();
}

// Agreement in a calm blue, disagreement in dashed red, so that the two read apart even
// in print; the two-mode network's edges are grey, the topics carry the colour.
QPen NetworkScene::edgePen(double weight, double heaviest) const
{
    const double share = heaviest > 0 ? weight / heaviest : 1;
    QPen pen;
    pen.setWidthF(thinnestEdge + (thickestEdge - thinnestEdge) * share);
    pen.setCapStyle(Qt::RoundCap);
    switch (m_network.kind) {
    case NetworkKind::Congruence:
        pen.setColor(QColor(52, 101, 164));
        break;
    case NetworkKind::Conflict:
        pen.setColor(QColor(204, 40, 40));
        pen.setStyle(Qt::DashLine);
        pen.setCapStyle(Qt::FlatCap);
        break;
    case NetworkKind::Affiliation:
        pen.setColor(QColor(128, 128, 128));
        break;
    }
    return pen;
}

NetworkNodeItem *NetworkScene::nodeItem(const QString &key) const
{
    const auto found =
        std::find_if(m_nodes.cbegin(), m_nodes.cend(),
                     [&key](const NetworkNodeItem *node) { return node->key() == key; });
    return found == m_nodes.cend() ? nullptr : *found;
}

NetworkEdgeItem *NetworkScene::edgeItem(const QString &sourceKey, const QString &targetKey) const
{
    for (NetworkEdgeItem *edge : m_edges) {
        const QString a = edge->source()->key();
        const QString b = edge->target()->key();
        if ((a == sourceKey && b == targetKey) || (a == targetKey && b == sourceKey))
            return edge;
    }
    return nullptr;
}

void NetworkScene::pinNode(const QString &key, QPointF position)
{
    m_positions.insert(key, position);
    m_pinned.insert(key);
    setSceneRect(drawingRect());
    Q_EMIT nodePinned(key);
}

void NetworkScene::highlight(const QSet<QString> &keys)
{
    m_highlighted = keys;
    for (NetworkNodeItem *node : std::as_const(m_nodes))
        node->setHighlighted(keys.contains(node->key()));
}

void NetworkScene::applyPalette(const QPalette &palette)
{
    m_text = palette.color(QPalette::Text);
    m_base = palette.color(QPalette::Base);
    setBackgroundBrush(m_base);
    for (NetworkNodeItem *node : std::as_const(m_nodes))
        node->setLabelColors(m_text, m_base);
}

QRectF NetworkScene::drawingRect() const
{
    const QRectF drawing = itemsBoundingRect();
    return drawing.adjusted(-24, -24, 24, 24);
}

} // namespace demarche
