#include "widgets/network/networknodeitem.h"

#include "widgets/network/networkedgeitem.h"
#include "widgets/network/networkscene.h"

#include <QCursor>
#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

namespace demarche {
namespace {

// The room between the shape and its name.
constexpr double labelGap = 3;
// The highlight ring's distance from the body.
constexpr double ringGap = 4;

QFont labelFont()
{
    QFont font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

} // namespace

NetworkNodeItem::NetworkNodeItem(const NetworkNode &node, double radius, const QString &label)
    : m_key(node.key())
    , m_type(node.type)
    , m_id(node.id)
    , m_color(node.color.isValid() ? node.color : QColor(Qt::gray))
    , m_radius(radius)
    , m_label(label)
    , m_textColor(Qt::black)
    , m_haloColor(Qt::white)
{
    setFlag(ItemIsMovable);
    setFlag(ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setCursor(Qt::OpenHandCursor);
    setZValue(1); // above every edge
}

void NetworkNodeItem::setLabelColors(const QColor &text, const QColor &halo)
{
    m_textColor = text;
    m_haloColor = halo;
    update();
}

void NetworkNodeItem::setHighlighted(bool highlighted)
{
    if (highlighted == m_highlighted)
        return;
    m_highlighted = highlighted;
    update();
}

QRectF NetworkNodeItem::bodyRect() const
{
    return {-m_radius, -m_radius, 2 * m_radius, 2 * m_radius};
}

QRectF NetworkNodeItem::labelRect() const
{
    const QFontMetricsF metrics(labelFont());
    const double width = metrics.horizontalAdvance(m_label) + 6;
    return {-width / 2, m_radius + labelGap, width, metrics.height() + 2};
}

QRectF NetworkNodeItem::boundingRect() const
{
    // The outline's width and the hover ring around the body.
    return bodyRect()
        .adjusted(-ringGap - 3, -ringGap - 3, ringGap + 3, ringGap + 3)
        .united(labelRect());
}

QPainterPath NetworkNodeItem::shape() const
{
    QPainterPath path;
    if (m_type == NetworkNode::Type::Actor)
        path.addEllipse(bodyRect());
    else
        path.addRoundedRect(bodyRect(), m_radius / 3, m_radius / 3);
    path.addRect(labelRect()); // the name can be grabbed too
    return path;
}

void NetworkNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QPen outline(m_color.darker(150), m_hovered ? 3 : 1.5);
    painter->setPen(outline);
    painter->setBrush(m_color);
    if (m_type == NetworkNode::Type::Actor)
        painter->drawEllipse(bodyRect());
    else
        painter->drawRoundedRect(bodyRect(), m_radius / 3, m_radius / 3);

    if (m_highlighted) {
        painter->setPen(QPen(m_textColor, 2, Qt::SolidLine));
        painter->setBrush(Qt::NoBrush);
        const QRectF ring = bodyRect().adjusted(-ringGap, -ringGap, ringGap, ringGap);
        if (m_type == NetworkNode::Type::Actor)
            painter->drawEllipse(ring);
        else
            painter->drawRoundedRect(ring, m_radius / 3 + ringGap, m_radius / 3 + ringGap);
    }

    // A soft backing keeps the name readable where edges cross it.
    const QRectF text = labelRect();
    QColor halo = m_haloColor;
    halo.setAlpha(200);
    painter->setPen(Qt::NoPen);
    painter->setBrush(halo);
    painter->drawRoundedRect(text, 3, 3);
    painter->setFont(labelFont());
    painter->setPen(m_textColor);
    painter->drawText(text, Qt::AlignCenter, m_label);
}

QVariant NetworkNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (NetworkEdgeItem *edge : std::as_const(m_edges))
            edge->follow();
    }
    return QGraphicsItem::itemChange(change, value);
}

void NetworkNodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressedAt = pos();
    setCursor(Qt::ClosedHandCursor);
    QGraphicsItem::mousePressEvent(event);
}

// A node put down somewhere else stays there: later layouts move the others around it.
void NetworkNodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    setCursor(Qt::OpenHandCursor);
    if (pos() != m_pressedAt) {
        if (auto *networkScene = qobject_cast<NetworkScene *>(scene()))
            networkScene->pinNode(m_key, pos());
    }
}

void NetworkNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void NetworkNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace demarche
