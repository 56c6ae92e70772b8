#pragma once
// Changes a project file behind Demarche's back, as another program (the sqlite3 shell)
// would: planted triggers, dropped tables, a switched journal mode.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

// Runs each statement on the file at `path`; false, with a warning, at the first that fails.
inline bool alterWithSql(const QString &path, const QStringList &statements)
{
    const QString connection = QStringLiteral("alter-with-sql");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}
