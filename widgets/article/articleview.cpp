#include "widgets/article/articleview.h"

#include "core/project/project.h"
#include "core/project/projectcues.h"
#include "core/project/projectselection.h"
#include "core/text/textspan.h"
#include "widgets/article/articleheader.h"
#include "widgets/article/articlehighlighter.h"
#include "widgets/article/articletextedit.h"
#include "widgets/article/claimtooltip.h"
#include "widgets/help/emptystate.h"

#include <QEvent>
#include <QScrollBar>
#include <QStackedLayout>
#include <QTextBlock>
#include <QVBoxLayout>

namespace demarche {

namespace {

// About two screens of text: highlighted as the article opens; the rest follows in idle
// moments, so that a long article shows at once.
constexpr qsizetype EagerHighlightCharacters = 8000;

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_emptyState(emptyStatePage(tr("Open a document from the list, or import one"),
                                  tr("How to import an article"), QStringLiteral("importing")))
    , m_page(new QWidget)
    , m_header(new ArticleHeader)
    , m_edit(new ArticleTextEdit)
    , m_highlighter(new ArticleHighlighter(m_edit->document()))
    , m_textIndex(QString())
{
    retranslateUi();

    auto *pageLayout = new QVBoxLayout(m_page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(m_header);
    pageLayout->addWidget(m_edit, 1);

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_page);
    m_stack->setCurrentWidget(m_emptyState);
    setFocusProxy(m_edit);
    followPalette();

    m_edit->setToolTipProvider([this](int position) { return toolTipAt(position); });
    // Paragraphs still waiting for their highlight are done before they are shown.
    QScrollBar *bar = m_edit->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, &ArticleView::highlightVisible);
    connect(bar, &QScrollBar::rangeChanged, this, &ArticleView::highlightVisible);
    connect(m_highlighter, &ClaimHighlighter::pendingAdded, this, &ArticleView::highlightVisible);
    connect(m_edit, &ArticleTextEdit::sideMarginChanged, this, [this](int margin) {
        m_header->setSideMargin(margin + int(m_edit->document()->documentMargin()));
    });
    connect(m_edit, &ArticleTextEdit::characterClicked, this, &ArticleView::activateCharacter);
    connect(m_edit, &ArticleTextEdit::escapePressed, this, [this] {
        if (selectedClaim().isValid()) {
            selectClaim(ClaimId());
            makeCurrent(ClaimId());
            Q_EMIT claimActivated(ClaimId());
        }
    });
}

ArticleView::~ArticleView() = default;

void ArticleView::setProject(Project *project)
{
    if (m_project) {
        disconnect(m_project, nullptr, this, nullptr);
        disconnect(&m_project->selection(), nullptr, this, nullptr);
        disconnect(&m_project->cues(), nullptr, m_highlighter, nullptr);
    }
    clearArticle();
    m_project = project;
    m_highlighter->setProject(project);
    if (!project)
        return;

    connect(project, &Project::claimsAdded, this, [this](const QList<Claim> &claims) {
        for (const Claim &claim : claims) {
            if (claim.document == m_documentId)
                showClaim(claim);
        }
    });
    connect(project, &Project::claimChanged, this, [this](const Claim &, const Claim &after) {
        if (after.document == m_documentId)
            showClaim(after);
    });
    connect(project, &Project::claimsRemoved, this, [this](const QList<Claim> &claims) {
        for (const Claim &claim : claims) {
            if (claim.document == m_documentId) {
                m_holders.remove(claim.id);
                m_highlighter->removeClaim(claim.id);
            }
        }
    });
    // The cues' book has followed a codebook edit by the time the project tells the views;
    // a rename repaints once, for the cues, and a recolouring once, for the colours.
    connect(&project->cues(), &ProjectCues::changed, m_highlighter,
            &ArticleHighlighter::cuesChanged);
    connect(project, &Project::actorsChanged, this, &ArticleView::refreshClaimColors);
    connect(project, &Project::topicsChanged, this, &ArticleView::refreshClaimColors);
    connect(project, &Project::reloaded, this, &ArticleView::reload);
    // Document ▸ Properties and its undo: the header shows the details as they are now.
    connect(project, &Project::documentChanged, this, [this](const Document &document) {
        if (document.id == m_documentId)
            m_header->setDocument(document);
    });
    const ProjectSelection *selection = &project->selection();
    connect(selection, &ProjectSelection::currentDocumentChanged, this, &ArticleView::showDocument);
    connect(selection, &ProjectSelection::currentClaimChanged, this, &ArticleView::selectClaim);
    showDocument(selection->currentDocument());
}

void ArticleView::showDocument(DocumentId id)
{
    if (!m_project || !id.isValid()) {
        clearArticle();
        return;
    }
    if (id == m_documentId)
        return;
    auto document = m_project->store().document(id);
    if (!document) {
        Q_EMIT openFailed(document.error().message);
        return;
    }
    auto claims = m_project->store().claimExtents(id);
    if (!claims) {
        Q_EMIT openFailed(claims.error().message);
        return;
    }
    setArticle(document.value(), claims.value());
    selectClaim(m_project->selection().currentClaim());
}

// Anything may have changed: the current document is read again, if it is still there.
void ArticleView::reload()
{
    clearArticle();
    m_highlighter->setProject(m_project); // colours and cues read again
    if (m_project)
        showDocument(m_project->selection().currentDocument());
}

void ArticleView::makeCurrent(ClaimId id)
{
    if (m_project)
        m_project->selection().setCurrentClaim(id);
}

void ArticleView::setArticle(const Document &document, const QList<ClaimExtent> &claims)
{
    m_documentId = document.id;
    m_text = document.text;
    // The text edit turns "\r\n" into one paragraph break, which would shift every
    // position after it; canonical text has none, but positions must stay one to one.
    if (m_text.contains(u'\r'))
        m_text.replace(u'\r', u'\n');
    m_textIndex = TextIndex(m_text);

    // Only the spans and their colours are kept: the claims themselves stay in the project.
    std::vector<ClaimSpan> spans;
    spans.reserve(size_t(claims.size()));
    QHash<ClaimId, QRgb> colors;
    colors.reserve(claims.size());
    m_holders.clear();
    m_holders.reserve(claims.size());
    for (const ClaimExtent &claim : claims) {
        const qsizetype start = m_textIndex.toUtf16(claim.start);
        const qsizetype end = m_textIndex.toUtf16(claim.end);
        if (start >= 0 && end > start) {
            spans.push_back({start, end, claim.id});
            colors.insert(claim.id, colorOf(claim.holder));
            m_holders.insert(claim.id, claim.holder);
        }
    }
    // The claims go in first, so that the document is highlighted once, as its text is
    // set, and laid out once, when it is painted.
    m_highlighter->resetClaims(std::move(spans), std::move(colors));
    m_header->setDocument(document);
    m_stack->setCurrentWidget(m_page);
    // What the first screen shows is highlighted at once, the rest just after.
    m_highlighter->deferBeyond(EagerHighlightCharacters);
    m_edit->setPlainText(m_text);
    m_highlighter->endDeferral();
}

void ArticleView::highlightVisible()
{
    if (!m_highlighter->hasPending())
        return;
    const QRect area = m_edit->viewport()->rect();
    m_highlighter->highlightPendingIn(m_edit->cursorForPosition(area.topLeft()).position(),
                                      m_edit->cursorForPosition(area.bottomRight()).position());
}

void ArticleView::clearArticle()
{
    m_documentId = DocumentId();
    m_holders.clear();
    m_highlighter->resetClaims({}, {});
    m_edit->clear();
    m_text.clear();
    m_textIndex = TextIndex(m_text);
    m_header->clear();
    m_stack->setCurrentWidget(m_emptyState);
}

std::optional<ClaimSpan> ArticleView::spanOf(const Claim &claim) const
{
    const qsizetype start = m_textIndex.toUtf16(claim.start);
    const qsizetype end = m_textIndex.toUtf16(claim.end);
    if (start < 0 || end <= start)
        return std::nullopt;
    return ClaimSpan{start, end, claim.id};
}

QRgb ArticleView::colorOf(const Claim &claim) const
{
    return colorOf(claim.holder);
}

QRgb ArticleView::colorOf(ActorId holder) const
{
    const QColor color = m_project ? m_project->actorColor(holder) : QColor();
    return color.isValid() ? color.rgb() : qRgb(0x80, 0x80, 0x80);
}

// A claim of the shown document, shown where it fits the text (also when it does not fit
// any more, it leaves its old place).
void ArticleView::showClaim(const Claim &claim)
{
    if (const std::optional<ClaimSpan> span = spanOf(claim)) {
        m_holders.insert(claim.id, claim.holder);
        m_highlighter->setClaim(*span, QColor(colorOf(claim)));
    } else {
        m_holders.remove(claim.id);
        m_highlighter->removeClaim(claim.id);
    }
}

// The colours may have changed (codebook edits): the claims and cues are painted again
// if they did.
void ArticleView::refreshClaimColors()
{
    QHash<ClaimId, QRgb> colors;
    colors.reserve(m_holders.size());
    for (auto it = m_holders.cbegin(); it != m_holders.cend(); ++it)
        colors.insert(it.key(), colorOf(it.value()));
    m_highlighter->recolor(std::move(colors));
}

void ArticleView::setCuesShown(bool shown)
{
    m_highlighter->setCuesShown(shown);
}

bool ArticleView::cuesShown() const
{
    return m_highlighter->cuesShown();
}

void ArticleView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        followPalette();
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ArticleView::retranslateUi()
{
    setEmptyStateTexts(m_emptyState, tr("Open a document from the list, or import one"),
                       tr("How to import an article"));
    m_emptyState->setAccessibleName(tr("No article open"));
}

// Claims are composed over the page and cue colours adjusted to it. The view's own
// palette: it hears of a change before its children have taken it.
void ArticleView::followPalette()
{
    m_highlighter->setPageColor(palette().color(QPalette::Base));
}

bool ArticleView::isOnDocument(ClaimId id) const
{
    if (!id.isValid() || !m_documentId.isValid())
        return false;
    if (m_highlighter->spans().find(id))
        return true;
    // Claims whose offsets do not fit the text are not in the spans but still selectable.
    if (!m_project)
        return false;
    const auto claim = m_project->store().claim(id);
    return claim && claim.value().document == m_documentId;
}

void ArticleView::selectClaim(ClaimId id)
{
    m_highlighter->setSelectedClaim(isOnDocument(id) ? id : ClaimId());
}

void ArticleView::revealClaim(ClaimId id)
{
    selectClaim(id);
    const std::optional<ClaimSpan> span = m_highlighter->spans().find(id);
    if (!span)
        return;
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(int(span->start));
    m_edit->setTextCursor(cursor);
    m_edit->centerCursor();
}

ClaimId ArticleView::selectedClaim() const
{
    return m_highlighter->selectedClaim();
}

std::optional<std::pair<qint64, qint64>> ArticleView::selectedSpan(bool exact) const
{
    const QTextCursor cursor = m_edit->textCursor();
    if (!cursor.hasSelection())
        return std::nullopt;
    const TextSpan span = exact
                              ? snapExact(m_text, cursor.selectionStart(), cursor.selectionEnd())
                              : snapToWords(m_text, cursor.selectionStart(), cursor.selectionEnd());
    if (span.isEmpty())
        return std::nullopt;
    const qsizetype start = m_textIndex.toCodePoint(span.start);
    const qsizetype end = m_textIndex.toCodePoint(span.end);
    if (start < 0 || end <= start)
        return std::nullopt;
    return std::make_pair(qint64(start), qint64(end));
}

bool ArticleView::hasTextSelection() const
{
    return m_edit->textCursor().hasSelection();
}

bool ArticleView::exactSelectionRequested() const
{
    return m_edit->exactSelectionRequested();
}

QRect ArticleView::selectionRect() const
{
    const QTextCursor cursor = m_edit->textCursor();
    if (!cursor.hasSelection() || !m_edit->isVisible())
        return {};
    QTextCursor first = cursor;
    first.setPosition(cursor.selectionStart());
    QTextCursor last = cursor;
    last.setPosition(cursor.selectionEnd());
    QWidget *viewport = m_edit->viewport();
    const QRect rect =
        m_edit->cursorRect(first).united(m_edit->cursorRect(last)).intersected(viewport->rect());
    if (rect.isEmpty())
        return {};
    return QRect(viewport->mapTo(this, rect.topLeft()), rect.size());
}

QPlainTextEdit *ArticleView::textEdit() const
{
    return m_edit;
}

void ArticleView::setContextMenuActions(const QList<QAction *> &actions)
{
    m_edit->setContextMenuActions(actions);
}

void ArticleView::activateCharacter(int position)
{
    ClaimId id;
    if (position >= 0) {
        const std::vector<ClaimSpan> spans = m_highlighter->spans().at(position);
        if (!spans.empty())
            id = spans.front().id;
    }
    selectClaim(id);
    makeCurrent(id);
    Q_EMIT claimActivated(id);
}

QString ArticleView::toolTipAt(int position) const
{
    if (!m_project)
        return {};
    QStringList parts;
    for (const ClaimSpan &span : m_highlighter->spans().at(position)) {
        const auto claim = m_project->store().claim(span.id);
        if (!claim)
            continue;
        const QString text = claimToolTip(*m_project, claim.value());
        if (!text.isEmpty())
            parts.append(text);
    }
    if (const QString cue = cueToolTipAt(position); !cue.isEmpty())
        parts.append(cue);
    if (parts.size() <= 1)
        return parts.value(0);
    // Several claims: one rich text with a rule between them.
    for (QString &part : parts) {
        if (!Qt::mightBeRichText(part))
            part = part.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    }
    return parts.join(QStringLiteral("<hr>"));
}

// What the cue under the mouse names, as its paragraph was highlighted.
QString ArticleView::cueToolTipAt(int position) const
{
    if (!m_project)
        return {};
    const QTextBlock block = m_edit->document()->findBlock(position);
    if (!block.isValid())
        return {};
    const int offset = position - block.position();
    for (const CueSpan &cue : ArticleHighlighter::cuesOf(block)) {
        if (offset >= cue.start && offset < cue.start + cue.length)
            return cueToolTip(*m_project, m_project->cues().entries(cue.group));
    }
    return {};
}

} // namespace demarche
