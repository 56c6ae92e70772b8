#pragma once

#include "core/domain/result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

class QSqlDatabase;
class QSqlError;

namespace demarche::sql {

// SQLite's "database is busy/locked" means another program holds the project.
bool isBusy(const QSqlError &error);
// Failures of the surroundings rather than of the file's content: locked, read-only,
// disk full, a side file (-wal, -shm, -journal) that cannot be opened.
bool isNotAboutTheFile(const QSqlError &error);
// A message fit for a user, naming `path`, with its own words for each of the above.
Error errorFrom(const QSqlError &error, const QString &path);

Status exec(const QSqlDatabase &db, const QString &statement, const QString &path);
// Prepares, binds positional values and executes.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement,
                      std::initializer_list<QVariant> values, const QString &path);
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                      const QString &path);

QVariant idOrNull(qint64 id);             // NULL for an unset id
QVariant storable(const QVariant &value); // '' for a null QString, else the value

} // namespace demarche::sql
