#include "widgets/matrix/matrixcelldelegate.h"

#include <QAbstractItemView>
#include <QPainter>

namespace demarche {

void MatrixCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    painter->save();
    const QRect rect = cell.rect;
    // Over whatever the style drew for a selected row; a hatch needs the base under it.
    painter->fillRect(rect, cell.palette.brush(QPalette::Base));
    if (cell.backgroundBrush.style() != Qt::NoBrush)
        painter->fillRect(rect, cell.backgroundBrush);
    const QColor highlight = cell.palette.color(QPalette::Highlight);
    if (cell.state & QStyle::State_Selected) {
        QColor wash = highlight;
        wash.setAlpha(70);
        painter->fillRect(rect, wash);
    }
    const QVariant foreground = index.data(Qt::ForegroundRole);
    painter->setPen(foreground.canConvert<QBrush>() ? foreground.value<QBrush>().color()
                                                    : cell.palette.color(QPalette::Text));
    painter->setFont(cell.font);
    painter->drawText(rect, int(cell.displayAlignment), cell.text);
    // The current cell keeps its frame while the claim list below has the focus.
    const auto *view = qobject_cast<const QAbstractItemView *>(cell.widget);
    if ((cell.state & QStyle::State_HasFocus) || (view && view->currentIndex() == index)) {
        painter->setPen(QPen(highlight, 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(rect).adjusted(1, 1, -1, -1));
    }
    painter->restore();
}

} // namespace demarche
