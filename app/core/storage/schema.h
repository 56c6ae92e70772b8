#pragma once

#include "domain/result.h"

class QSqlDatabase;

namespace demarche::schema {

// Bumped whenever the schema changes; each step has a migration in schema.cpp.
constexpr int CurrentVersion = 2;
// "DMRC": marks an SQLite file as a Demarche project (PRAGMA application_id).
constexpr int ApplicationId = 0x444D5243;

// Creates the current schema in an empty database, inside the caller's transaction.
Status create(QSqlDatabase &db);
// Moves a project from `fromVersion` up to CurrentVersion, inside the caller's transaction.
Status migrate(QSqlDatabase &db, int fromVersion);

} // namespace demarche::schema
