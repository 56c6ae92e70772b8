#include "widgets/quicktag/quicktagcontroller.h"

#include "core/commands/addclaimcommand.h"
#include "core/commands/codebookcommands.h"
#include "core/cues/cuesuggestions.h"
#include "core/models/codebooktree.h"
#include "core/project/project.h"
#include "core/project/projectcues.h"
#include "core/project/projectselection.h"
#include "core/text/documenttext.h"
#include "widgets/article/articleview.h"
#include "widgets/quicktag/quicktagpopup.h"

#include <QPlainTextEdit>
#include <QTextCursor>

namespace demarche {
namespace {

// Codebook order, each child right after its parent, as the codebook dock shows it.
template <typename Item>
QList<QuickTagEntry> entriesOf(const QList<Item> &items,
                               const QStringList &(*matches)(const Item &))
{
    QList<CodebookEntry> codebook;
    codebook.reserve(items.size());
    for (const Item &item : items) {
        CodebookEntry entry = codebookEntryOf(item);
        entry.words = matches(item);
        codebook.append(entry);
    }
    const CodebookTree tree(codebook);
    QList<QuickTagEntry> entries;
    entries.reserve(items.size());
    for (const auto &[id, depth] : tree.depthFirst()) {
        const CodebookEntry *entry = tree.entry(id);
        entries.append({id, entry->name, entry->color, entry->words, depth});
    }
    return entries;
}

const QStringList &aliasesOf(const Actor &actor)
{
    return actor.aliases;
}

const QStringList &keywordsOf(const Topic &topic)
{
    return topic.keywords;
}

QList<QuickTagSuggestion> popupSuggestions(const QList<CueSuggestion> &suggestions)
{
    QList<QuickTagSuggestion> result;
    result.reserve(suggestions.size());
    for (const CueSuggestion &s : suggestions)
        result.append({s.entry.id, s.word, s.source == CueSource::Selection});
    return result;
}

} // namespace

QuickTagController::QuickTagController(ArticleView &view, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_popup(new QuickTagPopup(&view))
{
    connect(m_popup, &QuickTagPopup::chosen, this, &QuickTagController::finish);
    connect(m_popup, &QuickTagPopup::createActorRequested, this, &QuickTagController::createActor);
    connect(m_popup, &QuickTagPopup::createTopicRequested, this, &QuickTagController::createTopic);
    connect(m_popup, &QuickTagPopup::cancelled, this,
            [this]() { m_view.textEdit()->setFocus(Qt::OtherFocusReason); });
}

QuickTagController::~QuickTagController()
{
    delete m_popup;
}

QuickTagPopup *QuickTagController::popup() const
{
    return m_popup;
}

void QuickTagController::setProject(Project *project)
{
    if (project == m_project)
        return;
    m_popup->hide();
    m_project = project;
    m_document = DocumentId();
    // The old project's codebook goes with it.
    m_popup->setActors({});
    m_popup->setTopics({});
}

void QuickTagController::fillPopup()
{
    m_popup->setActors(entriesOf(m_project->actors(), &aliasesOf));
    m_popup->setTopics(entriesOf(m_project->topics(), &keywordsOf));
}

bool QuickTagController::tagSelection()
{
    if (!m_project)
        return false;
    if (m_project->isReadOnly()) {
        Q_EMIT statusMessage(tr("The project is open read-only; claims cannot be added."));
        return false;
    }
    const auto span = m_view.selectedSpan(m_view.exactSelectionRequested());
    if (!m_view.documentId().isValid() || !span) {
        Q_EMIT statusMessage(tr("Select the words of a claim first, then tag them."));
        return false;
    }
    m_document = m_view.documentId();
    m_start = span->first;
    m_end = span->second;
    QString quote;
    CueSuggestions suggestions;
    if (auto text = m_project->store().documentText(m_document)) {
        const DocumentText &document = *text.value();
        if (auto slice = document.slice(m_start, m_end))
            quote = slice.value();
        // The cues rank the entries: the speaker, usually named first, before those
        // spoken of ("Rubio … called on Moscow" suggests Rubio, then Russia).
        suggestions =
            suggestFromCues(m_project->cues().matcher(), document.text(),
                            document.index().toUtf16(m_start), document.index().toUtf16(m_end),
                            CueParents::fromCodebook(m_project->actors(), m_project->topics()));
    }

    fillPopup();
    m_popup->setQuotePreview(quote);
    m_popup->setSuggestedActors(popupSuggestions(suggestions.actors));
    m_popup->setSuggestedTopics(popupSuggestions(suggestions.topics));
    const QRect anchor = m_view.selectionRect();
    m_popup->popupAt(m_view.mapToGlobal(anchor.bottomLeft() + QPoint(0, 4)));
    return true;
}

void QuickTagController::finish(ActorId actorId, TopicId topicId)
{
    if (!m_project)
        return;
    Claim claim;
    claim.document = m_document;
    claim.start = m_start;
    claim.end = m_end;
    claim.holder = actorId;
    claim.topic = topicId;
    auto *command = new AddClaimCommand(*m_project, claim);
    if (m_project->execute(command)) {
        // Drop the text selection so that the new highlight shows at once.
        QTextCursor cursor = m_view.textEdit()->textCursor();
        cursor.clearSelection();
        m_view.textEdit()->setTextCursor(cursor);
        m_project->selection().setCurrentClaim(command->claimId());
        Q_EMIT statusMessage(
            tr("Claim added: %1 on %2")
                .arg(m_project->actor(claim.holder)->name, m_project->topic(claim.topic)->name));
    }
    m_view.textEdit()->setFocus(Qt::OtherFocusReason);
}

void QuickTagController::createActor(const QString &name)
{
    if (!m_project)
        return;
    Actor actor;
    actor.name = name;
    auto *command = new AddActorCommand(*m_project, actor);
    if (!m_project->execute(command))
        return;
    fillPopup();
    m_popup->entryCreated(command->entryId());
}

void QuickTagController::createTopic(const QString &name)
{
    if (!m_project)
        return;
    Topic topic;
    topic.name = name;
    auto *command = new AddTopicCommand(*m_project, topic);
    if (!m_project->execute(command))
        return;
    fillPopup();
    m_popup->entryCreated(command->entryId());
}

} // namespace demarche
