// The "Over time" view driven as an analyst would: choosing an actor and a topic with the
// keyboard, then watching the chart follow claims added, retagged and re-dated through
// the real undo commands, and its empty states.
#include "core/commands/addclaimcommand.h"
#include "core/commands/changeclaimcommand.h"
#include "core/commands/changedocumentcommand.h"
#include "core/commands/codebookcommands.h"
#include "core/project/project.h"
#include "support/projectfixture.h"
#include "support/widgetlookup.h"
#include "widgets/timeline/timelinechart.h"
#include "widgets/timeline/timelineview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>

#include <algorithm>

using namespace demarche;

namespace {

const QString articleText = QStringLiteral("Moscow insists. Lavrov refuses. Washington agrees.");

QPointF at(const QDate &date, double position)
{
    return {TimelineChart::xOf(date), position};
}

} // namespace

class TestTimelineView final : public QObject, private ProjectFixture
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<TimelineView> m_view;
    DocumentId m_january;
    DocumentId m_march;
    DocumentId m_undated;
    ClaimId m_russiaInMarch;

    TimelineView &view() { return *m_view; }

    template <typename T>
    T *child(const QString &name)
    {
        return testing::requireChild<T>(m_view.get(), name);
    }

    void newProject()
    {
        m_view.reset();
        auto created =
            Project::create(m_dir.filePath(QStringLiteral("p%1.demarche").arg(++m_counter)));
        QVERIFY(created);
        m_project = std::move(created).value();
    }

    DocumentId addDatedDocument(const QString &title, const QDate &date)
    {
        return addDocument(title, articleText + QLatin1Char(' ') + title, date); // distinct texts
    }

    ClaimId addClaim(DocumentId document, const QString &holder, const QString &topic,
                     std::optional<int> position, int salience = 3)
    {
        return addClaimAt(document, 0, 6, holder, topic, Stance::Assessment, position, salience);
    }

    void showView()
    {
        m_view = std::make_unique<TimelineView>(project(), nullptr);
        m_view->resize(900, 520);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    // Picks an entry with the arrow keys, as someone tabbing through the bar would.
    void choose(const QString &comboName, const QString &entry)
    {
        auto *combo = child<QComboBox>(comboName);
        const int target = combo->findText(entry);
        QVERIFY2(target >= 0, qPrintable(entry));
        combo->setFocus();
        while (combo->currentIndex() < target)
            QTest::keyClick(combo, Qt::Key_Down);
        while (combo->currentIndex() > target)
            QTest::keyClick(combo, Qt::Key_Up);
        QCOMPARE(combo->currentText(), entry);
    }

    QList<QPointF> plotted() { return view().chart()->positionSeries()->points(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The period is remembered in the settings: the test-mode file, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("demarche-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_timelineview"));
    }

    // January: Russia −60 (salience 3) and Lavrov 20 (salience 1), a mean of −40.
    // March: Russia 30 on Ukraine, the United States 50 on Syria. Undated: Russia on
    // Ukraine. France says nothing.
    void init()
    {
        QSettings().clear();
        newProject();
        m_january = addDatedDocument(QStringLiteral("January"), QDate(2024, 1, 10));
        m_march = addDatedDocument(QStringLiteral("March"), QDate(2024, 3, 5));
        m_undated = addDatedDocument(QStringLiteral("Undated"), QDate());
        const ActorId russia = addActor(QStringLiteral("Russia"));
        addActor(QStringLiteral("United States"));
        addActor(QStringLiteral("Lavrov"), russia);
        addActor(QStringLiteral("France"));
        addClaim(m_january, QStringLiteral("Russia"), QStringLiteral("Ukraine"), -60, 3);
        addClaim(m_january, QStringLiteral("Lavrov"), QStringLiteral("Ukraine"), 20, 1);
        m_russiaInMarch =
            addClaim(m_march, QStringLiteral("Russia"), QStringLiteral("Ukraine"), 30);
        addClaim(m_march, QStringLiteral("United States"), QStringLiteral("Syria"), 50);
        addClaim(m_undated, QStringLiteral("Russia"), QStringLiteral("Ukraine"), 0);
        showView();
    }

    void cleanup() { m_view.reset(); }

    void choosingFillsOnePointPerDate()
    {
        QSignalSpy chosen(&view(), &TimelineView::selectionChanged);
        choose(QStringLiteral("timelineActor"), QStringLiteral("United States"));
        choose(QStringLiteral("timelineTopic"), QStringLiteral("Syria"));
        QVERIFY(!chosen.isEmpty());
        QCOMPARE(view().actor(), actorId(QStringLiteral("United States")));
        QCOMPARE(view().topic(), topicId(QStringLiteral("Syria")));
        QVERIFY(view().isChartShown());
        QCOMPARE(plotted(), QList<QPointF>{at(QDate(2024, 3, 5), 50)});
        QCOMPARE(view().chart()->title(), QStringLiteral("United States on Syria"));
        QCOMPARE(view().undatedNote(), QString());

        choose(QStringLiteral("timelineActor"), QStringLiteral("Russia"));
        choose(QStringLiteral("timelineTopic"), QStringLiteral("Ukraine"));
        QCOMPARE(plotted(),
                 (QList<QPointF>{at(QDate(2024, 1, 10), -40), at(QDate(2024, 3, 5), 30)}));
        QCOMPARE(view().chart()->markerSeries()->points(), plotted());
        QCOMPARE(view().chart()->title(), QStringLiteral("Russia on Ukraine"));
        QCOMPARE(view().timeline().points.at(0).claims, 2);
        QVERIFY(view().undatedNote().contains(QStringLiteral("1 claim")));
        // The bars stand on the count axis: four corners per date, as tall as its claims.
        const QList<QPointF> bars = view().chart()->countSeries()->upperSeries()->points();
        QCOMPARE(bars.size(), 8);
        QCOMPARE(bars.at(1).y(), 2.0);
        QCOMPARE(bars.at(5).y(), 1.0);
        QCOMPARE(view().chart()->positionSeries()->pen().color(),
                 project().actorColor(actorId(QStringLiteral("Russia"))));
    }

    void rollUpCheckbox()
    {
        view().setSelection(actorId(QStringLiteral("Russia")), topicId(QStringLiteral("Ukraine")));
        auto *rollUp = child<QCheckBox>(QStringLiteral("timelineRollUp"));
        rollUp->setFocus();
        QTest::keyClick(rollUp, Qt::Key_Space);
        QVERIFY(!view().rollUp());
        QCOMPARE(plotted(),
                 (QList<QPointF>{at(QDate(2024, 1, 10), -60), at(QDate(2024, 3, 5), 30)}));
        QTest::keyClick(rollUp, Qt::Key_Space);
        QCOMPARE(plotted().first(), at(QDate(2024, 1, 10), -40));
    }

    void newClaimOnNewDateAddsPoint()
    {
        view().setSelection(actorId(QStringLiteral("Russia")), topicId(QStringLiteral("Ukraine")));
        QSignalSpy reloaded(&project(), &Project::reloaded);
        const DocumentId may = addDatedDocument(QStringLiteral("May"), QDate(2024, 5, 1));
        addClaim(may, QStringLiteral("Lavrov"), QStringLiteral("Ukraine"), 80);
        QCOMPARE(reloaded.count(), 0);
        QCOMPARE(plotted(), (QList<QPointF>{at(QDate(2024, 1, 10), -40), at(QDate(2024, 3, 5), 30),
                                            at(QDate(2024, 5, 1), 80)}));

        // A claim of someone else changes nothing; undo takes the new point away.
        addClaim(may, QStringLiteral("France"), QStringLiteral("Ukraine"), -100);
        QCOMPARE(plotted().size(), 3);
        project().undoStack()->undo();
        project().undoStack()->undo();
        QCOMPARE(plotted().size(), 2);
    }

    void retaggingMovesThePoint()
    {
        view().setSelection(actorId(QStringLiteral("Russia")), topicId(QStringLiteral("Syria")));
        QVERIFY(!view().isChartShown());

        Claim before;
        const auto stored = project().store().claims();
        QVERIFY(stored);
        for (const Claim &claim : stored.value()) {
            if (claim.id == m_russiaInMarch)
                before = claim;
        }
        QVERIFY(before.id.isValid());
        Claim after = before;
        after.topic = topicId(QStringLiteral("Syria"));
        QVERIFY(project().execute(new ChangeClaimCommand(project(), before, after)));
        QVERIFY(view().isChartShown());
        QCOMPARE(plotted(), QList<QPointF>{at(QDate(2024, 3, 5), 30)});

        view().setSelection(actorId(QStringLiteral("Russia")), topicId(QStringLiteral("Ukraine")));
        QCOMPARE(plotted(), QList<QPointF>{at(QDate(2024, 1, 10), -40)});

        // A new position moves the point up.
        Claim moved = after;
        moved.topic = topicId(QStringLiteral("Ukraine"));
        moved.position = -20;
        QVERIFY(project().execute(new ChangeClaimCommand(project(), after, moved)));
        QCOMPARE(plotted(),
                 (QList<QPointF>{at(QDate(2024, 1, 10), -40), at(QDate(2024, 3, 5), -20)}));
    }

    void datingAnArticlePlotsItsClaims()
    {
        view().setSelection(actorId(QStringLiteral("Russia")), topicId(QStringLiteral("Ukraine")));
        const Document before = *project().documentInfo(m_undated);
        Document after = before;
        after.date = QDate(2024, 2, 1);
        QVERIFY(project().execute(new ChangeDocumentCommand(project(), before, after)));
        QCOMPARE(plotted(), (QList<QPointF>{at(QDate(2024, 1, 10), -40), at(QDate(2024, 2, 1), 0),
                                            at(QDate(2024, 3, 5), 30)}));
        QCOMPARE(view().undatedNote(), QString());
        project().undoStack()->undo();
        QCOMPARE(plotted().size(), 2);
        QVERIFY(!view().undatedNote().isEmpty());
    }

    void emptyStates()
    {
        view().setSelection(actorId(QStringLiteral("France")), topicId(QStringLiteral("Ukraine")));
        QVERIFY(!view().isChartShown());
        QCOMPARE(view().message(), QStringLiteral("No claims by France on Ukraine yet."));
        QVERIFY(plotted().isEmpty());

        // Only an undated claim: the message says why nothing is plotted.
        addClaim(m_undated, QStringLiteral("France"), QStringLiteral("Ukraine"), 10);
        QVERIFY(!view().isChartShown());
        QVERIFY(view().message().startsWith(
            QStringLiteral("No dated claims by France on Ukraine yet.")));
        QVERIFY(view().undatedNote().contains(QStringLiteral("1 claim")));

        // Its first dated claim brings the chart.
        addClaim(m_march, QStringLiteral("France"), QStringLiteral("Ukraine"), {});
        QVERIFY(view().isChartShown());
        QVERIFY(plotted().isEmpty()); // no position: a bar, no marker
        QCOMPARE(view().timeline().points.size(), 1);
    }

    void noActorsHint()
    {
        newProject();
        showView();
        QVERIFY(!view().isChartShown());
        QVERIFY(view().message().startsWith(QStringLiteral("No actors yet.")));
        QVERIFY(!view().actor().isValid());

        // The first actor is picked up as soon as it exists.
        addActor(QStringLiteral("Russia"));
        QCOMPARE(view().actor(), actorId(QStringLiteral("Russia")));
        QVERIFY(view().message().startsWith(QStringLiteral("No claims by Russia")));
    }

    void codebookChangesKeepTheSelection()
    {
        view().setSelection(actorId(QStringLiteral("United States")),
                            topicId(QStringLiteral("Syria")));
        const Actor before = *project().actor(actorId(QStringLiteral("United States")));
        Actor after = before;
        after.name = QStringLiteral("USA");
        QVERIFY(project().execute(new ChangeActorCommand(project(), before, after)));
        QCOMPARE(view().actor(), before.id);
        QCOMPARE(view().chart()->title(), QStringLiteral("USA on Syria"));

        // Merged away: the view falls back to the first actor; undo reloads and the
        // actor is back, though no longer chosen.
        QVERIFY(project().execute(
            new MergeActorsCommand(project(), before.id, actorId(QStringLiteral("France")))));
        QCOMPARE(view().actor(), actorId(QStringLiteral("Russia")));
        project().undoStack()->undo();
        QVERIFY(project().actor(before.id));
        QCOMPARE(view().actor(), actorId(QStringLiteral("Russia")));
        QCOMPARE(view().topic(), topicId(QStringLiteral("Syria")));
    }

    void hoverAndClick()
    {
        view().setSelection(actorId(QStringLiteral("Russia")), topicId(QStringLiteral("Ukraine")));
        QScatterSeries *markers = view().chart()->markerSeries();
        Q_EMIT markers->hovered(at(QDate(2024, 1, 10), -40), true);
        QVERIFY2(
            view().statusText().contains(QStringLiteral("mean position \u221240.0 from 2 claim")),
            qPrintable(view().statusText()));
        Q_EMIT markers->hovered(at(QDate(2024, 1, 10), -40), false);
        QVERIFY(view().statusText().startsWith(QStringLiteral("3 claim")));

        QSignalSpy activated(&view(), &TimelineView::claimsActivated);
        Q_EMIT markers->clicked(at(QDate(2024, 3, 5), 30));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().value<QList<ClaimId>>(),
                 QList<ClaimId>{m_russiaInMarch});
    }

    // Ticks stand at the starts of weeks or months (as the width allows), the first at or
    // before the first date and the last after the last; each point in the middle of its
    // day, between two ticks.
    void dateAxisTicksAtPeriodStarts()
    {
        view().setSelection(actorId(QStringLiteral("Russia")), topicId(QStringLiteral("Ukraine")));
        const QList<qreal> ticks = view().chart()->tickPositions();
        const QStringList labels = view().chart()->tickLabels();
        QVERIFY2(ticks.size() >= 3 && ticks.size() <= 12, qPrintable(labels.join(u',')));
        QCOMPARE(labels.size(), ticks.size());
        QList<QDate> days;
        for (const qreal tick : ticks)
            days.append(QDateTime::fromMSecsSinceEpoch(qint64(tick)).date());
        const bool weeks = std::all_of(days.cbegin(), days.cend(),
                                       [](const QDate &day) { return day.dayOfWeek() == 1; });
        const bool months = std::all_of(days.cbegin(), days.cend(),
                                        [](const QDate &day) { return day.day() == 1; });
        QVERIFY2(weeks || months, qPrintable(labels.join(u',')));
        for (qsizetype i = 0; i < days.size(); ++i)
            QCOMPARE(ticks.at(i), TimelineChart::edgeOf(days.at(i)));
        QVERIFY(days.first() <= QDate(2024, 1, 10));
        QVERIFY(days.last() > QDate(2024, 3, 5));
        QCOMPARE(view().chart()->dateAxis()->min(), ticks.first());
        QCOMPARE(view().chart()->dateAxis()->max(), ticks.last());
        const QList<QPointF> points = plotted();
        QCOMPARE(points.size(), 2);
        QCOMPARE(points.at(0).x(), TimelineChart::edgeOf(QDate(2024, 1, 10)) + 12 * 3600 * 1000);
        QCOMPARE(points.at(1).x(), TimelineChart::edgeOf(QDate(2024, 3, 5)) + 12 * 3600 * 1000);

        // Narrow, the axis steps up to months; the labels name month and year.
        view().chart()->resize(QSizeF(380, 300));
        QTRY_COMPARE(view().chart()->tickPositions().first(),
                     TimelineChart::edgeOf(QDate(2024, 1, 1)));
        QVERIFY(view().chart()->tickPositions().size() <= 5);
        QVERIFY2(view().chart()->tickLabels().first().contains(QStringLiteral("2024")),
                 qPrintable(view().chart()->tickLabels().first()));
    }

    // By quarter the two dates fall in one point at the start of the year; the choice
    // outlives the view.
    void periodChoiceGroupsAndIsRemembered()
    {
        view().setSelection(actorId(QStringLiteral("Russia")), topicId(QStringLiteral("Ukraine")));
        QCOMPARE(view().period(), TimelinePeriod::Day);
        choose(QStringLiteral("timelinePeriod"), QStringLiteral("Quarter"));
        QCOMPARE(view().period(), TimelinePeriod::Quarter);
        QCOMPARE(view().timeline().points.size(), qsizetype(1));
        const TimelinePoint &quarter = view().timeline().points.first();
        QCOMPARE(quarter.date, QDate(2024, 1, 1));
        QCOMPARE(quarter.last, QDate(2024, 3, 31));
        QCOMPARE(quarter.claims, 3);
        // (−60·3 + 20·1 + 30·3) / 7
        QCOMPARE(plotted(),
                 QList<QPointF>{QPointF(
                     TimelineChart::xOf(QDate(2024, 1, 1), TimelinePeriod::Quarter), -70.0 / 7.0)});
        QVERIFY(view().statusText().contains(QStringLiteral("1 quarter")));
        QVERIFY(view().chart()->tickLabels().contains(QStringLiteral("Q1 2024")));

        Q_EMIT view().chart()->markerSeries()->hovered(plotted().first(), true);
        QVERIFY2(view().statusText().startsWith(QStringLiteral("Q1 2024")),
                 qPrintable(view().statusText()));

        choose(QStringLiteral("timelinePeriod"), QStringLiteral("Month"));
        QCOMPARE(view().timeline().points.size(), qsizetype(2));
        showView();
        QCOMPARE(view().period(), TimelinePeriod::Month);
        QCOMPARE(view().timeline().points.first().date, QDate(2024, 1, 1));
    }

    void secondActorOnTheSameChart()
    {
        addClaim(m_march, QStringLiteral("United States"), QStringLiteral("Ukraine"), 70);
        view().setSelection(actorId(QStringLiteral("Russia")), topicId(QStringLiteral("Ukraine")));
        QCOMPARE(view().chart()->plotCount(), 1);
        choose(QStringLiteral("timelineOtherActor"), QStringLiteral("United States"));
        QCOMPARE(view().otherActor(), actorId(QStringLiteral("United States")));
        TimelineChart *chart = view().chart();
        QCOMPARE(chart->plotCount(), 2);
        QCOMPARE(chart->title(), QStringLiteral("Russia and United States on Ukraine"));
        QCOMPARE(chart->positionSeries(1)->points(), QList<QPointF>{at(QDate(2024, 3, 5), 70)});
        QCOMPARE(plotted().size(), 2); // the first actor's line is unchanged
        // Told apart by more than colour: a dashed line, square markers, hatched bars.
        QCOMPARE(chart->positionSeries(0)->pen().style(), Qt::SolidLine);
        QCOMPARE(chart->positionSeries(1)->pen().style(), Qt::DashLine);
        QCOMPARE(chart->positionSeries(1)->pen().color(),
                 project().actorColor(actorId(QStringLiteral("United States"))));
        QCOMPARE(chart->markerSeries(1)->markerShape(), QScatterSeries::MarkerShapeRectangle);
        QCOMPARE(chart->countSeries(1)->brush().style(), Qt::BDiagPattern);
        // The bars of one date stand side by side.
        const QList<QPointF> russia = chart->countSeries(0)->upperSeries()->points();
        const QList<QPointF> usa = chart->countSeries(1)->upperSeries()->points();
        QCOMPARE(usa.size(), 4);
        QCOMPARE(usa.at(0).x(), russia.at(7).x());
        // The legend names both actors.
        QStringList legend;
        const QList<QLegendMarker *> markers = chart->legend()->markers();
        for (const QLegendMarker *marker : markers) {
            if (marker->isVisible())
                legend.append(marker->label());
        }
        QCOMPARE(legend.size(), 4);
        QCOMPARE(legend.filter(QStringLiteral("United States")).size(), 2);
        QCOMPARE(legend.filter(QStringLiteral("Russia")).size(), 2);

        Q_EMIT chart->markerSeries(1)->hovered(at(QDate(2024, 3, 5), 70), true);
        QVERIFY2(view().statusText().contains(QStringLiteral("Russia: mean position 30.0")),
                 qPrintable(view().statusText()));
        QVERIFY(view().statusText().contains(QStringLiteral("United States: mean position 70.0")));

        // A claim by the second actor redraws the chart.
        addClaim(m_january, QStringLiteral("United States"), QStringLiteral("Ukraine"), -10);
        QCOMPARE(chart->positionSeries(1)->points().size(), 2);

        choose(QStringLiteral("timelineOtherActor"), QStringLiteral("(nobody)"));
        QCOMPARE(chart->plotCount(), 1);
        QVERIFY(chart->positionSeries(1)->points().isEmpty());
        QCOMPARE(chart->title(), QStringLiteral("Russia on Ukraine"));
    }

    // The bar of choices leaves the view narrow enough for a 1024-pixel screen with the
    // window's docks beside it.
    void fitsASmallScreen()
    {
        QVERIFY2(view().minimumSizeHint().width() <= 720,
                 qPrintable(QString::number(view().minimumSizeHint().width())));
    }

    void followsThePalette()
    {
        QPalette dark = view().palette();
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        view().setPalette(dark);
        QCOMPARE(view().chart()->backgroundBrush().color(), QColor(30, 30, 30));
        QCOMPARE(view().chart()->titleBrush().color(), QColor(230, 230, 230));
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
