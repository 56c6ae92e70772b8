// The actor x topic matrix: counts, weighted means, roll-up, scope filters, incremental
// updates against a full recount, loading from a project, and the CSV export.
#include "core/analysis/matrix.h"
#include "core/domain/vocabulary.h"
#include "core/export/matrixcsv.h"
#include "core/storage/projectstore.h"
#include "support/codebookentries.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <random>

using namespace demarche;

Q_DECLARE_METATYPE(demarche::Claim)
Q_DECLARE_METATYPE(demarche::ClaimScope)

namespace {

// Lavrov and his deputy roll up to Russia, Blinken to the United States; Alpha and Beta
// are each other's parent, which only a damaged file might hold.
enum ActorIds : qint64 { Russia = 1, Lavrov, Deputy, Usa, Blinken, Faction, Alpha, Beta };
enum TopicIds : qint64 { Ukraine = 1, Syria, Iran, Grain };

using testing::actor;

QList<Actor> actors()
{
    return {actor(Russia, "Russia"),         actor(Lavrov, "Lavrov", Russia),
            actor(Deputy, "Deputy", Lavrov), actor(Usa, "USA"),
            actor(Blinken, "Blinken", Usa),  actor(Faction, "Hawks"),
            actor(Alpha, "Alpha", Beta),     actor(Beta, "Beta", Alpha)};
}

using testing::topic;

QList<Topic> topics()
{
    return {topic(Ukraine, "Ukraine"), topic(Syria, "Syria"), topic(Iran, "Iran"),
            topic(Grain, "Grain", Ukraine)};
}

// Documents 1 and 2 are dated, 3 is not.
DocumentDates dates()
{
    return {{DocumentId(1), QDate(2024, 1, 10)},
            {DocumentId(2), QDate(2024, 6, 1)},
            {DocumentId(3), QDate()}};
}

Claim claim(qint64 holder, qint64 topicId, std::optional<int> position = {}, int salience = 3,
            Stance stance = Stance::Assessment, qint64 document = 1)
{
    static qint64 next = 0;
    Claim result;
    result.id = ClaimId(++next);
    result.document = DocumentId(document);
    result.holder = ActorId(holder);
    result.topic = TopicId(topicId);
    result.position = position;
    result.salience = salience;
    result.stance = stance;
    return result;
}

// Every non-empty cell, row by row: "Actor/Topic claims positioned mean stance:n,...".
QStringList describe(const ActorTopicMatrix &matrix)
{
    QStringList cells;
    for (int row = 0; row < matrix.rowCount(); ++row) {
        for (int column = 0; column < matrix.columnCount(); ++column) {
            const MatrixCell &cell = matrix.cell(row, column);
            if (cell == MatrixCell())
                continue;
            QStringList stances;
            for (const Stance stance : vocabulary::allStances()) {
                if (cell.stanceCount(stance) != 0)
                    stances.append(vocabulary::key(stance) + QLatin1Char(':')
                                   + QString::number(cell.stanceCount(stance)));
            }
            const auto mean = cell.meanPosition();
            cells.append(matrix.actors().at(row).name + QLatin1Char('/')
                         + matrix.topics().at(column).name + QLatin1Char(' ')
                         + QString::number(cell.claims) + QLatin1Char(' ')
                         + QString::number(cell.positioned) + QLatin1Char(' ')
                         + (mean ? QString::number(*mean, 'f', 1) : QStringLiteral("-"))
                         + QLatin1Char(' ') + stances.join(QLatin1Char(',')));
        }
    }
    return cells;
}

// Differences between two matrices over the same codebook, for a readable failure.
QStringList differences(const ActorTopicMatrix &left, const ActorTopicMatrix &right)
{
    QStringList found;
    for (int row = 0; row < left.rowCount(); ++row) {
        for (int column = 0; column < left.columnCount(); ++column) {
            if (left.cell(row, column) != right.cell(row, column))
                found.append(QStringLiteral("%1,%2").arg(row).arg(column));
        }
    }
    return found;
}

MatrixOptions options(bool rollUp, const ClaimScope &scope = {})
{
    MatrixOptions result;
    result.rollUp = rollUp;
    result.scope = scope;
    return result;
}

} // namespace

