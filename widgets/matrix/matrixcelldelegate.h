#pragma once

#include <QStyledItemDelegate>

namespace demarche {

// Paints a matrix cell so that its colour always shows: selection is a translucent
// wash over the colour and the current cell a frame, where the default delegate would
// fill both with the highlight colour and hide what the cell says.
class MatrixCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixCellDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace demarche
