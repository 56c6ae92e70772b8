// The over-time arithmetic: claims grouped by publication date with the comparison's
// weighted mean, undated claims set aside, roll-up and sub-topics, and loading the
// actor's claims from a real project.
#include "core/analysis/timeline.h"
#include "core/commands/addclaimcommand.h"
#include "core/commands/codebookcommands.h"
#include "core/project/project.h"
#include "support/codebookentries.h"
#include "support/projectfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace demarche;

Q_DECLARE_METATYPE(demarche::Claim)
Q_DECLARE_METATYPE(demarche::TimelineOptions)
Q_DECLARE_METATYPE(demarche::TimelinePeriod)

namespace {

// Lavrov and his deputy roll up to Russia; Alpha and Beta are each other's parent, which
// only a damaged file might hold. Grain is under Ukraine, Exports under Grain.
enum ActorIds : qint64 { Russia = 1, Lavrov, Deputy, Usa, Alpha, Beta, Silent };
enum TopicIds : qint64 { Ukraine = 1, Syria, Grain, Exports };
// Documents 1 and 2 appeared on 10 January, 3 on 1 June; 4 has no date and 5 is unknown.
enum DocumentIds : qint64 { JanA = 1, JanB, June, Undated, Unknown };

using testing::actor;

QList<Actor> actors()
{
    return {actor(Russia, "Russia"),         actor(Lavrov, "Lavrov", Russia),
            actor(Deputy, "Deputy", Lavrov), actor(Usa, "USA"),
            actor(Alpha, "Alpha", Beta),     actor(Beta, "Beta", Alpha),
            actor(Silent, "Silent")};
}

using testing::topic;

QList<Topic> topics()
{
    return {topic(Ukraine, "Ukraine"), topic(Syria, "Syria"), topic(Grain, "Grain", Ukraine),
            topic(Exports, "Exports", Grain)};
}

DocumentDates dates()
{
    return {{DocumentId(JanA), QDate(2024, 1, 10)},
            {DocumentId(JanB), QDate(2024, 1, 10)},
            {DocumentId(June), QDate(2024, 6, 1)},
            {DocumentId(Undated), QDate()}};
}

Claim claim(qint64 holder, qint64 topicId, qint64 document, std::optional<int> position = {},
            int salience = 3, qint64 start = 0)
{
    static qint64 next = 0;
    Claim result;
    result.id = ClaimId(++next);
    result.document = DocumentId(document);
    result.start = start;
    result.end = start + 5;
    result.holder = ActorId(holder);
    result.topic = TopicId(topicId);
    result.position = position;
    result.salience = salience;
    return result;
}

TimelineOptions options(qint64 actorId, qint64 topicId, bool rollUp = true,
                        bool includeSubtopics = true)
{
    TimelineOptions result;
    result.actor = ActorId(actorId);
    result.topic = TopicId(topicId);
    result.rollUp = rollUp;
    result.includeSubtopics = includeSubtopics;
    return result;
}

// One line per point: "2024-01-10 claims positioned mean".
QStringList describe(const Timeline &timeline)
{
    QStringList lines;
    for (const TimelinePoint &point : timeline.points) {
        lines.append(point.date.toString(Qt::ISODate) + QLatin1Char(' ')
                     + QString::number(point.claims) + QLatin1Char(' ')
                     + QString::number(point.positioned) + QLatin1Char(' ')
                     + (point.meanPosition ? QString::number(*point.meanPosition, 'f', 1)
                                           : QStringLiteral("-")));
    }
    return lines;
}

} // namespace

class TestTimeline final : public QObject, private ProjectFixture
{
    Q_OBJECT

private Q_SLOTS:
    void points_data();
    void points();
    void claimIdsInDocumentOrder();
    void coversAndDocuments();
    void topicSubtree_data();
    void topicSubtree();
    void fromProject();
    void periodBounds_data();
    void periodBounds();
    void pointsByPeriod_data();
    void pointsByPeriod();
};

