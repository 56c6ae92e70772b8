// The comparison engine: arithmetic on hand-built codebooks, one run through a real
// project file, and the CSV export.
#include "core/analysis/comparison.h"
#include "core/export/comparisoncsv.h"
#include "core/storage/projectstore.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace demarche;

Q_DECLARE_METATYPE(demarche::Actor)
Q_DECLARE_METATYPE(demarche::Claim)
Q_DECLARE_METATYPE(demarche::ClaimScope)

namespace {

// The codebook every in-memory case uses. Lavrov and his deputy roll up to Russia,
// Blinken to the United States; the faction stands alone; Alpha and Beta are each
// other's parent, which the store refuses but a damaged file might still hold.
enum ActorIds : qint64 { Russia = 1, Lavrov, Deputy, Usa, Blinken, Faction, Alpha, Beta };
enum TopicIds : qint64 { Ukraine = 1, Syria, Iran, Grain };

Actor actor(qint64 id, const char *name, qint64 parent = 0)
{
    Actor result;
    result.id = ActorId(id);
    result.name = QString::fromUtf8(name);
    result.parent = ActorId(parent);
    result.sortOrder = int(id);
    return result;
}

QList<Actor> actors()
{
    return {actor(Russia, "Russia"),         actor(Lavrov, "Lavrov", Russia),
            actor(Deputy, "Deputy", Lavrov), actor(Usa, "United States"),
            actor(Blinken, "Blinken", Usa),  actor(Faction, "Hawks"),
            actor(Alpha, "Alpha", Beta),     actor(Beta, "Beta", Alpha)};
}

Actor actorById(qint64 id)
{
    const QList<Actor> all = actors();
    return *std::find_if(all.cbegin(), all.cend(),
                         [id](const Actor &a) { return a.id.value() == id; });
}

Topic topic(qint64 id, const QString &name, qint64 parent = 0)
{
    Topic result;
    result.id = TopicId(id);
    result.name = name;
    result.parent = TopicId(parent);
    result.sortOrder = int(id);
    return result;
}

// Codebook order is Ukraine, Syria, Iran, Grain (a sub-topic of Ukraine).
QList<Topic> topics()
{
    return {topic(Ukraine, QStringLiteral("Ukraine")), topic(Syria, QStringLiteral("Syria")),
            topic(Iran, QStringLiteral("Iran")),
            topic(Grain, QStringLiteral("Grain deal"), Ukraine)};
}

// Each claim gets its own id and a later offset than the one before, so lists built in
// a row's order are already in document order.
Claim claim(qint64 holder, qint64 topicId, std::optional<int> position = {}, int salience = 3,
            Stance stance = Stance::Assessment)
{
    static qint64 next = 0;
    ++next;
    Claim result;
    result.id = ClaimId(next);
    result.document = DocumentId(1);
    result.start = next * 10;
    result.end = next * 10 + 5;
    result.holder = ActorId(holder);
    result.topic = TopicId(topicId);
    result.position = position;
    result.salience = salience;
    result.stance = stance;
    return result;
}

Comparison compare(qint64 a, qint64 b, const QList<Claim> &claims, bool rollUp = true,
                   const QList<TopicId> &onlyTopics = {})
{
    ComparisonOptions options;
    options.a = ActorId(a);
    options.b = ActorId(b);
    options.rollUp = rollUp;
    options.topics = onlyTopics;
    return compareClaims(actorById(a), actorById(b), actors(), topics(), claims, options);
}

// "claims/mean" for one side; the mean is "-" when absent.
QString sideSummary(const ActorPosition &side)
{
    return QString::number(side.claims.size()) + QLatin1Char('/')
           + (side.meanPosition ? QString::number(*side.meanPosition, 'f', 1)
                                : QStringLiteral("-"));
}

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QStringList topicNames(const Comparison &comparison)
{
    QStringList names;
    for (const TopicComparison &row : comparison.topics)
        names.append(row.topic.name);
    return names;
}

QList<qint64> claimIds(const ActorPosition &position)
{
    QList<qint64> ids;
    for (const Claim &c : position.claims)
        ids.append(c.id.value());
    return ids;
}

// A claim of `holder` on Ukraine in `document`, addressed to `target` (0: to no one).
Claim inDocument(qint64 holder, qint64 document, qint64 target = 0)
{
    Claim result = claim(holder, Ukraine);
    result.document = DocumentId(document);
    result.target = ActorId(target);
    return result;
}

// The evidence rows as "a|b" with the claims' ids, "-" for an empty cell.
QStringList rowsOf(const TopicComparison &row)
{
    QStringList rows;
    for (const EvidenceRow &evidence : row.rows) {
        const auto id = [](const ActorPosition &side, int at) {
            return at < 0 ? QStringLiteral("-") : QString::number(side.claims.at(at).id.value());
        };
        rows.append(id(row.a, evidence.a) + u'|' + id(row.b, evidence.b));
    }
    return rows;
}

} // namespace

class TestComparison final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusKeys_data();
    void statusKeys();
    void meanPosition_data();
    void meanPosition();
    void statusAndDistance_data();
    void statusAndDistance();
    void topicSelection_data();
    void topicSelection();
    void rollUp_data();
    void rollUp();
    void actorSubtree_data();
    void actorSubtree();
    void stanceCounts();
    void claimsInDocumentOrder();
    void scope_data();
    void scope();
    void claimsInDateOrder();
    void actorWithoutClaims();
    void evidenceRows_data();
    void evidenceRows();
    void memberSpeaker();
    void defaultPair_data();
    void defaultPair();
    void throughProjectStore();
    void throughProjectStoreWithScope();
    void compareActorsRefuses_data();
    void compareActorsRefuses();
    void csvExport();
    void csvNumbers_data();
    void csvNumbers();
    void csvByteOrderMark();
    void csvIsAtomic();
};