class TestMatrix final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cells_data();
    void cells();
    void rowsFor_data();
    void rowsFor();
    void unknownCell();
    void addAndRemove();
    void incremental_data();
    void incremental();
    void lateDocumentDate();
    void fromProjectStore();
    void csvExport();
    void csvIsAtomic();
};

void TestMatrix::cells_data()
{
    QTest::addColumn<QList<Claim>>("claims");
    QTest::addColumn<bool>("rollUp");
    QTest::addColumn<ClaimScope>("scope");
    QTest::addColumn<QStringList>("expected");

    const ClaimScope all;
    QTest::newRow("no claims") << QList<Claim>{} << true << all << QStringList{};
    QTest::newRow("one claim") << QList<Claim>{claim(Faction, Syria, 50, 3, Stance::Demand)} << true
                               << all
                               << QStringList{QStringLiteral("Hawks/Syria 1 1 50.0 demand:1")};
    QTest::newRow("weighted by salience")
        << QList<Claim>{claim(Usa, Iran, 50, 1, Stance::Threat),
                        claim(Usa, Iran, -50, 3, Stance::Refusal)}
        << true << all << QStringList{QStringLiteral("USA/Iran 2 2 -25.0 refusal:1,threat:1")};
    QTest::newRow("tie at zero") << QList<Claim>{claim(Usa, Iran, 40, 2), claim(Usa, Iran, -40, 2)}
                                 << true << all
                                 << QStringList{QStringLiteral("USA/Iran 2 2 0.0 assessment:2")};
    QTest::newRow("missing position counts but has no weight")
        << QList<Claim>{claim(Usa, Iran, 30, 2), claim(Usa, Iran, {}, 5)} << true << all
        << QStringList{QStringLiteral("USA/Iran 2 1 30.0 assessment:2")};
    QTest::newRow("no positions at all")
        << QList<Claim>{claim(Usa, Iran), claim(Usa, Iran, {}, 1)} << true << all
        << QStringList{QStringLiteral("USA/Iran 2 0 - assessment:2")};
    QTest::newRow("salience out of range is clamped")
        << QList<Claim>{claim(Usa, Iran, 60, 0), claim(Usa, Iran, -60, 9)} << true << all
        << QStringList{QStringLiteral("USA/Iran 2 2 -40.0 assessment:2")};
    QTest::newRow("roll-up: child and every ancestor")
        << QList<Claim>{claim(Deputy, Ukraine, 90, 1), claim(Russia, Ukraine, -10, 1)} << true
        << all
        << QStringList{QStringLiteral("Russia/Ukraine 2 2 40.0 assessment:2"),
                       QStringLiteral("Lavrov/Ukraine 1 1 90.0 assessment:1"),
                       QStringLiteral("Deputy/Ukraine 1 1 90.0 assessment:1")};
    QTest::newRow("no roll-up: own row only")
        << QList<Claim>{claim(Deputy, Ukraine, 90, 1), claim(Russia, Ukraine, -10, 1)} << false
        << all
        << QStringList{QStringLiteral("Russia/Ukraine 1 1 -10.0 assessment:1"),
                       QStringLiteral("Deputy/Ukraine 1 1 90.0 assessment:1")};
    QTest::newRow("parent loop counts each row once")
        << QList<Claim>{claim(Alpha, Syria)} << true << all
        << QStringList{QStringLiteral("Alpha/Syria 1 0 - assessment:1"),
                       QStringLiteral("Beta/Syria 1 0 - assessment:1")};
    QTest::newRow("sub-topics stay in their column")
        << QList<Claim>{claim(Blinken, Grain, 10)} << true << all
        << QStringList{QStringLiteral("USA/Grain 1 1 10.0 assessment:1"),
                       QStringLiteral("Blinken/Grain 1 1 10.0 assessment:1")};
    QTest::newRow("unknown actor and topic ignored")
        << QList<Claim>{claim(77, Syria), claim(Faction, 99), claim(Faction, Iran)} << true << all
        << QStringList{QStringLiteral("Hawks/Iran 1 0 - assessment:1")};

    const QList<Claim> spread{claim(Faction, Syria, 10, 3, Stance::Demand, 1),
                              claim(Faction, Syria, 20, 3, Stance::Refusal, 2),
                              claim(Faction, Syria, 30, 3, Stance::Demand, 3)};
    ClaimScope summer;
    summer.from = QDate(2024, 6, 1);
    QTest::newRow("date from, inclusive, undated left out")
        << spread << true << summer
        << QStringList{QStringLiteral("Hawks/Syria 1 1 20.0 refusal:1")};
    ClaimScope winter;
    winter.to = QDate(2024, 5, 31);
    QTest::newRow("date to") << spread << true << winter
                             << QStringList{QStringLiteral("Hawks/Syria 1 1 10.0 demand:1")};
    ClaimScope empty;
    empty.from = QDate(2025, 1, 1);
    QTest::newRow("date range with nothing") << spread << true << empty << QStringList{};
    ClaimScope documents;
    documents.documents = {DocumentId(3), DocumentId(2)};
    QTest::newRow("documents, undated included")
        << spread << true << documents
        << QStringList{QStringLiteral("Hawks/Syria 2 2 25.0 demand:1,refusal:1")};
    ClaimScope demands;
    demands.stances = {Stance::Demand};
    QTest::newRow("stances") << spread << true << demands
                             << QStringList{QStringLiteral("Hawks/Syria 2 2 20.0 demand:2")};
}

