#include "core/domain/namelookup.h"

#include "core/domain/names.h"

namespace demarche {
namespace {

// Names match on their keys: without regard to case or to how accents are encoded.
template <typename Item>
const Item *findByKey(const QList<Item> &items, const QString &wantedKey)
{
    for (const Item &item : items) {
        if (names::hasKey(item.name, wantedKey))
            return &item;
    }
    return nullptr;
}

template <typename Item>
const Item *findByName(const QList<Item> &items, const QString &wanted)
{
    return findByKey(items, names::key(wanted));
}

template <typename Item, typename OtherNames>
const Item *find(const QList<Item> &items, const QString &wanted, OtherNames otherNames)
{
    const QString wantedKey = names::key(wanted);
    if (const Item *byName = findByKey(items, wantedKey))
        return byName;
    const Item *found = nullptr;
    for (const Item &item : items) {
        const QStringList others = otherNames(item);
        if (std::any_of(others.cbegin(), others.cend(),
                        [&wantedKey](const QString &n) { return names::hasKey(n, wantedKey); })) {
            if (found)
                return nullptr; // ambiguous: the analyst must use the name
            found = &item;
        }
    }
    return found;
}

} // namespace

const Actor *findActor(const QList<Actor> &actors, const QString &name)
{
    return findByName(actors, name);
}

const Topic *findTopic(const QList<Topic> &topics, const QString &name)
{
    return findByName(topics, name);
}

const Actor *findActorOrAlias(const QList<Actor> &actors, const QString &nameOrAlias)
{
    return find(actors, nameOrAlias, [](const Actor &a) { return a.aliases; });
}

const Topic *findTopicOrKeyword(const QList<Topic> &topics, const QString &nameOrKeyword)
{
    return find(topics, nameOrKeyword, [](const Topic &t) { return t.keywords; });
}

} // namespace demarche
