#include "widgets/timeline/timelineview.h"

#include "core/project/project.h"
#include "core/report/reportformat.h"
#include "widgets/help/guidelinklabel.h"
#include "widgets/inspector/codebookcombo.h"
#include "widgets/timeline/timelinechart.h"

#include <QCheckBox>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QChartView>

#include <algorithm>

namespace demarche {
namespace {

enum Page { ChartPage, MessagePage };

QLabel *mutedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

TimelineView::TimelineView(Project &project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
{
    buildLayout();
    followProject();
    fillCodebook();
    refresh();
}

void TimelineView::buildLayout()
{
    m_actorCombo = new CodebookCombo(this);
    setFocusProxy(m_actorCombo); // the view opens on its first choice
    m_actorCombo->setObjectName(QStringLiteral("timelineActor"));
    m_actorCombo->setToolTip(tr("The actor whose positions are plotted"));
    m_topicCombo = new CodebookCombo(this);
    m_topicCombo->setObjectName(QStringLiteral("timelineTopic"));
    m_topicCombo->setToolTip(tr("The topic the positions are on"));
    m_rollUp = new QCheckBox(tr("Include &members"), this);
    m_rollUp->setObjectName(QStringLiteral("timelineRollUp"));
    m_rollUp->setToolTip(tr("Count the claims of the actor's members (a minister for his "
                            "state) as the actor's own"));
    m_rollUp->setChecked(true);
    m_subtopics = new QCheckBox(tr("Include &sub-topics"), this);
    m_subtopics->setObjectName(QStringLiteral("timelineSubtopics"));
    m_subtopics->setToolTip(tr("Count claims on the topics under the chosen one"));
    m_subtopics->setChecked(true);

    auto *actorLabel = new QLabel(tr("&Actor:"), this);
    actorLabel->setBuddy(m_actorCombo);
    auto *topicLabel = new QLabel(tr("&Topic:"), this);
    topicLabel->setBuddy(m_topicCombo);
    auto *bar = new QHBoxLayout;
    bar->addWidget(actorLabel);
    bar->addWidget(m_actorCombo);
    bar->addSpacing(8);
    bar->addWidget(topicLabel);
    bar->addWidget(m_topicCombo);
    bar->addSpacing(8);
    bar->addWidget(m_rollUp);
    bar->addWidget(m_subtopics);
    bar->addStretch();

    m_chart = new TimelineChart;
    m_chart->applyPalette(palette());
    m_chartView = new QChartView(m_chart, this); // takes ownership of the chart
    m_chartView->setObjectName(QStringLiteral("timelineChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFocusPolicy(Qt::NoFocus);
    m_chartView->setMinimumSize(320, 220);
    m_message = mutedLabel(this);
    m_message->setObjectName(QStringLiteral("timelineMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_guideLink = new GuideLinkLabel(this);
    auto *messagePage = new QWidget(this);
    auto *messageLayout = new QVBoxLayout(messagePage);
    messageLayout->addStretch(1);
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(m_guideLink);
    messageLayout->addStretch(1);
    m_pages = new QStackedWidget(this);
    m_pages->insertWidget(ChartPage, m_chartView);
    m_pages->insertWidget(MessagePage, messagePage);

    m_status = mutedLabel(this);
    m_status->setObjectName(QStringLiteral("timelineStatus"));
    m_undated = mutedLabel(this);
    m_undated->setObjectName(QStringLiteral("timelineUndated"));
    m_undated->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *notes = new QHBoxLayout;
    notes->addWidget(m_status, 1);
    notes->addWidget(m_undated);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_pages, 1);
    layout->addLayout(notes);

    setTabOrder(m_actorCombo, m_topicCombo);
    setTabOrder(m_topicCombo, m_rollUp);
    setTabOrder(m_rollUp, m_subtopics);

    const auto chosen = [this]() {
        refresh();
        Q_EMIT selectionChanged(actor(), topic());
    };
    connect(m_actorCombo, &QComboBox::currentIndexChanged, this, chosen);
    connect(m_topicCombo, &QComboBox::currentIndexChanged, this, chosen);
    connect(m_rollUp, &QCheckBox::toggled, this, chosen);
    connect(m_subtopics, &QCheckBox::toggled, this, chosen);
    connect(m_chart, &TimelineChart::dateHovered, this, &TimelineView::showHover);
    connect(m_chart, &TimelineChart::dateClicked, this, &TimelineView::showClaimsOf);
}

void TimelineView::followProject()
{
    // Recomputing one actor on one topic is one small query, so every relevant change
    // redraws from the store rather than patching the points.
    connect(&m_project, &Project::claimsAdded, this, &TimelineView::onClaims);
    connect(&m_project, &Project::claimsRemoved, this, &TimelineView::onClaims);
    connect(&m_project, &Project::claimChanged, this,
            [this](const Claim &before, const Claim &after) {
                if (m_timeline.covers(before) || m_timeline.covers(after))
                    refresh();
            });
    connect(&m_project, &Project::documentChanged, this, &TimelineView::onDocumentChanged);
    const auto codebookChanged = [this]() {
        fillCodebook();
        refresh();
    };
    connect(&m_project, &Project::actorsChanged, this, codebookChanged);
    connect(&m_project, &Project::topicsChanged, this, codebookChanged);
    connect(&m_project, &Project::reloaded, this, codebookChanged);
}

// Refills both combos, keeping the chosen entries while they exist and falling back to
// the first entry, so that the view always shows something when it can.
void TimelineView::fillCodebook()
{
    m_actorCombo->setActors(m_project.actors());
    m_topicCombo->setTopics(m_project.topics());
    for (CodebookCombo *combo : {m_actorCombo, m_topicCombo}) {
        if (combo->currentIndex() < 0 && combo->count() > 0) {
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(0);
        }
    }
}

void TimelineView::setSelection(ActorId actor, TopicId topic)
{
    if (m_actorCombo->findActor(actor) >= 0)
        m_actorCombo->setCurrentActor(actor);
    if (m_topicCombo->findTopic(topic) >= 0)
        m_topicCombo->setCurrentTopic(topic);
    refresh();
}

ActorId TimelineView::actor() const
{
    return m_actorCombo->currentActor();
}

TopicId TimelineView::topic() const
{
    return m_topicCombo->currentTopic();
}

bool TimelineView::rollUp() const
{
    return m_rollUp->isChecked();
}

bool TimelineView::includesSubtopics() const
{
    return m_subtopics->isChecked();
}

bool TimelineView::isChartShown() const
{
    return m_pages->currentIndex() == ChartPage;
}

QString TimelineView::message() const
{
    return isChartShown() ? QString() : m_message->text();
}

QString TimelineView::undatedNote() const
{
    return m_undated->text();
}

QString TimelineView::statusText() const
{
    return m_status->text();
}

void TimelineView::refresh()
{
    m_timeline = Timeline();
    m_undated->clear();
    m_status->clear();
    if (m_project.actors().isEmpty()) {
        showMessage(tr("No actors yet. Add the actors you follow in the Codebook and tag "
                       "their claims to see their positions over time."),
                    tr("How to add actors and topics"), QStringLiteral("codebook"));
        return;
    }
    if (m_project.topics().isEmpty()) {
        showMessage(tr("No topics yet. Add topics in the Codebook to follow positions on "
                       "them over time."),
                    tr("How to add actors and topics"), QStringLiteral("codebook"));
        return;
    }
    const Actor *chosenActor = m_project.actor(actor());
    const Topic *chosenTopic = m_project.topic(topic());
    if (!chosenActor || !chosenTopic) {
        showMessage(tr("Choose an actor and a topic."));
        return;
    }

    TimelineOptions options;
    options.actor = chosenActor->id;
    options.topic = chosenTopic->id;
    options.rollUp = rollUp();
    options.includeSubtopics = includesSubtopics();
    auto loaded = loadTimeline(m_project, options);
    if (!loaded) {
        showMessage(tr("The claims cannot be read: %1").arg(loaded.error().message));
        return;
    }
    m_timeline = std::move(loaded).value();

    if (m_timeline.undatedClaims > 0)
        m_undated->setText(tr("Not plotted: %n claim(s) in articles without a publication date.",
                              nullptr, m_timeline.undatedClaims));
    if (m_timeline.totalClaims() == 0) {
        showMessage(tr("No claims by %1 on %2 yet.").arg(chosenActor->name, chosenTopic->name),
                    tr("How to tag a claim"), QStringLiteral("tagging"));
        return;
    }
    if (m_timeline.points.isEmpty()) {
        showMessage(tr("No dated claims by %1 on %2 yet. Claims count once their article has "
                       "a publication date (Document ▸ Properties).")
                        .arg(chosenActor->name, chosenTopic->name),
                    tr("How to date an article"), QStringLiteral("importing"));
        return;
    }
    m_chart->showTimeline(m_timeline, tr("%1 on %2").arg(chosenActor->name, chosenTopic->name),
                          m_project.actorColor(chosenActor->id));
    m_status->setText(summary());
    m_pages->setCurrentIndex(ChartPage);
}

void TimelineView::showMessage(const QString &text, const QString &linkText, const QString &anchor)
{
    m_chart->showTimeline(Timeline(), QString(), QColor());
    m_message->setText(text);
    m_guideLink->setGuide(linkText, anchor);
    m_guideLink->setVisible(!anchor.isEmpty());
    m_pages->setCurrentIndex(MessagePage);
}

QString TimelineView::summary() const
{
    const int claims = m_timeline.datedClaims();
    const qsizetype dates = m_timeline.points.size();
    if (dates == 1)
        return tr("%n claim(s) on one publication date.", nullptr, claims);
    return tr("%n claim(s) over %1 publication dates.", nullptr, claims).arg(dates);
}

void TimelineView::showHover(const QDate &date, bool state)
{
    const auto found =
        std::find_if(m_timeline.points.cbegin(), m_timeline.points.cend(),
                     [&date](const TimelinePoint &point) { return point.date == date; });
    if (!state || found == m_timeline.points.cend()) {
        m_status->setText(summary());
        QToolTip::hideText();
        return;
    }
    const QString day = locale().toString(date, QLocale::ShortFormat);
    QString text;
    if (found->meanPosition) {
        // As the compare view and the report show a mean: one decimal, a true minus sign.
        text = tr("%1: mean position %2 from %n claim(s)", nullptr, found->claims)
                   .arg(day, reportformat::position(found->meanPosition));
    } else {
        text = tr("%1: %n claim(s), none with a position", nullptr, found->claims).arg(day);
    }
    m_status->setText(text);
    QToolTip::showText(QCursor::pos(), text, m_chartView);
}

void TimelineView::showClaimsOf(const QDate &date)
{
    for (const TimelinePoint &point : std::as_const(m_timeline.points)) {
        if (point.date == date) {
            Q_EMIT claimsActivated(point.claimIds);
            return;
        }
    }
}

void TimelineView::onClaims(const QList<Claim> &claims)
{
    // Claims added while no timeline is loaded cannot be checked against one; a fresh
    // load is cheap and may turn the empty state into a chart.
    if (m_timeline.holders.isEmpty()) {
        if (actor().isValid() && topic().isValid())
            refresh();
        return;
    }
    const bool relevant = std::any_of(claims.cbegin(), claims.cend(), [this](const Claim &claim) {
        return m_timeline.covers(claim);
    });
    if (relevant)
        refresh();
}

void TimelineView::onDocumentChanged(const Document &document)
{
    // Only a new date for a document whose claims are counted moves anything.
    const auto counted = m_timeline.documents.constFind(document.id);
    if (counted != m_timeline.documents.cend() && counted.value() != document.date)
        refresh();
}

void TimelineView::changeEvent(QEvent *event)
{
    // Follows a switch between light and dark palettes.
    if (event->type() == QEvent::PaletteChange && m_chart)
        m_chart->applyPalette(palette());
    QWidget::changeEvent(event);
}

} // namespace demarche