void TestMatrix::cells()
{
    QFETCH(QList<Claim>, claims);
    QFETCH(bool, rollUp);
    QFETCH(ClaimScope, scope);
    QFETCH(QStringList, expected);

    const ActorTopicMatrix matrix =
        buildMatrix(actors(), topics(), claims, options(rollUp, scope), dates());
    QCOMPARE(matrix.rowCount(), 8);
    QCOMPARE(matrix.columnCount(), 4);
    QCOMPARE(describe(matrix), expected);
}

void TestMatrix::rowsFor_data()
{
    QTest::addColumn<qint64>("holder");
    QTest::addColumn<bool>("rollUp");
    QTest::addColumn<QList<int>>("rows");

    QTest::newRow("deputy, rolled up") << qint64(Deputy) << true << QList<int>{2, 1, 0};
    QTest::newRow("deputy, own row") << qint64(Deputy) << false << QList<int>{2};
    QTest::newRow("state") << qint64(Russia) << true << QList<int>{0};
    QTest::newRow("loop") << qint64(Beta) << true << QList<int>{7, 6};
    QTest::newRow("unknown") << qint64(42) << true << QList<int>{};
}

void TestMatrix::rowsFor()
{
    QFETCH(qint64, holder);
    QFETCH(bool, rollUp);
    QFETCH(QList<int>, rows);
    const ActorTopicMatrix matrix(actors(), topics(), options(rollUp));
    QCOMPARE(matrix.rowsFor(ActorId(holder)), rows);
}

void TestMatrix::unknownCell()
{
    const ActorTopicMatrix matrix =
        buildMatrix(actors(), topics(), {claim(Russia, Syria)}, options(true));
    QCOMPARE(matrix.cell(ActorId(Russia), TopicId(Syria)).claims, 1);
    QCOMPARE(matrix.cell(ActorId(99), TopicId(Syria)).claims, 0);
    QCOMPARE(matrix.cell(ActorId(Russia), TopicId(99)).claims, 0);
    QCOMPARE(matrix.rowOf(ActorId(99)), -1);
    QCOMPARE(matrix.columnOf(TopicId(Grain)), 3);
}

void TestMatrix::addAndRemove()
{
    ActorTopicMatrix matrix(actors(), topics(), options(true), dates());
    const Claim first = claim(Lavrov, Ukraine, 40, 2, Stance::Demand);
    QVERIFY(matrix.addClaim(first));
    QVERIFY(!matrix.addClaim(first)); // counted once, however often it is announced
    QCOMPARE(matrix.cell(ActorId(Russia), TopicId(Ukraine)).claims, 1);
    QCOMPARE(matrix.countedClaims(), 1);

    QVERIFY(!matrix.addClaim(claim(99, Ukraine)));        // unknown holder
    QVERIFY(!matrix.removeClaim(claim(Lavrov, Ukraine))); // never counted
    QCOMPARE(matrix.countedClaims(), 1);

    // A stale copy still removes what was counted under its id.
    Claim retagged = first;
    retagged.holder = ActorId(Usa);
    retagged.topic = TopicId(Iran);
    retagged.position = -100;
    QVERIFY(matrix.removeClaim(retagged));
    QCOMPARE(describe(matrix), QStringList{});
    QVERIFY(matrix.addClaim(retagged));
    QCOMPARE(describe(matrix), QStringList{QStringLiteral("USA/Iran 1 1 -100.0 demand:1")});
    QVERIFY(matrix.contains(first.id));
    QVERIFY(!matrix.removeClaim(claim(Usa, Iran)));
}

