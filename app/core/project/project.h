#pragma once

#include "core/domain/actor.h"
#include "core/domain/claim.h"
#include "core/domain/document.h"
#include "core/domain/result.h"
#include "core/domain/topic.h"
#include "core/storage/projectstore.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QUndoCommand;
class QUndoStack;

namespace demarche {

class ProjectCues;
class ProjectSelection;

// An open project as the program sees it: the store, the undo stack, the codebook and
// the document listing kept at hand, and a signal for every change. Widgets and models
// listen to it; edits reach it only through undo commands (app/core/commands), which
// call the primitive edits below. Each primitive edit is one transaction.
class Project final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Project)

public:
    static Result<std::unique_ptr<Project>> create(const QString &path);
    // Opens read-only when the file or its folder cannot be written, or when asked to.
    static Result<std::unique_ptr<Project>> open(const QString &path);
    static Result<std::unique_ptr<Project>> open(const QString &path, ProjectStore::Access access);
    ~Project() override;

    QString path() const;
    QString name() const; // the file name without ".demarche", shown in the title bar
    bool isReadOnly() const;
    // Why the project could not be opened for writing ("its disk is mounted read-only");
    // empty when it was opened read-only on request or is writable.
    QString readOnlyReason() const;
    QUndoStack *undoStack() const { return m_undoStack; }
    const ProjectStore &store() const { return *m_store; }
    // The current document and claim, shared by every view of this project.
    ProjectSelection &selection() const { return *m_selection; }
    // The codebook's names, aliases and keywords as cues in text, shared by every view.
    ProjectCues &cues() const { return *m_cues; }

    // Codebook in codebook order, and documents in import order; all small and cached.
    const QList<Actor> &actors() const { return m_actors; }
    const QList<Topic> &topics() const { return m_topics; }
    const QList<Document> &documents() const { return m_documents; } // without text
    const Actor *actor(ActorId id) const;
    const Topic *topic(TopicId id) const;
    const Document *documentInfo(DocumentId id) const; // without text
    QColor actorColor(ActorId id) const;               // grey for an unknown actor

    // Runs a command and puts it on the undo stack. Returns false, and nothing is on the
    // stack, when its first run failed; errorOccurred() has then told why.
    bool execute(QUndoCommand *command);

    // Runs several primitive edits as one transaction. Change signals wait until it is
    // committed; after a rollback everything is reloaded and `reloaded` is emitted.
    Status transaction(const std::function<Status()> &work);

    // Primitive edits, for undo commands. A set id means "put back under this id".
    Result<Claim> insertClaim(const Claim &claim);
    Status restoreClaims(const QList<Claim> &claims);
    Result<Claim> changeClaim(const Claim &claim);
    Result<QList<Claim>> deleteClaims(const QList<ClaimId> &ids); // the claims removed

    Result<Document> insertDocument(const Document &document, ProjectStore::Duplicates duplicates);
    Status changeDocument(const Document &document);
    Status deleteDocument(DocumentId id);

    Result<Actor> insertActor(const Actor &actor);
    Status changeActor(const Actor &actor);
    Status deleteActor(ActorId id);
    Result<Topic> insertTopic(const Topic &topic);
    Status changeTopic(const Topic &topic);
    Status deleteTopic(TopicId id);

    // Tells listeners about a failure that has no other place to go.
    void reportError(const QString &message);

Q_SIGNALS:
    void claimsAdded(const QList<demarche::Claim> &claims);
    void claimChanged(const demarche::Claim &before, const demarche::Claim &after);
    void claimsRemoved(const QList<demarche::Claim> &claims);
    void documentAdded(const demarche::Document &document);
    // Its details (title, source, URL, date, language) were edited.
    void documentChanged(const demarche::Document &document);
    // Claims were added to it or removed from it; only its claim count differs.
    void claimCountChanged(const demarche::Document &document);
    void documentRemoved(const demarche::Document &document);
    void actorsChanged(); // added, renamed, recoloured, reparented, reordered or removed
    void topicsChanged();
    void reloaded(); // anything may have changed: read it all again
    void errorOccurred(const QString &message);

private:
    explicit Project(std::unique_ptr<ProjectStore> store);
    static Result<std::unique_ptr<Project>> fromStore(Result<std::unique_ptr<ProjectStore>> store);
    Status loadAll();
    Status reloadActors();
    Status reloadTopics();
    Status reloadDocuments();
    void adjustClaimCount(DocumentId id, int delta);
    // Emits now, or after the commit of the running transaction.
    void announce(std::function<void()> emitter);
    Status guardWritable() const;

    std::unique_ptr<ProjectStore> m_store;
    QUndoStack *m_undoStack = nullptr;
    ProjectSelection *m_selection = nullptr;
    ProjectCues *m_cues = nullptr;
    QList<Actor> m_actors;
    QList<Topic> m_topics;
    QList<Document> m_documents;
    int m_transactionDepth = 0;
    QList<std::function<void()>> m_pending;
    int m_errorCount = 0; // lets execute() see a failure, even inside an undo macro
};

} // namespace demarche
