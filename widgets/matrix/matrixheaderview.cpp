#include "widgets/matrix/matrixheaderview.h"

#include <QPainter>
#include <QStyleOptionHeader>

#include <algorithm>

namespace demarche {

MatrixHeaderView::MatrixHeaderView(Qt::Orientation orientation, int depthRole, QWidget *parent)
    : QHeaderView(orientation, parent)
    , m_depthRole(depthRole)
{}

void MatrixHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid())
        return;
    // The section's frame over the whole rectangle; its label moved right by the depth
    // and elided to fit, since the style would clip a long name at both ends.
    QStyleOptionHeader option;
    initStyleOption(&option);
    initStyleOptionForIndex(&option, logicalIndex);
    option.rect = rect;
    const QPointF brushOrigin = painter->brushOrigin();
    painter->setBrushOrigin(rect.topLeft());
    style()->drawControl(QStyle::CE_HeaderSection, &option, painter, this);
    QStyleOptionHeader label = option;
    label.rect = style()->subElementRect(QStyle::SE_HeaderLabel, &option, this);
    label.rect.setLeft(label.rect.left() + indentOf(logicalIndex));
    QFont labelFont = font();
    labelFont.setBold(label.state & QStyle::State_On); // how the style draws a highlighted one
    label.text =
        QFontMetrics(labelFont).elidedText(option.text, Qt::ElideRight, label.rect.width());
    style()->drawControl(QStyle::CE_HeaderLabel, &label, painter, this);
    painter->setBrushOrigin(brushOrigin);
}

QSize MatrixHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    // Room for the label in bold too, as it is drawn while its row or column is selected.
    QFont bold = font();
    bold.setBold(true);
    const QString text =
        model() ? model()->headerData(logicalIndex, orientation()).toString() : QString();
    const int boldExtra =
        QFontMetrics(bold).horizontalAdvance(text) - fontMetrics().horizontalAdvance(text);
    size.rwidth() += indentOf(logicalIndex) + std::max(0, boldExtra);
    return size;
}

int MatrixHeaderView::indentOf(int logicalIndex) const
{
    if (!model() || m_depthRole < 0)
        return 0;
    const int depth = model()->headerData(logicalIndex, orientation(), m_depthRole).toInt();
    return std::max(0, depth) * fontMetrics().averageCharWidth() * 3;
}

} // namespace demarche