void TestComparison::statusKeys_data()
{
    QTest::addColumn<ComparisonStatus>("status");
    QTest::addColumn<QString>("key");
    QTest::newRow("both") << ComparisonStatus::Both << QStringLiteral("both");
    QTest::newRow("only-a") << ComparisonStatus::OnlyA << QStringLiteral("only-a");
    QTest::newRow("only-b") << ComparisonStatus::OnlyB << QStringLiteral("only-b");
}

void TestComparison::statusKeys()
{
    QFETCH(ComparisonStatus, status);
    QFETCH(QString, key);
    QCOMPARE(statusKey(status), key);
}

// All claims are Russia's on Ukraine, compared with the United States.
void TestComparison::meanPosition_data()
{
    QTest::addColumn<QList<Claim>>("claims");
    QTest::addColumn<bool>("hasMean");
    QTest::addColumn<double>("mean");
    QTest::addColumn<int>("positioned");

    QTest::newRow("weighted by salience")
        << QList<Claim>{claim(Russia, Ukraine, 50, 1), claim(Russia, Ukraine, -50, 3)} << true
        << -25.0 << 2;
    QTest::newRow("one claim") << QList<Claim>{claim(Russia, Ukraine, 70, 5)} << true << 70.0 << 1;
    QTest::newRow("tie cancels out")
        << QList<Claim>{claim(Russia, Ukraine, 40, 2), claim(Russia, Ukraine, -40, 2)} << true
        << 0.0 << 2;
    QTest::newRow("unpositioned claim ignored in the mean")
        << QList<Claim>{claim(Russia, Ukraine, 30, 2), claim(Russia, Ukraine, {}, 5)} << true
        << 30.0 << 1;
    QTest::newRow("no positions at all")
        << QList<Claim>{claim(Russia, Ukraine, {}, 3), claim(Russia, Ukraine, {}, 1)} << false
        << 0.0 << 0;
    QTest::newRow("extremes") << QList<Claim>{claim(Russia, Ukraine, 100, 5),
                                              claim(Russia, Ukraine, -100, 1)}
                              << true << 400.0 / 6.0 << 2;
    QTest::newRow("salience out of range is clamped")
        << QList<Claim>{claim(Russia, Ukraine, 60, 0), claim(Russia, Ukraine, -60, 1)} << true
        << 0.0 << 2;
}

void TestComparison::meanPosition()
{
    QFETCH(QList<Claim>, claims);
    QFETCH(bool, hasMean);
    QFETCH(double, mean);
    QFETCH(int, positioned);

    const Comparison result = compare(Russia, Usa, claims);
    QCOMPARE(result.topics.size(), 1);
    const ActorPosition &side = result.topics.front().a;
    QCOMPARE(side.claims.size(), claims.size()); // every claim is counted
    QCOMPARE(side.positionedClaims, positioned);
    QCOMPARE(side.meanPosition.has_value(), hasMean);
    if (hasMean)
        QCOMPARE(*side.meanPosition, mean);
    QVERIFY(!result.topics.front().distance); // the other side is silent
}

void TestComparison::statusAndDistance_data()
{
    QTest::addColumn<QList<Claim>>("claims");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("hasDistance");
    QTest::addColumn<double>("distance");

    QTest::newRow("both with positions")
        << QList<Claim>{claim(Russia, Ukraine, 60), claim(Usa, Ukraine, -20)}
        << QStringLiteral("both") << true << 80.0;
    QTest::newRow("both at the same mean")
        << QList<Claim>{claim(Russia, Ukraine, 10, 1), claim(Usa, Ukraine, 10, 5)}
        << QStringLiteral("both") << true << 0.0;
    QTest::newRow("b without positions")
        << QList<Claim>{claim(Russia, Ukraine, 60), claim(Usa, Ukraine)} << QStringLiteral("both")
        << false << 0.0;
    QTest::newRow("neither with positions")
        << QList<Claim>{claim(Russia, Ukraine), claim(Usa, Ukraine)} << QStringLiteral("both")
        << false << 0.0;
    QTest::newRow("only a") << QList<Claim>{claim(Russia, Ukraine, 60), claim(Lavrov, Ukraine, 20)}
                            << QStringLiteral("only-a") << false << 0.0;
    QTest::newRow("only b") << QList<Claim>{claim(Blinken, Ukraine, -30)}
                            << QStringLiteral("only-b") << false << 0.0;
}

void TestComparison::statusAndDistance()
{
    QFETCH(QList<Claim>, claims);
    QFETCH(QString, status);
    QFETCH(bool, hasDistance);
    QFETCH(double, distance);

    const Comparison result = compare(Russia, Usa, claims);
    QCOMPARE(result.topics.size(), 1);
    const TopicComparison &row = result.topics.front();
    QCOMPARE(statusKey(row.status), status);
    QCOMPARE(row.distance.has_value(), hasDistance);
    if (hasDistance)
        QCOMPARE(*row.distance, distance);
}

