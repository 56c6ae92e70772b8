#pragma once

#include "domain/actor.h"
#include "domain/topic.h"

#include <QList>
#include <QString>

namespace demarche {

// Find by name, case-insensitively. Null when there is none.
const Actor *findActor(const QList<Actor> &actors, const QString &name);
const Topic *findTopic(const QList<Topic> &topics, const QString &name);

// As above; failing a name, an alias that belongs to exactly one actor ("the Kremlin"
// finds Russia), or a keyword of exactly one topic. For what a person types.
const Actor *findActorOrAlias(const QList<Actor> &actors, const QString &nameOrAlias);
const Topic *findTopicOrKeyword(const QList<Topic> &topics, const QString &nameOrKeyword);

template <typename Item, typename IdType>
const Item *findById(const QList<Item> &items, IdType id)
{
    for (const Item &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace demarche
