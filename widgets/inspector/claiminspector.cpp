#include "widgets/inspector/claiminspector.h"

#include "core/commands/changeclaimcommand.h"
#include "core/domain/vocabulary.h"
#include "core/project/project.h"
#include "core/project/projectselection.h"
#include "ui_claiminspector.h"
#include "widgets/help/emptystate.h"
#include "widgets/help/guidelinklabel.h"
#include "widgets/inspector/codebookcombo.h"
#include "widgets/inspector/positioneditor.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace demarche {
namespace {

// Long enough not to save between two keystrokes, short enough that a crash loses little.
constexpr int NoteSaveDelayMs = 800;

} // namespace

ClaimInspector::ClaimInspector(Project &project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_ui(std::make_unique<Ui::ClaimInspector>())
    , m_pages(new QStackedWidget(this))
    , m_emptyPage(emptyStatePage(QString(), QString(), QString()))
    , m_noteTimer(new QTimer(this))
{
    m_pages->addWidget(m_emptyPage);

    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_form = createForm();
    m_scroll->setWidget(m_form);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pages->addWidget(m_scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(NoteSaveDelayMs);
    connect(m_noteTimer, &QTimer::timeout, this, &ClaimInspector::saveNote);

    connect(&m_project.selection(), &ProjectSelection::currentClaimChanged, this,
            &ClaimInspector::setClaim);
    connect(&m_project, &Project::claimChanged, this,
            [this](const Claim &, const Claim &after) { onClaimChanged(after); });
    connect(&m_project, &Project::claimsRemoved, this, &ClaimInspector::onClaimsRemoved);
    connect(&m_project, &Project::reloaded, this, &ClaimInspector::onReloaded);
    connect(&m_project, &Project::actorsChanged, this, [this]() {
        fillCodebook();
        refresh();
    });
    connect(&m_project, &Project::topicsChanged, this, [this]() {
        fillCodebook();
        refresh();
    });
    connect(&m_project, &Project::documentChanged, this, [this](const Document &document) {
        if (document.id == m_claim.document)
            refreshDocumentTitle();
    });

    fillCodebook();
    updateEnabled();
    retranslateUi();
}

ClaimInspector::~ClaimInspector() = default;

void ClaimInspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// The combos keep their items and the claim's choice; the form's own labels come from
// the .ui file, and the claim's details are shown again over its placeholders.
void ClaimInspector::retranslateUi()
{
    m_ui->retranslateUi(m_form);
    if (auto *message = m_emptyPage->findChild<QLabel *>(QStringLiteral("emptyStateText")))
        message->setText(tr("Select a claim to see its details"));
    if (auto *link = m_emptyPage->findChild<GuideLinkLabel *>())
        link->setGuide(tr("What the claim's fields mean"), QStringLiteral("inspector"));
    setAccessibleName(tr("Claim inspector"));
    m_ui->target->setNoneText(tr("— none —"));
    for (int i = 0; i < m_ui->stance->count(); ++i)
        m_ui->stance->setItemText(i, vocabulary::label(Stance(m_ui->stance->itemData(i).toInt())));
    m_ui->salience->setSuffix(tr(" of %1").arg(Claim::MaxSalience));
    for (int i = 0; i < m_ui->attribution->count(); ++i) {
        m_ui->attribution->setItemText(
            i, vocabulary::label(Attribution(m_ui->attribution->itemData(i).toInt())));
    }
    // A short dock scrolls; a narrow one would cut the labels ("Hol", "Tar"), so the
    // dock keeps the width of the labels and their fields in the language shown (measured
    // over the form's placeholders, before a claim's long title fills them).
    m_scroll->setMinimumWidth(m_form->minimumSizeHint().width()
                              + m_scroll->verticalScrollBar()->sizeHint().width());
    refresh();
}

CodebookCombo *ClaimInspector::holderCombo() const
{
    return m_ui->holder;
}

CodebookCombo *ClaimInspector::targetCombo() const
{
    return m_ui->target;
}

CodebookCombo *ClaimInspector::topicCombo() const
{
    return m_ui->topic;
}

QComboBox *ClaimInspector::stanceCombo() const
{
    return m_ui->stance;
}

PositionEditor *ClaimInspector::positionEditor() const
{
    return m_ui->position;
}

QSpinBox *ClaimInspector::salienceSpin() const
{
    return m_ui->salience;
}

QComboBox *ClaimInspector::attributionCombo() const
{
    return m_ui->attribution;
}

QPlainTextEdit *ClaimInspector::noteEdit() const
{
    return m_ui->note;
}

// The fields, their labels and accessible names are in claiminspector.ui; what depends on
// the domain, the palette or the style is set here.
QWidget *ClaimInspector::createForm()
{
    auto *form = new QWidget;
    m_ui->setupUi(form);
    m_ui->documentTitle->setForegroundRole(QPalette::PlaceholderText);
    // An extra gap between the quote's lines and the fields, as wide as the style's spacing.
    m_ui->contentLayout->insertSpacing(2, m_ui->contentLayout->spacing());

    m_ui->target->setNoneText(tr("— none —"));
    // Labelled in retranslateUi().
    for (Stance stance : vocabulary::allStances())
        m_ui->stance->addItem(vocabulary::label(stance), int(stance));
    m_ui->salience->setRange(Claim::MinSalience, Claim::MaxSalience);
    for (Attribution attribution : vocabulary::allAttributions())
        m_ui->attribution->addItem(vocabulary::label(attribution), int(attribution));
    m_ui->note->installEventFilter(this);

    connect(m_ui->holder, &QComboBox::activated, this, [this]() {
        Claim after = m_claim;
        after.holder = m_ui->holder->currentActor();
        if (after.holder != m_claim.holder)
            edit(after);
    });
    connect(m_ui->target, &QComboBox::activated, this, [this]() {
        Claim after = m_claim;
        after.target = m_ui->target->currentActor(); // "none" is the invalid id
        if (after.target != m_claim.target)
            edit(after);
    });
    connect(m_ui->topic, &QComboBox::activated, this, [this]() {
        Claim after = m_claim;
        after.topic = m_ui->topic->currentTopic();
        if (after.topic != m_claim.topic)
            edit(after);
    });
    connect(m_ui->stance, &QComboBox::activated, this, [this]() {
        Claim after = m_claim;
        after.stance = static_cast<Stance>(m_ui->stance->currentData().toInt());
        if (after.stance != m_claim.stance)
            edit(after);
    });
    connect(m_ui->attribution, &QComboBox::activated, this, [this]() {
        Claim after = m_claim;
        after.attribution = static_cast<Attribution>(m_ui->attribution->currentData().toInt());
        if (after.attribution != m_claim.attribution)
            edit(after);
    });
    connect(m_ui->position, &PositionEditor::valueEdited, this, [this]() {
        Claim after = m_claim;
        after.position = m_ui->position->position();
        if (after.position != m_claim.position)
            edit(after, QStringLiteral("position-%1").arg(m_positionSession));
    });
    connect(m_ui->position, &PositionEditor::dragStarted, this, [this]() { ++m_positionSession; });
    connect(m_ui->position, &PositionEditor::setToggled, this, [this]() {
        Claim after = m_claim;
        after.position = m_ui->position->position();
        if (after.position != m_claim.position)
            edit(after);
    });
    connect(m_ui->salience, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_updating || value == m_claim.salience)
            return;
        Claim after = m_claim;
        after.salience = value;
        edit(after, QStringLiteral("salience"));
    });
    connect(m_ui->note, &QPlainTextEdit::textChanged, this, [this]() {
        if (!m_updating)
            m_noteTimer->start();
    });
    return form;
}