void TestComparison::topicSelection_data()
{
    QTest::addColumn<QList<Claim>>("claims");
    QTest::addColumn<QList<TopicId>>("only");
    QTest::addColumn<QStringList>("expected");

    // Claims arrive in reverse codebook order; the result follows the codebook.
    const QList<Claim> spread{claim(Usa, Grain), claim(Russia, Iran), claim(Usa, Syria),
                              claim(Russia, Ukraine)};
    QTest::newRow("all topics, codebook order")
        << spread << QList<TopicId>{}
        << QStringList{QStringLiteral("Ukraine"), QStringLiteral("Syria"), QStringLiteral("Iran"),
                       QStringLiteral("Grain deal")};
    QTest::newRow("silent topics omitted")
        << QList<Claim>{claim(Usa, Iran), claim(Faction, Syria)} << QList<TopicId>{}
        << QStringList{QStringLiteral("Iran")};
    QTest::newRow("filter keeps codebook order")
        << spread << QList<TopicId>{TopicId(Iran), TopicId(Ukraine)}
        << QStringList{QStringLiteral("Ukraine"), QStringLiteral("Iran")};
    QTest::newRow("filtered topic without claims")
        << QList<Claim>{claim(Russia, Ukraine)} << QList<TopicId>{TopicId(Syria)} << QStringList{};
    QTest::newRow("sub-topics are not merged into parents")
        << QList<Claim>{claim(Russia, Grain)} << QList<TopicId>{TopicId(Ukraine)} << QStringList{};
    QTest::newRow("claim on a topic outside the codebook")
        << QList<Claim>{claim(Russia, 99), claim(Usa, Syria)} << QList<TopicId>{}
        << QStringList{QStringLiteral("Syria")};
}

void TestComparison::topicSelection()
{
    QFETCH(QList<Claim>, claims);
    QFETCH(QList<TopicId>, only);
    QFETCH(QStringList, expected);
    QCOMPARE(topicNames(compare(Russia, Usa, claims, true, only)), expected);
}

// One claim on Ukraine by each actor; the rows say whose claims count for A and for B.
void TestComparison::rollUp_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("rollUp");
    QTest::addColumn<QList<qint64>>("holdersA");
    QTest::addColumn<QList<qint64>>("holdersB");

    using L = QList<qint64>;
    QTest::newRow("states, rolled up")
        << qint64(Russia) << qint64(Usa) << true << L{Russia, Lavrov, Deputy} << L{Usa, Blinken};
    QTest::newRow("states, own claims only")
        << qint64(Russia) << qint64(Usa) << false << L{Russia} << L{Usa};
    QTest::newRow("minister against foreign state")
        << qint64(Blinken) << qint64(Russia) << true << L{Blinken} << L{Russia, Lavrov, Deputy};
    QTest::newRow("state against its own minister")
        << qint64(Russia) << qint64(Lavrov) << true << L{Russia} << L{Lavrov, Deputy};
    QTest::newRow("minister against his own state")
        << qint64(Lavrov) << qint64(Russia) << true << L{Lavrov, Deputy} << L{Russia};
    QTest::newRow("deputy against the state, skipping a level")
        << qint64(Deputy) << qint64(Russia) << true << L{Deputy} << L{Russia, Lavrov};
    QTest::newRow("nested, own claims only")
        << qint64(Russia) << qint64(Lavrov) << false << L{Russia} << L{Lavrov};
    QTest::newRow("parent loop ends")
        << qint64(Alpha) << qint64(Usa) << true << L{Alpha, Beta} << L{Usa, Blinken};
    QTest::newRow("inside a parent loop")
        << qint64(Alpha) << qint64(Beta) << true << L{Alpha} << L{Beta};
}

void TestComparison::rollUp()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, rollUp);
    QFETCH(QList<qint64>, holdersA);
    QFETCH(QList<qint64>, holdersB);

    QList<Claim> claims;
    for (qint64 holder = Russia; holder <= Beta; ++holder)
        claims.append(claim(holder, Ukraine));

    const Comparison result = compare(a, b, claims, rollUp);
    QCOMPARE(result.rollUp, rollUp);
    QCOMPARE(result.topics.size(), 1);
    QList<qint64> gotA;
    for (const Claim &c : result.topics.front().a.claims)
        gotA.append(c.holder.value());
    QList<qint64> gotB;
    for (const Claim &c : result.topics.front().b.claims)
        gotB.append(c.holder.value());
    QCOMPARE(gotA, holdersA);
    QCOMPARE(gotB, holdersB);
}

void TestComparison::actorSubtree_data()
{
    QTest::addColumn<qint64>("root");
    QTest::addColumn<QList<qint64>>("expected");

    using L = QList<qint64>;
    QTest::newRow("state") << qint64(Russia) << L{Russia, Lavrov, Deputy};
    QTest::newRow("minister") << qint64(Lavrov) << L{Lavrov, Deputy};
    QTest::newRow("leaf") << qint64(Faction) << L{Faction};
    QTest::newRow("parent loop") << qint64(Alpha) << L{Alpha, Beta};
    QTest::newRow("unknown actor") << qint64(42) << L{42};
    QTest::newRow("no actor") << qint64(0) << L{};
}

void TestComparison::actorSubtree()
{
    QFETCH(qint64, root);
    QFETCH(QList<qint64>, expected);
    QList<qint64> got;
    for (const ActorId id : demarche::actorSubtree(ActorId(root), actors()))
        got.append(id.value());
    QCOMPARE(got, expected);
}

void TestComparison::stanceCounts()
{
    const Comparison result = compare(Russia, Usa,
                                      {claim(Russia, Ukraine, {}, 3, Stance::Refusal),
                                       claim(Lavrov, Ukraine, {}, 3, Stance::Demand),
                                       claim(Russia, Ukraine, {}, 3, Stance::Demand),
                                       claim(Usa, Ukraine, {}, 3, Stance::Proposal)});
    QCOMPARE(result.topics.size(), 1);
    const QMap<Stance, int> expectedA{{Stance::Demand, 2}, {Stance::Refusal, 1}};
    const QMap<Stance, int> expectedB{{Stance::Proposal, 1}};
    QCOMPARE(result.topics.front().a.stanceCounts, expectedA);
    QCOMPARE(result.topics.front().b.stanceCounts, expectedB);
}

