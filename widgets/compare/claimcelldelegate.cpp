#include "widgets/compare/claimcelldelegate.h"

#include "core/models/comparisonmodel.h"
#include "core/models/modelroles.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QTextLayout>
#include <QTreeView>

namespace demarche {
namespace {

constexpr int MaxQuoteLines = 3;
constexpr int Padding = 6;
constexpr int Stripe = 3;            // the actor's colour at the left of a quote
constexpr int Indent = Padding + 12; // text starts after the stripe or the dot
constexpr int FallbackWidth = 300;

// `text` broken into lines of at most `width`; past `maxLines`, the last line ends in "…".
QStringList wrappedLines(const QString &text, const QFont &font, qreal width, int maxLines)
{
    QStringList lines;
    QTextLayout layout(text, font);
    QTextOption wrapping;
    wrapping.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrapping);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            const QString rest = text.mid(line.textStart());
            lines.append(QFontMetricsF(font).elidedText(rest, Qt::ElideRight, width));
            break;
        }
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

bool isTopicRow(const QModelIndex &index)
{
    return index.data(roles::RowKindRole).toInt() == int(ComparisonModel::RowKind::Topic);
}

QColor textColor(const QStyleOptionViewItem &option, bool muted)
{
    if (option.state & QStyle::State_Selected)
        return option.palette.color(QPalette::HighlightedText);
    return option.palette.color(muted ? QPalette::PlaceholderText : QPalette::Text);
}

} // namespace

ClaimCellDelegate::ClaimCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

ClaimCellDelegate::Layout ClaimCellDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                       const QModelIndex &index, int width)
{
    Layout layout;
    layout.font = option.font;
    layout.smallFont = option.font;
    layout.smallFont.setPointSizeF(option.font.pointSizeF() * 0.88);
    const QString text = index.data().toString();
    if (text.isEmpty())
        return layout;
    const qreal textWidth = std::max(width - Indent - Padding, 40);
    if (isTopicRow(index)) {
        layout.lines = {QFontMetricsF(layout.font).elidedText(text, Qt::ElideRight, textWidth)};
    } else {
        // Verbatim, without added quotation marks: the coloured rule marks it as a quote,
        // and marks of our own would clash with those inside many quotes.
        layout.lines = wrappedLines(text, layout.font, textWidth, MaxQuoteLines);
    }
    layout.meta =
        QFontMetricsF(layout.smallFont)
            .elidedText(index.data(roles::MetaTextRole).toString(), Qt::ElideRight, textWidth);
    return layout;
}

int ClaimCellDelegate::heightOf(const Layout &layout)
{
    const QFontMetrics metrics(layout.font);
    const QFontMetrics small(layout.smallFont);
    // Topic rows keep room for the stance line even without one, so that all align.
    return 2 * Padding + int(std::max<qsizetype>(layout.lines.size(), 1)) * metrics.lineSpacing()
           + small.lineSpacing() + 2;
}

void ClaimCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    const QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    const Layout layout = layoutFor(option, index, option.rect.width());
    if (layout.lines.isEmpty())
        return; // the empty side of a pair
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const auto actor = index.data(roles::ColorRole).value<QColor>();
    const QRect rect = option.rect.adjusted(Indent, Padding, -Padding, -Padding);
    const QFontMetrics metrics(layout.font);
    const bool topic = isTopicRow(index);
    const bool silent = topic && index.data(roles::ClaimCountRole).toInt() == 0;
    if (silent) {
        // "no claims": muted, without the actor's dot.
    } else if (topic) {
        // A dot in the actor's colour before the summary.
        painter->setPen(Qt::NoPen);
        painter->setBrush(actor.isValid() ? actor : QColor(Qt::gray));
        const double radius = 4.0;
        painter->drawEllipse(
            QPointF(option.rect.left() + Padding + radius, rect.top() + metrics.ascent() - radius),
            radius, radius);
    } else {
        painter->fillRect(QRect(option.rect.left() + Padding, rect.top(), Stripe, rect.height()),
                          actor.isValid() ? actor : QColor(Qt::gray));
    }
    painter->setFont(layout.font);
    painter->setPen(textColor(option, silent));
    int y = rect.top();
    for (const QString &line : layout.lines) {
        painter->drawText(QRect(rect.left(), y, rect.width(), metrics.height()),
                          Qt::AlignLeft | Qt::AlignTop, line);
        y += metrics.lineSpacing();
    }
    if (!layout.meta.isEmpty()) {
        painter->setFont(layout.smallFont);
        painter->setPen(textColor(option, true));
        painter->drawText(
            QRect(rect.left(), y + 2, rect.width(), QFontMetrics(layout.smallFont).height()),
            Qt::AlignLeft | Qt::AlignTop, layout.meta);
    }
    painter->restore();
}

// Rows are as high as their quotes need at the column's current width, which the tree
// does not pass in; the view lays the rows out again when a column is resized.
QSize ClaimCellDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    int width = option.rect.width();
    if (width <= 0) {
        const auto *tree = qobject_cast<const QTreeView *>(option.widget);
        width = tree ? tree->header()->sectionSize(index.column()) : FallbackWidth;
    }
    const Layout layout = layoutFor(option, index, width);
    return {width, heightOf(layout)};
}

} // namespace demarche
