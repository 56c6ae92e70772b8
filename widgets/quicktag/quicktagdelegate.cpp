#include "widgets/quicktag/quicktagdelegate.h"

#include "widgets/quicktag/quicktagmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace demarche {
namespace {

constexpr int Margin = 6;
constexpr int Gap = 8;

QPalette::ColorGroup colorGroup(const QStyleOptionViewItem &option)
{
    if (!(option.state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return (option.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
}

void paintSwatch(QPainter *painter, const QRectF &rect, const QColor &fill, const QColor &outline,
                 bool create)
{
    const qreal radius = rect.height() / 4;
    if (create) {
        // An empty, dashed swatch with a plus: nothing exists yet.
        painter->setPen(QPen(outline, 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
        const QPointF c = rect.center();
        const qreal arm = rect.width() / 4;
        painter->setPen(QPen(outline, 1.5));
        painter->drawLine(QPointF(c.x() - arm, c.y()), QPointF(c.x() + arm, c.y()));
        painter->drawLine(QPointF(c.x(), c.y() - arm), QPointF(c.x(), c.y() + arm));
        return;
    }
    // A faint outline keeps a white swatch visible on a white list, a black one on black.
    QColor border = outline;
    border.setAlphaF(0.35F);
    painter->setPen(QPen(border, 1));
    painter->setBrush(fill.isValid() ? fill : outline);
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
}

} // namespace

QuickTagDelegate::QuickTagDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void QuickTagDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    // The style paints the row background, hover and selection; we paint the content.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    background.features &=
        ~(QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration);
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = colorGroup(option);
    const QColor text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = selected ? text : option.palette.color(group, QPalette::PlaceholderText);
    if (selected)
        muted.setAlphaF(0.75F);

    const bool create = index.data(QuickTagModel::CreateRole).toBool();
    const int depth = index.data(QuickTagModel::DepthRole).toInt();
    const int number = index.data(QuickTagModel::NumberRole).toInt();
    const bool suggested = index.data(QuickTagModel::SuggestedRole).toBool();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(option.font);
    QRect content = option.rect.adjusted(Margin + depth * metrics.height(), 0, -Margin, 0);

    const int swatchSize = metrics.ascent();
    const QRectF swatch(content.left(), content.center().y() - swatchSize / 2.0 + 0.5, swatchSize,
                        swatchSize);
    paintSwatch(painter, swatch, index.data(QuickTagModel::ColorRole).value<QColor>(), text,
                create);
    content.setLeft(content.left() + swatchSize + Gap);

    if (number > 0) {
        const QString digit = QString::number(number);
        const int badgeWidth = metrics.horizontalAdvance(QStringLiteral("9")) + Margin * 2;
        const int badgeHeight = metrics.height();
        const QRect badge(content.right() - badgeWidth + 1, content.center().y() - badgeHeight / 2,
                          badgeWidth, badgeHeight);
        QColor badgeBorder = muted;
        badgeBorder.setAlphaF(badgeBorder.alphaF() * 0.6F);
        painter->setPen(QPen(badgeBorder, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->setPen(muted);
        painter->drawText(badge, Qt::AlignCenter, digit);
        content.setRight(badge.left() - Gap);
    }

    const QString name = index.data(Qt::DisplayRole).toString();
    if (suggested) {
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        const QFontMetrics smallMetrics(small);
        // Why: the word that named it, unless that is its name. The name keeps its width,
        // or at least half the row; then "suggested" goes before a long word, and only
        // then is the word elided.
        const QString word = index.data(QuickTagModel::SuggestionWordRole).toString();
        const int room =
            content.width() - std::min(metrics.horizontalAdvance(name), content.width() / 2) - Gap;
        QString label = tr("suggested");
        if (!word.isEmpty()) {
            const QString full = tr("suggested: “%1”").arg(word);
            const QString quoted = tr("“%1”").arg(word);
            const int over = smallMetrics.horizontalAdvance(quoted) - room;
            const int wordWidth = smallMetrics.horizontalAdvance(word);
            if (smallMetrics.horizontalAdvance(full) <= room) {
                label = full;
            } else if (over <= 0) {
                label = quoted;
            } else if (wordWidth - over > smallMetrics.horizontalAdvance(QStringLiteral("Mo…"))) {
                label =
                    tr("“%1”").arg(smallMetrics.elidedText(word, Qt::ElideRight, wordWidth - over));
            }
        }
        const int width = smallMetrics.horizontalAdvance(label);
        if (width <= room) {
            painter->setFont(small);
            painter->setPen(muted);
            painter->drawText(
                QRect(content.right() - width + 1, content.top(), width, content.height()),
                Qt::AlignVCenter | Qt::AlignRight, label);
            content.setRight(content.right() - width - Gap);
        }
    }

    QFont nameFont = option.font;
    nameFont.setItalic(create);
    painter->setFont(nameFont);
    painter->setPen(text);
    painter->drawText(content, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetrics(nameFont).elidedText(name, Qt::ElideRight, content.width()));
    painter->restore();
}

QSize QuickTagDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics metrics(option.font);
    return {metrics.averageCharWidth() * 30, metrics.height() + Margin + 2};
}

} // namespace demarche
