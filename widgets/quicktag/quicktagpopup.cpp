#include "widgets/quicktag/quicktagpopup.h"

#include "widgets/quicktag/quicktagchip.h"
#include "widgets/quicktag/quicktagdelegate.h"
#include "widgets/quicktag/quicktaglayout.h"
#include "widgets/quicktag/quicktagmodel.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QScreen>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace demarche {
namespace {

constexpr int MaxVisibleRows = 9;
constexpr int MinVisibleRows = 3;
constexpr int QuoteLines = 2;
constexpr int QuoteToolTipLength = 600;

const QuickTagEntry *findEntry(const QList<QuickTagEntry> &entries, qint64 id)
{
    const auto it = std::find_if(entries.cbegin(), entries.cend(),
                                 [id](const QuickTagEntry &e) { return e.id == id; });
    return it == entries.cend() ? nullptr : &*it;
}

QFont smallerFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

} // namespace

QuickTagPopup::QuickTagPopup(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_model(new QuickTagModel(this))
    , m_quote(new QLabel(this))
    , m_chip(new QuickTagChip(this))
    , m_stageLabel(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Plain);
    setFixedWidth(std::max(300, fontMetrics().averageCharWidth() * 44));

    QFont italic = m_quote->font();
    italic.setItalic(true);
    m_quote->setFont(italic);
    m_quote->setForegroundRole(QPalette::PlaceholderText);
    m_quote->setTextFormat(Qt::PlainText);

    QFont bold = m_stageLabel->font();
    bold.setBold(true);
    m_stageLabel->setFont(bold);

    m_quote->setObjectName(QStringLiteral("quickTagQuote"));
    m_filter->setObjectName(QStringLiteral("quickTagFilter"));
    m_filter->setClearButtonEnabled(false);
    m_filter->installEventFilter(this);

    m_list->setObjectName(QStringLiteral("quickTagList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new QuickTagDelegate(m_list));
    m_list->setFocusPolicy(Qt::NoFocus); // keys stay in the filter box
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setMouseTracking(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->viewport()->setBackgroundRole(QPalette::Window);

    m_empty->setObjectName(QStringLiteral("quickTagEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setFont(smallerFont(m_hint->font()));
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *header = new QHBoxLayout;
    header->setSpacing(6);
    header->addWidget(m_chip);
    header->addWidget(m_stageLabel);
    header->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->setSpacing(6);
    layout->addWidget(m_quote);
    layout->addLayout(header);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);
    layout->addWidget(m_hint);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilterText(text);
        updateEmptyState();
        highlightDefault();
    });
    connect(m_list, &QListView::clicked, this,
            [this](const QModelIndex &index) { chooseRow(index.row()); });

    m_quote->hide();
    showStage(Stage::Actor);
}

QuickTagPopup::~QuickTagPopup() = default;

void QuickTagPopup::setActors(const QList<QuickTagEntry> &actors)
{
    m_actors = actors;
    if (m_stage == Stage::Actor)
        refreshEntries();
}

void QuickTagPopup::setTopics(const QList<QuickTagEntry> &topics)
{
    m_topics = topics;
    if (m_stage == Stage::Topic)
        refreshEntries();
}

void QuickTagPopup::setSuggestedActors(const QList<QuickTagSuggestion> &suggestions)
{
    m_suggestedActors = suggestions;
    if (m_stage == Stage::Actor) {
        m_model->setSuggestions(m_suggestedActors);
        highlightDefault();
    }
}

void QuickTagPopup::setSuggestedTopics(const QList<QuickTagSuggestion> &suggestions)
{
    m_suggestedTopics = suggestions;
    if (m_stage == Stage::Topic) {
        m_model->setSuggestions(m_suggestedTopics);
        highlightDefault();
    }
}

void QuickTagPopup::setQuotePreview(const QString &text)
{
    m_quoteText = text.simplified();
    updateQuote();
}

void QuickTagPopup::popupAt(const QPoint &globalPos)
{
    popupAt(QRect(globalPos, QSize(0, 0)));
}

void QuickTagPopup::popupAt(const QRect &globalAnchor)
{
    m_anchor = globalAnchor;
    m_actorId = 0;
    showStage(Stage::Actor);
    updateQuote();
    m_finished = false;
    adjustSize();
    place();
    show();
    m_filter->setFocus(Qt::PopupFocusReason);
}

bool QuickTagPopup::entryCreated(ActorId id)
{
    return createdIn(Stage::Actor, id.value());
}

bool QuickTagPopup::entryCreated(TopicId id)
{
    return createdIn(Stage::Topic, id.value());
}

bool QuickTagPopup::createdIn(Stage stage, qint64 id)
{
    if (stage != m_stage || !findEntry(m_stage == Stage::Actor ? m_actors : m_topics, id))
        return false;
    if (m_stage == Stage::Actor)
        chooseActor(id);
    else
        finish(true, id);
    return true;
}

bool QuickTagPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter) {
        const auto mods = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
        if (event->type() == QEvent::ShortcutOverride) {
            // Plain keys typed here are ours, never the main window's shortcuts.
            auto *key = static_cast<QKeyEvent *>(event);
            if (!(key->modifiers() & mods)) {
                key->accept();
                return true;
            }
        } else if (event->type() == QEvent::KeyPress) {
            if (handleKey(static_cast<QKeyEvent *>(event)))
                return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void QuickTagPopup::keyPressEvent(QKeyEvent *event)
{
    if (handleKey(event)) {
        event->accept();
        return;
    }
    if (!event->text().isEmpty()) {
        // Typing anywhere in the popup goes to the filter.
        m_filter->setFocus(Qt::OtherFocusReason);
        QCoreApplication::sendEvent(m_filter, event);
        return;
    }
    QFrame::keyPressEvent(event);
}

void QuickTagPopup::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    // A click outside closes a Qt::Popup without asking us: that is a cancel too.
    if (!m_finished) {
        m_finished = true;
        Q_EMIT cancelled();
    }
}

bool QuickTagPopup::handleKey(const QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const int page = MaxVisibleRows - 1;
    switch (event->key()) {
    case Qt::Key_Escape:
        finish(false, 0);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        chooseRow(m_list->currentIndex().row());
        return true;
    case Qt::Key_Up:
        moveHighlight(-1);
        return true;
    case Qt::Key_Down:
        moveHighlight(1);
        return true;
    case Qt::Key_PageUp:
        moveHighlight(-page);
        return true;
    case Qt::Key_PageDown:
        moveHighlight(page);
        return true;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return true;
    case Qt::Key_Backspace:
        if (m_stage == Stage::Topic && m_filter->text().isEmpty()) {
            showStage(Stage::Actor);
            return true;
        }
        return false;
    default:
        break;
    }

    const QString text = event->text();
    if (text.size() != 1 || !text.at(0).isDigit())
        return false;
    // When nothing matches, a digit belongs to the new name being typed ("G7", "P5+1").
    if (m_model->hasNoMatches() && !m_model->createName().isEmpty())
        return false;
    const int row = m_model->rowForNumber(text.at(0).digitValue());
    if (row >= 0)
        chooseRow(row);
    return true; // a number with no entry is ignored, never typed into the filter
}

void QuickTagPopup::showStage(Stage stage)
{
    m_stage = stage;
    const bool actors = stage == Stage::Actor;
    {
        const QSignalBlocker blocker(m_filter);
        m_filter->clear();
    }
    m_model->setFilterText(QString());
    const QuickTagEntry *actor = findEntry(m_actors, m_actorId);
    m_chip->setVisible(!actors && actor);
    if (!actors && actor)
        m_chip->setEntry(actor->name, actor->color);
    retranslateUi();
    refreshEntries();
}

void QuickTagPopup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateEmptyState();
    }
    QFrame::changeEvent(event);
}

