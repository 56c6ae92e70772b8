#include "core/project/project.h"

#include "core/domain/namelookup.h"
#include "core/domain/translation.h"
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

} // namespace demarche
