#include "widgets/codebook/actorkinddelegate.h"

#include "core/domain/vocabulary.h"

#include <QComboBox>

namespace demarche {

ActorKindDelegate::ActorKindDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *ActorKindDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    Q_UNUSED(option)
    Q_UNUSED(index)
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(tr("Kind"));
    for (ActorKind kind : vocabulary::allActorKinds())
        combo->addItem(vocabulary::label(kind), vocabulary::key(kind));
    return combo;
}

void ActorKindDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const int found = combo->findData(index.data(Qt::EditRole).toString());
    combo->setCurrentIndex(std::max(found, 0));
}

void ActorKindDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace demarche