// The words of the stage shown.
void QuickTagPopup::retranslateUi()
{
    const bool actors = m_stage == Stage::Actor;
    setAccessibleName(tr("Quick tag"));
    m_model->setCreateText(actors ? tr("Create actor “%1”") : tr("Create topic “%1”"));
    //: The stage of the quick-tag popup: choosing who holds the claim.
    m_stageLabel->setText(actors ? tr("Actor")
                                 //: The stage of the quick-tag popup: choosing the topic.
                                 : tr("Topic"));
    m_filter->setPlaceholderText(actors ? tr("Filter actors, or press 1–9")
                                        : tr("Filter topics, or press 1–9"));
    m_filter->setAccessibleName(actors ? tr("Filter actors") : tr("Filter topics"));
    m_list->setAccessibleName(actors ? tr("Actors") : tr("Topics"));
    m_hint->setText(actors ? tr("1–9 or Enter to choose · Esc to cancel")
                           : tr("1–9 or Enter to choose · Backspace to go back"));
}

void QuickTagPopup::refreshEntries()
{
    const bool actors = m_stage == Stage::Actor;
    const QList<QuickTagEntry> &entries = actors ? m_actors : m_topics;
    m_model->setSuggestions(actors ? m_suggestedActors : m_suggestedTopics);
    m_model->setEntries(entries);

    QStyleOptionViewItem option;
    option.initFrom(m_list);
    const int rowHeight = m_list->itemDelegate()->sizeHint(option, QModelIndex()).height();
    const int rows = std::clamp(int(entries.size()), MinVisibleRows, MaxVisibleRows);
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth());

    updateEmptyState();
    highlightDefault();
    if (isVisible()) {
        adjustSize();
        place();
    }
}

