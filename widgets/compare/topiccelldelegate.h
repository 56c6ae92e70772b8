#pragma once

#include <QStyledItemDelegate>

namespace demarche {

// The compare view's first column: topic names in bold, so that they stand out from the
// evidence rows under them.
class TopicCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicCellDelegate)

public:
    explicit TopicCellDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace demarche