void TestTimeline::periodBounds_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<TimelinePeriod>("period");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("next");

    using P = TimelinePeriod;
    QTest::newRow("day") << QDate(2024, 2, 29) << P::Day << QDate(2024, 2, 29) << QDate(2024, 3, 1);
    QTest::newRow("day, year end")
        << QDate(2024, 12, 31) << P::Day << QDate(2024, 12, 31) << QDate(2025, 1, 1);
    QTest::newRow("week, on a Monday")
        << QDate(2024, 6, 3) << P::Week << QDate(2024, 6, 3) << QDate(2024, 6, 10);
    QTest::newRow("week, on a Sunday")
        << QDate(2024, 6, 9) << P::Week << QDate(2024, 6, 3) << QDate(2024, 6, 10);
    // ISO week 53 of 2020 runs from Monday 28 December 2020 to Sunday 3 January 2021.
    QTest::newRow("week 53, in December")
        << QDate(2020, 12, 31) << P::Week << QDate(2020, 12, 28) << QDate(2021, 1, 4);
    QTest::newRow("week 53, in January")
        << QDate(2021, 1, 3) << P::Week << QDate(2020, 12, 28) << QDate(2021, 1, 4);
    QTest::newRow("week 1 starting in the old year")
        << QDate(2025, 1, 1) << P::Week << QDate(2024, 12, 30) << QDate(2025, 1, 6);
    QTest::newRow("month, leap February")
        << QDate(2024, 2, 29) << P::Month << QDate(2024, 2, 1) << QDate(2024, 3, 1);
    QTest::newRow("month, December")
        << QDate(2023, 12, 15) << P::Month << QDate(2023, 12, 1) << QDate(2024, 1, 1);
    QTest::newRow("quarter, first")
        << QDate(2024, 3, 31) << P::Quarter << QDate(2024, 1, 1) << QDate(2024, 4, 1);
    QTest::newRow("quarter, second")
        << QDate(2024, 4, 1) << P::Quarter << QDate(2024, 4, 1) << QDate(2024, 7, 1);
    QTest::newRow("quarter, fourth")
        << QDate(2024, 11, 30) << P::Quarter << QDate(2024, 10, 1) << QDate(2025, 1, 1);
    QTest::newRow("year") << QDate(2024, 7, 14) << P::Year << QDate(2024, 1, 1)
                          << QDate(2025, 1, 1);
    QTest::newRow("no date") << QDate() << P::Month << QDate() << QDate();
}

void TestTimeline::periodBounds()
{
    QFETCH(QDate, date);
    QFETCH(TimelinePeriod, period);
    QFETCH(QDate, start);
    QFETCH(QDate, next);
    QCOMPARE(periodStart(date, period), start);
    QCOMPARE(nextPeriodStart(date, period), next);
    // The start of a period is its own start.
    QCOMPARE(periodStart(start, period), start);
}

void TestTimeline::pointsByPeriod_data()
{
    QTest::addColumn<TimelinePeriod>("period");
    QTest::addColumn<QStringList>("expected"); // "first last claims positioned mean"

    // Claims on 31 Dec 2020 (week 53), 2 Jan 2021 (still week 53), 4 Jan 2021 (week 1),
    // 30 Mar 2021 and 1 Oct 2021; nothing in between, and empty periods get no point.
    using P = TimelinePeriod;
    QTest::newRow("day") << P::Day
                         << QStringList{
                                "2020-12-31 2020-12-31 1 1 -50.0", "2021-01-02 2021-01-02 1 1 50.0",
                                "2021-01-04 2021-01-04 1 0 -", "2021-03-30 2021-03-30 1 1 20.0",
                                "2021-10-01 2021-10-01 2 2 70.0"};
    QTest::newRow("week") << P::Week
                          << QStringList{"2020-12-28 2021-01-03 2 2 0.0",
                                         "2021-01-04 2021-01-10 1 0 -",
                                         "2021-03-29 2021-04-04 1 1 20.0",
                                         "2021-09-27 2021-10-03 2 2 70.0"};
    QTest::newRow("month") << P::Month
                           << QStringList{"2020-12-01 2020-12-31 1 1 -50.0",
                                          "2021-01-01 2021-01-31 2 1 50.0",
                                          "2021-03-01 2021-03-31 1 1 20.0",
                                          "2021-10-01 2021-10-31 2 2 70.0"};
    QTest::newRow("quarter") << P::Quarter
                             << QStringList{"2020-10-01 2020-12-31 1 1 -50.0",
                                            "2021-01-01 2021-03-31 3 2 35.0",
                                            "2021-10-01 2021-12-31 2 2 70.0"};
    QTest::newRow("year") << P::Year
                          << QStringList{"2020-01-01 2020-12-31 1 1 -50.0",
                                         "2021-01-01 2021-12-31 5 4 52.5"};
}

