#include "storage/projectstore.h"

#include "domain/translation.h"
#include "storage/defaulttopics.h"
#include "storage/rowreaders.h"
#include "storage/schema.h"
#include "storage/sqlsupport.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace demarche {
namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("demarche-project-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Looks at the file's first bytes before SQLite does, so that a file that is not a
// database gets a clear message and is never touched.
Status checkLooksLikeProject(const QString &path)
{
    // Already open here: reading its header would drop SQLite's locks on it (openprojects.h).
    if (isOpenProject(path))
        return {};
    const QFileInfo info(path);
    if (!info.exists())
        return cannotOpen(StoreText::tr("%1: no such project file").arg(path));
    if (info.isDir())
        return cannotOpen(StoreText::tr("%1: is a directory, not a project file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cannotOpen(StoreText::tr("%1: cannot be read: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(16);
    if (header.isEmpty())
        return cannotOpen(StoreText::tr("%1: is empty, not a Demarche project").arg(path));
    if (header != QByteArray("SQLite format 3\0", 16))
        return cannotOpen(
            StoreText::tr("%1: is not a Demarche project (not an SQLite database)").arg(path));
    return {};
}

} // namespace

ProjectStore::ProjectStore(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

ProjectStore::~ProjectStore()
{
    m_insertClaim.reset();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_registration.reset(); // only once SQLite has let go of the file
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::connect(const QString &path, Access access)
{
    std::unique_ptr<ProjectStore> store(new ProjectStore(path, nextConnectionName()));
    store->m_readOnly = access == Access::ReadOnly;
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    if (!store->m_db.isValid())
        return cannotOpen(StoreText::tr("%1: the SQLite driver for Qt is missing").arg(path));
    store->m_db.setDatabaseName(path);
    store->m_db.setConnectOptions(store->m_readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;"
                                                                     "QSQLITE_OPEN_READONLY")
                                                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!store->m_db.open())
        return cannotOpen(
            StoreText::tr("%1: cannot be opened: %2").arg(path, store->m_db.lastError().text()));
    store->m_registration = std::make_unique<OpenProjectRegistration>(path);
    return store;
}

Status ProjectStore::configure()
{
    // WAL keeps readers and the writer apart; FULL sync makes every commit durable.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = FULL", "PRAGMA cache_size = -16384"}) {
        if (Status status = sql::exec(m_db, QString::fromLatin1(pragma), m_path); !status)
            return status;
    }
    return {};
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::create(const QString &path)
{
    if (QFileInfo::exists(path))
        return badInput(StoreText::tr("%1: already exists; choose another name").arg(path));
    auto connected = connect(path, Access::ReadWrite);
    if (!connected)
        return connected.error();
    std::unique_ptr<ProjectStore> store = std::move(connected).value();
    Status status = store->configure();
    if (status) {
        status = store->transaction([&store]() -> Status {
            if (Status created = schema::create(store->m_db); !created)
                return created;
            for (const Topic &topic : defaultTopics()) {
                if (auto added = store->addTopic(topic); !added)
                    return added.error();
            }
            return {};
        });
    }
    if (!status) {
        store.reset();
        QFile::remove(path);
        QFile::remove(path + QLatin1String("-wal"));
        QFile::remove(path + QLatin1String("-shm"));
        return status.error();
    }
    return store;
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString &path, Access access)
{
    if (Status status = checkLooksLikeProject(path); !status)
        return status.error();
    auto connected = connect(path, access);
    if (!connected)
        return connected.error();
    std::unique_ptr<ProjectStore> store = std::move(connected).value();

    // Read-only questions first: nothing is written until the file is known to be ours.
    QSqlQuery query(store->m_db);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
        const QString detail = query.lastError().databaseText();
        if (sql::isBusy(query.lastError()))
            return cannotOpen(
                StoreText::tr("%1: the project is locked by another program").arg(path));
        return cannotOpen(
            StoreText::tr("%1: is damaged or not a Demarche project (%2)").arg(path, detail));
    }
    const int applicationId = query.value(0).toInt();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return cannotOpen(
            StoreText::tr("%1: is damaged: %2").arg(path, query.lastError().databaseText()));
    const int version = query.value(0).toInt();
    query.finish();
    if (applicationId != schema::ApplicationId || version < 1)
        return cannotOpen(
            StoreText::tr("%1: is an SQLite database but not a Demarche project").arg(path));
    if (version > schema::CurrentVersion) {
        return cannotOpen(
            StoreText::tr("%1: was saved by a newer version of Demarche (project format %2; "
                          "this version reads up to %3). It was left unchanged.")
                .arg(path, QString::number(version), QString::number(schema::CurrentVersion)));
    }

    if (store->m_readOnly) {
        if (version < schema::CurrentVersion)
            return cannotOpen(StoreText::tr("%1: was saved by an older version of Demarche and "
                                            "must be updated, but it is read-only")
                                  .arg(path));
        if (Status status =
                sql::exec(store->m_db, QStringLiteral("PRAGMA foreign_keys = ON"), path);
            !status)
            return cannotOpen(status.error().message);
        return store;
    }

    // Migrate before configure() switches the file to WAL: a migration that fails then
    // rolls back to the file's bytes exactly, and the file is refused as it was.
    if (version < schema::CurrentVersion) {
        Status migrated = store->transaction(
            [&store, version]() { return schema::migrate(store->m_db, version); });
        if (!migrated)
            return cannotOpen(migrated.error().message);
    }
    if (Status status = store->configure(); !status)
        return cannotOpen(status.error().message);
    return store;
}

Status ProjectStore::saveCopy(const QString &target) const
{
    if (QFileInfo::exists(target))
        return badInput(StoreText::tr("%1: already exists; choose another name").arg(target));
    // VACUUM INTO writes a complete, consistent database, including what is still in
    // the write-ahead log, without blocking this connection's later writes.
    auto copied = sql::run(m_db, QStringLiteral("VACUUM INTO ?"), {target}, m_path);
    if (!copied) {
        QFile::remove(target);
        return ioError(StoreText::tr("%1: the copy could not be written: %2")
                           .arg(target, copied.error().message));
    }
    return {};
}

Status ProjectStore::transaction(const std::function<Status()> &work)
{
    if (m_readOnly)
        return badInput(StoreText::tr("%1: the project is open read-only").arg(m_path));
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status status = work();
        --m_transactionDepth;
        if (!status)
            m_transactionFailed = true;
        return status;
    }
    // IMMEDIATE takes the write lock at once, so a busy project fails before any work.
    if (Status begun = sql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE"), m_path); !begun)
        return begun;
    m_transactionDepth = 1;
    m_transactionFailed = false;
    Status status = work();
    m_transactionDepth = 0;
    if (status && !m_transactionFailed) {
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

QString ProjectStore::currentAnalyst()
{
    for (const char *variable : {"DEMARCHE_ANALYST", "USER", "USERNAME", "LOGNAME"}) {
        QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return QStringLiteral("analyst");
}

} // namespace demarche
