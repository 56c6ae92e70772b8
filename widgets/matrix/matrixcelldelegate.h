#pragma once

#include "widgets/matrix/matrixcolourscale.h"

#include <QStyledItemDelegate>

namespace demarche {

// Paints a matrix cell in the colour of its count or mean position, with that value, on the scale
// that starts from the palette's base colour, light or dark. Selection is a translucent wash over
// the colour and the current cell a frame, where the default delegate would fill both with the
// highlight colour and hide what the cell says.
class MatrixCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixCellDelegate)

public:
    using ColourMode = MatrixColourScale::Mode;

    using QStyledItemDelegate::QStyledItemDelegate;

    ColourMode colourMode() const { return m_mode; }
    // The view repaints.
    void setColourMode(ColourMode mode) { m_mode = mode; }

    // The scale cells are painted with on `palette`.
    MatrixColourScale scale(const QPalette &palette) const;
    // A cell's background and text colour on `palette`, from the values the model gives
    // (roles::ClaimCountRole, roles::MaxCountRole, roles::MeanPositionRole); an empty
    // cell has no brush and no text colour of its own.
    QBrush background(const QModelIndex &index, const QPalette &palette) const;
    QColor textColour(const QModelIndex &index, const QPalette &palette) const;
    // What the cell says: the number of claims, or coloured by position their mean
    // ("−40.0", "35.0"; nothing when none of them has a position).
    QString text(const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    ColourMode m_mode = ColourMode::ByCount;
};

} // namespace demarche
