#include "storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

namespace demarche::sql {

bool isBusy(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6");
}

Error errorFrom(const QSqlError &error, const QString &path)
{
    if (isBusy(error)) {
        return cannotOpen(QCoreApplication::translate(
                              "ProjectStore", "%1: the project is locked by another program")
                              .arg(path));
    }
    // SQLITE_CORRUPT and SQLITE_NOTADB: damage found past the header, on first use.
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("11") || code == QLatin1String("26")) {
        return cannotOpen(
            QCoreApplication::translate("ProjectStore", "%1: the project is damaged (%2)")
                .arg(path, error.databaseText()));
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
