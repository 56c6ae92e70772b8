#include "core/storage/projectstore.h"

#include "core/domain/translation.h"
#include "core/storage/claimtable.h"
#include "core/storage/codebooktables.h"
#include "core/storage/defaulttopics.h"
#include "core/storage/rowreaders.h"
#include "core/storage/schema.h"
#include "core/storage/sqlsupport.h"
#include "core/storage/storeconnection.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <unistd.h>
#endif

namespace demarche {
namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("demarche-project-%1").arg(counter.fetchAndAddRelaxed(1));
}

enum class Journal { Unknown, Rollback, WriteAhead };

// Looks at the file's first bytes before SQLite does, so that a file that is not a
// database gets a clear message and is never touched.
Result<Journal> checkLooksLikeProject(const QString &path, const QString &fileName)
{
    // Already open here: reading its header would drop SQLite's locks on it (openprojects.h).
    if (isOpenProject(fileName))
        return Journal::Unknown;
    const QFileInfo info(fileName);
    if (!info.exists())
        return cannotOpen(StoreText::tr("%1: no such project file").arg(path));
    if (info.isDir())
        return cannotOpen(StoreText::tr("%1: is a directory, not a project file").arg(path));
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return cannotOpen(StoreText::tr("%1: cannot be read: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(20);
    if (header.isEmpty())
        return cannotOpen(StoreText::tr("%1: is empty, not a Demarche project").arg(path));
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return cannotOpen(
            StoreText::tr("%1: is not a Demarche project (not an SQLite database)").arg(path));
    // Bytes 18 and 19, the file format's write and read versions, are 2 in WAL mode.
    return header.size() == 20 && header.at(18) == 2 ? Journal::WriteAhead : Journal::Rollback;
}

// The name SQLite and Qt are given: always an absolute file name, so that nothing a user
// types is taken for something else: "file:other.db" for an SQLite URI, ":memory:" for
// SQLite's memory database and, by QFileInfo, for a Qt resource.
QString fileNameFor(const QString &path)
{
    if (path.startsWith(QLatin1Char(':')))
        return QDir::currentPath() + QLatin1Char('/') + path;
    return QFileInfo(path).absoluteFilePath();
}

#ifdef Q_OS_UNIX
// access(2) rather than permission bits: it knows a read-only mount, and root.
int writeError(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0 ? 0 : errno;
}
#endif

bool canWriteFolderOf(const QString &file)
{
    const QString folder = QFileInfo(file).absolutePath();
#ifdef Q_OS_UNIX
    return writeError(folder) == 0;
#else
    return QFileInfo(folder).isWritable();
#endif
}

} // namespace

ProjectStore::ProjectStore(const QString &path, QString connectionName)
    : m_connectionName(std::move(connectionName))
    , m_connection(std::make_unique<StoreConnection>(path))
    , m_documents(std::make_unique<DocumentTable>(*m_connection))
    , m_codebook(std::make_unique<CodebookTables>(*m_connection))
    , m_claims(std::make_unique<ClaimTable>(*m_connection, *m_documents))
{}

ProjectStore::~ProjectStore()
{
    m_claims.reset(); // its prepared statement, before the connection closes
    QSqlDatabase &db = m_connection->db();
    if (db.isValid())
        db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_registration.reset(); // only once SQLite has let go of the file
}

QString ProjectStore::path() const
{
    return m_connection->path();
}

bool ProjectStore::isReadOnly() const
{
    return m_connection->isReadOnly();
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::connect(const QString &path,
                                                            const QString &file, Access access,
                                                            std::chrono::milliseconds busyTimeout,
                                                            Locking locking)
{
    std::unique_ptr<ProjectStore> store(new ProjectStore(path, nextConnectionName()));
    StoreConnection &connection = *store->m_connection;
    connection.setReadOnly(access == Access::ReadOnly);
    QSqlDatabase &db = connection.db();
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    if (!db.isValid())
        return cannotOpen(StoreText::tr("%1: the SQLite driver for Qt is missing").arg(path));
    const QString absolute = fileNameFor(file);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1")
                          .arg(std::max<qint64>(0, qint64(busyTimeout.count())));
    if (connection.isReadOnly())
        options += QLatin1String(";QSQLITE_OPEN_READONLY");
    if (locking == Locking::Immutable) {
        // A URI we build ourselves, from an absolute path, percent-encoded.
        options += QLatin1String(";QSQLITE_OPEN_URI");
        db.setDatabaseName(QUrl::fromLocalFile(absolute).toString(QUrl::FullyEncoded)
                           + QLatin1String("?immutable=1"));
    } else {
        db.setDatabaseName(absolute);
    }
    db.setConnectOptions(options);
    if (!db.open())
        return sql::errorFrom(db.lastError(), path);
    // Nothing a file declares (a function in a default, a check, an index) may act beyond
    // the statement that uses it.
    if (Status status = sql::exec(db, QStringLiteral("PRAGMA trusted_schema = OFF"), path); !status)
        return status.error();
    store->m_registration = std::make_unique<OpenProjectRegistration>(absolute);
    return store;
}

Status ProjectStore::configure()
{
    // WAL keeps readers and the writer apart; FULL sync makes every commit durable.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = FULL", "PRAGMA cache_size = -16384"}) {
        if (Status status =
                sql::exec(m_connection->db(), QString::fromLatin1(pragma), m_connection->path());
            !status)
            return status;
    }
    return {};
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::create(const QString &path,
                                                           std::chrono::milliseconds busyTimeout)
{
    if (QFileInfo::exists(fileNameFor(path)))
        return badInput(StoreText::tr("%1: already exists; choose another name").arg(path));
    auto connected = connect(path, path, Access::ReadWrite, busyTimeout);
    if (!connected)
        return connected.error();
    std::unique_ptr<ProjectStore> store = std::move(connected).value();
    Status status = store->configure();
    if (status) {
        status = store->transaction([&store]() -> Status {
            if (Status created = schema::create(store->m_connection->db()); !created)
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
        const QString file = fileNameFor(path);
        QFile::remove(file);
        QFile::remove(file + QLatin1String("-wal"));
        QFile::remove(file + QLatin1String("-shm"));
        return status.error();
    }
    return store;
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString &path, Access access,
                                                         std::chrono::milliseconds busyTimeout)
{
    const QString file = fileNameFor(path);
    auto journal = checkLooksLikeProject(path, file);
    if (!journal)
        return journal.error();
    const QString readOnlyReason = whyReadOnly(path);
    if (access == Access::ReadWrite && !readOnlyReason.isEmpty())
        return cannotOpen(
            StoreText::tr("%1: the project is read-only (%2); it can be read but not changed")
                .arg(path, readOnlyReason));
    // In WAL mode even a reader needs the -wal and -shm beside the file. Where they are
    // absent and cannot be made, the file alone holds every committed change, and
    // nobody can be writing it through the missing log: it is read without locks.
    const Locking locking = access == Access::ReadOnly && journal.value() == Journal::WriteAhead
                                    && !canWriteFolderOf(file)
                                    && !QFileInfo::exists(file + QLatin1String("-wal"))
                                ? Locking::Immutable
                                : Locking::Normal;
    auto connected = connect(path, path, access, busyTimeout, locking);
    if (!connected)
        return connected.error();
    std::unique_ptr<ProjectStore> store = std::move(connected).value();
    store->m_readOnlyReason = readOnlyReason;

    // Read-only questions first: nothing is written until the file is known to be ours.
    QSqlDatabase &db = store->m_connection->db();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
        // Locked, read-only, full or missing side files: the file may well be a project.
        if (sql::isNotAboutTheFile(query.lastError()))
            return sql::errorFrom(query.lastError(), path);
        return cannotOpen(StoreText::tr("%1: is damaged or not a Demarche project (%2)")
                              .arg(path, query.lastError().databaseText()));
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

    if (Status verified = schema::verify(db, version, path); !verified)
        return cannotOpen(verified.error().message);

    if (store->isReadOnly()) {
        if (version < schema::CurrentVersion)
            return migratedCopy(std::move(store), version, busyTimeout);
        if (Status status = sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), path);
            !status)
            return cannotOpen(status.error().message);
        return store;
    }

    // Migrate before configure() switches the file to WAL: a migration that fails then
    // rolls back to the file's bytes exactly, and the file is refused as it was.
    if (version < schema::CurrentVersion) {
        Status migrated = store->transaction(
            [&db, version, &path]() { return schema::migrateVerified(db, version, path); });
        if (!migrated)
            return cannotOpen(migrated.error().message);
    }
    if (Status status = store->configure(); !status)
        return cannotOpen(status.error().message);
    return store;
}

Result<std::unique_ptr<ProjectStore>>
ProjectStore::migratedCopy(std::unique_ptr<ProjectStore> store, int version,
                           std::chrono::milliseconds busyTimeout)
{
    const QString path = store->path();
    const QString reason = store->m_readOnlyReason;
    auto copyDir = std::make_unique<QTemporaryDir>();
    const QString copy = copyDir->filePath(QStringLiteral("project.demarche"));
    Status copied = ioError(copyDir->errorString());
    if (copyDir->isValid()) {
        // VACUUM INTO only reads its source, so a read-only connection may make the copy.
        auto vacuumed =
            sql::run(store->m_connection->db(), QStringLiteral("VACUUM INTO ?"), {copy}, path);
        copied = vacuumed ? Status() : Status(vacuumed.error());
    }
    store.reset();
    if (!copied) {
        return cannotOpen(StoreText::tr("%1: was saved by an older version of Demarche and must "
                                        "be updated to be read, but it is opened read-only and "
                                        "no updated copy could be made: %2")
                              .arg(path, copied.error().message));
    }
    auto connected = connect(path, copy, Access::ReadWrite, busyTimeout);
    if (!connected)
        return connected.error();
    std::unique_ptr<ProjectStore> migrated = std::move(connected).value();
    QSqlDatabase &db = migrated->m_connection->db();
    if (Status status = migrated->transaction(
            [&db, version, &path]() { return schema::migrateVerified(db, version, path); });
        !status)
        return cannotOpen(status.error().message);
    if (Status status = sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), path); !status)
        return cannotOpen(status.error().message);
    migrated->m_connection->setReadOnly(true);
    migrated->m_readOnlyReason = reason;
    migrated->m_copyDir = std::move(copyDir);
    return migrated;
}

