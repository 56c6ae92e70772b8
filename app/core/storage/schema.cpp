#include "core/storage/schema.h"

#include "core/domain/names.h"
#include "core/domain/translation.h"
#include "core/storage/sqlsupport.h"

#include <QAtomicInt>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <map>

namespace demarche::schema {
namespace {

// The first schema, exactly as version 1 wrote it. Never edit: old projects depend on it.
// A new project is created as version 1 and then migrated, so that new and migrated
// projects can never drift apart.
const char *const version1[] = {
    R"(CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        published TEXT,
        language TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL DEFAULT '',
        format TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        imported_at TEXT NOT NULL))",
    "CREATE INDEX documents_by_hash ON documents(content_hash)",
    R"(CREATE TABLE actors (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        color TEXT NOT NULL,
        aliases TEXT NOT NULL DEFAULT '[]',
        kind TEXT NOT NULL DEFAULT 'state'
            CHECK (kind IN ('state', 'organisation', 'person', 'faction')),
        parent_id INTEGER REFERENCES actors(id) ON DELETE SET NULL))",
    R"(CREATE TABLE topics (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        color TEXT NOT NULL,
        keywords TEXT NOT NULL DEFAULT '[]',
        parent_id INTEGER REFERENCES topics(id) ON DELETE SET NULL))",
    R"(CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
        end_offset INTEGER NOT NULL,
        quote TEXT NOT NULL,
        holder_id INTEGER NOT NULL REFERENCES actors(id),
        target_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
        topic_id INTEGER NOT NULL REFERENCES topics(id),
        stance TEXT NOT NULL,
        position INTEGER CHECK (position BETWEEN -100 AND 100),
        salience INTEGER NOT NULL DEFAULT 3 CHECK (salience BETWEEN 1 AND 5),
        attribution TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        analyst TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (end_offset > start_offset)))",
    "CREATE INDEX claims_by_document ON claims(document_id, start_offset)",
    "CREATE INDEX claims_by_holder ON claims(holder_id)",
    "CREATE INDEX claims_by_topic ON claims(topic_id)",
};

// Version 2: actors and topics keep the order the analyst gives them in the codebook
// (it sets their quick-tag numbers); existing ones keep their creation order.
const char *const version2[] = {
    "ALTER TABLE actors ADD COLUMN sort_order INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE topics ADD COLUMN sort_order INTEGER NOT NULL DEFAULT 0",
    "UPDATE actors SET sort_order = id",
    "UPDATE topics SET sort_order = id",
    "CREATE INDEX claims_by_target ON claims(target_id)",
};

// Version 3: each topic says what its scale's ends mean, and how to score on it; existing
// topics start without a scale.
const char *const version3[] = {
    "ALTER TABLE topics ADD COLUMN negative_pole TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE topics ADD COLUMN positive_pole TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE topics ADD COLUMN scale_note TEXT NOT NULL DEFAULT ''",
};

// Version 4: a document keeps where each page of its file begins ("offset:page ...", in
// order), so that a claim in a PDF can cite its page; existing documents have no pages.
const char *const version4[] = {
    "ALTER TABLE documents ADD COLUMN pages TEXT NOT NULL DEFAULT ''",
};

template <std::size_t N>
Status runAll(QSqlDatabase &db, const char *const (&statements)[N])
{
    for (const char *statement : statements) {
        if (Status status = sql::exec(db, QString::fromUtf8(statement), db.databaseName()); !status)
            return status;
    }
    return {};
}

Status setVersion(QSqlDatabase &db, int version)
{
    return sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version),
                     db.databaseName());
}

// One entry of sqlite_schema, without its page number.
struct SchemaEntry
{
    QString type;
    QString name;
    QString table;
    QString sql;
    bool operator==(const SchemaEntry &other) const
    {
        return type == other.type && name == other.name && table == other.table && sql == other.sql;
    }
};

