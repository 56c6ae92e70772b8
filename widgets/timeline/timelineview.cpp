#include "widgets/timeline/timelineview.h"

#include "core/models/displayformat.h"
#include "core/project/project.h"
#include "widgets/help/guidelinklabel.h"
#include "widgets/inspector/codebookcombo.h"
#include "widgets/timeline/timelinechart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QChartView>

#include <algorithm>

namespace demarche {
namespace {

enum Page { ChartPage, MessagePage };

// The chosen period is the analyst's habit rather than the project's.
const QString periodKey = QStringLiteral("timeline/period");
const char *const periodNames[] = {"day", "week", "month", "quarter", "year"};

TimelinePeriod storedPeriod()
{
    const QString name = QSettings().value(periodKey).toString();
    for (int i = 0; i < int(std::size(periodNames)); ++i) {
        if (name == QLatin1String(periodNames[i]))
            return TimelinePeriod(i);
    }
    return TimelinePeriod::Day;
}

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
    retranslateUi();
}

// The combos keep their choices; the chart, its summary and the empty states are drawn
// again in the new language.
void TimelineView::retranslateUi()
{
    m_actorCombo->setToolTip(tr("The actor whose positions are plotted"));
    m_topicCombo->setToolTip(tr("The topic the positions are on"));
    m_rollUp->setText(tr("Include &members"));
    m_rollUp->setToolTip(tr("Count the claims of the actor's members (a minister for his "
                            "state) as the actor's own"));
    m_subtopics->setText(tr("Include &sub-topics"));
    m_subtopics->setToolTip(tr("Count claims on the topics under the chosen one"));
    m_otherCombo->setNoneText(tr("(nobody)"));
    m_otherCombo->setToolTip(tr("A second actor, drawn dashed on the same chart"));
    m_periodCombo->setToolTip(tr("Group the claims by publication date, by week (ISO "
                                 "weeks, Monday to Sunday), month, quarter or year"));
    const std::pair<TimelinePeriod, QString> periods[] = {
        {TimelinePeriod::Day, tr("Publication date")},
        {TimelinePeriod::Week, tr("Week")},
        {TimelinePeriod::Month, tr("Month")},
        {TimelinePeriod::Quarter, tr("Quarter")},
        {TimelinePeriod::Year, tr("Year")}};
    for (const auto &[value, name] : periods)
        m_periodCombo->setItemText(m_periodCombo->findData(int(value)), name);
    m_actorLabel->setText(tr("&Actor:"));
    m_topicLabel->setText(tr("&Topic:"));
    m_otherLabel->setText(tr("Compare &with:"));
    m_periodLabel->setText(tr("&Period:"));
    m_chart->retranslate();
    refresh();
}

void TimelineView::buildLayout()
{
    m_actorCombo = new CodebookCombo(this);
    setFocusProxy(m_actorCombo); // the view opens on its first choice
    m_actorCombo->setObjectName(QStringLiteral("timelineActor"));
    m_topicCombo = new CodebookCombo(this);
    m_topicCombo->setObjectName(QStringLiteral("timelineTopic"));
    m_rollUp = new QCheckBox(this);
    m_rollUp->setObjectName(QStringLiteral("timelineRollUp"));
    m_rollUp->setChecked(true);
    m_subtopics = new QCheckBox(this);
    m_subtopics->setObjectName(QStringLiteral("timelineSubtopics"));
    m_subtopics->setChecked(true);
    m_otherCombo = new CodebookCombo(this);
    m_otherCombo->setObjectName(QStringLiteral("timelineOtherActor"));
    // Its text is set again in retranslateUi(); the first fill needs the item.
    m_otherCombo->setNoneText(tr("(nobody)"));
    m_periodCombo = new QComboBox(this);
    m_periodCombo->setObjectName(QStringLiteral("timelinePeriod"));
    // Named in retranslateUi().
    for (const TimelinePeriod period :
         {TimelinePeriod::Day, TimelinePeriod::Week, TimelinePeriod::Month, TimelinePeriod::Quarter,
          TimelinePeriod::Year})
        m_periodCombo->addItem(QString(), int(period));
    m_periodCombo->setCurrentIndex(m_periodCombo->findData(int(storedPeriod())));

    auto *actorLabel = m_actorLabel = new QLabel(this);
    actorLabel->setBuddy(m_actorCombo);
    auto *topicLabel = m_topicLabel = new QLabel(this);
    topicLabel->setBuddy(m_topicCombo);
    auto *otherLabel = m_otherLabel = new QLabel(this);
    otherLabel->setBuddy(m_otherCombo);
    auto *periodLabel = m_periodLabel = new QLabel(this);
    periodLabel->setBuddy(m_periodCombo);
    // Two rows, so that the view fits beside the docks on a small screen: who and
    // against whom above, on what and how finely below.
    auto *bar = new QGridLayout;
    bar->addWidget(actorLabel, 0, 0);
    bar->addWidget(m_actorCombo, 0, 1);
    bar->addWidget(otherLabel, 0, 2);
    bar->addWidget(m_otherCombo, 0, 3);
    bar->addWidget(m_rollUp, 0, 4);
    bar->addWidget(topicLabel, 1, 0);
    bar->addWidget(m_topicCombo, 1, 1);
    bar->addWidget(periodLabel, 1, 2);
    bar->addWidget(m_periodCombo, 1, 3);
    bar->addWidget(m_subtopics, 1, 4);
    bar->setColumnStretch(5, 1);
    for (QLabel *label : {otherLabel, periodLabel})
        label->setContentsMargins(8, 0, 0, 0);
    m_rollUp->setContentsMargins(8, 0, 0, 0);
    m_subtopics->setContentsMargins(8, 0, 0, 0);
    // Long names elide in the closed combos rather than widen the view.
    for (CodebookCombo *combo : {m_actorCombo, m_topicCombo, m_otherCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }

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
    setTabOrder(m_topicCombo, m_otherCombo);
    setTabOrder(m_otherCombo, m_periodCombo);
    setTabOrder(m_periodCombo, m_rollUp);
    setTabOrder(m_rollUp, m_subtopics);

    const auto chosen = [this]() {
        refresh();
        Q_EMIT selectionChanged(actor(), topic());
    };
    connect(m_actorCombo, &QComboBox::currentIndexChanged, this, chosen);
    connect(m_topicCombo, &QComboBox::currentIndexChanged, this, chosen);
    connect(m_otherCombo, &QComboBox::currentIndexChanged, this, &TimelineView::refresh);
    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, [this]() {
        QSettings().setValue(periodKey, QLatin1String(periodNames[int(period())]));
        refresh();
    });
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
                if (covers(before) || covers(after))
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
    m_otherCombo->setActors(m_project.actors()); // signals blocked while it refills
    for (CodebookCombo *combo : {m_actorCombo, m_topicCombo, m_otherCombo}) {
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

ActorId TimelineView::otherActor() const
{
    return m_otherCombo->currentActor();
}

void TimelineView::setOtherActor(ActorId actor)
{
    m_otherCombo->setCurrentActor(m_otherCombo->findActor(actor) >= 0 ? actor : ActorId());
    refresh();
}

TimelinePeriod TimelineView::period() const
{
    return TimelinePeriod(m_periodCombo->currentData().toInt());
}

void TimelineView::setPeriod(TimelinePeriod period)
{
    m_periodCombo->setCurrentIndex(m_periodCombo->findData(int(period)));
}

bool TimelineView::covers(const Claim &claim) const
{
    return m_timeline.covers(claim) || m_other.covers(claim);
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
    m_other = Timeline();
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
    options.period = period();
    auto loaded = loadTimeline(m_project, options);
    if (!loaded) {
        showMessage(tr("The claims cannot be read: %1").arg(loaded.error().message));
        return;
    }
    m_timeline = std::move(loaded).value();
    const Actor *secondActor = m_project.actor(otherActor());
    if (secondActor && secondActor->id != chosenActor->id) {
        options.actor = secondActor->id;
        auto other = loadTimeline(m_project, options);
        if (!other) {
            showMessage(tr("The claims cannot be read: %1").arg(other.error().message));
            return;
        }
        m_other = std::move(other).value();
    } else {
        secondActor = nullptr;
    }

    const int undated = m_timeline.undatedClaims + m_other.undatedClaims;
    if (undated > 0)
        m_undated->setText(tr("Not plotted: %n claim(s) in articles without a publication date.",
                              nullptr, undated));
    // With a second actor who has dated claims, the chart shows even if the first has none.
    const bool otherPlotted = secondActor && !m_other.points.isEmpty();
    if (!otherPlotted && m_timeline.totalClaims() == 0) {
        showMessage(tr("No claims by %1 on %2 yet.").arg(chosenActor->name, chosenTopic->name),
                    tr("How to tag a claim"), QStringLiteral("tagging"));
        return;
    }
    if (!otherPlotted && m_timeline.points.isEmpty()) {
        showMessage(tr("No dated claims by %1 on %2 yet. Claims count once their article has "
                       "a publication date (Edit ▸ Document Properties…).")
                        .arg(chosenActor->name, chosenTopic->name),
                    tr("How to date an article"), QStringLiteral("importing"));
        return;
    }
    QList<TimelineChart::Plot> plots{
        {m_timeline, chosenActor->name, m_project.actorColor(chosenActor->id)}};
    QString title = tr("%1 on %2").arg(chosenActor->name, chosenTopic->name);
    if (secondActor) {
        plots.append({m_other, secondActor->name, m_project.actorColor(secondActor->id)});
        title = tr("%1 and %2 on %3", "two actors on a topic")
                    .arg(chosenActor->name, secondActor->name, chosenTopic->name);
    }
    m_chart->showPlots(plots, options.period, title);
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
    const int claims = m_timeline.datedClaims() + m_other.datedClaims();
    QSet<QDate> periods;
    for (const Timeline *timeline : {&m_timeline, &m_other}) {
        for (const TimelinePoint &point : timeline->points)
            periods.insert(point.date);
    }
    const int count = int(periods.size());
    // Two counted texts side by side rather than one inside the other, so that each
    // language declines each count on its own: "12 claims · 5 weeks".
    QString spanned;
    switch (period()) {
    case TimelinePeriod::Day:
        spanned = tr("%n publication date(s)", nullptr, count);
        break;
    case TimelinePeriod::Week:
        spanned = tr("%n week(s)", nullptr, count);
        break;
    case TimelinePeriod::Month:
        spanned = tr("%n month(s)", nullptr, count);
        break;
    case TimelinePeriod::Quarter:
        spanned = tr("%n quarter(s)", nullptr, count);
        break;
    case TimelinePeriod::Year:
        spanned = tr("%n year(s)", nullptr, count);
        break;
    }
    return tr("%n claim(s)", nullptr, claims) + QStringLiteral(" \u00b7 ") + spanned;
}

QString TimelineView::pointText(const Timeline &timeline, const QString &name, const QDate &date)
{
    const auto found =
        std::find_if(timeline.points.cbegin(), timeline.points.cend(),
                     [&date](const TimelinePoint &point) { return point.date == date; });
    if (found == timeline.points.cend())
        return tr("%1: no claims", "actor").arg(name);
    if (found->meanPosition) {
        // As the compare view shows a mean: one decimal, a true minus sign.
        return tr("%1: mean position %2 from %n claim(s)", nullptr, found->claims)
            .arg(name, displayformat::position(found->meanPosition));
    }
    return tr("%1: %n claim(s), none with a position", nullptr, found->claims).arg(name);
}

void TimelineView::showHover(const QDate &date, bool state)
{
    if (!state || !date.isValid()) {
        m_status->setText(summary());
        QToolTip::hideText();
        return;
    }
    const Actor *first = m_project.actor(m_timeline.options.actor);
    QStringList lines{TimelineChart::periodName(date, period(), QLocale())};
    lines.append(pointText(m_timeline, first ? first->name : QString(), date));
    if (const Actor *second =
            m_other.holders.isEmpty() ? nullptr : m_project.actor(m_other.options.actor))
        lines.append(pointText(m_other, second->name, date));
    m_status->setText(lines.join(QStringLiteral(" · ")));
    QToolTip::showText(QCursor::pos(), lines.join(QLatin1Char('\n')), m_chartView);
}

void TimelineView::showClaimsOf(const QDate &date)
{
    QList<ClaimId> claims;
    for (const Timeline *timeline : {&m_timeline, &m_other}) {
        for (const TimelinePoint &point : timeline->points) {
            if (point.date == date)
                claims.append(point.claimIds);
        }
    }
    if (!claims.isEmpty())
        Q_EMIT claimsActivated(claims);
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
    const bool relevant = std::any_of(claims.cbegin(), claims.cend(),
                                      [this](const Claim &claim) { return covers(claim); });
    if (relevant)
        refresh();
}

void TimelineView::onDocumentChanged(const Document &document)
{
    // Only a new date for a document whose claims are counted moves anything.
    for (const Timeline *timeline : {&m_timeline, &m_other}) {
        const auto counted = timeline->documents.constFind(document.id);
        if (counted != timeline->documents.cend() && counted.value() != document.date) {
            refresh();
            return;
        }
    }
}

void TimelineView::changeEvent(QEvent *event)
{
    // Follows a switch between light and dark palettes.
    if (event->type() == QEvent::PaletteChange && m_chart)
        m_chart->applyPalette(palette());
    else if (event->type() == QEvent::LanguageChange && m_chart)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace demarche
