#include "widgets/codebook/actorkinddelegate.h"

#include "core/domain/languagechange.h"
#include "core/domain/vocabulary.h"

#include <QComboBox>

#include <algorithm>
#include <memory>

namespace demarche {

ActorKindDelegate::ActorKindDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
    // The kinds' labels, and so the editor's width, change with the language.
    onLanguageChange(this, [this]() { m_editorWidth = 0; });
}

namespace {

QComboBox *kindCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(ActorKindDelegate::tr("Kind"));
    for (ActorKind kind : vocabulary::allActorKinds())
        combo->addItem(vocabulary::label(kind), vocabulary::key(kind));
    return combo;
}

} // namespace

QWidget *ActorKindDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    Q_UNUSED(option)
    Q_UNUSED(index)
    return kindCombo(parent);
}

int ActorKindDelegate::editorWidth() const
{
    if (m_editorWidth == 0) {
        const std::unique_ptr<QComboBox> combo(kindCombo(nullptr));
        m_editorWidth = combo->sizeHint().width();
    }
    return m_editorWidth;
}

QSize ActorKindDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), editorWidth()));
    return size;
}

void ActorKindDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    Q_UNUSED(index)
    // A combo box is taller than a row: centred on it rather than squeezed into it.
    QRect rect = option.rect;
    const QSize wanted = editor->sizeHint();
    rect.setWidth(std::max(rect.width(), wanted.width()));
    if (wanted.height() > rect.height()) {
        rect.setTop(option.rect.center().y() - wanted.height() / 2);
        rect.setHeight(wanted.height());
    }
    editor->setGeometry(rect);
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