Result<QList<SchemaEntry>> schemaOf(const QSqlDatabase &db, const QString &path)
{
    auto query = sql::run(db,
                          // Tables first, so that a dropped table is named before its indexes.
                          QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                                         "ORDER BY type <> 'table', type, name"),
                          {}, path);
    if (!query)
        return query.error();
    QList<SchemaEntry> entries;
    while (query->next()) {
        entries.append({query->value(0).toString(), query->value(1).toString(),
                        query->value(2).toString(), query->value(3).toString()});
    }
    return entries;
}

// The schema `version` writes, read back from a private in-memory database built by the
// same statements as a project; so it follows every future migration by itself.
Result<QList<SchemaEntry>> expectedSchema(int version)
{
    static QMutex mutex;
    static std::map<int, QList<SchemaEntry>> known;
    const QMutexLocker locker(&mutex);
    if (auto found = known.find(version); found != known.end())
        return found->second;
    static QAtomicInt counter;
    const QString name = QStringLiteral("demarche-schema-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<QList<SchemaEntry>> entries = Error();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            entries = ioError(StoreText::tr("the SQLite driver for Qt cannot open a database"));
        } else if (Status built = runAll(db, version1); !built) {
            entries = built.error();
        } else if (Status migrated = migrate(db, 1, version); !migrated) {
            entries = migrated.error();
        } else {
            entries = schemaOf(db, QStringLiteral(":memory:"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (entries)
        known.emplace(version, entries.value());
    return entries;
}

QString describe(const SchemaEntry &entry)
{
    return QStringLiteral("%1 \u201c%2\u201d").arg(entry.type, names::printable(entry.name));
}

} // namespace

Status verify(const QSqlDatabase &db, int version, const QString &path)
{
    auto expected = expectedSchema(version);
    if (!expected)
        return cannotOpen(QStringLiteral("%1: %2").arg(path, expected.error().message));
    auto actual = schemaOf(db, path);
    if (!actual)
        return actual.error();
    QString difference;
    for (const SchemaEntry &entry : actual.value()) {
        if (!expected->contains(entry)) {
            const bool known =
                std::any_of(expected->cbegin(), expected->cend(), [&entry](const SchemaEntry &e) {
                    return e.type == entry.type && e.name == entry.name;
                });
            //: %1 is an SQLite object and its name, in English: table “claims”
            difference =
                known ? StoreText::tr("the schema entry %1 differs").arg(describe(entry))
                      //: %1 is an SQLite object and its name, in English: table “claims”
                      : StoreText::tr("it holds an unknown schema entry %1").arg(describe(entry));
            break;
        }
    }
    if (difference.isEmpty()) {
        for (const SchemaEntry &entry : expected.value()) {
            if (!actual->contains(entry)) {
                //: %1 is an SQLite object and its name, in English: table “claims”
                difference = StoreText::tr("the schema entry %1 is missing").arg(describe(entry));
                break;
            }
        }
    }
    if (difference.isEmpty())
        return {};
    return cannotOpen(StoreText::tr("%1: is not a Demarche project (%2); it was left unchanged")
                          .arg(path, difference));
}

Status create(QSqlDatabase &db)
{
    if (Status status = sql::exec(
            db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), db.databaseName());
        !status)
        return status;
    if (Status status = runAll(db, version1); !status)
        return status;
    if (Status status = setVersion(db, 1); !status)
        return status;
    return migrate(db, 1);
}

Status migrate(QSqlDatabase &db, int fromVersion, int toVersion)
{
    if (fromVersion < 2 && toVersion >= 2) {
        if (Status status = runAll(db, version2); !status)
            return status;
    }
    if (fromVersion < 3 && toVersion >= 3) {
        if (Status status = runAll(db, version3); !status)
            return status;
    }
    if (fromVersion < 4 && toVersion >= 4) {
        if (Status status = runAll(db, version4); !status)
            return status;
    }
    return setVersion(db, toVersion);
}

Status migrateVerified(QSqlDatabase &db, int fromVersion, const QString &path)
{
    if (Status status = migrate(db, fromVersion); !status)
        return status;
    return verify(db, CurrentVersion, path);
}

} // namespace demarche::schema