void TestMatrix::incremental_data()
{
    QTest::addColumn<bool>("rollUp");
    QTest::addColumn<ClaimScope>("scope");
    QTest::newRow("rolled up") << true << ClaimScope();
    QTest::newRow("own rows") << false << ClaimScope();
    ClaimScope scoped;
    scoped.to = QDate(2024, 3, 1);
    scoped.stances = {Stance::Demand, Stance::Threat, Stance::Assessment};
    QTest::newRow("scoped") << true << scoped;
}

// Random adds, removals and retags leave the same cells as counting the survivors afresh.
void TestMatrix::incremental()
{
    QFETCH(bool, rollUp);
    QFETCH(ClaimScope, scope);

    std::mt19937 random(7);
    std::uniform_int_distribution<int> pickActor(1, 8);
    std::uniform_int_distribution<int> pickTopic(1, 4);
    std::uniform_int_distribution<int> pickPosition(-101, 100); // -101: no position
    std::uniform_int_distribution<int> pickSalience(1, 5);
    std::uniform_int_distribution<int> pickStance(0, stanceValueCount - 1);
    std::uniform_int_distribution<int> pickDocument(1, 3);
    auto randomClaim = [&]() {
        const int position = pickPosition(random);
        return claim(pickActor(random), pickTopic(random),
                     position < -100 ? std::optional<int>() : std::optional<int>(position),
                     pickSalience(random), Stance(pickStance(random)), pickDocument(random));
    };

    ActorTopicMatrix live(actors(), topics(), options(rollUp, scope), dates());
    QList<Claim> present;
    for (int step = 0; step < 4000; ++step) {
        const int action = int(random() % 4);
        if (action < 2 || present.isEmpty()) {
            present.append(randomClaim());
            live.addClaim(present.last());
        } else {
            const auto at = qsizetype(random() % quint32(present.size()));
            const Claim before = present.at(at);
            QCOMPARE(live.removeClaim(before), live.accepts(before));
            if (action == 2) {
                present.removeAt(at);
            } else {
                Claim after = randomClaim();
                after.id = before.id; // the same claim, retagged
                present[at] = after;
                live.addClaim(after);
            }
        }
    }
    const ActorTopicMatrix fresh =
        buildMatrix(actors(), topics(), present, options(rollUp, scope), dates());
    QCOMPARE(differences(live, fresh), QStringList{});
    QCOMPARE(live.countedClaims(), fresh.countedClaims());
    QVERIFY(fresh.countedClaims() > 50); // the scope left enough to compare
}

void TestMatrix::lateDocumentDate()
{
    ClaimScope scope;
    scope.from = QDate(2024, 1, 1);
    ActorTopicMatrix matrix(actors(), topics(), options(true, scope), dates());
    const Claim late = claim(Faction, Iran, 10, 3, Stance::Demand, 8);
    QVERIFY(!matrix.addClaim(late)); // document 8 has no known date yet
    matrix.setDocumentDate(DocumentId(8), QDate(2024, 2, 2));
    QVERIFY(matrix.addClaim(late));
    QCOMPARE(matrix.cell(ActorId(Faction), TopicId(Iran)).claims, 1);
}

