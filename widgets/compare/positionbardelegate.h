#pragma once

#include <QStyledItemDelegate>

namespace demarche {

// The compare view's middle column. On a topic row: a −100 … 100 scale with a tick at 0,
// each actor's mean position as a dot in the actor's colour, the span between them, and
// below it the distance (or the status when a side has no position) between the topic's
// poles. On an evidence row: the two claims' own positions, smaller, on the same scale.
class PositionBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PositionBarDelegate)

public:
    explicit PositionBarDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace demarche