void TestComparison::claimsInDocumentOrder()
{
    Claim late = claim(Russia, Ukraine);
    Claim early = claim(Lavrov, Ukraine);
    early.start = 1;
    Claim otherDocument = claim(Russia, Ukraine);
    otherDocument.document = DocumentId(2);
    otherDocument.start = 0;
    Claim first = claim(Russia, Ukraine);
    first.start = 0;
    first.end = 3;

    const Comparison result = compare(Russia, Usa, {otherDocument, late, early, first});
    const QList<qint64> expected{first.id.value(), early.id.value(), late.id.value(),
                                 otherDocument.id.value()};
    QCOMPARE(claimIds(result.topics.front().a), expected);
}

// Russia and the United States on Ukraine across four documents, salience 3 throughout:
//   document  date         Russia               United States
//   1         2024-01-10   10 demand            50 proposal
//   2         2024-02-20   20 refusal           -
//   3         (undated)    30 demand            -50 demand
//   4         2024-03-05   -40 proposal         (no position) assessment
// A row gives "claims/mean" for each side, the status, or "none" when no topic is left.
void TestComparison::scope_data()
{
    QTest::addColumn<ClaimScope>("scope");
    QTest::addColumn<bool>("withDates");
    QTest::addColumn<QString>("expected");

    auto range = [](const char *from, const char *to) {
        ClaimScope scope;
        if (from)
            scope.from = day(from);
        if (to)
            scope.to = day(to);
        return scope;
    };
    auto documents = [](QList<qint64> ids) {
        ClaimScope scope;
        for (const qint64 id : ids)
            scope.documents.append(DocumentId(id));
        return scope;
    };
    auto stances = [](QList<Stance> list) {
        ClaimScope scope;
        scope.stances = list;
        return scope;
    };

    QTest::newRow("unrestricted") << ClaimScope() << true << QStringLiteral("4/5.0 3/0.0 both");
    QTest::newRow("from, undated left out")
        << range("2024-02-01", nullptr) << true << QStringLiteral("2/-10.0 1/- both");
    QTest::newRow("to is inclusive")
        << range(nullptr, "2024-02-20") << true << QStringLiteral("2/15.0 1/50.0 both");
    QTest::newRow("one day") << range("2024-02-20", "2024-02-20") << true
                             << QStringLiteral("1/20.0 0/- only-a");
    QTest::newRow("wide range still drops undated")
        << range("2000-01-01", "2100-01-01") << true << QStringLiteral("3/-3.3 2/50.0 both");
    QTest::newRow("range after every document")
        << range("2025-01-01", nullptr) << true << QStringLiteral("none");
    QTest::newRow("range without known dates")
        << range("2000-01-01", nullptr) << false << QStringLiteral("none");
    QTest::newRow("an undated document by itself")
        << documents({3}) << true << QStringLiteral("1/30.0 1/-50.0 both");
    QTest::newRow("documents and a date") << [&]() {
        ClaimScope scope = documents({1, 4});
        scope.from = day("2024-03-01");
        return scope;
    }() << true << QStringLiteral("1/-40.0 1/- both");
    QTest::newRow("unknown document") << documents({99}) << true << QStringLiteral("none");
    QTest::newRow("one stance") << stances({Stance::Demand}) << true
                                << QStringLiteral("2/20.0 1/-50.0 both");
    QTest::newRow("two stances, a tie at zero") << stances({Stance::Demand, Stance::Proposal})
                                                << true << QStringLiteral("3/0.0 2/0.0 both");
    QTest::newRow("stance only b used")
        << stances({Stance::Assessment}) << true << QStringLiteral("0/- 1/- only-b");
    QTest::newRow("stance nobody used")
        << stances({Stance::Threat}) << true << QStringLiteral("none");
}

void TestComparison::scope()
{
    QFETCH(ClaimScope, scope);
    QFETCH(bool, withDates);
    QFETCH(QString, expected);

    auto at = [](Claim c, qint64 document) {
        c.document = DocumentId(document);
        return c;
    };
    const QList<Claim> claims{
        at(claim(Russia, Ukraine, 10, 3, Stance::Demand), 1),
        at(claim(Russia, Ukraine, 20, 3, Stance::Refusal), 2),
        at(claim(Russia, Ukraine, 30, 3, Stance::Demand), 3),
        at(claim(Russia, Ukraine, -40, 3, Stance::Proposal), 4),
        at(claim(Usa, Ukraine, 50, 3, Stance::Proposal), 1),
        at(claim(Usa, Ukraine, -50, 3, Stance::Demand), 3),
        at(claim(Usa, Ukraine, {}, 3, Stance::Assessment), 4),
    };
    DocumentDates dates;
    if (withDates) {
        dates = {{DocumentId(1), day("2024-01-10")},
                 {DocumentId(2), day("2024-02-20")},
                 {DocumentId(3), QDate()},
                 {DocumentId(4), day("2024-03-05")}};
    }
    ComparisonOptions options;
    options.a = ActorId(Russia);
    options.b = ActorId(Usa);
    options.scope = scope;
    const Comparison result = compareClaims(actorById(Russia), actorById(Usa), actors(), topics(),
                                            claims, options, dates);
    QCOMPARE(result.scope.documents, scope.documents); // kept for the report's filter list
    QCOMPARE(result.scope.stances, scope.stances);
    if (expected == QLatin1String("none")) {
        QVERIFY(result.topics.isEmpty());
        return;
    }
    QCOMPARE(result.topics.size(), 1);
    const TopicComparison &row = result.topics.front();
    QCOMPARE(sideSummary(row.a) + QLatin1Char(' ') + sideSummary(row.b) + QLatin1Char(' ')
                 + statusKey(row.status),
             expected);
    QCOMPARE(row.distance.has_value(), row.a.meanPosition && row.b.meanPosition);
}

