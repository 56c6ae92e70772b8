#include "storage/schema.h"

#include "storage/sqlsupport.h"

#include <QSqlDatabase>
#include <QString>

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

} // namespace

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

Status migrate(QSqlDatabase &db, int fromVersion)
{
    if (fromVersion < 2) {
        if (Status status = runAll(db, version2); !status)
            return status;
    }
    return setVersion(db, CurrentVersion);
}

} // namespace demarche::schema
