#pragma once

#include <QStyledItemDelegate>

namespace demarche {

// The compare view's actor columns. An evidence cell shows the quote in quotation marks,
// wrapped over up to three lines and elided after, with a smaller line under it
// (stance · date · source) and a stripe in the actor's colour; a topic row shows the
// side's summary (claims, mean position) over its stance counts.
class ClaimCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimCellDelegate)

public:
    explicit ClaimCellDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout
    {
        QStringList lines; // the main text, already wrapped and elided
        QString meta;      // the smaller line; empty for none
        QFont font;
        QFont smallFont;
    };
    static Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index,
                            int width);
    static int heightOf(const Layout &layout);
};

} // namespace demarche