// By publication date, undated documents last; within a document by offset.
void TestComparison::claimsInDateOrder()
{
    auto at = [](Claim c, qint64 document, qint64 start) {
        c.document = DocumentId(document);
        c.start = start;
        c.end = start + 3;
        return c;
    };
    const Claim undated = at(claim(Russia, Ukraine), 3, 0);
    const Claim june = at(claim(Russia, Ukraine), 1, 50);
    const Claim juneEarlier = at(claim(Lavrov, Ukraine), 1, 5);
    const Claim january = at(claim(Russia, Ukraine), 2, 90);
    const Claim oldest = at(claim(Russia, Ukraine), 5, 10);
    const Claim sameDayOtherDocument = at(claim(Russia, Ukraine), 4, 0);
    const DocumentDates dates{{DocumentId(1), day("2024-06-01")},
                              {DocumentId(2), day("2024-01-01")},
                              {DocumentId(4), day("2024-01-01")},
                              {DocumentId(5), day("2023-01-01")}};
    ComparisonOptions options;
    options.a = ActorId(Russia);
    options.b = ActorId(Usa);
    const Comparison result = compareClaims(
        actorById(Russia), actorById(Usa), actors(), topics(),
        {undated, june, juneEarlier, january, oldest, sameDayOtherDocument}, options, dates);
    // Two documents of the same day keep document order between them.
    const QList<qint64> expected{
        oldest.id.value(),      january.id.value(), sameDayOtherDocument.id.value(),
        juneEarlier.id.value(), june.id.value(),    undated.id.value()};
    QCOMPARE(claimIds(result.topics.front().a), expected);
}

// Rows pair claims of the same document or the same target; the others stand alone, all
// in date order (document 1 in January, 2 in February, 3 in March).
void TestComparison::evidenceRows_data()
{
    QTest::addColumn<QList<Claim>>("claims");
    QTest::addColumn<QStringList>("expected"); // ids: A's are 1, 2, 3; B's 11, 12, 13

    const auto numbered = [](Claim c, qint64 id) {
        c.id = ClaimId(id);
        return c;
    };
    QTest::newRow("same document pairs")
        << QList<Claim>{numbered(inDocument(Russia, 1), 1), numbered(inDocument(Usa, 1), 11)}
        << QStringList{QStringLiteral("1|11")};
    QTest::newRow("different documents stay apart, in date order")
        << QList<Claim>{numbered(inDocument(Russia, 3), 1), numbered(inDocument(Usa, 1), 11),
                        numbered(inDocument(Usa, 2), 12)}
        << QStringList{QStringLiteral("-|11"), QStringLiteral("-|12"), QStringLiteral("1|-")};
    QTest::newRow("same target pairs across documents")
        << QList<Claim>{numbered(inDocument(Russia, 1, Faction), 1),
                        numbered(inDocument(Usa, 3, Faction), 11)}
        << QStringList{QStringLiteral("1|11")};
    QTest::newRow("different targets stay apart")
        << QList<Claim>{numbered(inDocument(Russia, 1, Faction), 1),
                        numbered(inDocument(Usa, 3, Russia), 11)}
        << QStringList{QStringLiteral("1|-"), QStringLiteral("-|11")};
    QTest::newRow("each claim pairs once")
        << QList<Claim>{numbered(inDocument(Russia, 2), 1), numbered(inDocument(Lavrov, 2), 2),
                        numbered(inDocument(Usa, 2), 11)}
        << QStringList{QStringLiteral("1|11"), QStringLiteral("2|-")};
    QTest::newRow("one side only")
        << QList<Claim>{numbered(inDocument(Usa, 2), 11), numbered(inDocument(Usa, 1), 12)}
        << QStringList{QStringLiteral("-|12"), QStringLiteral("-|11")};
}

void TestComparison::evidenceRows()
{
    QFETCH(QList<Claim>, claims);
    QFETCH(QStringList, expected);
    const DocumentDates dates{{DocumentId(1), day("2024-01-10")},
                              {DocumentId(2), day("2024-02-10")},
                              {DocumentId(3), day("2024-03-10")}};
    ComparisonOptions options;
    options.a = ActorId(Russia);
    options.b = ActorId(Usa);
    const Comparison result = compareClaims(actorById(Russia), actorById(Usa), actors(), topics(),
                                            claims, options, dates);
    QCOMPARE(result.topics.size(), 1);
    QCOMPARE(rowsOf(result.topics.constFirst()), expected);
    QVERIFY(!relatedClaims(inDocument(Russia, 1), [] {
        Claim other = inDocument(Usa, 1);
        other.topic = TopicId(Syria);
        return other;
    }()));
}

void TestComparison::memberSpeaker()
{
    const QList<Actor> all = actors();
    const Comparison result = compare(Russia, Usa, {claim(Deputy, Ukraine)});
    QCOMPARE(result.actors.size(), all.size()); // the report names speakers from these
    const Actor *deputy = demarche::memberSpeaker(claim(Deputy, Ukraine), actorById(Russia), all);
    QVERIFY(deputy);
    QCOMPARE(deputy->name, QStringLiteral("Deputy"));
    QVERIFY(!demarche::memberSpeaker(claim(Russia, Ukraine), actorById(Russia), all));
    QVERIFY(!demarche::memberSpeaker(claim(99, Ukraine), actorById(Russia), all));
}

