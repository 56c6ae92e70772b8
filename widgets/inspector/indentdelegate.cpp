#include "widgets/inspector/indentdelegate.h"

#include <QFontMetrics>

namespace demarche {

IndentDelegate::IndentDelegate(int depthRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_depthRole(depthRole)
{}

int IndentDelegate::indentOf(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int depth = index.data(m_depthRole).toInt();
    return depth * option.fontMetrics.averageCharWidth() * 3;
}

void IndentDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem indented(option);
    indented.rect.setLeft(indented.rect.left() + indentOf(option, index));
    QStyledItemDelegate::paint(painter, indented, index);
}

QSize IndentDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += indentOf(option, index);
    return size;
}

} // namespace demarche
