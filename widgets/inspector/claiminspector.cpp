#include "widgets/inspector/claiminspector.h"

#include "core/commands/changeclaimcommand.h"
#include "core/domain/vocabulary.h"
#include "core/project/project.h"
#include "core/project/projectselection.h"
#include "widgets/inspector/codebookcombo.h"
#include "widgets/inspector/positioneditor.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace demarche {
namespace {

// Long enough not to save between two keystrokes, short enough that a crash loses little.
constexpr int NoteSaveDelayMs = 800;

QLabel *mutedLabel(const QString &text = {})
{
    auto *label = new QLabel(text);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *readOnlyLabel()
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

ClaimInspector::ClaimInspector(Project &project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_pages(new QStackedWidget(this))
    , m_noteTimer(new QTimer(this))
{
    QLabel *empty = mutedLabel(tr("Select a claim to see its details"));
    empty->setAlignment(Qt::AlignCenter);
    m_pages->addWidget(empty);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(createForm());
    m_pages->addWidget(scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    setAccessibleName(tr("Claim inspector"));

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
    refresh();
}

QWidget *ClaimInspector::createForm()
{
    m_quote = new QLabel;
    QFont italic = m_quote->font();
    italic.setItalic(true);
    m_quote->setFont(italic);
    m_quote->setWordWrap(true);
    m_quote->setTextFormat(Qt::PlainText);
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_quote->setAccessibleName(tr("Quote"));
    m_document = mutedLabel();
    m_document->setAccessibleName(tr("Document"));

    m_holder = new CodebookCombo;
    m_target = new CodebookCombo;
    m_target->setNoneText(tr("— none —"));
    m_topic = new CodebookCombo;
    m_stance = new QComboBox;
    for (Stance stance : vocabulary::allStances())
        m_stance->addItem(vocabulary::label(stance), int(stance));
    m_position = new PositionEditor;
    m_salience = new QSpinBox;
    m_salience->setRange(Claim::MinSalience, Claim::MaxSalience);
    m_salience->setSuffix(tr(" of %1").arg(Claim::MaxSalience));
    m_salience->setToolTip(
        tr("How central the claim is to the holder's position: 1 is a passing remark, "
           "5 is at its core"));
    m_attribution = new QComboBox;
    for (Attribution attribution : vocabulary::allAttributions())
        m_attribution->addItem(vocabulary::label(attribution), int(attribution));
    m_note = new QPlainTextEdit;
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Your remarks on this claim"));
    m_note->installEventFilter(this);
    m_analyst = readOnlyLabel();
    m_created = readOnlyLabel();
    m_updated = readOnlyLabel();

    m_holder->setAccessibleName(tr("Holder"));
    m_target->setAccessibleName(tr("Target"));
    m_topic->setAccessibleName(tr("Topic"));
    m_stance->setAccessibleName(tr("Stance"));
    m_salience->setAccessibleName(tr("Salience"));
    m_attribution->setAccessibleName(tr("Attribution"));
    m_note->setAccessibleName(tr("Note"));
    m_analyst->setAccessibleName(tr("Analyst"));
    m_created->setAccessibleName(tr("Created"));
    m_updated->setAccessibleName(tr("Updated"));

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Holder:"), m_holder);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("T&opic:"), m_topic);
    form->addRow(tr("&Stance:"), m_stance);
    form->addRow(tr("&Position:"), m_position);
    form->addRow(tr("Sa&lience:"), m_salience);
    form->addRow(tr("&Attribution:"), m_attribution);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("Analyst:"), m_analyst);
    form->addRow(tr("Created:"), m_created);
    form->addRow(tr("Updated:"), m_updated);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_quote);
    layout->addWidget(m_document);
    layout->addSpacing(layout->spacing());
    layout->addLayout(form, 1);

    connect(m_holder, &QComboBox::activated, this, [this]() {
        Claim after = m_claim;
        after.holder = m_holder->currentActor();
        if (after.holder != m_claim.holder)
            edit(after);
    });
    connect(m_target, &QComboBox::activated, this, [this]() {
        Claim after = m_claim;
        after.target = m_target->currentActor(); // "none" is the invalid id
        if (after.target != m_claim.target)
            edit(after);
    });
    connect(m_topic, &QComboBox::activated, this, [this]() {
        Claim after = m_claim;
        after.topic = m_topic->currentTopic();
        if (after.topic != m_claim.topic)
            edit(after);
    });
    connect(m_stance, &QComboBox::activated, this, [this]() {
        Claim after = m_claim;
        after.stance = static_cast<Stance>(m_stance->currentData().toInt());
        if (after.stance != m_claim.stance)
            edit(after);
    });
    connect(m_attribution, &QComboBox::activated, this, [this]() {
        Claim after = m_claim;
        after.attribution = static_cast<Attribution>(m_attribution->currentData().toInt());
        if (after.attribution != m_claim.attribution)
            edit(after);
    });
    connect(m_position, &PositionEditor::valueEdited, this, [this]() {
        Claim after = m_claim;
        after.position = m_position->position();
        if (after.position != m_claim.position)
            edit(after, QStringLiteral("position-%1").arg(m_positionSession));
    });
    connect(m_position, &PositionEditor::dragStarted, this, [this]() { ++m_positionSession; });
    connect(m_position, &PositionEditor::setToggled, this, [this]() {
        Claim after = m_claim;
        after.position = m_position->position();
        if (after.position != m_claim.position)
            edit(after);
    });
    connect(m_salience, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_updating || value == m_claim.salience)
            return;
        Claim after = m_claim;
        after.salience = value;
        edit(after, QStringLiteral("salience"));
    });
    connect(m_note, &QPlainTextEdit::textChanged, this, [this]() {
        if (!m_updating)
            m_noteTimer->start();
    });
    return content;
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
    if (watched == m_note) {
        if (event->type() == QEvent::FocusIn)
            ++m_noteSession;
        else if (event->type() == QEvent::FocusOut)
            saveNote();
    }
    return QWidget::eventFilter(watched, event);
}