QString ProjectStore::whyReadOnly(const QString &path)
{
    const QString file = fileNameFor(path);
    const QString folder = QFileInfo(file).absolutePath();
#ifdef Q_OS_UNIX
    // A missing folder is not a read-only one: creating the file will say what is wrong.
    auto refusal = [](const QString &target) {
        const int error = writeError(target);
        return error == EACCES || error == EPERM || error == EROFS ? error : 0;
    };
    const int fileError = QFileInfo::exists(file) ? refusal(file) : 0;
    const int folderError = refusal(folder);
    if (fileError == EROFS || folderError == EROFS)
        return StoreText::tr("its disk is mounted read-only");
    if (fileError != 0)
        return StoreText::tr("the file is read-only");
    if (folderError != 0)
        return StoreText::tr("its folder %1 cannot be written").arg(folder);
#else
    if (QFileInfo::exists(file) && !QFileInfo(file).isWritable())
        return StoreText::tr("the file is read-only");
    if (!QFileInfo(folder).isWritable())
        return StoreText::tr("its folder %1 cannot be written").arg(folder);
#endif
    return {};
}

Status ProjectStore::saveCopy(const QString &target) const
{
    // A dangling link counts as there: SQLite would follow it and write where it points.
    const QFileInfo info(fileNameFor(target));
    if (info.exists() || info.isSymLink())
        return badInput(StoreText::tr("%1: already exists; choose another name").arg(target));
    // A project named like another's log or journal would be taken for it by SQLite.
    if (const QString database = databaseOfCompanion(target); !database.isEmpty())
        return badInput(StoreText::tr("%1: is named like the log or journal of %2; choose "
                                      "another name")
                            .arg(target, database));
    // VACUUM INTO writes a complete, consistent database, including what is still in
    // the write-ahead log, without blocking this connection's later writes.
    // An absolute file name: SQLite takes a "file:" name here for a URI.
    auto copied = sql::run(m_connection->db(), QStringLiteral("VACUUM INTO ?"),
                           {fileNameFor(target)}, path());
    if (!copied) {
        QFile::remove(fileNameFor(target));
        return ioError(StoreText::tr("%1: the copy could not be written: %2")
                           .arg(target, copied.error().message));
    }
    return {};
}