void ClaimInspector::setClaim(ClaimId id)
{
    if (m_noteTimer->isActive())
        saveNote(); // the typing belongs to the claim shown so far
    Claim claim;
    if (id.isValid()) {
        auto stored = m_project.store().claim(id);
        if (stored)
            claim = stored.value();
    }
    m_claim = claim;
    ++m_noteSession;
    ++m_positionSession;
    refresh();
}

void ClaimInspector::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

bool ClaimInspector::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->note) {
        if (event->type() == QEvent::FocusIn)
            ++m_noteSession;
        else if (event->type() == QEvent::FocusOut)
            saveNote();
    }
    return QWidget::eventFilter(watched, event);
}

void ClaimInspector::fillCodebook()
{
    m_ui->holder->setActors(m_project.actors());
    m_ui->target->setActors(m_project.actors());
    m_ui->topic->setTopics(m_project.topics());
}

void ClaimInspector::refresh()
{
    if (!m_claim.id.isValid()) {
        m_pages->setCurrentIndex(0);
        return;
    }
    m_updating = true;
    m_ui->quote->setText(tr("“%1”").arg(m_claim.quote));
    refreshDocumentTitle();
    m_ui->holder->setCurrentActor(m_claim.holder);
    m_ui->target->setCurrentActor(m_claim.target);
    m_ui->topic->setCurrentTopic(m_claim.topic);
    m_ui->stance->setCurrentIndex(m_ui->stance->findData(int(m_claim.stance)));
    m_ui->position->setPosition(m_claim.position);
    m_ui->position->setScale(m_project.topic(m_claim.topic));
    m_ui->salience->setValue(m_claim.salience);
    m_ui->attribution->setCurrentIndex(m_ui->attribution->findData(int(m_claim.attribution)));
    // Unsaved typing wins over what is stored: it is saved on top of it shortly.
    if (!m_noteTimer->isActive() && m_ui->note->toPlainText() != m_claim.note)
        m_ui->note->setPlainText(m_claim.note);
    m_ui->analyst->setText(m_claim.analyst.isEmpty() ? tr("unknown") : m_claim.analyst);
    const QLocale locale;
    auto timeText = [&locale](const QDateTime &time) -> QString {
        return time.isValid() ? locale.toString(time.toLocalTime(), QLocale::ShortFormat)
                              : QString();
    };
    m_ui->created->setText(timeText(m_claim.createdAt));
    m_ui->updated->setText(timeText(m_claim.updatedAt));
    m_updating = false;
    m_pages->setCurrentIndex(1);
}

