// ProjectStore: actors and topics.
#include "storage/projectstore.h"

#include "domain/palette.h"
#include "domain/vocabulary.h"
#include "storage/rowreaders.h"
#include "storage/sqlsupport.h"

#include "domain/translation.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace demarche {
namespace {

// Case folding makes "RUSSIA", "russia" and "Russia" (and Cyrillic "РОССИЯ"/"Россия")
// one name; SQLite's NOCASE only knows ASCII.
QString nameKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

Status checkName(const QString &name, const QString &what)
{
    if (name.trimmed().isEmpty())
        return badInput(StoreText::tr("the %1 has no name").arg(what));
    return {};
}

Status checkColor(const QColor &color, const QString &name)
{
    if (!color.isValid())
        return badInput(StoreText::tr("%1: the colour is not valid").arg(name));
    return {};
}

// Parents must not form a loop (a minister cannot roll up to himself through his state).
template <typename Item, typename IdType>
Status checkNoCycle(const QList<Item> &items, IdType self, IdType parent, const QString &name)
{
    IdType current = parent;
    for (int steps = 0; current.isValid() && steps <= items.size(); ++steps) {
        if (current == self)
            return badInput(StoreText::tr("%1 cannot be its own parent, directly or through others").arg(name));
        IdType next;
        for (const Item &item : items) {
            if (item.id == current)
                next = item.parent;
        }
        current = next;
    }
    return {};
}

template <typename Item, typename IdType>
bool contains(const QList<Item> &items, IdType id)
{
    return std::any_of(items.cbegin(), items.cend(), [id](const Item &i) { return i.id == id; });
}

} // namespace

Status ProjectStore::checkNameFree(const QString &table, const QString &name, qint64 exceptId) const
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT name FROM %1 WHERE name_key = ? AND id <> ?").arg(table),
                          {nameKey(name), exceptId}, m_path);
    if (!query)
        return query.error();
    if (query->next())
        return badInput(StoreText::tr("\u201c%1\u201d already exists").arg(query->value(0).toString()));
    return {};
}

Result<QList<Actor>> ProjectStore::actors() const
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT %1 FROM actors ORDER BY sort_order, id")
                              .arg(QLatin1String(rows::actorColumns)),
                          {}, m_path);
    if (!query)
        return query.error();
    QList<Actor> list;
    while (query->next())
        list.append(rows::actor(query.value()));
    return list;
}

Result<Actor> ProjectStore::addActor(Actor actor)
{
    actor.name = actor.name.trimmed();
    if (Status status = checkName(actor.name, StoreText::tr("actor")); !status)
        return status.error();
    Status status = transaction([&]() -> Status {
        auto existing = actors();
        if (!existing)
            return existing.error();
        if (actor.parent.isValid() && !contains(existing.value(), actor.parent))
            return badInput(StoreText::tr("%1: the parent actor does not exist").arg(actor.name));
        if (!actor.color.isValid())
            actor.color = palette::color(int(existing->size()));
        if (Status free = checkNameFree(QStringLiteral("actors"), actor.name, 0); !free)
            return free;
        int order = 0;
        for (const Actor &a : existing.value())
            order = std::max(order, a.sortOrder);
        actor.sortOrder = order + 1;
        auto inserted = sql::run(
            m_db,
            QStringLiteral("INSERT INTO actors (name, name_key, color, aliases, kind, parent_id, "
                           "sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {actor.name, nameKey(actor.name), actor.color.name(), rows::listText(actor.aliases),
             vocabulary::key(actor.kind), sql::idOrNull(actor.parent.value()), actor.sortOrder},
            m_path);
        if (!inserted)
            return inserted.error();
        actor.id = ActorId(inserted->lastInsertId().toLongLong());
        return {};
    });
    if (!status)
        return status.error();
    return actor;
}

Status ProjectStore::updateActor(const Actor &actor)
{
    if (Status status = checkName(actor.name, StoreText::tr("actor")); !status)
        return status;
    if (Status status = checkColor(actor.color, actor.name); !status)
        return status;
    return transaction([&]() -> Status {
        auto existing = actors();
        if (!existing)
            return existing.error();
        if (!contains(existing.value(), actor.id))
            return badInput(StoreText::tr("no actor with id %1 in the project").arg(actor.id.value()));
        if (actor.parent.isValid() && !contains(existing.value(), actor.parent))
            return badInput(StoreText::tr("%1: the parent actor does not exist").arg(actor.name));
        if (Status s = checkNoCycle(existing.value(), actor.id, actor.parent, actor.name); !s)
            return s;
        if (Status free = checkNameFree(QStringLiteral("actors"), actor.name, actor.id.value()); !free)
            return free;
        auto updated = sql::run(
            m_db,
            QStringLiteral("UPDATE actors SET name = ?, name_key = ?, color = ?, aliases = ?, "
                           "kind = ?, parent_id = ?, sort_order = ? WHERE id = ?"),
            {actor.name.trimmed(), nameKey(actor.name), actor.color.name(),
             rows::listText(actor.aliases), vocabulary::key(actor.kind),
             sql::idOrNull(actor.parent.value()), actor.sortOrder, actor.id.value()},
            m_path);
        return updated ? Status() : Status(updated.error());
    });
}