void TestComparison::defaultPair_data()
{
    QTest::addColumn<QList<Actor>>("codebook");
    QTest::addColumn<QList<qint64>>("holders");
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");

    const QList<Actor> full = actors();
    QTest::newRow("top-level actors with claims first")
        << full << QList<qint64>{Faction, Deputy} << qint64(Russia) << qint64(Faction);
    QTest::newRow("a member's claims count for its top-level actor")
        << full << QList<qint64>{Blinken} << qint64(Usa) << qint64(Russia);
    QTest::newRow("never the first actor's own member")
        << QList<Actor>{actor(Russia, "Russia"), actor(Lavrov, "Lavrov", Russia),
                        actor(Usa, "United States")}
        << QList<qint64>{Russia, Lavrov} << qint64(Russia) << qint64(Usa);
    QTest::newRow("a member only when nothing else is there")
        << QList<Actor>{actor(Russia, "Russia"), actor(Lavrov, "Lavrov", Russia)}
        << QList<qint64>{Lavrov} << qint64(Russia) << qint64(Lavrov);
    QTest::newRow("no claims: the first top-level actors")
        << full << QList<qint64>{} << qint64(Russia) << qint64(Usa);
    QTest::newRow("one actor") << QList<Actor>{actor(Usa, "United States")} << QList<qint64>{}
                               << qint64(Usa) << qint64(0);
}

void TestComparison::defaultPair()
{
    QFETCH(QList<Actor>, codebook);
    QFETCH(QList<qint64>, holders);
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QSet<ActorId> ids;
    for (const qint64 id : holders)
        ids.insert(ActorId(id));
    const auto [first, second] = defaultComparisonPair(codebook, ids);
    QCOMPARE(first, ActorId(a));
    QCOMPARE(second, ActorId(b));
}

void TestComparison::actorWithoutClaims()
{
    const QList<Claim> claims{claim(Russia, Ukraine, 20), claim(Russia, Iran, -20),
                              claim(Faction, Syria)};
    const Comparison result = compare(Russia, Usa, claims);
    QCOMPARE(topicNames(result), (QStringList{QStringLiteral("Ukraine"), QStringLiteral("Iran")}));
    for (const TopicComparison &row : result.topics) {
        QCOMPARE(row.status, ComparisonStatus::OnlyA);
        QVERIFY(row.b.claims.isEmpty());
        QVERIFY(!row.b.meanPosition);
        QVERIFY(row.b.stanceCounts.isEmpty());
        QVERIFY(!row.distance);
    }
    QCOMPARE(topicNames(compare(Blinken, Faction, claims)), QStringList{QStringLiteral("Syria")});
    QVERIFY(compare(Usa, Blinken, claims).topics.isEmpty()); // neither ever spoke
}

void TestComparison::throughProjectStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("talks.demarche")));
    QVERIFY2(store, qPrintable(store.ok() ? QString() : store.error().message));
    ProjectStore &project = *store.value();

    Document document;
    document.title = QStringLiteral("Sideline meeting");
    document.source = QStringLiteral("Wire");
    document.url = QStringLiteral("https://example.org/sideline");
    document.language = QStringLiteral("en");
    document.fileName = QStringLiteral("sideline.txt");
    document.format = QStringLiteral("txt");
    document.text = QStringLiteral("Moscow insists on guarantees. Lavrov rules out talks. "
                                   "Washington asks for flexibility. The hawks want sanctions.");
    auto added = project.addDocument(document);
    QVERIFY2(added, qPrintable(added.ok() ? QString() : added.error().message));

    auto addActor = [&](const char *name, ActorId parent) {
        Actor a;
        a.name = QString::fromUtf8(name);
        a.parent = parent;
        auto result = project.addActor(a);
        return result ? result->id : ActorId();
    };
    const ActorId russia = addActor("Russia", {});
    const ActorId lavrov = addActor("Sergey Lavrov", russia);
    const ActorId usa = addActor("United States", {});
    const ActorId hawks = addActor("Hawks", {});
    QVERIFY(russia.isValid() && lavrov.isValid() && usa.isValid() && hawks.isValid());

    auto topicsResult = project.topics();
    QVERIFY(topicsResult);
    QVERIFY(topicsResult->size() >= 2);
    const TopicId first = topicsResult->at(0).id;
    const TopicId second = topicsResult->at(1).id;

    auto addClaim = [&](ActorId holder, TopicId topic, qint64 start, qint64 end,
                        std::optional<int> position, int salience) {
        Claim c;
        c.document = added->id;
        c.start = start;
        c.end = end;
        c.holder = holder;
        c.topic = topic;
        c.position = position;
        c.salience = salience;
        c.stance = Stance::Demand;
        // Set explicitly: empty note or analyst (no USER in a container) are refused by
        // the store as NULL at present.
        c.note = QStringLiteral("from the read-out");
        c.analyst = QStringLiteral("tester");
        auto result = project.addClaim(c);
        if (!result)
            qWarning("%s", qPrintable(result.error().message));
        return result.ok();
    };
    QVERIFY(addClaim(russia, first, 0, 29, 50, 1));
    QVERIFY(addClaim(lavrov, first, 30, 53, -50, 3));
    QVERIFY(addClaim(usa, first, 54, 86, 40, 2));
    QVERIFY(addClaim(hawks, first, 87, 112, -90, 5));
    QVERIFY(addClaim(lavrov, second, 30, 53, {}, 3));

    ComparisonOptions options;
    options.a = russia;
    options.b = usa;
    auto rolled = compareActors(project, options);
    QVERIFY2(rolled, qPrintable(rolled.ok() ? QString() : rolled.error().message));
    QCOMPARE(rolled->a.name, QStringLiteral("Russia"));
    QCOMPARE(rolled->b.name, QStringLiteral("United States"));
    QCOMPARE(rolled->allTopics.size(), topicsResult->size());
    QCOMPARE(rolled->topics.size(), 2);
    const TopicComparison &firstRow = rolled->topics.at(0);
    QCOMPARE(firstRow.topic.id, first);
    QCOMPARE(firstRow.a.claims.size(), 2);
    QCOMPARE(firstRow.a.claims.front().quote, QStringLiteral("Moscow insists on guarantees."));
    QCOMPARE(*firstRow.a.meanPosition, -25.0);
    QCOMPARE(*firstRow.b.meanPosition, 40.0);
    QCOMPARE(*firstRow.distance, 65.0);
    QCOMPARE(rolled->topics.at(1).status, ComparisonStatus::OnlyA);

    options.rollUp = false;
    auto own = compareActors(project, options);
    QVERIFY(own);
    QCOMPARE(own->topics.size(), 1);
    QCOMPARE(*own->topics.front().a.meanPosition, 50.0);

    options.rollUp = true;
    options.b = lavrov;
    options.topics = {second};
    auto nested = compareActors(project, options);
    QVERIFY(nested);
    QCOMPARE(nested->topics.size(), 1);
    QCOMPARE(nested->topics.front().status, ComparisonStatus::OnlyB);
}

