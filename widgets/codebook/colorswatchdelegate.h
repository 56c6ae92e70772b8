#pragma once

#include <QStyledItemDelegate>

namespace demarche {

// Paints an entry's colour as a swatch and asks for a new colour when the swatch is
// clicked or Space or Enter is pressed on it; the owner opens the colour dialog.
class ColorSwatchDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColorSwatchDelegate)

public:
    explicit ColorSwatchDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

Q_SIGNALS:
    void colorRequested(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
};

} // namespace demarche
