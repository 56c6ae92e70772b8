#pragma once

#include <QStyledItemDelegate>

namespace demarche {

// Paints list items indented by the depth in `depthRole`, so that a flat combo box
// list shows a hierarchy (a minister under his state) while typing a name still finds it.
class IndentDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndentDelegate)

public:
    IndentDelegate(int depthRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int indentOf(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    int m_depthRole;
};

} // namespace demarche
