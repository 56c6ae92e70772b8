#include "core/storage/codebooktables.h"

#include "core/domain/names.h"
#include "core/domain/palette.h"
#include "core/domain/translation.h"
#include "core/domain/vocabulary.h"
#include "core/storage/rowreaders.h"
#include "core/storage/sqlsupport.h"
#include "core/storage/storeconnection.h"

#include <QSqlQuery>

namespace demarche {
namespace {

// What differs between the two kinds of codebook entry.
template <typename Item>
struct Entry;

template <>
struct Entry<Actor>
{
    static QString table() { return QStringLiteral("actors"); }
    static QString claimColumn() { return QStringLiteral("holder_id"); }
    static QString columns() { return QStringLiteral("aliases, kind"); }
    static QVariantList values(const Actor &a)
    {
        return {rows::listText(a.aliases), vocabulary::key(a.kind)};
    }
    static int paletteOffset() { return 0; }
    static QStringList &otherNames(Actor &a) { return a.aliases; }
    static Status prepareOwn(Actor & /*a*/) { return {}; }
    static QString otherName() { return StoreText::tr("Alias"); }
    static QString noName() { return StoreText::tr("the actor has no name"); }
    static QString noParent(const QString &name)
    {
        return StoreText::tr("%1: the parent actor does not exist").arg(name);
    }
    static QString notFound(qint64 id)
    {
        return StoreText::tr("no actor with id %1 in the project").arg(id);
    }
    static QString inUse(qint64 claims)
    {
        return StoreText::tr("the actor holds %n claim(s); reassign or delete them first", nullptr,
                             int(claims));
    }
};

template <>
struct Entry<Topic>
{
    static QString table() { return QStringLiteral("topics"); }
    static QString claimColumn() { return QStringLiteral("topic_id"); }
    static QString columns()
    {
        return QStringLiteral("keywords, negative_pole, positive_pole, scale_note");
    }
    static QVariantList values(const Topic &t)
    {
        return {rows::listText(t.keywords), t.negativePole, t.positivePole, t.scaleNote};
    }
    static int paletteOffset() { return 3; }
    static QStringList &otherNames(Topic &t) { return t.keywords; }
    // The poles are one line each, like names; the note may have lines and tabs but no
    // other control characters (a project or a CSV may come from anyone).
    static Status prepareOwn(Topic &t)
    {
        t.negativePole = names::normalized(t.negativePole);
        t.positivePole = names::normalized(t.positivePole);
        t.scaleNote = names::normalized(t.scaleNote);
        if (Status s = names::checkOneLine(StoreText::tr("Negative pole"), t.negativePole); !s)
            return s;
        if (Status s = names::checkOneLine(StoreText::tr("Positive pole"), t.positivePole); !s)
            return s;
        QString note = t.scaleNote;
        note.remove(QLatin1Char('\n')).remove(QLatin1Char('\t'));
        if (const qsizetype at = names::firstControl(note); at >= 0) {
            return badInput(StoreText::tr("%1: the scale note contains a control character (U+%2)")
                                .arg(t.name, QString::number(note.at(at).unicode(), 16)
                                                 .toUpper()
                                                 .rightJustified(4, QLatin1Char('0'))));
        }
        return {};
    }
    static QString otherName() { return StoreText::tr("Keyword"); }
    static QString noName() { return StoreText::tr("the topic has no name"); }
    static QString noParent(const QString &name)
    {
        return StoreText::tr("%1: the parent topic does not exist").arg(name);
    }
    static QString notFound(qint64 id)
    {
        return StoreText::tr("no topic with id %1 in the project").arg(id);
    }
    static QString inUse(qint64 claims)
    {
        return StoreText::tr("%n claim(s) tagged with the topic; retag or delete them first",
                             nullptr, int(claims));
    }
};

template <typename Item, typename IdType>
bool contains(const QList<Item> &items, IdType id)
{
    return std::any_of(items.cbegin(), items.cend(), [id](const Item &i) { return i.id == id; });
}

// Parents must not form a loop (a minister cannot roll up to himself through his state).
template <typename Item>
Status checkNoCycle(const QList<Item> &items, const Item &item)
{
    auto current = item.parent;
    for (qsizetype steps = 0; current.isValid() && steps <= items.size(); ++steps) {
        if (current == item.id) {
            return badInput(StoreText::tr("%1 cannot be its own parent, directly or through others")
                                .arg(item.name));
        }
        decltype(current) next;
        for (const Item &other : items) {
            if (other.id == current)
                next = other.parent;
        }
        current = next;
    }
    return {};
}

// Compared on keys computed here rather than on the stored name_key column: projects
// written before keys were Unicode-normalised hold older keys, and the codebook is small.
template <typename Item>
Status checkNameFree(const QList<Item> &existing, const Item &item)
{
    const QString wanted = names::key(item.name);
    for (const Item &other : existing) {
        if (other.id != item.id && names::hasKey(other.name, wanted))
            return badInput(
                StoreText::tr("\u201c%1\u201d already exists").arg(names::printable(other.name)));
    }
    return {};
}

enum class Save { AddOrUpdate, Restore };

// Checks an entry against the others, then inserts it (no id yet, or `Restore`: under
// the id it had before it was removed) or updates it.
template <typename Item>
Status saveEntry(const QSqlDatabase &db, const QString &path, const QList<Item> &existing,
                 Item &item, Save mode = Save::AddOrUpdate)
{
    using E = Entry<Item>;
    const bool isNew = !item.id.isValid() || mode == Save::Restore;
    if (mode == Save::Restore && contains(existing, item.id))
        return badInput(
            StoreText::tr("%1: the id %2 is already in use").arg(item.name).arg(item.id.value()));
    if (!isNew && !contains(existing, item.id))
        return badInput(E::notFound(item.id.value()));
    if (item.parent.isValid() && !contains(existing, item.parent))
        return badInput(E::noParent(item.name));
    if (item.id.isValid()) {
        if (Status s = checkNoCycle(existing, item); !s)
            return s;
    }
    if (Status free = checkNameFree(existing, item); !free)
        return free;

    const QVariantList common = {item.name, names::key(item.name), item.color.name(),
                                 sql::idOrNull(item.parent.value()), item.sortOrder};
    if (isNew) {
        auto inserted = sql::run(
            db,
            QStringLiteral("INSERT INTO %1 (name, name_key, color, parent_id, sort_order, %2, "
                           "id) VALUES (?, ?, ?, ?, ?, ?%3, ?)")
                .arg(E::table(), E::columns(),
                     QStringLiteral(", ?").repeated(int(E::values(item).size()) - 1)),
            common + E::values(item) + QVariantList{sql::idOrNull(item.id.value())}, path);
        if (!inserted)
            return inserted.error();
        item.id = decltype(item.id)(inserted->lastInsertId().toLongLong());
        return {};
    }
    QString assignments = E::columns();
    assignments.replace(QLatin1String(", "), QLatin1String(" = ?, "));
    auto updated = sql::run(db,
                            QStringLiteral("UPDATE %1 SET name = ?, name_key = ?, color = ?, "
                                           "parent_id = ?, sort_order = ?, %2 = ? WHERE id = ?")
                                .arg(E::table(), assignments),
                            common + E::values(item) + QVariantList{item.id.value()}, path);
    return updated ? Status() : Status(updated.error());
}

template <typename Item, typename IdType>
Status removeEntry(const QSqlDatabase &db, const QString &path, IdType id)
{
    using E = Entry<Item>;
    auto used = sql::run(
        db, QStringLiteral("SELECT COUNT(*) FROM claims WHERE %1 = ?").arg(E::claimColumn()),
        {id.value()}, path);
    if (!used)
        return used.error();
    if (used->next() && used->value(0).toLongLong() > 0)
        return badInput(E::inUse(used->value(0).toLongLong()));
    auto removed = sql::run(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(E::table()),
                            {id.value()}, path);
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() != 1)
        return badInput(E::notFound(id.value()));
    return {};
}

// New entries go last in the codebook and get the next palette colour unless given one.
template <typename Item>
void prepareNew(const QList<Item> &existing, Item &item)
{
    if (!item.color.isValid())
        item.color = palette::color(int(existing.size()) + Entry<Item>::paletteOffset());
    int order = 0;
    for (const Item &other : existing)
        order = std::max(order, other.sortOrder);
    item.sortOrder = order + 1;
}

// Names are stored trimmed and in NFC (names.h), as one line of plain text.
template <typename Item>
Status prepareFields(Item &item)
{
    item.name = names::normalized(item.name);
    if (item.name.isEmpty())
        return badInput(Entry<Item>::noName());
    if (Status status = names::checkOneLine(StoreText::tr("Name"), item.name); !status)
        return status;
    for (QString &other : Entry<Item>::otherNames(item)) {
        other = names::normalized(other);
        if (Status status = names::checkOneLine(Entry<Item>::otherName(), other); !status)
            return status;
    }
    if (Status status = Entry<Item>::prepareOwn(item); !status)
        return status;
    if (item.id.isValid() && !item.color.isValid())
        return badInput(StoreText::tr("%1: the colour is not valid").arg(item.name));
    return {};
}

} // namespace

