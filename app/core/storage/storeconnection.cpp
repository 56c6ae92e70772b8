#include "core/storage/storeconnection.h"

#include "core/domain/translation.h"
#include "core/storage/sqlsupport.h"

namespace demarche {

StoreConnection::StoreConnection(QString path)
    : m_path(std::move(path))
{}

Status StoreConnection::transaction(const std::function<Status()> &work)
{
    if (m_readOnly)
        return badInput(StoreText::tr("%1: the project is open read-only").arg(m_path));
    if (m_depth > 0) {
        ++m_depth;
        Status status = work();
        --m_depth;
        if (!status)
            m_failed = true;
        return status;
    }
    // IMMEDIATE takes the write lock at once, so a busy project fails before any work.
    if (Status begun = sql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE"), m_path); !begun)
        return begun;
    m_depth = 1;
    m_failed = false;
    Status status = work();
    m_depth = 0;
    if (status && !m_failed) {
        Status committed = sql::exec(m_db, QStringLiteral("COMMIT"), m_path);
        if (committed)
            return {};
        status = committed;
    }
    (void)sql::exec(m_db, QStringLiteral("ROLLBACK"), m_path);
    if (status)
        return ioError(StoreText::tr("%1: the change was not saved").arg(m_path));
    return status;
}

} // namespace demarche