void TestTimeline::pointsByPeriod()
{
    QFETCH(TimelinePeriod, period);
    QFETCH(QStringList, expected);

    enum Documents : qint64 { NewYearsEve = 10, Saturday, Monday, March, October, OctoberB };
    const DocumentDates days{
        {DocumentId(NewYearsEve), QDate(2020, 12, 31)}, {DocumentId(Saturday), QDate(2021, 1, 2)},
        {DocumentId(Monday), QDate(2021, 1, 4)},        {DocumentId(March), QDate(2021, 3, 30)},
        {DocumentId(October), QDate(2021, 10, 1)},      {DocumentId(OctoberB), QDate(2021, 10, 1)}};
    // Equal saliences but in October, where 100 weighs 3 and 40 weighs 3: mean 70.
    const QList<Claim> claims{
        claim(Russia, Ukraine, NewYearsEve, -50), claim(Russia, Ukraine, Saturday, 50),
        claim(Russia, Ukraine, Monday),           claim(Russia, Ukraine, March, 20),
        claim(Russia, Ukraine, October, 100),     claim(Russia, Ukraine, OctoberB, 40)};
    TimelineOptions chosen = options(Russia, Ukraine);
    chosen.period = period;
    const Timeline timeline = buildTimeline(actors(), topics(), claims, days, chosen);
    QStringList lines;
    for (const TimelinePoint &point : timeline.points) {
        lines.append(point.date.toString(Qt::ISODate) + QLatin1Char(' ')
                     + point.last.toString(Qt::ISODate) + QLatin1Char(' ')
                     + QString::number(point.claims) + QLatin1Char(' ')
                     + QString::number(point.positioned) + QLatin1Char(' ')
                     + (point.meanPosition ? QString::number(*point.meanPosition, 'f', 1)
                                           : QStringLiteral("-")));
    }
    QCOMPARE(lines, expected);
    QCOMPARE(timeline.datedClaims(), int(claims.size()));
}

void TestTimeline::points_data()
{
    QTest::addColumn<QList<Claim>>("claims");
    QTest::addColumn<TimelineOptions>("options");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("undated");

    const TimelineOptions russiaOnUkraine = options(Russia, Ukraine);
    QTest::newRow("no claims") << QList<Claim>{} << russiaOnUkraine << QStringList{} << 0;
    QTest::newRow("actor with no claims") << QList<Claim>{claim(Russia, Ukraine, JanA, 10)}
                                          << options(Silent, Ukraine) << QStringList{} << 0;
    QTest::newRow("grouped by date, oldest first")
        << QList<Claim>{claim(Russia, Ukraine, June, 50), claim(Russia, Ukraine, JanA, -20),
                        claim(Russia, Ukraine, JanB, -40)}
        << russiaOnUkraine
        << QStringList{QStringLiteral("2024-01-10 2 2 -30.0"),
                       QStringLiteral("2024-06-01 1 1 50.0")}
        << 0;
    QTest::newRow("weighted by salience")
        << QList<Claim>{claim(Russia, Ukraine, JanA, 50, 1), claim(Russia, Ukraine, JanB, -50, 3)}
        << russiaOnUkraine << QStringList{QStringLiteral("2024-01-10 2 2 -25.0")} << 0;
    QTest::newRow("salience out of range is clamped")
        << QList<Claim>{claim(Russia, Ukraine, JanA, 60, 0), claim(Russia, Ukraine, JanA, -60, 9)}
        << russiaOnUkraine << QStringList{QStringLiteral("2024-01-10 2 2 -40.0")} << 0;
    QTest::newRow("missing position counts but has no weight")
        << QList<Claim>{claim(Russia, Ukraine, JanA, 30, 2), claim(Russia, Ukraine, JanA, {}, 5)}
        << russiaOnUkraine << QStringList{QStringLiteral("2024-01-10 2 1 30.0")} << 0;
    QTest::newRow("a date without any position")
        << QList<Claim>{claim(Russia, Ukraine, JanA), claim(Russia, Ukraine, June, -10)}
        << russiaOnUkraine
        << QStringList{QStringLiteral("2024-01-10 1 0 -"), QStringLiteral("2024-06-01 1 1 -10.0")}
        << 0;
    QTest::newRow("undated and unknown documents are counted apart")
        << QList<Claim>{claim(Russia, Ukraine, Undated, 90), claim(Russia, Ukraine, Unknown, 90),
                        claim(Russia, Ukraine, June, 0)}
        << russiaOnUkraine << QStringList{QStringLiteral("2024-06-01 1 1 0.0")} << 2;
    QTest::newRow("only undated claims") << QList<Claim>{claim(Russia, Ukraine, Undated, 90)}
                                         << russiaOnUkraine << QStringList{} << 1;

    const QList<Claim> family{claim(Russia, Ukraine, JanA, -10, 1),
                              claim(Deputy, Ukraine, JanA, 90, 1),
                              claim(Lavrov, Ukraine, June, 20)};
    QTest::newRow("roll-up: members count for the parent")
        << family << russiaOnUkraine
        << QStringList{QStringLiteral("2024-01-10 2 2 40.0"), QStringLiteral("2024-06-01 1 1 20.0")}
        << 0;
    QTest::newRow("no roll-up: the actor's own claims")
        << family << options(Russia, Ukraine, false)
        << QStringList{QStringLiteral("2024-01-10 1 1 -10.0")} << 0;
    QTest::newRow("roll-up from the middle of the chain")
        << family << options(Lavrov, Ukraine)
        << QStringList{QStringLiteral("2024-01-10 1 1 90.0"), QStringLiteral("2024-06-01 1 1 20.0")}
        << 0;
    QTest::newRow("parent loop ends")
        << QList<Claim>{claim(Alpha, Syria, JanA, 10), claim(Beta, Syria, June, 30)}
        << options(Alpha, Syria)
        << QStringList{QStringLiteral("2024-01-10 1 1 10.0"), QStringLiteral("2024-06-01 1 1 30.0")}
        << 0;

    const QList<Claim> nested{claim(Russia, Ukraine, JanA, -60), claim(Russia, Grain, JanA, 0),
                              claim(Russia, Exports, June, 40), claim(Russia, Syria, June, 100)};
    QTest::newRow("sub-topics count for the topic")
        << nested << russiaOnUkraine
        << QStringList{QStringLiteral("2024-01-10 2 2 -30.0"),
                       QStringLiteral("2024-06-01 1 1 40.0")}
        << 0;
    QTest::newRow("without sub-topics") << nested << options(Russia, Ukraine, true, false)
                                        << QStringList{QStringLiteral("2024-01-10 1 1 -60.0")} << 0;
    QTest::newRow("a sub-topic on its own")
        << nested << options(Russia, Grain)
        << QStringList{QStringLiteral("2024-01-10 1 1 0.0"), QStringLiteral("2024-06-01 1 1 40.0")}
        << 0;
    QTest::newRow("other actors and topics ignored")
        << QList<Claim>{claim(Usa, Ukraine, JanA, 10), claim(Russia, Syria, JanA, 10),
                        claim(77, Ukraine, JanA, 10), claim(Russia, 99, JanA, 10)}
        << russiaOnUkraine << QStringList{} << 0;
    QTest::newRow("no actor chosen") << QList<Claim>{claim(Russia, Ukraine, JanA, 10)}
                                     << options(0, Ukraine) << QStringList{} << 0;
}

