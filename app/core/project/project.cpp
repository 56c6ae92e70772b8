#include "core/project/project.h"

#include "core/domain/namelookup.h"
#include "core/domain/translation.h"
#include "core/project/projectcues.h"
#include "core/project/projectselection.h"

#include <QFileInfo>
#include <QUndoCommand>
#include <QUndoStack>

namespace demarche {
namespace {

// Replaces a cached listing with a fresh one from the store, or keeps it on failure.
template <typename Item>
Status keep(Result<QList<Item>> loaded, QList<Item> &cache)
{
    if (!loaded)
        return loaded.error();
    cache = std::move(loaded).value();
    return {};
}

} // namespace

Project::Project(std::unique_ptr<ProjectStore> store)
    : m_store(std::move(store))
    , m_undoStack(new QUndoStack(this))
    , m_selection(new ProjectSelection(*this))
    , m_cues(new ProjectCues(*this))
{}

Project::~Project() = default;

Result<std::unique_ptr<Project>> Project::fromStore(Result<std::unique_ptr<ProjectStore>> store)
{
    if (!store)
        return store.error();
    std::unique_ptr<Project> project(new Project(std::move(store).value()));
    if (Status loaded = project->loadAll(); !loaded)
        return loaded.error();
    return project;
}

Result<std::unique_ptr<Project>> Project::create(const QString &path)
{
    return fromStore(ProjectStore::create(path));
}

Result<std::unique_ptr<Project>> Project::open(const QString &path)
{
    // A project that cannot be written (its file, its folder, its disk) is opened
    // read-only rather than refused; the window says why.
    return open(path, QFileInfo::exists(path) && !ProjectStore::whyReadOnly(path).isEmpty()
                          ? ProjectStore::Access::ReadOnly
                          : ProjectStore::Access::ReadWrite);
}

Result<std::unique_ptr<Project>> Project::open(const QString &path, ProjectStore::Access access)
{
    return fromStore(ProjectStore::open(path, access));
}

QString Project::path() const
{
    return m_store->path();
}

QString Project::name() const
{
    return QFileInfo(m_store->path()).completeBaseName();
}

bool Project::isReadOnly() const
{
    return m_store->isReadOnly();
}

QString Project::readOnlyReason() const
{
    return m_store->readOnlyReason();
}

const Actor *Project::actor(ActorId id) const
{
    return findById(m_actors, id);
}

const Topic *Project::topic(TopicId id) const
{
    return findById(m_topics, id);
}

const Document *Project::documentInfo(DocumentId id) const
{
    return findById(m_documents, id);
}

QColor Project::actorColor(ActorId id) const
{
    const Actor *found = actor(id);
    return found ? found->color : QColor(Qt::gray);
}

bool Project::execute(QUndoCommand *command)
{
    // A command whose first run fails reports the error and marks itself obsolete;
    // QUndoStack then drops it.
    const int errors = m_errorCount;
    m_undoStack->push(command);
    return m_errorCount == errors;
}

Status Project::guardWritable() const
{
    if (isReadOnly())
        return badInput(tr("%1 is open read-only; changes cannot be saved").arg(name()));
    return {};
}

void Project::announce(std::function<void()> emitter)
{
    if (m_transactionDepth > 0)
        m_pending.append(std::move(emitter));
    else
        emitter();
}

Status Project::transaction(const std::function<Status()> &work)
{
    if (Status writable = guardWritable(); !writable)
        return writable;
    ++m_transactionDepth;
    Status status = m_store->transaction(work);
    --m_transactionDepth;
    if (m_transactionDepth > 0)
        return status;
    QList<std::function<void()>> pending;
    pending.swap(m_pending);
    if (status) {
        for (const auto &emitter : pending)
            emitter();
        return status;
    }
    // The caches saw changes the rollback undid.
    (void)loadAll();
    Q_EMIT reloaded();
    return status;
}

void Project::reportError(const QString &message)
{
    ++m_errorCount;
    Q_EMIT errorOccurred(message);
}

Status Project::loadAll()
{
    if (Status s = reloadActors(); !s)
        return s;
    if (Status s = reloadTopics(); !s)
        return s;
    return reloadDocuments();
}

Status Project::reloadActors()
{
    return keep(m_store->actors(), m_actors);
}

Status Project::reloadTopics()
{
    return keep(m_store->topics(), m_topics);
}

Status Project::reloadDocuments()
{
    return keep(m_store->documents(), m_documents);
}

void Project::adjustClaimCount(DocumentId id, int delta)
{
    for (Document &document : m_documents) {
        if (document.id == id) {
            document.claimCount += delta;
            const Document changed = document;
            announce([this, changed]() { Q_EMIT claimCountChanged(changed); });
            return;
        }
    }
}

// The primitive edits. Each writes through the store (one transaction, or part of the
// caller's), updates the cached listings and announces the change.

Result<Claim> Project::insertClaim(const Claim &claim)
{
    if (Status writable = guardWritable(); !writable)
        return writable.error();
    Claim added;
    if (claim.id.isValid()) {
        if (Status restored = m_store->restoreClaims({claim}); !restored)
            return restored.error();
        auto stored = m_store->claim(claim.id);
        if (!stored)
            return stored.error();
        added = stored.value();
    } else {
        auto stored = m_store->addClaim(claim);
        if (!stored)
            return stored.error();
        added = stored.value();
    }
    adjustClaimCount(added.document, 1);
    announce([this, added]() { Q_EMIT claimsAdded({added}); });
    return added;
}

Status Project::restoreClaims(const QList<Claim> &claims)
{
    if (claims.isEmpty())
        return {};
    if (Status writable = guardWritable(); !writable)
        return writable;
    if (Status restored = m_store->restoreClaims(claims); !restored)
        return restored;
    for (const Claim &claim : claims)
        adjustClaimCount(claim.document, 1);
    announce([this, claims]() { Q_EMIT claimsAdded(claims); });
    return {};
}

Result<Claim> Project::changeClaim(const Claim &claim)
{
    if (Status writable = guardWritable(); !writable)
        return writable.error();
    auto before = m_store->claim(claim.id);
    if (!before)
        return before.error();
    if (Status updated = m_store->updateClaim(claim); !updated)
        return updated.error();
    auto after = m_store->claim(claim.id);
    if (!after)
        return after.error();
    const Claim old = before.value();
    const Claim now = after.value();
    announce([this, old, now]() { Q_EMIT claimChanged(old, now); });
    return now;
}

Result<QList<Claim>> Project::deleteClaims(const QList<ClaimId> &ids)
{
    if (ids.isEmpty())
        return QList<Claim>();
    if (Status writable = guardWritable(); !writable)
        return writable.error();
    QList<Claim> removed;
    Status status = m_store->transaction([&]() -> Status {
        for (ClaimId id : ids) {
            auto claim = m_store->claim(id);
            if (!claim)
                return claim.error();
            if (Status gone = m_store->removeClaim(id); !gone)
                return gone;
            removed.append(claim.value());
        }
        return {};
    });
    if (!status)
        return status.error();
    for (const Claim &claim : removed)
        adjustClaimCount(claim.document, -1);
    announce([this, removed]() { Q_EMIT claimsRemoved(removed); });
    return removed;
}

Result<Document> Project::insertDocument(const Document &document,
                                         ProjectStore::Duplicates duplicates)
{
    if (Status writable = guardWritable(); !writable)
        return writable.error();
    auto added = m_store->addDocument(document, duplicates);
    if (!added)
        return added.error();
    Document listed = added.value();
    listed.text.clear();
    m_documents.append(listed);
    std::sort(m_documents.begin(), m_documents.end(),
              [](const Document &a, const Document &b) { return a.id < b.id; });
    announce([this, listed]() { Q_EMIT documentAdded(listed); });
    return added;
}

Status Project::changeDocument(const Document &document)
{
    if (Status writable = guardWritable(); !writable)
        return writable;
    if (Status updated = m_store->updateDocumentDetails(document); !updated)
        return updated;
    auto stored = m_store->document(document.id);
    if (!stored)
        return stored.error();
    for (Document &listed : m_documents) {
        if (listed.id == document.id) {
            const int claims = listed.claimCount;
            listed = stored.value();
            listed.text.clear();
            listed.claimCount = claims;
            const Document changed = listed;
            announce([this, changed]() { Q_EMIT documentChanged(changed); });
        }
    }
    return {};
}

Status Project::deleteDocument(DocumentId id)
{
    if (Status writable = guardWritable(); !writable)
        return writable;
    const Document *listed = documentInfo(id);
    if (!listed)
        return badInput(tr("no document with id %1 in the project").arg(id.value()));
    const Document removed = *listed;
    ClaimFilter filter;
    filter.documents = {id};
    auto claims = m_store->claims(filter); // removed with it; listeners must hear of them
    if (!claims)
        return claims.error();
    if (Status gone = m_store->removeDocument(id); !gone)
        return gone;
    m_documents.removeIf([id](const Document &d) { return d.id == id; });
    const QList<Claim> removedClaims = claims.value();
    announce([this, removed, removedClaims]() {
        if (!removedClaims.isEmpty())
            Q_EMIT claimsRemoved(removedClaims);
        Q_EMIT documentRemoved(removed);
    });
    return {};
}

Result<Actor> Project::insertActor(const Actor &actor)
{
    if (Status writable = guardWritable(); !writable)
        return writable.error();
    Actor added = actor;
    if (actor.id.isValid()) {
        if (Status restored = m_store->restoreActor(actor); !restored)
            return restored.error();
    } else {
        auto stored = m_store->addActor(actor);
        if (!stored)
            return stored.error();
        added = stored.value();
    }
    if (Status s = reloadActors(); !s)
        return s.error();
    announce([this]() { Q_EMIT actorsChanged(); });
    return added;
}

Status Project::changeActor(const Actor &actor)
{
    if (Status writable = guardWritable(); !writable)
        return writable;
    if (Status updated = m_store->updateActor(actor); !updated)
        return updated;
    if (Status s = reloadActors(); !s)
        return s;
    announce([this]() { Q_EMIT actorsChanged(); });
    return {};
}

Status Project::deleteActor(ActorId id)
{
    if (Status writable = guardWritable(); !writable)
        return writable;
    if (Status removed = m_store->removeActor(id); !removed)
        return removed;
    if (Status s = reloadActors(); !s)
        return s;
    announce([this]() { Q_EMIT actorsChanged(); });
    return {};
}

Result<Topic> Project::insertTopic(const Topic &topic)
{
    if (Status writable = guardWritable(); !writable)
        return writable.error();
    Topic added = topic;
    if (topic.id.isValid()) {
        if (Status restored = m_store->restoreTopic(topic); !restored)
            return restored.error();
    } else {
        auto stored = m_store->addTopic(topic);
        if (!stored)
            return stored.error();
        added = stored.value();
    }
    if (Status s = reloadTopics(); !s)
        return s.error();
    announce([this]() { Q_EMIT topicsChanged(); });
    return added;
}

Status Project::changeTopic(const Topic &topic)
{
    if (Status writable = guardWritable(); !writable)
        return writable;
    if (Status updated = m_store->updateTopic(topic); !updated)
        return updated;
    if (Status s = reloadTopics(); !s)
        return s;
    announce([this]() { Q_EMIT topicsChanged(); });
    return {};
}

Status Project::deleteTopic(TopicId id)
{
    if (Status writable = guardWritable(); !writable)
        return writable;
    if (Status removed = m_store->removeTopic(id); !removed)
        return removed;
    if (Status s = reloadTopics(); !s)
        return s;
    announce([this]() { Q_EMIT topicsChanged(); });
    return {};
}

} // namespace demarche
