#pragma once

#include "core/domain/actor.h"
#include "core/domain/ids.h"
#include "core/domain/topic.h"

#include <QComboBox>
#include <QList>
#include <QString>

namespace demarche {

// A combo box of actors or topics: children listed under their parent and indented,
// each with its colour as icon. Items carry the entry's id (roles::ActorIdRole or
// roles::TopicIdRole) and depth (roles::DepthRole); an optional first item with the
// invalid id stands for "none". Refilling keeps the current entry.
class CodebookCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodebookCombo)

public:
    explicit CodebookCombo(QWidget *parent = nullptr);

    // Text of a first item that means "no entry"; empty for no such item.
    void setNoneText(const QString &text);
    void setActors(const QList<Actor> &actors);
    void setTopics(const QList<Topic> &topics);

    // Selects the item of `id` (the invalid id for the "none" item); no item when it is
    // not listed. Emits no activated(), so that callers can tell programmatic from user
    // changes.
    void setCurrentActor(ActorId id);
    void setCurrentTopic(TopicId id);
    // The chosen entry; the invalid id for "none" and when nothing is chosen.
    ActorId currentActor() const;
    TopicId currentTopic() const;
    // The item of `id`; -1 when it is not listed.
    int findActor(ActorId id) const;
    int findTopic(TopicId id) const;

private:
    template <typename Item>
    void fill(const QList<Item> &items);
    template <typename IdType>
    void setCurrent(IdType id);
    template <typename IdType>
    IdType current() const;
    template <typename IdType>
    int find(IdType id) const;

    QString m_noneText;
};

} // namespace demarche
