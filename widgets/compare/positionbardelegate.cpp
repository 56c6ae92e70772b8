#include "widgets/compare/positionbardelegate.h"

#include "core/domain/claim.h"
#include "core/models/comparisonmodel.h"
#include "core/models/modelroles.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>
#include <optional>

namespace demarche {
namespace {

constexpr int Margin = 10;

struct Marker
{
    std::optional<double> position;
    QColor color;
};

Marker markerOf(const QModelIndex &index, int column, int role)
{
    const QModelIndex side = index.siblingAtColumn(column);
    const QVariant value = side.data(role);
    Marker marker;
    if (value.isValid())
        marker.position = value.toDouble();
    marker.color = side.data(roles::ColorRole).value<QColor>();
    if (!marker.color.isValid())
        marker.color = Qt::gray;
    return marker;
}

// The x coordinate of a position on a track from `left` to `right`.
double xOf(double position, double left, double right)
{
    const double clamped =
        std::clamp(position, double(Claim::MinPosition), double(Claim::MaxPosition));
    return left
           + (clamped - Claim::MinPosition) / (Claim::MaxPosition - Claim::MinPosition)
                 * (right - left);
}

// The scale, its ticks, the span between the markers and the markers themselves.
void paintScale(QPainter *painter, const QRectF &track, const Marker &a, const Marker &b,
                const QPalette &palette, double radius)
{
    const double y = track.center().y();
    QColor line = palette.color(QPalette::Text);
    line.setAlphaF(0.25);
    painter->setPen(QPen(line, 1.0));
    painter->drawLine(QPointF(track.left(), y), QPointF(track.right(), y));
    const double zero = xOf(0, track.left(), track.right());
    QColor tick = palette.color(QPalette::Text);
    tick.setAlphaF(0.55);
    painter->setPen(QPen(tick, 1.0));
    painter->drawLine(QPointF(zero, y - radius - 2), QPointF(zero, y + radius + 2));
    painter->setPen(QPen(line, 1.0));
    for (const double end : {track.left(), track.right()})
        painter->drawLine(QPointF(end, y - 3), QPointF(end, y + 3));

    if (a.position && b.position) {
        QColor span = palette.color(QPalette::Text);
        span.setAlphaF(0.18);
        painter->setPen(QPen(span, radius, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(xOf(*a.position, track.left(), track.right()), y),
                          QPointF(xOf(*b.position, track.left(), track.right()), y));
    }
    for (const Marker *marker : {&b, &a}) { // A on top where they meet
        if (!marker->position)
            continue;
        painter->setPen(QPen(palette.color(QPalette::Base), 1.5));
        painter->setBrush(marker->color);
        painter->drawEllipse(QPointF(xOf(*marker->position, track.left(), track.right()), y),
                             radius, radius);
    }
}

// The topic's poles under the ends of the scale, beside the text in the middle, as much
// of each as fits (the cell's tooltip has them whole).
void paintPoles(QPainter *painter, const QRectF &line, double middleWidth,
                const QFontMetricsF &metrics, const QModelIndex &index, const QColor &color)
{
    const double gap = metrics.horizontalAdvance(QStringLiteral("  "));
    const double room = (line.width() - middleWidth) / 2 - gap;
    if (room < metrics.horizontalAdvance(QStringLiteral("MM\u2026")))
        return;
    painter->setPen(color);
    const QString negative = index.data(roles::NegativePoleRole).toString();
    const QString positive = index.data(roles::PositivePoleRole).toString();
    if (!negative.isEmpty()) {
        painter->drawText(QRectF(line.left(), line.top(), room, line.height()),
                          Qt::AlignLeft | Qt::AlignTop,
                          metrics.elidedText(negative, Qt::ElideRight, room));
    }
    if (!positive.isEmpty()) {
        painter->drawText(QRectF(line.right() - room, line.top(), room, line.height()),
                          Qt::AlignRight | Qt::AlignTop,
                          metrics.elidedText(positive, Qt::ElideRight, room));
    }
}

} // namespace

PositionBarDelegate::PositionBarDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void PositionBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear(); // painted below, in its own place
    const QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    const bool topic =
        index.data(roles::RowKindRole).toInt() == int(ComparisonModel::RowKind::Topic);
    const int role = topic ? roles::MeanPositionRole : roles::PositionRole;
    const Marker a = markerOf(index, ComparisonModel::ActorAColumn, role);
    const Marker b = markerOf(index, ComparisonModel::ActorBColumn, role);
    const QRectF area = QRectF(option.rect).adjusted(Margin, 3, -Margin, -3);
    const QPalette &palette = option.palette;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QString text = topic ? index.data().toString() : QString();
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetricsF metrics(small);
    const bool hasMarker = a.position || b.position;
    if (hasMarker) {
        // The scale in the upper part, the text under it.
        const double textHeight = text.isEmpty() ? 0.0 : metrics.height();
        const QRectF track(area.left(), area.top(), area.width(), area.height() - textHeight);
        paintScale(painter, track, a, b, palette, topic ? 5.0 : 3.5);
        if (!text.isEmpty()) {
            const QRectF textRect(area.left(), track.bottom(), area.width(), textHeight);
            const bool selected = option.state & QStyle::State_Selected;
            painter->setFont(small);
            painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
            const QString shown = metrics.elidedText(text, Qt::ElideRight, textRect.width());
            painter->drawText(textRect, Qt::AlignHCenter | Qt::AlignTop, shown);
            paintPoles(
                painter, textRect, metrics.horizontalAdvance(shown), metrics, index,
                palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        }
    } else if (!text.isEmpty()) {
        // No position on either side: only the status, muted.
        painter->setFont(small);
        painter->setPen(palette.color(option.state & QStyle::State_Selected
                                          ? QPalette::HighlightedText
                                          : QPalette::PlaceholderText));
        painter->drawText(area, Qt::AlignCenter,
                          metrics.elidedText(text, Qt::ElideRight, area.width()));
    }
    painter->restore();
}

QSize PositionBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {200, 2 * metrics.height() + 10};
}

} // namespace demarche
