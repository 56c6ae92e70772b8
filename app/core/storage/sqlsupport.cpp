#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

namespace demarche::sql {

namespace {

// SQLite's primary result codes (sqlite3.h); an extended code carries one in its low byte.
enum PrimaryCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADatabase = 26,
};

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xFF : -1;
}

} // namespace

bool isBusy(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == Busy || code == Locked;
}

bool isNotAboutTheFile(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == Busy || code == Locked || code == ReadOnly || code == Full || code == CantOpen;
}

Error errorFrom(const QSqlError &error, const QString &path)
{
    switch (primaryCode(error)) {
    case Busy:
    case Locked:
        return cannotOpen(QCoreApplication::translate(
                              "ProjectStore", "%1: the project is locked by another program")
                              .arg(path));
    case Corrupt:
    case NotADatabase: // damage found past the header, on first use
        return cannotOpen(
            QCoreApplication::translate("ProjectStore", "%1: the project is damaged (%2)")
                .arg(path, error.databaseText()));
    case ReadOnly:
        return cannotOpen(QCoreApplication::translate(
                              "ProjectStore",
                              "%1: the project is read-only (the file, its folder or its disk "
                              "cannot be written); the change was not saved")
                              .arg(path));
    case Full:
        return ioError(QCoreApplication::translate(
                           "ProjectStore",
                           "%1: the disk is full; nothing more could be written and the project "
                           "is as it was")
                           .arg(path));
    case IoError: // the system refused a read or write: no sign that the file is damaged
        return ioError(QCoreApplication::translate(
                           "ProjectStore", "%1: the disk refused to read or write the project "
                                           "(%2)")
                           .arg(path, error.databaseText()));
    case CantOpen:
        return cannotOpen(QCoreApplication::translate(
                              "ProjectStore", "%1: the project or a file beside it (-wal, -shm, "
                                              "-journal) cannot be opened (%2)")
                              .arg(path, error.databaseText()));
    default:
        break;
    }
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.text();
    return ioError(QCoreApplication::translate("ProjectStore", "%1: %2").arg(path, detail));
}

Status exec(const QSqlDatabase &db, const QString &statement, const QString &path)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return errorFrom(query.lastError(), path);
    return {};
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement,
                      std::initializer_list<QVariant> values, const QString &path)
{
    return run(db, statement, QVariantList(values), path);
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                      const QString &path)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return errorFrom(query.lastError(), path);
    for (const QVariant &value : values)
        query.addBindValue(storable(value));
    if (!query.exec())
        return errorFrom(query.lastError(), path);
    return query;
}

QVariant storable(const QVariant &value)
{
    // A null QString would be stored as NULL; text columns hold '' for "nothing".
    if (value.userType() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace demarche::sql