void ClaimInspector::refreshDocumentTitle()
{
    const Document *document = m_project.documentInfo(m_claim.document);
    m_ui->documentTitle->setText(document ? document->title : QString());
}

void ClaimInspector::edit(const Claim &after, const QString &field)
{
    if (!m_claim.id.isValid())
        return;
    // On success claimChanged() brings the stored claim back; on failure the fields
    // return to what is stored, and the project has reported why.
    if (!m_project.execute(new ChangeClaimCommand(m_project, m_claim, after, field)))
        refresh();
}

void ClaimInspector::saveNote()
{
    m_noteTimer->stop();
    if (!m_claim.id.isValid() || m_ui->note->toPlainText() == m_claim.note)
        return;
    Claim after = m_claim;
    after.note = m_ui->note->toPlainText();
    edit(after, QStringLiteral("note-%1").arg(m_noteSession));
}

void ClaimInspector::updateEnabled()
{
    const bool editable = !m_readOnly && !m_project.isReadOnly();
    for (QWidget *editor :
         {static_cast<QWidget *>(m_ui->holder), static_cast<QWidget *>(m_ui->target),
          static_cast<QWidget *>(m_ui->topic), static_cast<QWidget *>(m_ui->stance),
          static_cast<QWidget *>(m_ui->salience), static_cast<QWidget *>(m_ui->attribution)})
        editor->setEnabled(editable);
    m_ui->position->setReadOnly(!editable);
    m_ui->note->setReadOnly(!editable);
}

void ClaimInspector::onClaimChanged(const Claim &after)
{
    if (!m_claim.id.isValid() || after.id != m_claim.id)
        return;
    m_claim = after;
    refresh();
}

void ClaimInspector::onClaimsRemoved(const QList<Claim> &claims)
{
    for (const Claim &claim : claims) {
        if (claim.id == m_claim.id && m_claim.id.isValid()) {
            m_noteTimer->stop(); // nothing left to save it to
            m_claim = Claim();
            refresh();
            return;
        }
    }
}

void ClaimInspector::onReloaded()
{
    m_noteTimer->stop();
    fillCodebook();
    if (m_claim.id.isValid()) {
        auto stored = m_project.store().claim(m_claim.id);
        m_claim = stored ? stored.value() : Claim();
    }
    refresh();
}

} // namespace demarche
