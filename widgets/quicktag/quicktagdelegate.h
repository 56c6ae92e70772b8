#pragma once

#include <QStyledItemDelegate>

namespace demarche {

// Paints a quick-tag row: colour swatch, name (indented by depth), a muted "suggested"
// with the word that suggested it ("suggested: “Moscow”") and the number key in a badge
// at the right. Colours come from the palette, except the swatch, so the rows read in
// light and dark themes alike.
class QuickTagDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickTagDelegate)

public:
    explicit QuickTagDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace demarche