void TestComparison::throughProjectStoreWithScope()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("dated.demarche")));
    QVERIFY(store);
    ProjectStore &project = *store.value();

    // Imported in this order; the May article comes first, the undated one last.
    auto addDocument = [&](const QString &text, const QDate &date) {
        Document document;
        document.title = text.left(8);
        document.format = QStringLiteral("txt");
        document.text = text;
        document.date = date;
        auto added = project.addDocument(document);
        return added ? added->id : DocumentId();
    };
    const DocumentId may =
        addDocument(QStringLiteral("May: Moscow insists. Washington agrees."), day("2024-05-01"));
    const DocumentId january =
        addDocument(QStringLiteral("January: Moscow refuses."), day("2024-01-15"));
    const DocumentId undated = addDocument(QStringLiteral("Undated: Moscow hesitates."), QDate());
    QVERIFY(may.isValid() && january.isValid() && undated.isValid());

    auto addActor = [&](const char *name) {
        Actor a;
        a.name = QString::fromUtf8(name);
        auto result = project.addActor(a);
        return result ? result->id : ActorId();
    };
    const ActorId russia = addActor("Russia");
    const ActorId usa = addActor("United States");
    const TopicId ukraine = project.topics()->at(0).id;

    auto addClaim = [&](ActorId holder, DocumentId document, qint64 start, qint64 end,
                        Stance stance) {
        Claim c;
        c.document = document;
        c.start = start;
        c.end = end;
        c.holder = holder;
        c.topic = ukraine;
        c.stance = stance;
        c.note = QStringLiteral("n");
        c.analyst = QStringLiteral("tester");
        return project.addClaim(c).ok();
    };
    QVERIFY(addClaim(russia, may, 5, 20, Stance::Demand));
    QVERIFY(addClaim(usa, may, 21, 39, Stance::Support));
    QVERIFY(addClaim(russia, january, 9, 24, Stance::Refusal));
    QVERIFY(addClaim(russia, undated, 9, 26, Stance::Assessment));

    ComparisonOptions options;
    options.a = russia;
    options.b = usa;
    auto all = compareActors(project, options);
    QVERIFY2(all, qPrintable(all.ok() ? QString() : all.error().message));
    QStringList quotes;
    for (const Claim &c : all->topics.front().a.claims)
        quotes.append(c.quote);
    QCOMPARE(quotes,
             (QStringList{QStringLiteral("Moscow refuses."), QStringLiteral("Moscow insists."),
                          QStringLiteral("Moscow hesitates.")}));

    options.scope.from = day("2024-03-01");
    auto spring = compareActors(project, options);
    QVERIFY(spring);
    QCOMPARE(spring->topics.front().a.claims.size(), 1);
    QCOMPARE(spring->topics.front().a.claims.front().quote, QStringLiteral("Moscow insists."));
    QCOMPARE(spring->scope.from, options.scope.from);

    options.scope = {};
    options.scope.documents = {undated};
    auto one = compareActors(project, options);
    QVERIFY(one);
    QCOMPARE(one->topics.front().status, ComparisonStatus::OnlyA);
    QCOMPARE(one->topics.front().a.claims.front().quote, QStringLiteral("Moscow hesitates."));

    options.scope = {};
    options.scope.stances = {Stance::Support};
    auto support = compareActors(project, options);
    QVERIFY(support);
    QCOMPARE(support->topics.front().status, ComparisonStatus::OnlyB);

    options.scope = {};
    options.scope.documents = {DocumentId(4242)};
    auto unknown = compareActors(project, options);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, Error::Kind::BadInput);
    QVERIFY2(unknown.error().message.contains(QStringLiteral("4242")),
             qPrintable(unknown.error().message));

    options.scope = {};
    options.scope.to = QDate(2024, 2, 30); // no such day
    auto invalid = compareActors(project, options);
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().kind, Error::Kind::BadInput);
}