void ClaimInspector::fillCodebook()
{
    m_holder->setActors(m_project.actors());
    m_target->setActors(m_project.actors());
    m_topic->setTopics(m_project.topics());
}

void ClaimInspector::refresh()
{
    if (!m_claim.id.isValid()) {
        m_pages->setCurrentIndex(0);
        return;
    }
    m_updating = true;
    m_quote->setText(tr("“%1”").arg(m_claim.quote));
    refreshDocumentTitle();
    m_holder->setCurrentActor(m_claim.holder);
    m_target->setCurrentActor(m_claim.target);
    m_topic->setCurrentTopic(m_claim.topic);
    m_stance->setCurrentIndex(m_stance->findData(int(m_claim.stance)));
    m_position->setPosition(m_claim.position);
    m_salience->setValue(m_claim.salience);
    m_attribution->setCurrentIndex(m_attribution->findData(int(m_claim.attribution)));
    // Unsaved typing wins over what is stored: it is saved on top of it shortly.
    if (!m_noteTimer->isActive() && m_note->toPlainText() != m_claim.note)
        m_note->setPlainText(m_claim.note);
    m_analyst->setText(m_claim.analyst.isEmpty() ? tr("unknown") : m_claim.analyst);
    const QLocale locale;
    auto timeText = [&locale](const QDateTime &time) -> QString {
        return time.isValid() ? locale.toString(time.toLocalTime(), QLocale::ShortFormat)
                              : QString();
    };
    m_created->setText(timeText(m_claim.createdAt));
    m_updated->setText(timeText(m_claim.updatedAt));
    m_updating = false;
    m_pages->setCurrentIndex(1);
}

void ClaimInspector::refreshDocumentTitle()
{
    const Document *document = m_project.documentInfo(m_claim.document);
    m_document->setText(document ? document->title : QString());
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
    if (!m_claim.id.isValid() || m_note->toPlainText() == m_claim.note)
        return;
    Claim after = m_claim;
    after.note = m_note->toPlainText();
    edit(after, QStringLiteral("note-%1").arg(m_noteSession));
}

void ClaimInspector::updateEnabled()
{
    const bool editable = !m_readOnly && !m_project.isReadOnly();
    for (QWidget *editor :
         {static_cast<QWidget *>(m_holder), static_cast<QWidget *>(m_target),
          static_cast<QWidget *>(m_topic), static_cast<QWidget *>(m_stance),
          static_cast<QWidget *>(m_salience), static_cast<QWidget *>(m_attribution)})
        editor->setEnabled(editable);
    m_position->setReadOnly(!editable);
    m_note->setReadOnly(!editable);
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