void TestTimeline::points()
{
    QFETCH(QList<Claim>, claims);
    QFETCH(TimelineOptions, options);
    QFETCH(QStringList, expected);
    QFETCH(int, undated);

    const Timeline timeline = buildTimeline(actors(), topics(), claims, dates(), options);
    QCOMPARE(describe(timeline), expected);
    QCOMPARE(timeline.undatedClaims, undated);
    int dated = 0;
    for (const TimelinePoint &point : timeline.points) {
        QCOMPARE(point.claimIds.size(), qsizetype(point.claims));
        dated += point.claims;
    }
    QCOMPARE(timeline.datedClaims(), dated);
    QCOMPARE(timeline.totalClaims(), dated + undated);
}

void TestTimeline::claimIdsInDocumentOrder()
{
    const Claim late = claim(Russia, Ukraine, JanB, 10, 3, 0);
    const Claim second = claim(Russia, Ukraine, JanA, 10, 3, 40);
    const Claim first = claim(Lavrov, Ukraine, JanA, 10, 3, 5);
    const Timeline timeline =
        buildTimeline(actors(), topics(), {late, second, first}, dates(), options(Russia, Ukraine));
    QCOMPARE(timeline.points.size(), 1);
    QCOMPARE(timeline.points.front().claimIds, (QList<ClaimId>{first.id, second.id, late.id}));
}

void TestTimeline::coversAndDocuments()
{
    const Timeline timeline =
        buildTimeline(actors(), topics(),
                      {claim(Deputy, Grain, June, 10), claim(Russia, Ukraine, Undated, 10),
                       claim(Usa, Ukraine, JanA, 10)},
                      dates(), options(Russia, Ukraine));
    QVERIFY(timeline.covers(claim(Deputy, Exports, JanA)));
    QVERIFY(!timeline.covers(claim(Usa, Ukraine, JanA)));
    QVERIFY(!timeline.covers(claim(Russia, Syria, JanA)));
    // The documents counted, with the date each was counted under; JanA held only USA's.
    QCOMPARE(timeline.documents.size(), 2);
    QCOMPARE(timeline.documents.value(DocumentId(June)), QDate(2024, 6, 1));
    QVERIFY(timeline.documents.contains(DocumentId(Undated)));
    QVERIFY(!timeline.documents.value(DocumentId(Undated)).isValid());
}