Status ProjectStore::removeActor(ActorId id)
{
    return transaction([&]() -> Status {
        auto used = sql::run(m_db, QStringLiteral("SELECT COUNT(*) FROM claims WHERE holder_id = ?"),
                             {id.value()}, m_path);
        if (!used)
            return used.error();
        if (used->next() && used->value(0).toLongLong() > 0) {
            return badInput(StoreText::tr("the actor holds %1 claims; reassign or delete them first")
                                .arg(used->value(0).toLongLong()));
        }
        auto removed =
            sql::run(m_db, QStringLiteral("DELETE FROM actors WHERE id = ?"), {id.value()}, m_path);
        if (!removed)
            return removed.error();
        if (removed->numRowsAffected() != 1)
            return badInput(StoreText::tr("no actor with id %1 in the project").arg(id.value()));
        return {};
    });
}

Result<QList<Topic>> ProjectStore::topics() const
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT %1 FROM topics ORDER BY sort_order, id")
                              .arg(QLatin1String(rows::topicColumns)),
                          {}, m_path);
    if (!query)
        return query.error();
    QList<Topic> list;
    while (query->next())
        list.append(rows::topic(query.value()));
    return list;
}

Result<Topic> ProjectStore::addTopic(Topic topic)
{
    topic.name = topic.name.trimmed();
    if (Status status = checkName(topic.name, StoreText::tr("topic")); !status)
        return status.error();
    Status status = transaction([&]() -> Status {
        auto existing = topics();
        if (!existing)
            return existing.error();
        if (topic.parent.isValid() && !contains(existing.value(), topic.parent))
            return badInput(StoreText::tr("%1: the parent topic does not exist").arg(topic.name));
        if (!topic.color.isValid())
            topic.color = palette::color(int(existing->size()) + 3);
        if (Status free = checkNameFree(QStringLiteral("topics"), topic.name, 0); !free)
            return free;
        int order = 0;
        for (const Topic &t : existing.value())
            order = std::max(order, t.sortOrder);
        topic.sortOrder = order + 1;
        auto inserted = sql::run(
            m_db,
            QStringLiteral("INSERT INTO topics (name, name_key, color, keywords, parent_id, "
                           "sort_order) VALUES (?, ?, ?, ?, ?, ?)"),
            {topic.name, nameKey(topic.name), topic.color.name(), rows::listText(topic.keywords),
             sql::idOrNull(topic.parent.value()), topic.sortOrder},
            m_path);
        if (!inserted)
            return inserted.error();
        topic.id = TopicId(inserted->lastInsertId().toLongLong());
        return {};
    });
    if (!status)
        return status.error();
    return topic;
}

Status ProjectStore::updateTopic(const Topic &topic)
{
    if (Status status = checkName(topic.name, StoreText::tr("topic")); !status)
        return status;
    if (Status status = checkColor(topic.color, topic.name); !status)
        return status;
    return transaction([&]() -> Status {
        auto existing = topics();
        if (!existing)
            return existing.error();
        if (!contains(existing.value(), topic.id))
            return badInput(StoreText::tr("no topic with id %1 in the project").arg(topic.id.value()));
        if (topic.parent.isValid() && !contains(existing.value(), topic.parent))
            return badInput(StoreText::tr("%1: the parent topic does not exist").arg(topic.name));
        if (Status s = checkNoCycle(existing.value(), topic.id, topic.parent, topic.name); !s)
            return s;
        if (Status free = checkNameFree(QStringLiteral("topics"), topic.name, topic.id.value()); !free)
            return free;
        auto updated = sql::run(
            m_db,
            QStringLiteral("UPDATE topics SET name = ?, name_key = ?, color = ?, keywords = ?, "
                           "parent_id = ?, sort_order = ? WHERE id = ?"),
            {topic.name.trimmed(), nameKey(topic.name), topic.color.name(),
             rows::listText(topic.keywords), sql::idOrNull(topic.parent.value()), topic.sortOrder,
             topic.id.value()},
            m_path);
        return updated ? Status() : Status(updated.error());
    });
}

Status ProjectStore::removeTopic(TopicId id)
{
    return transaction([&]() -> Status {
        auto used = sql::run(m_db, QStringLiteral("SELECT COUNT(*) FROM claims WHERE topic_id = ?"),
                             {id.value()}, m_path);
        if (!used)
            return used.error();
        if (used->next() && used->value(0).toLongLong() > 0) {
            return badInput(StoreText::tr("%1 claims are tagged with the topic; retag or delete them first")
                                .arg(used->value(0).toLongLong()));
        }
        auto removed =
            sql::run(m_db, QStringLiteral("DELETE FROM topics WHERE id = ?"), {id.value()}, m_path);
        if (!removed)
            return removed.error();
        if (removed->numRowsAffected() != 1)
            return badInput(StoreText::tr("no topic with id %1 in the project").arg(id.value()));
        return {};
    });
}

} // namespace demarche
