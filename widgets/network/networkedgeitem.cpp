#include "widgets/network/networkedgeitem.h"

#include "widgets/network/networknodeitem.h"

#include <QPainterPathStroker>
#include <QPen>

#include <algorithm>

namespace demarche {
namespace {

// Thin edges are hard to hit with the mouse; hovering counts this far from the line.
constexpr double hoverWidth = 10;
constexpr double restingOpacity = 0.75;

} // namespace

NetworkEdgeItem::NetworkEdgeItem(NetworkNodeItem *source, NetworkNodeItem *target, double weight,
                                 const QPen &pen)
    : m_source(source)
    , m_target(target)
    , m_weight(weight)
{
    setPen(pen);
    setOpacity(restingOpacity);
    setAcceptHoverEvents(true);
    source->addEdge(this);
    target->addEdge(this);
    follow();
}

void NetworkEdgeItem::follow()
{
    setLine(QLineF(m_source->pos(), m_target->pos()));
}

QRectF NetworkEdgeItem::boundingRect() const
{
    return shape().controlPointRect();
}

QPainterPath NetworkEdgeItem::shape() const
{
    QPainterPath path;
    path.moveTo(line().p1());
    path.lineTo(line().p2());
    QPainterPathStroker stroker;
    stroker.setWidth(std::max(pen().widthF(), hoverWidth));
    return stroker.createStroke(path);
}

void NetworkEdgeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    setOpacity(1);
    QGraphicsLineItem::hoverEnterEvent(event);
}

void NetworkEdgeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    setOpacity(restingOpacity);
    QGraphicsLineItem::hoverLeaveEvent(event);
}

} // namespace demarche
