#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace demarche {

// The project's SQLite connection as its tables use it: statements run on db(), messages
// name path(), and changes are grouped in transactions that nest.
class StoreConnection final
{
public:
    explicit StoreConnection(QString path);
    StoreConnection(const StoreConnection &) = delete;
    StoreConnection &operator=(const StoreConnection &) = delete;

    const QSqlDatabase &db() const { return m_db; }
    QSqlDatabase &db() { return m_db; }
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    // Runs `work` in one transaction: all of it is saved, or none of it. A transaction
    // begun inside `work` joins this one. Refused on a read-only connection.
    Status transaction(const std::function<Status()> &work);

private:
    QString m_path;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    int m_depth = 0;
    bool m_failed = false;
};

} // namespace demarche
