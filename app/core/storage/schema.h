#pragma once

#include "core/domain/result.h"

class QSqlDatabase;

namespace demarche::schema {

// Bumped whenever the schema changes; each step has a migration in schema.cpp.
constexpr int CurrentVersion = 4;
// "DMRC": marks an SQLite file as a Demarche project (PRAGMA application_id).
constexpr int ApplicationId = 0x444D5243;

// Creates the current schema in an empty database, inside the caller's transaction.
Status create(QSqlDatabase &db);
// Moves a project from `fromVersion` up to `toVersion`, inside the caller's transaction.
Status migrate(QSqlDatabase &db, int fromVersion, int toVersion = CurrentVersion);
// migrate() to CurrentVersion, then verify() the result: SQLite may carry out an ALTER TABLE
// on a damaged file without an error yet leave the table unchanged, and such a project
// would open once and never again. Inside the caller's transaction; `path` names the file.
Status migrateVerified(QSqlDatabase &db, int fromVersion, const QString &path);
// Refuses a file whose tables, indexes and other schema entries are not exactly those
// that Demarche `version` writes: a trigger or a view planted in a project would run
// code on the next edit, and a missing or changed table would fail mid-way.
Status verify(const QSqlDatabase &db, int version, const QString &path);

} // namespace demarche::schema