CodebookTables::CodebookTables(StoreConnection &connection)
    : m_connection(connection)
{}

Result<QList<Actor>> CodebookTables::actors() const
{
    auto query = sql::run(m_connection.db(),
                          QStringLiteral("SELECT %1 FROM actors ORDER BY sort_order, id")
                              .arg(QLatin1String(rows::actorColumns)),
                          {}, m_connection.path());
    if (!query)
        return query.error();
    QList<Actor> list;
    while (query->next())
        list.append(rows::actor(query.value()));
    return list;
}

Result<QList<Topic>> CodebookTables::topics() const
{
    auto query = sql::run(m_connection.db(),
                          QStringLiteral("SELECT %1 FROM topics ORDER BY sort_order, id")
                              .arg(QLatin1String(rows::topicColumns)),
                          {}, m_connection.path());
    if (!query)
        return query.error();
    QList<Topic> list;
    while (query->next())
        list.append(rows::topic(query.value()));
    return list;
}

Result<Actor> CodebookTables::addActor(Actor actor)
{
    actor.id = ActorId();
    if (Status status = prepareFields(actor); !status)
        return status.error();
    Status status = m_connection.transaction([&]() -> Status {
        auto existing = actors();
        if (!existing)
            return existing.error();
        prepareNew(existing.value(), actor);
        return saveEntry(m_connection.db(), m_connection.path(), existing.value(), actor);
    });
    if (!status)
        return status.error();
    return actor;
}

