#pragma once

#include <QStyledItemDelegate>

namespace demarche {

// Shows a cell's colour (an actor's, given as the model's decoration) as a framed swatch
// that keeps its colour on a selected row. The style tints a selected row's icons with
// the highlight, and a swatch close to the highlight's colour vanished into the row.
class SwatchDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SwatchDelegate)

public:
    explicit SwatchDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace demarche
