// The actor x topic matrix as an item model: counts per cell with and without roll-up,
// rows in tree order with their depth, the values a view colours cells by (count, the
// largest count, mean position), tooltips, the claims of a cell,
// and live updates through the real undo commands. The light claim read it loads from
// is checked against the full one.
#include "core/commands/addclaimcommand.h"
#include "core/commands/changeclaimcommand.h"
#include "core/commands/codebookcommands.h"
#include "core/commands/removeclaimscommand.h"
#include "core/models/actortopicmatrixmodel.h"
#include "core/models/modelroles.h"
#include "core/project/project.h"
#include "support/projectfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>
#include <optional>

using namespace demarche;

class TestMatrixModel final : public QObject, private ProjectFixture
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    int m_nextWord = 0;
    DocumentId m_document;
    QHash<QString, ClaimId> m_claims; // by a short name
    std::unique_ptr<ActorTopicMatrixModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    ActorTopicMatrixModel &model() { return *m_model; }

    ClaimId addClaim(const QString &name, const QString &holder, const QString &topic,
                     Stance stance, std::optional<int> position = {}, int salience = 3)
    {
        const qint64 start = qint64(m_nextWord++) * 7;
        const ClaimId id =
            addClaimAt(m_document, start, start + 6, holder, topic, stance, position, salience);
        m_claims.insert(name, id);
        return id;
    }

    QModelIndex cell(const QString &actor, const QString &topic)
    {
        return model().index(model().rowOf(actorId(actor)), model().columnOf(topicId(topic)));
    }

    QStringList rowNames()
    {
        QStringList names;
        for (int row = 0; row < model().rowCount(); ++row)
            names.append(model().headerData(row, Qt::Vertical).toString());
        return names;
    }

    // The cells a dataChanged spy saw, as "Actor/Topic" for single cells.
    QStringList changedCells(const QSignalSpy &spy)
    {
        QStringList cells;
        for (const QList<QVariant> &signal : spy) {
            const auto from = signal.at(0).toModelIndex();
            const auto to = signal.at(1).toModelIndex();
            if (from != to) {
                cells.append(QStringLiteral("all"));
                continue;
            }
            cells.append(model().headerData(from.row(), Qt::Vertical).toString() + QLatin1Char('/')
                         + model().headerData(from.column(), Qt::Horizontal).toString());
        }
        cells.sort();
        return cells;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Actors Russia, United States, France and Lavrov (under Russia, added last so that
    // the tree order differs from the codebook order); Grain under Ukraine; seven claims.
    void init()
    {
        auto created =
            Project::create(m_dir.filePath(QStringLiteral("m%1.demarche").arg(++m_counter)));
        QVERIFY(created);
        m_project = std::move(created).value();
        m_claims.clear();
        m_nextWord = 0;
        m_document = addDocument(QStringLiteral("Talks"), numberedWords(40));
        const ActorId russia = addActor(QStringLiteral("Russia"));
        addActor(QStringLiteral("United States"));
        addActor(QStringLiteral("France"));
        addActor(QStringLiteral("Lavrov"), russia);
        Topic grain;
        grain.name = QStringLiteral("Grain");
        grain.parent = topicId(QStringLiteral("Ukraine"));
        QVERIFY(project().execute(new AddTopicCommand(project(), grain)));

        addClaim(QStringLiteral("c1"), QStringLiteral("Russia"), QStringLiteral("Ukraine"),
                 Stance::Demand, -60, 3);
        addClaim(QStringLiteral("c2"), QStringLiteral("Russia"), QStringLiteral("Ukraine"),
                 Stance::Refusal, -20, 1);
        addClaim(QStringLiteral("c3"), QStringLiteral("Lavrov"), QStringLiteral("Ukraine"),
                 Stance::Demand);
        addClaim(QStringLiteral("c4"), QStringLiteral("Lavrov"), QStringLiteral("Iran"),
                 Stance::Criticism, 40, 5);
        addClaim(QStringLiteral("c5"), QStringLiteral("United States"), QStringLiteral("Ukraine"),
                 Stance::Support, 80, 2);
        addClaim(QStringLiteral("c6"), QStringLiteral("United States"), QStringLiteral("Syria"),
                 Stance::Proposal);
        addClaim(QStringLiteral("c7"), QStringLiteral("Lavrov"), QStringLiteral("Grain"),
                 Stance::Assessment, 0, 2);

        m_model = std::make_unique<ActorTopicMatrixModel>(project());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_project.reset();
    }

    void rowsAndColumnsFollowTheTrees()
    {
        QCOMPARE(rowNames(),
                 (QStringList{QStringLiteral("Russia"), QStringLiteral("Lavrov"),
                              QStringLiteral("United States"), QStringLiteral("France")}));
        QList<int> depths;
        for (int row = 0; row < model().rowCount(); ++row)
            depths.append(model().headerData(row, Qt::Vertical, roles::DepthRole).toInt());
        QCOMPARE(depths, (QList<int>{0, 1, 0, 0}));
        QStringList topics;
        for (int column = 0; column < model().columnCount(); ++column)
            topics.append(model().headerData(column, Qt::Horizontal).toString());
        QCOMPARE(topics, (QStringList{QStringLiteral("Ukraine"), QStringLiteral("Grain"),
                                      QStringLiteral("Syria"), QStringLiteral("Iran")}));
        QCOMPARE(model().headerData(1, Qt::Horizontal, roles::DepthRole).toInt(), 1);
        QCOMPARE(model().headerData(1, Qt::Vertical, roles::ActorIdRole).value<ActorId>(),
                 actorId(QStringLiteral("Lavrov")));
        QCOMPARE(model().headerData(2, Qt::Horizontal, roles::TopicIdRole).value<TopicId>(),
                 topicId(QStringLiteral("Syria")));
        const QModelIndex lavrovIran = cell(QStringLiteral("Lavrov"), QStringLiteral("Iran"));
        QCOMPARE(model().actorAt(lavrovIran.row()), actorId(QStringLiteral("Lavrov")));
        QCOMPARE(model().topicAt(lavrovIran.column()), topicId(QStringLiteral("Iran")));
        QCOMPARE(lavrovIran.data(roles::ActorIdRole).value<ActorId>(),
                 actorId(QStringLiteral("Lavrov")));
        QCOMPARE(lavrovIran.data(roles::TopicIdRole).value<TopicId>(),
                 topicId(QStringLiteral("Iran")));
        QCOMPARE(lavrovIran.data(roles::DepthRole).toInt(), 1);
    }

    void counts_data()
    {
        QTest::addColumn<bool>("rollUp");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<int>("claims");
        QTest::addColumn<QVariant>("mean");
        QTest::addColumn<QStringList>("ids");

        const QVariant none;
        QTest::newRow("parent with member")
            << true << "Russia"
            << "Ukraine" << 3 << QVariant(-50.0) << QStringList{"c1", "c2", "c3"};
        QTest::newRow("parent alone")
            << false << "Russia"
            << "Ukraine" << 2 << QVariant(-50.0) << QStringList{"c1", "c2"};
        QTest::newRow("member's topic") << true << "Russia"
                                        << "Iran" << 1 << QVariant(40.0) << QStringList{"c4"};
        QTest::newRow("member's topic, no roll-up") << false << "Russia"
                                                    << "Iran" << 0 << none << QStringList{};
        QTest::newRow("member without position") << true << "Lavrov"
                                                 << "Ukraine" << 1 << none << QStringList{"c3"};
        QTest::newRow("sub-topic is its own column")
            << true << "Russia"
            << "Grain" << 1 << QVariant(0.0) << QStringList{"c7"};
        QTest::newRow("member on a sub-topic")
            << true << "Lavrov"
            << "Grain" << 1 << QVariant(0.0) << QStringList{"c7"};
        QTest::newRow("other actor") << true << "United States"
                                     << "Ukraine" << 1 << QVariant(80.0) << QStringList{"c5"};
        QTest::newRow("empty cell") << true << "France"
                                    << "Syria" << 0 << none << QStringList{};
    }

    void counts()
    {
        QFETCH(bool, rollUp);
        QFETCH(QString, actor);
        QFETCH(QString, topic);
        QFETCH(int, claims);
        QFETCH(QVariant, mean);
        QFETCH(QStringList, ids);

        QSignalSpy reset(&model(), &QAbstractItemModel::modelReset);
        model().setRollUp(rollUp);
        QCOMPARE(reset.size(), rollUp ? 0 : 1);
        const QModelIndex index = cell(actor, topic);
        QVERIFY(index.isValid());
        QCOMPARE(index.data(roles::ClaimCountRole).toInt(), claims);
        QCOMPARE(index.data(), claims == 0 ? QVariant() : QVariant(claims));
        QCOMPARE(index.data(roles::MeanPositionRole), mean);
        QCOMPARE(index.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignCenter));
        QList<ClaimId> expected;
        for (const QString &name : std::as_const(ids))
            expected.append(m_claims.value(name));
        std::sort(expected.begin(), expected.end());
        QCOMPARE(model().claimsAt(index), expected);
        QCOMPARE(index.data(roles::ClaimIdsRole).value<QList<ClaimId>>(), expected);
        QCOMPARE(model().maxCount(), rollUp ? 3 : 2);
        QCOMPARE(index.data(roles::MaxCountRole).toInt(), model().maxCount());
    }

    void toolTips_data()
    {
        QTest::addColumn<bool>("rollUp");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("expected");

        QTest::newRow("rolled up") << true << "Russia"
                                   << "Ukraine"
                                   << QStringLiteral("Russia on Ukraine: 3 claims — Demand: 2, "
                                                     "Refusal / red line: 1\n"
                                                     "mean position −50 (2 with a position)\n"
                                                     "1 of them by a member");
        QTest::newRow("own claims only")
            << false << "Russia"
            << "Ukraine"
            << QStringLiteral("Russia on Ukraine: 2 claims — Demand: 1, Refusal / red line: 1\n"
                              "mean position −50 (2 with a position)");
        QTest::newRow("positive") << true << "United States"
                                  << "Ukraine"
                                  << QStringLiteral(
                                         "United States on Ukraine: 1 claim — Support: 1\n"
                                         "mean position +80 (1 with a position)");
        QTest::newRow("no position") << true << "United States"
                                     << "Syria"
                                     << QStringLiteral("United States on Syria: 1 claim — "
                                                       "Proposal: 1\nno claim gives a position");
        QTest::newRow("only by a member")
            << true << "Russia"
            << "Iran"
            << QStringLiteral("Russia on Iran: 1 claim — Criticism: 1\n"
                              "mean position +40 (1 with a position)\n1 of them by a member");
        QTest::newRow("empty") << true << "France"
                               << "Iran" << QString();
    }

    void toolTips()
    {
        QFETCH(bool, rollUp);
        QFETCH(QString, actor);
        QFETCH(QString, topic);
        QFETCH(QString, expected);
        model().setRollUp(rollUp);
        QCOMPARE(cell(actor, topic).data(Qt::ToolTipRole).toString(), expected);
    }

    // A member's new claim changes its own cell and its parent's, nothing else; the
    // parent's cell reaches a new maximum, so every cell's place on the count scale is
    // announced too.
    void addingAClaimUpdatesItsCells()
    {
        QSignalSpy changed(&model(), &QAbstractItemModel::dataChanged);
        QSignalSpy scale(&model(), &ActorTopicMatrixModel::maxCountChanged);
        const ClaimId added = addClaim(QStringLiteral("c8"), QStringLiteral("Lavrov"),
                                       QStringLiteral("Ukraine"), Stance::Concession, 10);
        QCOMPARE(changedCells(changed),
                 (QStringList{QStringLiteral("Lavrov/Ukraine"), QStringLiteral("Russia/Ukraine"),
                              QStringLiteral("all")}));
        const QList<int> roles = changed.last().at(2).value<QList<int>>();
        QCOMPARE(roles, QList<int>{roles::MaxCountRole});
        QCOMPARE(scale.size(), 1);
        QCOMPARE(model().maxCount(), 4);
        QCOMPARE(cell(QStringLiteral("France"), QStringLiteral("Iran")).data(roles::MaxCountRole),
                 QVariant(4));
        const QModelIndex russia = cell(QStringLiteral("Russia"), QStringLiteral("Ukraine"));
        QCOMPARE(russia.data().toInt(), 4);
        QVERIFY(model().claimsAt(russia).contains(added));
        QCOMPARE(cell(QStringLiteral("Lavrov"), QStringLiteral("Ukraine")).data().toInt(), 2);

        // Below the maximum: only the claim's cells.
        changed.clear();
        addClaim(QStringLiteral("c9"), QStringLiteral("France"), QStringLiteral("Syria"),
                 Stance::Support);
        QCOMPARE(changedCells(changed), QStringList{QStringLiteral("France/Syria")});
        QCOMPARE(cell(QStringLiteral("France"), QStringLiteral("Syria")).data().toInt(), 1);

        // Undo takes it back out.
        changed.clear();
        project().undoStack()->undo();
        QCOMPARE(changedCells(changed), QStringList{QStringLiteral("France/Syria")});
        QCOMPARE(cell(QStringLiteral("France"), QStringLiteral("Syria")).data(), QVariant());
    }

    void retaggingMovesTheClaim()
    {
        const ClaimId id = m_claims.value(QStringLiteral("c4"));
        const Claim before = project().store().claim(id).value();
        Claim after = before;
        after.holder = actorId(QStringLiteral("France"));
        after.topic = topicId(QStringLiteral("Syria"));
        QSignalSpy changed(&model(), &QAbstractItemModel::dataChanged);
        QVERIFY(project().execute(new ChangeClaimCommand(project(), before, after)));
        QCOMPARE(changedCells(changed),
                 (QStringList{QStringLiteral("France/Syria"), QStringLiteral("Lavrov/Iran"),
                              QStringLiteral("Russia/Iran")}));
        QCOMPARE(cell(QStringLiteral("Russia"), QStringLiteral("Iran")).data(), QVariant());
        QCOMPARE(model().claimsAt(cell(QStringLiteral("France"), QStringLiteral("Syria"))),
                 QList<ClaimId>{id});

        // A change that keeps the cell (the position) repaints just that cell's rows.
        changed.clear();
        Claim moved = after;
        moved.position = -100;
        QVERIFY(project().execute(new ChangeClaimCommand(project(), after, moved)));
        QCOMPARE(changedCells(changed), QStringList{QStringLiteral("France/Syria")});
        QCOMPARE(cell(QStringLiteral("France"), QStringLiteral("Syria"))
                     .data(roles::MeanPositionRole)
                     .toDouble(),
                 -100.0);
    }

    void removingClaimsUpdatesTheirCells()
    {
        QSignalSpy changed(&model(), &QAbstractItemModel::dataChanged);
        QVERIFY(project().execute(
            new RemoveClaimsCommand(project(), {m_claims.value(QStringLiteral("c1")),
                                                m_claims.value(QStringLiteral("c3"))})));
        // Russia/Ukraine falls from 3 to 1: the maximum is now 1, a new scale.
        QCOMPARE(changedCells(changed),
                 (QStringList{QStringLiteral("Lavrov/Ukraine"), QStringLiteral("Russia/Ukraine"),
                              QStringLiteral("all")}));
        QCOMPARE(model().maxCount(), 1);
        const QModelIndex russia = cell(QStringLiteral("Russia"), QStringLiteral("Ukraine"));
        QCOMPARE(russia.data().toInt(), 1);
        QCOMPARE(model().claimsAt(russia), QList<ClaimId>{m_claims.value(QStringLiteral("c2"))});
        QCOMPARE(russia.data(roles::MeanPositionRole).toDouble(), -20.0);
    }

    void codebookChangesReadItAllAgain()
    {
        QSignalSpy reset(&model(), &QAbstractItemModel::modelReset);
        const ActorId deputy =
            addActor(QStringLiteral("Deputy"), actorId(QStringLiteral("Lavrov")));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(rowNames(), (QStringList{QStringLiteral("Russia"), QStringLiteral("Lavrov"),
                                          QStringLiteral("Deputy"), QStringLiteral("United States"),
                                          QStringLiteral("France")}));
        QCOMPARE(model().headerData(2, Qt::Vertical, roles::DepthRole).toInt(), 2);
        addClaim(QStringLiteral("d1"), QStringLiteral("Deputy"), QStringLiteral("Ukraine"),
                 Stance::Demand);
        QCOMPARE(cell(QStringLiteral("Russia"), QStringLiteral("Ukraine")).data().toInt(), 4);
        QCOMPARE(cell(QStringLiteral("Lavrov"), QStringLiteral("Ukraine")).data().toInt(), 2);
        QCOMPARE(model().rowOf(deputy), 2);

        Topic syria = *project().topic(topicId(QStringLiteral("Syria")));
        Topic renamed = syria;
        renamed.name = QStringLiteral("Levant");
        QVERIFY(project().execute(new ChangeTopicCommand(project(), syria, renamed)));
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model().headerData(2, Qt::Horizontal).toString(), QStringLiteral("Levant"));

        // A topic's poles are on its header, and its tooltip says what the means are read
        // against.
        QCOMPARE(model().headerData(2, Qt::Horizontal, roles::NegativePoleRole).toString(),
                 syria.negativePole);
        QVERIFY(model()
                    .headerData(2, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(syria.positivePole));
        Topic unscaled = renamed;
        unscaled.negativePole.clear();
        unscaled.positivePole.clear();
        QVERIFY(project().execute(new ChangeTopicCommand(project(), renamed, unscaled)));
        QVERIFY(
            model().headerData(2, Qt::Horizontal, roles::PositivePoleRole).toString().isEmpty());
        QVERIFY(model()
                    .headerData(2, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .endsWith(QStringLiteral("scale not defined")));
    }

    // The matrix's light read gives the same facts as the full claims.
    void claimFactsMatchTheClaims()
    {
        const QList<Claim> claims = project().store().claims().value();
        QList<ClaimFacts> facts = project().store().claimFacts().value();
        QCOMPARE(facts.size(), claims.size());
        std::sort(facts.begin(), facts.end(),
                  [](const ClaimFacts &a, const ClaimFacts &b) { return a.id < b.id; });
        QList<Claim> sorted = claims;
        std::sort(sorted.begin(), sorted.end(),
                  [](const Claim &a, const Claim &b) { return a.id < b.id; });
        for (int i = 0; i < sorted.size(); ++i) {
            const ClaimFacts expected = ClaimFacts::of(sorted.at(i));
            const ClaimFacts &read = facts.at(i);
            QCOMPARE(read.id, expected.id);
            QCOMPARE(read.document, expected.document);
            QCOMPARE(read.holder, expected.holder);
            QCOMPARE(read.topic, expected.topic);
            QCOMPARE(read.stance, expected.stance);
            QCOMPARE(read.position, expected.position);
            QCOMPARE(read.salience, expected.salience);
        }
        ClaimFilter onlyUsa;
        onlyUsa.holders = {actorId(QStringLiteral("United States"))};
        QCOMPARE(project().store().claimFacts(onlyUsa).value().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestMatrixModel)
#include "tst_matrixmodel.moc"
