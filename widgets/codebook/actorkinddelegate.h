#pragma once

#include <QStyledItemDelegate>

namespace demarche {

// Edits an actor's kind with a combo box of the vocabulary (state, organisation, ...);
// the model receives the kind's key.
class ActorKindDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorKindDelegate)

public:
    explicit ActorKindDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    // As wide as the combo box needs for the longest kind, so that the editor fits its
    // column and is never clipped.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    int editorWidth() const;

    mutable int m_editorWidth = 0;
};

} // namespace demarche