void TestComparison::compareActorsRefuses_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<qint64>("topic");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("same actor") << qint64(1) << qint64(1) << qint64(0) << QStringLiteral("itself");
    QTest::newRow("unknown a") << qint64(77) << qint64(1) << qint64(0) << QStringLiteral("77");
    QTest::newRow("unknown b") << qint64(1) << qint64(78) << qint64(0) << QStringLiteral("78");
    QTest::newRow("no actor") << qint64(0) << qint64(1) << qint64(0) << QStringLiteral("actor");
    QTest::newRow("unknown topic")
        << qint64(1) << qint64(2) << qint64(999) << QStringLiteral("999");
}

void TestComparison::compareActorsRefuses()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(qint64, topic);
    QFETCH(QString, messagePart);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.demarche")));
    QVERIFY(store);
    for (const char *name : {"Russia", "Turkey"}) {
        Actor actor;
        actor.name = QString::fromUtf8(name);
        QVERIFY(store.value()->addActor(actor));
    }

    ComparisonOptions options;
    options.a = ActorId(a);
    options.b = ActorId(b);
    if (topic != 0)
        options.topics = {TopicId(topic)};
    auto result = compareActors(*store.value(), options);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Error::Kind::BadInput);
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
}

void TestComparison::csvExport()
{
    QList<Topic> codebook = topics();
    codebook[2].name = QStringLiteral("=Iran"); // typed by a careless or hostile hand
    ComparisonOptions options;
    options.a = ActorId(Russia);
    options.b = ActorId(Usa);
    const Comparison comparison = compareClaims(
        actorById(Russia), actorById(Usa), actors(), codebook,
        {claim(Russia, Ukraine, 50, 1, Stance::Demand),
         claim(Lavrov, Ukraine, -50, 3, Stance::Refusal),
         claim(Russia, Ukraine, {}, 3, Stance::Demand),
         claim(Usa, Ukraine, 40, 2, Stance::Proposal), claim(Usa, Iran, -3, 1, Stance::Threat),
         claim(Russia, Grain, -1, 2, Stance::Support), claim(Usa, Grain, 1, 2, Stance::Support)},
        options);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("comparison.csv"));
    const Status status = writeComparisonCsv(comparison, path, false);
    QVERIFY2(status, qPrintable(status.error().message));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QList<QByteArray> lines = bytes.split('\n');
    QCOMPARE(lines.takeLast(), QByteArray()); // the last record ends with CRLF too
    for (QByteArray &line : lines) {
        QVERIFY(line.endsWith('\r'));
        line.chop(1);
    }
    const QList<QByteArray> expected{
        "topic,topic_parent,status,actor_a,claims_a,mean_position_a,stances_a,actor_b,claims_b,"
        "mean_position_b,stances_b,distance",
        "Ukraine,,both,Russia,3,-25.0,\"demand:2; refusal:1\",United States,1,40.0,proposal:1,65.0",
        "'=Iran,,only-b,Russia,0,,,United States,1,-3.0,threat:1,",
        "Grain deal,Ukraine,both,Russia,1,-1.0,support:1,United States,1,1.0,support:1,2.0",
    };
    QCOMPARE(lines, expected);
}

// Only Russia speaks on Syria; the row's mean_position_a as written.
void TestComparison::csvNumbers_data()
{
    QTest::addColumn<QList<Claim>>("claims");
    QTest::addColumn<QString>("mean");

    QTest::newRow("whole") << QList<Claim>{claim(Russia, Syria, -40)} << QStringLiteral("-40.0");
    QTest::newRow("recurring") << QList<Claim>{claim(Russia, Syria, 100, 5),
                                               claim(Russia, Syria, -100, 1)}
                               << QStringLiteral("66.7");
    QTest::newRow("tiny negative is not minus zero")
        << QList<Claim>{claim(Russia, Syria, -1, 1), claim(Russia, Syria, 0, 5),
                        claim(Russia, Syria, 0, 5),  claim(Russia, Syria, 0, 5),
                        claim(Russia, Syria, 0, 5),  claim(Russia, Syria, 0, 5)}
        << QStringLiteral("0.0");
    QTest::newRow("no position") << QList<Claim>{claim(Russia, Syria)} << QString();
}

void TestComparison::csvNumbers()
{
    QFETCH(QList<Claim>, claims);
    QFETCH(QString, mean);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("numbers.csv"));
    const Status status = writeComparisonCsv(compare(Russia, Usa, claims), path, false);
    QVERIFY2(status, qPrintable(status.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // header, one row, and nothing after the last CRLF
    const QList<QByteArray> cells = lines.at(1).split(',');
    QCOMPARE(cells.size(), 12);
    QCOMPARE(QString::fromUtf8(cells.at(5)), mean);
}

void TestComparison::csvByteOrderMark()
{
    const Comparison comparison = compare(Russia, Usa, {claim(Russia, Syria, 33, 3)});
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bom.csv"));
    const Status status = writeComparisonCsv(comparison, path, true);
    QVERIFY2(status, qPrintable(status.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFtopic,topic_parent,"));
    QVERIFY(bytes.endsWith("Syria,,only-a,Russia,1,33.0,assessment:1,United States,0,,,\r\n"));
}

void TestComparison::csvIsAtomic()
{
    const Comparison comparison = compare(Russia, Usa, {claim(Russia, Syria, 33, 3)});
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/folder/out.csv"));
    const Status status = writeComparisonCsv(comparison, path, false);
    QVERIFY(!status);
    QCOMPARE(status.error().kind, Error::Kind::Io);
    QVERIFY2(status.error().message.contains(QStringLiteral("out.csv")),
             qPrintable(status.error().message));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