void TestMatrix::fromProjectStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("m.demarche")));
    QVERIFY(store);
    ProjectStore &project = *store.value();
    Document document;
    document.title = QStringLiteral("Read-out");
    document.format = QStringLiteral("txt");
    document.date = QDate(2024, 4, 4);
    document.text = QStringLiteral("Moscow insists. Lavrov refuses. Washington agrees.");
    auto added = project.addDocument(document);
    QVERIFY(added);
    Actor russia;
    russia.name = QStringLiteral("Russia");
    const ActorId russiaId = project.addActor(russia)->id;
    Actor lavrov;
    lavrov.name = QStringLiteral("Lavrov");
    lavrov.parent = russiaId;
    const ActorId lavrovId = project.addActor(lavrov)->id;
    const TopicId ukraine = project.topics()->at(0).id;
    auto addClaim = [&](ActorId holder, qint64 start, qint64 end, int position) {
        Claim c;
        c.document = added->id;
        c.start = start;
        c.end = end;
        c.holder = holder;
        c.topic = ukraine;
        c.position = position;
        c.note = QStringLiteral("n");
        c.analyst = QStringLiteral("tester");
        return project.addClaim(c).ok();
    };
    QVERIFY(addClaim(russiaId, 0, 15, -60));
    QVERIFY(addClaim(lavrovId, 16, 31, 20));

    auto loaded = loadMatrix(project, options(true));
    QVERIFY2(loaded, qPrintable(loaded.ok() ? QString() : loaded.error().message));
    const ActorTopicMatrix expected =
        buildMatrix(*project.actors(), *project.topics(), *project.claims(), options(true));
    QCOMPARE(differences(loaded.value(), expected), QStringList{});
    QCOMPARE(loaded->cell(russiaId, ukraine).claims, 2);
    QCOMPARE(*loaded->cell(russiaId, ukraine).meanPosition(), -20.0);
    QCOMPARE(loaded->columnCount(), int(project.topics()->size()));

    ClaimScope later;
    later.from = QDate(2024, 5, 1);
    auto none = loadMatrix(project, options(true, later));
    QVERIFY(none);
    QCOMPARE(none->cell(russiaId, ukraine).claims, 0);

    ClaimScope unknown;
    unknown.documents = {DocumentId(500)};
    auto refused = loadMatrix(project, options(true, unknown));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::BadInput);
    QVERIFY(refused.error().message.contains(QStringLiteral("500")));
}

void TestMatrix::csvExport()
{
    QList<Actor> codebook{actor(Russia, "Russia"), actor(Lavrov, "=Lavrov", Russia)};
    const QList<Topic> subjects{topic(Ukraine, "Ukraine"), topic(Grain, "Grain", Ukraine)};
    const ActorTopicMatrix matrix = buildMatrix(codebook, subjects,
                                                {claim(Lavrov, Grain, -5, 2, Stance::Demand),
                                                 claim(Russia, Grain, {}, 2, Stance::Threat),
                                                 claim(Lavrov, Grain, 0, 3, Stance::Demand)},
                                                options(true));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("matrix.csv"));
    const Status written = writeMatrixCsv(matrix, path, false);
    QVERIFY2(written, qPrintable(written.ok() ? QString() : written.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.takeLast(), QByteArray()); // the last record ends with CRLF too
    for (QByteArray &line : lines) {
        QVERIFY(line.endsWith('\r'));
        line.chop(1);
    }
    const QByteArray header =
        QByteArray("actor,actor_parent,topic,topic_parent,claims,positioned,mean_position,")
        + "demand,proposal,concession,refusal,support,criticism,commitment,threat,assessment";
    const QList<QByteArray> expected{
        header,
        "Russia,,Ukraine,,0,0,,0,0,0,0,0,0,0,0,0",
        "Russia,,Grain,Ukraine,3,2,-2.0,2,0,0,0,0,0,0,1,0",
        "'=Lavrov,Russia,Ukraine,,0,0,,0,0,0,0,0,0,0,0,0",
        "'=Lavrov,Russia,Grain,Ukraine,2,2,-2.0,2,0,0,0,0,0,0,0,0",
    };
    QCOMPARE(lines, expected);

    file.close();
    QVERIFY(writeMatrixCsv(matrix, path, true));
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QVERIFY(again.readAll().startsWith("\xEF\xBB\xBF"
                                       "actor,"));
}

void TestMatrix::csvIsAtomic()
{
    const ActorTopicMatrix matrix = buildMatrix(actors(), topics(), {}, options(true));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/matrix.csv"));
    const Status written = writeMatrixCsv(matrix, path, false);
    QVERIFY(!written);
    QCOMPARE(written.error().kind, Error::Kind::Io);
    QVERIFY(written.error().message.contains(QStringLiteral("matrix.csv")));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(TestMatrix)
#include "tst_matrix.moc"
