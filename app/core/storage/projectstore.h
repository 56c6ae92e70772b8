#pragma once

#include "core/domain/actor.h"
#include "core/domain/claim.h"
#include "core/domain/document.h"
#include "core/domain/result.h"
#include "core/domain/topic.h"
#include "core/io/openprojects.h"
#include "core/storage/claimfacts.h"
#include "core/storage/claimfilter.h"
#include "core/storage/documenttable.h"
#include "core/text/documenttext.h"

#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

class QTemporaryDir;

namespace demarche {

class ClaimTable;
class CodebookTables;
class StoreConnection;

// One project: an SQLite file (*.demarche). Every change runs in its own transaction and
// is on disk when the call returns, so a crash never loses a completed edit. All SQL of
// the program lives in core/storage: this class opens the file and hands each kind of
// record to its table (DocumentTable, CodebookTables, ClaimTable).
class ProjectStore final
{
public:
    using Duplicates = DocumentTable::Duplicates;
    enum class Access { ReadWrite, ReadOnly };
    // How long a change waits for another program that is writing the project before it
    // is refused as locked.
    static constexpr std::chrono::milliseconds DefaultBusyTimeout{5000};

    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    // A new project with the default topics; refuses to overwrite an existing file.
    // `path` is always a file name, never an SQLite URI ("file:x.db", ":memory:").
    static Result<std::unique_ptr<ProjectStore>>
    create(const QString &path, std::chrono::milliseconds busyTimeout = DefaultBusyTimeout);
    // An existing project, migrated to the current schema if it is older. A file that is
    // not a project, is damaged, comes from a newer version or holds anything but
    // Demarche's own schema (a trigger, a view, a changed table) is refused and left as it
    // is. ReadWrite refuses a project that whyReadOnly() names a reason for.
    // ReadOnly never writes a byte of the file (a project on a read-only medium, in a
    // colleague's folder, or read by a command that only reads); every change is then
    // refused. A project from an older version is read through a migrated private copy.
    static Result<std::unique_ptr<ProjectStore>>
    open(const QString &path, Access access = Access::ReadWrite,
         std::chrono::milliseconds busyTimeout = DefaultBusyTimeout);
    // Why the project at `path` cannot be written by this user ("the file is read-only",
    // "its folder … cannot be written", "its disk is mounted read-only"), or an empty
    // string when it can. Open such a project with Access::ReadOnly.
    static QString whyReadOnly(const QString &path);

    QString path() const;
    bool isReadOnly() const;
    // For a store opened ReadOnly: whyReadOnly() at the time it was opened; empty when the
    // project could have been written and the caller only asked to read.
    QString readOnlyReason() const { return m_readOnlyReason; }
    // A consistent copy of the whole project in a new file (File ▸ Save As).
    Status saveCopy(const QString &target) const;

    // Runs `work` in one transaction: all of it is saved, or none of it.
    // Calls on the store inside `work` join that transaction.
    Status transaction(const std::function<Status()> &work);

    // Documents. Listings carry no text (it can be large); document() does.
    Result<QList<Document>> documents() const;
    Result<Document> document(DocumentId id) const;
    // A document whose id is set is put back under that id (undoing its removal).
    Result<Document> addDocument(Document document, Duplicates duplicates = Duplicates::Refuse);
    Status updateDocumentDetails(const Document &details); // title, source, URL, date, language
    Status removeDocument(DocumentId id);                  // and its claims
    // A document's text ready for offset work; recently used ones are kept at hand.
    Result<std::shared_ptr<const DocumentText>> documentText(DocumentId id) const;

    // Codebook. Names are unique without regard to case.
    Result<QList<Actor>> actors() const; // in codebook order
    Result<Actor> addActor(Actor actor);
    Status updateActor(const Actor &actor);
    Status restoreActor(const Actor &actor); // back under its old id, after a removal
    Status removeActor(ActorId id);          // refused while claims use it
    Result<QList<Topic>> topics() const;
    Result<Topic> addTopic(Topic topic);
    Status updateTopic(const Topic &topic);
    Status restoreTopic(const Topic &topic);
    Status removeTopic(TopicId id); // refused while claims use it

    // Claims. The quote is taken from the document at the given offsets; the analyst
    // and times are filled in when empty.
    Result<Claim> addClaim(Claim claim);
    // Adds many claims at once, all or none; stops at the first invalid one and names it
    // by its position in the list through `describe`.
    Result<QList<ClaimId>> addClaims(QList<Claim> claims,
                                     const std::function<QString(int index)> &describe = {});
    // Puts removed claims back under their old ids, all or none.
    Status restoreClaims(const QList<Claim> &claims);
    Status updateClaim(const Claim &claim);
    Status removeClaim(ClaimId id);
    Result<Claim> claim(ClaimId id) const;
    Result<QList<Claim>> claims(const ClaimFilter &filter = {}) const;
    // Streams claims in document and offset order without holding them all in memory.
    Status forEachClaim(const ClaimFilter &filter,
                        const std::function<void(const Claim &)> &visit) const;
    Result<qint64> claimCount() const;
    // The actors that hold at least one claim, from the holder index without reading claims.
    Result<QList<ActorId>> claimHolders() const;
    // The light read for counting every claim (the actor x topic matrix): id, document,
    // holder, topic, stance, position and salience, in no particular order. Several times
    // faster than forEachClaim, which reads quotes and times and sorts.
    Status forEachClaimFacts(const ClaimFilter &filter,
                             const std::function<void(const ClaimFacts &)> &visit) const;
    Result<QList<ClaimFacts>> claimFacts(const ClaimFilter &filter = {}) const;
    // Where each claim of a document sits and whose it is, in no particular order: a tenth
    // of the cost of reading the claims, for painting them.
    Result<QList<ClaimExtent>> claimExtents(DocumentId document) const;

    // The name of the person editing, stored with each claim they make.
    static QString currentAnalyst();

private:
    ProjectStore(const QString &path, QString connectionName);
    enum class Locking { Normal, Immutable };
    // Connects to `file` (the project itself or a private copy), naming `path` in messages.
    static Result<std::unique_ptr<ProjectStore>> connect(const QString &path, const QString &file,
                                                         Access access,
                                                         std::chrono::milliseconds busyTimeout,
                                                         Locking locking = Locking::Normal);
    static Result<std::unique_ptr<ProjectStore>>
    migratedCopy(std::unique_ptr<ProjectStore> store, int version,
                 std::chrono::milliseconds busyTimeout);
    Status configure();

    QString m_connectionName;
    QString m_readOnlyReason;
    // Holds the migrated copy of an older project opened read-only; removed after the
    // connection.
    std::unique_ptr<QTemporaryDir> m_copyDir;
    std::unique_ptr<StoreConnection> m_connection;
    // Released by ~ProjectStore only once the connection has closed.
    std::unique_ptr<OpenProjectRegistration> m_registration;
    std::unique_ptr<DocumentTable> m_documents;
    std::unique_ptr<CodebookTables> m_codebook;
    std::unique_ptr<ClaimTable> m_claims;
};

} // namespace demarche
