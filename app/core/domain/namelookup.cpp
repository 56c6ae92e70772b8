#include "domain/namelookup.h"

namespace demarche {
namespace {

bool sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

template <typename Item>
const Item *findByName(const QList<Item> &items, const QString &wanted)
{
    for (const Item &item : items) {
        if (sameName(item.name, wanted))
            return &item;
    }
    return nullptr;
}

template <typename Item, typename OtherNames>
const Item *find(const QList<Item> &items, const QString &wanted, OtherNames otherNames)
{
    if (const Item *byName = findByName(items, wanted))
        return byName;
    const Item *found = nullptr;
    for (const Item &item : items) {
        const QStringList names = otherNames(item);
        if (std::any_of(names.cbegin(), names.cend(),
                        [&wanted](const QString &n) { return sameName(n, wanted); })) {
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
