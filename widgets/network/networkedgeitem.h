#pragma once

#include <QGraphicsLineItem>

namespace demarche {

class NetworkNodeItem;

// A line between two nodes, as wide as its weight would have it. It follows its nodes
// when they are dragged, and is easy to hover although thin.
class NetworkEdgeItem final : public QGraphicsLineItem
{
public:
    enum { Type = UserType + 2 };

    NetworkEdgeItem(NetworkNodeItem *source, NetworkNodeItem *target, double weight,
                    const QPen &pen);

    int type() const override { return Type; }
    NetworkNodeItem *source() const { return m_source; }
    NetworkNodeItem *target() const { return m_target; }
    double weight() const { return m_weight; }
    // Puts the line between the nodes' centres again.
    void follow();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    NetworkNodeItem *m_source;
    NetworkNodeItem *m_target;
    double m_weight;
};

} // namespace demarche