Status ProjectStore::transaction(const std::function<Status()> &work)
{
    return m_connection->transaction(work);
}

QString ProjectStore::currentAnalyst()
{
    return ClaimTable::currentAnalyst();
}

// Documents, codebook and claims: each kind of record is its table's business.

Result<QList<Document>> ProjectStore::documents() const
{
    return m_documents->documents();
}

Result<Document> ProjectStore::document(DocumentId id) const
{
    return m_documents->document(id);
}

Result<Document> ProjectStore::addDocument(Document document, Duplicates duplicates)
{
    return m_documents->add(std::move(document), duplicates);
}

Status ProjectStore::updateDocumentDetails(const Document &details)
{
    return m_documents->updateDetails(details);
}

Status ProjectStore::removeDocument(DocumentId id)
{
    return m_documents->remove(id);
}

Result<std::shared_ptr<const DocumentText>> ProjectStore::documentText(DocumentId id) const
{
    return m_documents->text(id);
}

Result<QList<Actor>> ProjectStore::actors() const
{
    return m_codebook->actors();
}

Result<Actor> ProjectStore::addActor(Actor actor)
{
    return m_codebook->addActor(std::move(actor));
}

Status ProjectStore::updateActor(const Actor &actor)
{
    return m_codebook->updateActor(actor);
}

