#pragma once

#include "core/domain/actor.h"
#include "core/domain/topic.h"

#include <QComboBox>
#include <QList>
#include <QString>

namespace demarche {

// A combo box of actors or topics: children listed under their parent and indented,
// each with its colour as icon. Items carry the entry id; an optional first item with
// id 0 stands for "none". Refilling keeps the current entry.
class CodebookCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodebookCombo)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64; 0 for the "none" item
        DepthRole,                 // int, 0 for top-level entries
    };

    explicit CodebookCombo(QWidget *parent = nullptr);

    // Text of a first item that means "no entry"; empty for no such item.
    void setNoneText(const QString &text);
    void setActors(const QList<Actor> &actors);
    void setTopics(const QList<Topic> &topics);

    // Selects the item of `id` (0 for the "none" item); no item when it is not listed.
    // Emits no activated(), so that callers can tell programmatic from user changes.
    void setCurrentId(qint64 id);
    qint64 currentId() const; // -1 when nothing is selected

private:
    template <typename Item>
    void fill(const QList<Item> &items);

    QString m_noneText;
};

} // namespace demarche