void TestTimeline::topicSubtree_data()
{
    QTest::addColumn<qint64>("root");
    QTest::addColumn<QList<qint64>>("expected");

    QTest::newRow("nested") << qint64(Ukraine) << QList<qint64>{Ukraine, Grain, Exports};
    QTest::newRow("middle") << qint64(Grain) << QList<qint64>{Grain, Exports};
    QTest::newRow("leaf") << qint64(Syria) << QList<qint64>{Syria};
    QTest::newRow("unknown root is itself") << qint64(42) << QList<qint64>{42};
    QTest::newRow("no root") << qint64(0) << QList<qint64>{};
}

void TestTimeline::topicSubtree()
{
    QFETCH(qint64, root);
    QFETCH(QList<qint64>, expected);
    QList<qint64> ids;
    for (const TopicId id : demarche::topicSubtree(TopicId(root), topics()))
        ids.append(id.value());
    QCOMPARE(ids, expected);

    // A parent loop (refused by the store, possible in a damaged file) still ends.
    const QList<Topic> looped{topic(1, "A", 2), topic(2, "B", 1)};
    QCOMPARE(demarche::topicSubtree(TopicId(1), looped), (QList<TopicId>{TopicId(1), TopicId(2)}));
}

void TestTimeline::fromProject()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto created = Project::create(dir.filePath(QStringLiteral("t.demarche")));
    QVERIFY(created);
    m_project = std::move(created).value();

    auto dated = [this](const QString &title, const QDate &date) {
        Document document;
        document.title = title;
        document.date = date;
        document.text =
            QStringLiteral("Moscow insists. Lavrov refuses. Washington agrees. ") + title;
        auto *command = new AddDocumentCommand(project(), document);
        return project().execute(command) ? command->documentId() : DocumentId();
    };
    const DocumentId march = dated(QStringLiteral("March"), QDate(2024, 3, 2));
    const DocumentId april = dated(QStringLiteral("April"), QDate(2024, 4, 4));
    const DocumentId undated = dated(QStringLiteral("Undated"), QDate());
    QVERIFY(march.isValid() && april.isValid() && undated.isValid());
    const ActorId russia = addActor(QStringLiteral("Russia"));
    const ActorId lavrov = addActor(QStringLiteral("Lavrov"), russia);
    const ActorId usa = addActor(QStringLiteral("United States"));
    const TopicId ukraine = topicId(QStringLiteral("Ukraine"));
    QVERIFY(ukraine.isValid());

    auto add = [this, ukraine](DocumentId document, ActorId holder, qint64 start, int position) {
        Claim c;
        c.document = document;
        c.start = start;
        c.end = start + 6;
        c.holder = holder;
        c.topic = ukraine;
        c.position = position;
        return project().execute(new AddClaimCommand(project(), c));
    };
    QVERIFY(add(march, russia, 0, -60));
    QVERIFY(add(march, lavrov, 16, 20));
    QVERIFY(add(april, lavrov, 16, 50));
    QVERIFY(add(undated, russia, 0, 0));
    QVERIFY(add(april, usa, 32, 80));

    TimelineOptions wanted;
    wanted.actor = russia;
    wanted.topic = ukraine;
    auto fromProject = loadTimeline(project(), wanted);
    QVERIFY2(fromProject, qPrintable(fromProject ? QString() : fromProject.error().message));
    QCOMPARE(describe(fromProject.value()), (QStringList{QStringLiteral("2024-03-02 2 2 -20.0"),
                                                         QStringLiteral("2024-04-04 1 1 50.0")}));
    QCOMPARE(fromProject->undatedClaims, 1);

    auto fromStore = loadTimeline(project().store(), wanted);
    QVERIFY(fromStore);
    QCOMPARE(describe(fromStore.value()), describe(fromProject.value()));

    wanted.rollUp = false;
    auto own = loadTimeline(project(), wanted);
    QVERIFY(own);
    QCOMPARE(describe(own.value()), QStringList{QStringLiteral("2024-03-02 1 1 -60.0")});

    TimelineOptions unknownActor = wanted;
    unknownActor.actor = ActorId(999);
    auto refused = loadTimeline(project(), unknownActor);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::BadInput);
    QVERIFY(refused.error().message.contains(QStringLiteral("999")));

    TimelineOptions unknownTopic = wanted;
    unknownTopic.topic = TopicId(555);
    auto noTopic = loadTimeline(project().store(), unknownTopic);
    QVERIFY(!noTopic);
    QVERIFY(noTopic.error().message.contains(QStringLiteral("555")));
}

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