Status ProjectStore::restoreActor(const Actor &actor)
{
    return m_codebook->restoreActor(actor);
}

Status ProjectStore::removeActor(ActorId id)
{
    return m_codebook->removeActor(id);
}

Result<QList<Topic>> ProjectStore::topics() const
{
    return m_codebook->topics();
}

Result<Topic> ProjectStore::addTopic(Topic topic)
{
    return m_codebook->addTopic(std::move(topic));
}

Status ProjectStore::updateTopic(const Topic &topic)
{
    return m_codebook->updateTopic(topic);
}

Status ProjectStore::restoreTopic(const Topic &topic)
{
    return m_codebook->restoreTopic(topic);
}

Status ProjectStore::removeTopic(TopicId id)
{
    return m_codebook->removeTopic(id);
}

Result<Claim> ProjectStore::addClaim(Claim claim)
{
    return m_claims->add(std::move(claim));
}

Result<QList<ClaimId>> ProjectStore::addClaims(QList<Claim> claims,
                                               const std::function<QString(int)> &describe)
{
    return m_claims->addMany(std::move(claims), describe);
}

Status ProjectStore::restoreClaims(const QList<Claim> &claims)
{
    return m_claims->restore(claims);
}

Status ProjectStore::updateClaim(const Claim &claim)
{
    return m_claims->update(claim);
}

Status ProjectStore::removeClaim(ClaimId id)
{
    return m_claims->remove(id);
}

Result<Claim> ProjectStore::claim(ClaimId id) const
{
    return m_claims->claim(id);
}

Result<QList<Claim>> ProjectStore::claims(const ClaimFilter &filter) const
{
    return m_claims->claims(filter);
}

Status ProjectStore::forEachClaim(const ClaimFilter &filter,
                                  const std::function<void(const Claim &)> &visit) const
{
    return m_claims->forEach(filter, visit);
}

Result<qint64> ProjectStore::claimCount() const
{
    return m_claims->count();
}

Result<QList<ActorId>> ProjectStore::claimHolders() const
{
    return m_claims->holders();
}

Status ProjectStore::forEachClaimFacts(const ClaimFilter &filter,
                                       const std::function<void(const ClaimFacts &)> &visit) const
{
    return m_claims->forEachFacts(filter, visit);
}

Result<QList<ClaimFacts>> ProjectStore::claimFacts(const ClaimFilter &filter) const
{
    return m_claims->facts(filter);
}

Result<QList<ClaimExtent>> ProjectStore::claimExtents(DocumentId document) const
{
    return m_claims->extents(document);
}

} // namespace demarche
