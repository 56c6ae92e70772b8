#include "widgets/compare/topiccelldelegate.h"

#include "core/models/comparisonmodel.h"
#include "core/models/modelroles.h"

namespace demarche {

TopicCellDelegate::TopicCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void TopicCellDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(roles::RowKindRole).toInt() == int(ComparisonModel::RowKind::Topic))
        option->font.setBold(true);
}

} // namespace demarche
