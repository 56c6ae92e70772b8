#pragma once

#include "core/analysis/network.h"

#include <QGraphicsItem>
#include <QList>

namespace demarche {

class NetworkEdgeItem;

// An actor as a disc, or a topic as a rounded square, in its colour and as large as its
// claims would have it, with its name below. The analyst can drag it; its edges follow.
class NetworkNodeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    // `label` is the name as shown, elided when long; the tooltip has it whole.
    NetworkNodeItem(const NetworkNode &node, double radius, const QString &label);

    int type() const override { return Type; }
    QString key() const { return m_key; }
    NetworkNode::Type nodeType() const { return m_type; }
    qint64 id() const { return m_id; }
    double radius() const { return m_radius; }
    QString label() const { return m_label; }
    void setLabelColors(const QColor &text, const QColor &halo);
    // A ring around the node: the holder (or topic) of the claim the analyst works on.
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }
    void addEdge(NetworkEdgeItem *edge) { m_edges.append(edge); }
    const QList<NetworkEdgeItem *> &edges() const { return m_edges; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QRectF bodyRect() const;
    QRectF labelRect() const;

    QString m_key;
    NetworkNode::Type m_type;
    qint64 m_id;
    QColor m_color;
    double m_radius;
    QString m_label;
    QColor m_textColor;
    QColor m_haloColor;
    QPointF m_pressedAt;
    bool m_hovered = false;
    bool m_highlighted = false;
    QList<NetworkEdgeItem *> m_edges;
};

} // namespace demarche