Status CodebookTables::updateActor(const Actor &actor)
{
    Actor changed = actor;
    if (Status status = prepareFields(changed); !status)
        return status;
    return m_connection.transaction([&]() -> Status {
        auto existing = actors();
        if (!existing)
            return existing.error();
        return saveEntry(m_connection.db(), m_connection.path(), existing.value(), changed);
    });
}

Status CodebookTables::restoreActor(const Actor &actor)
{
    Actor restored = actor;
    if (Status status = prepareFields(restored); !status)
        return status;
    return m_connection.transaction([&]() -> Status {
        auto existing = actors();
        if (!existing)
            return existing.error();
        return saveEntry(m_connection.db(), m_connection.path(), existing.value(), restored,
                         Save::Restore);
    });
}

Status CodebookTables::removeActor(ActorId id)
{
    return m_connection.transaction(
        [&]() { return removeEntry<Actor>(m_connection.db(), m_connection.path(), id); });
}

Result<Topic> CodebookTables::addTopic(Topic topic)
{
    topic.id = TopicId();
    if (Status status = prepareFields(topic); !status)
        return status.error();
    Status status = m_connection.transaction([&]() -> Status {
        auto existing = topics();
        if (!existing)
            return existing.error();
        prepareNew(existing.value(), topic);
        return saveEntry(m_connection.db(), m_connection.path(), existing.value(), topic);
    });
    if (!status)
        return status.error();
    return topic;
}

Status CodebookTables::updateTopic(const Topic &topic)
{
    Topic changed = topic;
    if (Status status = prepareFields(changed); !status)
        return status;
    return m_connection.transaction([&]() -> Status {
        auto existing = topics();
        if (!existing)
            return existing.error();
        return saveEntry(m_connection.db(), m_connection.path(), existing.value(), changed);
    });
}

Status CodebookTables::restoreTopic(const Topic &topic)
{
    Topic restored = topic;
    if (Status status = prepareFields(restored); !status)
        return status;
    return m_connection.transaction([&]() -> Status {
        auto existing = topics();
        if (!existing)
            return existing.error();
        return saveEntry(m_connection.db(), m_connection.path(), existing.value(), restored,
                         Save::Restore);
    });
}

Status CodebookTables::removeTopic(TopicId id)
{
    return m_connection.transaction(
        [&]() { return removeEntry<Topic>(m_connection.db(), m_connection.path(), id); });
}

} // namespace demarche
