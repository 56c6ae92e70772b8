#pragma once

#include "core/domain/actor.h"
#include "core/domain/topic.h"

#include <QHash>
#include <QList>
#include <QString>

namespace demarche {

// Find by name, without regard to case or Unicode normal form (names::key). Null when
// there is none.
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

// The ids of `root` and of every item below it through the parent chain (an actor's
// members, a topic's sub-topics), root first, the others in the order of `items`. The
// walk up is bounded by the number of items, so that a damaged parent loop ends.
template <typename Item, typename IdType>
QList<IdType> subtreeIds(IdType root, const QList<Item> &items)
{
    QList<IdType> ids;
    if (!root.isValid())
        return ids;
    ids.append(root);
    QHash<IdType, IdType> parents;
    parents.reserve(items.size());
    for (const Item &item : items)
        parents.insert(item.id, item.parent);
    for (const Item &item : items) {
        if (item.id == root)
            continue;
        IdType current = item.parent;
        for (qsizetype steps = 0; current.isValid() && steps <= parents.size(); ++steps) {
            if (current == root) {
                ids.append(item.id);
                break;
            }
            current = parents.value(current);
        }
    }
    return ids;
}

} // namespace demarche
