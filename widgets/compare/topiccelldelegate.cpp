#include "widgets/compare/topiccelldelegate.h"

#include "core/models/comparisonmodel.h"

namespace demarche {

TopicCellDelegate::TopicCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void TopicCellDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(ComparisonModel::RowKindRole).toInt() == int(ComparisonModel::RowKind::Topic))
        option->font.setBold(true);
}

} // namespace demarche
