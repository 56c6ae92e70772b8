#include "widgets/matrix/matrixcelldelegate.h"

#include "core/models/displayformat.h"
#include "core/models/modelroles.h"

#include <QAbstractItemView>
#include <QPainter>

#include <optional>

namespace demarche {
namespace {

struct CellValues
{
    int count = 0;
    int maxCount = 0;
    std::optional<double> mean;
};

CellValues valuesOf(const QModelIndex &index)
{
    CellValues values;
    values.count = index.data(roles::ClaimCountRole).toInt();
    values.maxCount = index.data(roles::MaxCountRole).toInt();
    const QVariant mean = index.data(roles::MeanPositionRole);
    if (mean.isValid())
        values.mean = mean.toDouble();
    return values;
}

} // namespace

MatrixColourScale MatrixCellDelegate::scale(const QPalette &palette) const
{
    // The active group: the scale keeps its colours while the window is inactive.
    return MatrixColourScale(m_mode, palette.color(QPalette::Active, QPalette::Base));
}

QBrush MatrixCellDelegate::background(const QModelIndex &index, const QPalette &palette) const
{
    const CellValues cell = valuesOf(index);
    return scale(palette).cellBrush(cell.count, cell.maxCount, cell.mean);
}

QColor MatrixCellDelegate::textColour(const QModelIndex &index, const QPalette &palette) const
{
    const CellValues cell = valuesOf(index);
    return scale(palette).cellText(cell.count, cell.maxCount, cell.mean);
}

QString MatrixCellDelegate::text(const QModelIndex &index) const
{
    if (m_mode == ColourMode::ByCount)
        return index.data(Qt::DisplayRole).toString();
    const CellValues cell = valuesOf(index);
    if (cell.count <= 0 || !cell.mean)
        return {};
    // As the compare view shows a mean: one decimal, a true minus sign.
    return displayformat::position(cell.mean);
}

void MatrixCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    painter->save();
    const QRect rect = cell.rect;
    // Over whatever the style drew for a selected row; a hatch needs the base under it.
    painter->fillRect(rect, cell.palette.brush(QPalette::Base));
    const QBrush colour = background(index, cell.palette);
    if (colour.style() != Qt::NoBrush)
        painter->fillRect(rect, colour);
    const QColor highlight = cell.palette.color(QPalette::Highlight);
    if (cell.state & QStyle::State_Selected) {
        QColor wash = highlight;
        wash.setAlpha(70);
        painter->fillRect(rect, wash);
    }
    const QColor ink = textColour(index, cell.palette);
    painter->setPen(ink.isValid() ? ink : cell.palette.color(QPalette::Text));
    painter->setFont(cell.font);
    painter->drawText(rect, int(cell.displayAlignment), text(index));
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