void QuickTagPopup::highlightDefault()
{
    int row = 0;
    if (m_model->createName().isEmpty()) {
        // Coming back from the topics, the actor chosen before stays highlighted.
        const QList<QuickTagSuggestion> &suggested =
            m_stage == Stage::Actor ? m_suggestedActors : m_suggestedTopics;
        const qint64 best = suggested.isEmpty() ? 0 : suggested.constFirst().id;
        const qint64 preferred = m_stage == Stage::Actor && m_actorId != 0 ? m_actorId : best;
        row = std::max(0, m_model->rowOfId(preferred));
    }
    const QModelIndex index = m_model->index(row);
    m_list->setCurrentIndex(index);
    if (index.isValid())
        m_list->scrollTo(index);
}

void QuickTagPopup::moveHighlight(int delta)
{
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    const int current = m_list->currentIndex().row();
    const int row =
        current < 0 ? (delta > 0 ? 0 : count - 1) : std::clamp(current + delta, 0, count - 1);
    m_list->setCurrentIndex(m_model->index(row));
}

void QuickTagPopup::chooseRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    if (m_model->isCreateRow(row)) {
        // The caller adds the entry and answers with entryCreated(); the popup waits.
        const QString name = m_model->createName();
        if (m_stage == Stage::Actor)
            Q_EMIT createActorRequested(name);
        else
            Q_EMIT createTopicRequested(name);
        return;
    }
    const qint64 id = m_model->entryAt(row)->id;
    if (m_stage == Stage::Actor)
        chooseActor(id);
    else
        finish(true, id);
}

void QuickTagPopup::chooseActor(qint64 id)
{
    m_actorId = id;
    showStage(Stage::Topic);
}

void QuickTagPopup::finish(bool accepted, qint64 topicId)
{
    const qint64 actorId = m_actorId;
    const bool wasOpen = !m_finished;
    m_finished = true;
    hide();
    // Emitted last: a receiver may delete the popup.
    if (accepted)
        Q_EMIT chosen(ActorId(actorId), TopicId(topicId));
    else if (wasOpen)
        Q_EMIT cancelled();
}

void QuickTagPopup::updateQuote()
{
    if (m_quoteText.isEmpty()) {
        m_quote->clear();
        m_quote->setToolTip(QString());
        m_quote->hide();
        return;
    }
    const QMargins margins = layout()->contentsMargins();
    const int width = this->width() - 2 * frameWidth() - margins.left() - margins.right();
    const QString quoted = QLocale().quoteString(m_quoteText);
    m_quote->setText(quicktag::elideToLines(quoted, m_quote->font(), width, QuoteLines));
    m_quote->setToolTip(m_quoteText.size() > QuoteToolTipLength
                            ? m_quoteText.left(QuoteToolTipLength) + QChar(0x2026)
                            : m_quoteText);
    m_quote->show();
}

void QuickTagPopup::updateEmptyState()
{
    const bool nothing = m_model->entries().isEmpty() && m_model->createName().isEmpty();
    m_empty->setText(
        m_stage == Stage::Actor
            ? tr("No actors yet. Add an actor in the Codebook first, or type a name to create one.")
            : tr(
                "No topics yet. Add a topic in the Codebook first, or type a name to create one."));
    const bool changed = m_list->isHidden() != nothing;
    m_empty->setVisible(nothing);
    m_list->setVisible(!nothing);
    if (changed && isVisible()) {
        adjustSize();
        place();
    }
}

void QuickTagPopup::place()
{
    const QScreen *screen = QGuiApplication::screenAt(m_anchor.topLeft());
    if (!screen)
        screen = this->screen();
    if (!screen)
        return;
    move(quicktag::popupPosition(m_anchor, size(), screen->availableGeometry()));
}

} // namespace demarche
