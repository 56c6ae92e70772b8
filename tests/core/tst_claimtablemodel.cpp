// The claims table and its filter proxy: columns, incremental updates through the real
// undo commands, filter combinations and sorting.
#include "core/commands/addclaimcommand.h"
#include "core/commands/adddocumentcommand.h"
#include "core/commands/changeclaimcommand.h"
#include "core/commands/changedocumentcommand.h"
#include "core/commands/codebookcommands.h"
#include "core/commands/removeclaimscommand.h"
#include "core/commands/removedocumentcommand.h"
#include "core/domain/vocabulary.h"
#include "core/models/claimfilterproxy.h"
#include "core/models/claimtablemodel.h"
#include "core/models/modelroles.h"
#include "core/project/project.h"
#include "support/projectfixture.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

#include <algorithm>
#include <optional>

using namespace demarche;

namespace {

const QString articleOne = QStringLiteral("Moscow demands the neutrality of Ukraine.\n"
                                          "Washington proposes talks on Syria.\n"
                                          "Lavrov rejects any sanctions on Iran.");
const QString articleTwo = QStringLiteral("The senators call for new sanctions on Iran.");

// What a test claim is made of; spans are found by their text.
struct Spec
{
    QString quote;
    QString holder;
    QString topic;
    Stance stance = Stance::Assessment;
    std::optional<int> position;
    QString note;
};

} // namespace

class TestClaimTableModel final : public QObject, private ProjectFixture
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    DocumentId m_one;
    DocumentId m_two;
    QHash<QString, ClaimId> m_claims; // by quote

    ClaimId addClaim(DocumentId document, const Spec &spec)
    {
        const QString &text = document == m_one ? articleOne : articleTwo;
        Claim claim;
        claim.document = document;
        claim.start = text.indexOf(spec.quote);
        claim.end = claim.start + spec.quote.size();
        claim.holder = actorId(spec.holder);
        claim.topic = topicId(spec.topic);
        claim.stance = spec.stance;
        claim.position = spec.position;
        claim.note = spec.note;
        auto *command = new AddClaimCommand(project(), claim);
        if (claim.start < 0 || !project().execute(command))
            qFatal("cannot add claim %s", qPrintable(spec.quote));
        m_claims.insert(spec.quote, command->claimId());
        return command->claimId();
    }

    Claim storedClaim(ClaimId id) const { return m_project->store().claim(id).value(); }

    // The quotes of the given claim ids, sorted, for comparing sets of rows.
    QStringList quotesOf(const QList<ClaimId> &ids) const
    {
        QStringList quotes;
        for (ClaimId id : ids)
            quotes.append(storedClaim(id).quote);
        quotes.sort();
        return quotes;
    }

    static void checkRowIndex(const ClaimTableModel &model)
    {
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.indexOf(model.claimAt(row).id).row(), row);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A project with two documents, four actors (Lavrov under Russia) and five claims.
    void init()
    {
        auto created =
            Project::create(m_dir.filePath(QStringLiteral("p%1.demarche").arg(++m_counter)));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        m_project = std::move(created).value();
        m_claims.clear();
        m_one = addDocument(QStringLiteral("Ministers meet"), articleOne);
        m_two = addDocument(QStringLiteral("Senate debate"), articleTwo);
        const ActorId russia = addActor(QStringLiteral("Russia"));
        addActor(QStringLiteral("United States"));
        addActor(QStringLiteral("Lavrov"), russia);
        addActor(QStringLiteral("Senate hawks"));
        addClaim(m_one, {QStringLiteral("Moscow demands the neutrality of Ukraine."),
                         QStringLiteral("Russia"), QStringLiteral("Ukraine"), Stance::Demand, 80,
                         QStringLiteral("fixed condition")});
        addClaim(m_one, {QStringLiteral("Washington proposes talks on Syria."),
                         QStringLiteral("United States"),
                         QStringLiteral("Syria"),
                         Stance::Proposal,
                         0,
                         {}});
        addClaim(m_one, {QStringLiteral("Lavrov rejects any sanctions on Iran."),
                         QStringLiteral("Lavrov"),
                         QStringLiteral("Iran"),
                         Stance::Refusal,
                         -50,
                         {}});
        addClaim(m_two, {QStringLiteral("The senators call for new sanctions on Iran."),
                         QStringLiteral("Senate hawks"), QStringLiteral("Iran"), Stance::Demand,
                         std::nullopt, QStringLiteral("domestic pressure")});
        // Spans two lines: shown on one.
        addClaim(m_one, {QStringLiteral("Ukraine.\nWashington"),
                         QStringLiteral("United States"),
                         QStringLiteral("Ukraine"),
                         Stance::Assessment,
                         std::nullopt,
                         {}});
    }

    void cleanup() { m_project.reset(); }

    void showsEveryClaimWithItsColumns()
    {
        ClaimTableModel model(project());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(ClaimTableModel::ColumnCount));
        QCOMPARE(model.headerData(ClaimTableModel::HolderColumn, Qt::Horizontal),
                 QVariant(QStringLiteral("Holder")));
        QCOMPARE(model.headerData(ClaimTableModel::CreatedColumn, Qt::Horizontal),
                 QVariant(QStringLiteral("Created")));

        const QModelIndex demand = model.indexOf(
            m_claims.value(QStringLiteral("Moscow demands the neutrality of Ukraine.")));
        QVERIFY(demand.isValid());
        const auto cell = [&model, &demand](int column, int role = Qt::DisplayRole) {
            return model.index(demand.row(), column).data(role);
        };
        QCOMPARE(cell(ClaimTableModel::DocumentColumn).toString(),
                 QStringLiteral("Ministers meet"));
        QCOMPARE(cell(ClaimTableModel::HolderColumn).toString(), QStringLiteral("Russia"));
        QCOMPARE(cell(ClaimTableModel::HolderColumn, Qt::DecorationRole).value<QColor>(),
                 QColor(Qt::red));
        QCOMPARE(cell(ClaimTableModel::TargetColumn).toString(), QString());
        QCOMPARE(cell(ClaimTableModel::TopicColumn).toString(), QStringLiteral("Ukraine"));
        QCOMPARE(cell(ClaimTableModel::StanceColumn).toString(), vocabulary::label(Stance::Demand));
        QCOMPARE(cell(ClaimTableModel::PositionColumn).toInt(), 80);
        QCOMPARE(cell(ClaimTableModel::SalienceColumn).toInt(), 3);
        QCOMPARE(cell(ClaimTableModel::NoteColumn).toString(), QStringLiteral("fixed condition"));
        QVERIFY(!cell(ClaimTableModel::AnalystColumn).toString().isEmpty());
        QVERIFY(!cell(ClaimTableModel::CreatedColumn).toString().isEmpty());
        QCOMPARE(cell(0, roles::ActorIdRole).value<ActorId>(), actorId(QStringLiteral("Russia")));
        QCOMPARE(cell(0, roles::TopicIdRole).value<TopicId>(), topicId(QStringLiteral("Ukraine")));
        QCOMPARE(cell(0, roles::DocumentIdRole).value<DocumentId>(), m_one);
        QCOMPARE(cell(0, roles::TargetIdRole).value<ActorId>(), ActorId());
        // Ids keep their kind in a QVariant.
        QCOMPARE(cell(0, roles::ActorIdRole).metaType(), QMetaType::fromType<ActorId>());
        QVERIFY(!cell(0, roles::ActorIdRole).value<TopicId>().isValid());

        const QModelIndex spanning =
            model.indexOf(m_claims.value(QStringLiteral("Ukraine.\nWashington")));
        const QModelIndex quote = spanning.siblingAtColumn(ClaimTableModel::QuoteColumn);
        QCOMPARE(quote.data().toString(), QStringLiteral("Ukraine. Washington"));
        QCOMPARE(quote.data(Qt::ToolTipRole).toString(), QStringLiteral("Ukraine.\nWashington"));
        QVERIFY(!spanning.siblingAtColumn(ClaimTableModel::PositionColumn).data().isValid());
        checkRowIndex(model);
    }

    void followsClaimEditsAndUndo()
    {
        ClaimTableModel model(project());
        ClaimFilterProxy proxy(project());
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const ClaimId added = addClaim(m_two, {QStringLiteral("new sanctions"),
                                               QStringLiteral("United States"),
                                               QStringLiteral("Iran"),
                                               Stance::Threat,
                                               30,
                                               {}});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(proxy.rowCount(), 6);
        const QModelIndex index = model.indexOf(added);
        QCOMPARE(index.row(), 5);
        QCOMPARE(model.claimAt(5).quote, QStringLiteral("new sanctions"));

        Claim after = storedClaim(added);
        after.note = QStringLiteral("hardening");
        after.position = std::nullopt;
        QVERIFY(project().execute(new ChangeClaimCommand(project(), storedClaim(added), after)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 5);
        QCOMPARE(model.index(5, ClaimTableModel::NoteColumn).data().toString(),
                 QStringLiteral("hardening"));
        QVERIFY(!model.index(5, ClaimTableModel::PositionColumn).data().isValid());
        project().undoStack()->undo();
        QCOMPARE(model.index(5, ClaimTableModel::NoteColumn).data().toString(), QString());
        QCOMPARE(model.index(5, ClaimTableModel::PositionColumn).data().toInt(), 30);

        // Removing claims from the middle keeps the id index right.
        const QList<ClaimId> gone = {
            m_claims.value(QStringLiteral("Washington proposes talks on Syria.")),
            m_claims.value(QStringLiteral("The senators call for new sanctions on Iran."))};
        QVERIFY(project().execute(new RemoveClaimsCommand(project(), gone)));
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(!model.indexOf(gone.at(0)).isValid());
        QVERIFY(!model.indexOf(gone.at(1)).isValid());
        checkRowIndex(model);
        QCOMPARE(model.claimAt(model.indexOf(added).row()).id, added);

        project().undoStack()->undo();
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(model.indexOf(gone.at(0)).isValid());
        checkRowIndex(model);
        project().undoStack()->redo();
        QCOMPARE(model.rowCount(), 4);
        checkRowIndex(model);

        // Undo the removal and then the addition: the added claim leaves again.
        project().undoStack()->undo();
        project().undoStack()->undo();
        QVERIFY(!model.indexOf(added).isValid());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(proxy.rowCount(), 5);
        QCOMPARE(reset.size(), 0); // everything was incremental
        QVERIFY(removed.size() >= 3);
    }

    void followsCodebookAndDocumentChanges()
    {
        ClaimTableModel model(project());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const Actor before = *project().actor(actorId(QStringLiteral("Russia")));
        Actor renamed = before;
        renamed.name = QStringLiteral("Russian Federation");
        renamed.color = QColor(Qt::blue);
        QVERIFY(project().execute(new ChangeActorCommand(project(), before, renamed)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(ClaimTableModel::HolderColumn));
        QCOMPARE(changed.first().at(1).toModelIndex().column(), int(ClaimTableModel::TargetColumn));
        const QModelIndex demand = model.indexOf(
            m_claims.value(QStringLiteral("Moscow demands the neutrality of Ukraine.")));
        const QModelIndex holder = demand.siblingAtColumn(ClaimTableModel::HolderColumn);
        QCOMPARE(holder.data().toString(), QStringLiteral("Russian Federation"));
        QCOMPARE(holder.data(Qt::DecorationRole).value<QColor>(), QColor(Qt::blue));

        changed.clear();
        const Topic topicBefore = *project().topic(topicId(QStringLiteral("Ukraine")));
        Topic topicAfter = topicBefore;
        topicAfter.name = QStringLiteral("Ukraine war");
        QVERIFY(project().execute(new ChangeTopicCommand(project(), topicBefore, topicAfter)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(ClaimTableModel::TopicColumn));
        QCOMPARE(demand.siblingAtColumn(ClaimTableModel::TopicColumn).data().toString(),
                 QStringLiteral("Ukraine war"));

        changed.clear();
        const Document docBefore = *project().documentInfo(m_two);
        Document docAfter = docBefore;
        docAfter.title = QStringLiteral("Senate hearing");
        QVERIFY(project().execute(new ChangeDocumentCommand(project(), docBefore, docAfter)));
        QCOMPARE(changed.size(), 1);
        const QModelIndex senators = model.indexOf(
            m_claims.value(QStringLiteral("The senators call for new sanctions on Iran.")));
        QCOMPARE(senators.siblingAtColumn(ClaimTableModel::DocumentColumn).data().toString(),
                 QStringLiteral("Senate hearing"));
        QCOMPARE(changed.first().at(0).toModelIndex().row(), senators.row());

        // A new claim changes the document's claim count, not its title: no repaint.
        changed.clear();
        addClaim(m_two, {QStringLiteral("senators"),
                         QStringLiteral("Senate hawks"),
                         QStringLiteral("Iran"),
                         Stance::Assessment,
                         std::nullopt,
                         {}});
        QCOMPARE(changed.size(), 0);
    }

    void removingADocumentRemovesItsRows()
    {
        ClaimTableModel model(project());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(project().execute(new RemoveDocumentCommand(project(), m_one)));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.claimAt(0).document, m_two);
        checkRowIndex(model);
        project().undoStack()->undo();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.indexOf(m_claims.value(QStringLiteral("Ukraine.\nWashington")))
                     .siblingAtColumn(ClaimTableModel::DocumentColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Ministers meet"));
        checkRowIndex(model);
    }

    void reloadsAfterARollback()
    {
        ClaimTableModel model(project());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const Status failed = project().transaction([]() { return Status(badInput({})); });
        QVERIFY(!failed);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 5);
        checkRowIndex(model);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<bool>("children");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<int>("stance"); // -1 for any
        QTest::addColumn<bool>("firstDocument");
        QTest::addColumn<QStringList>("expected"); // the first word of each quote

        const QStringList all = {QStringLiteral("Lavrov"), QStringLiteral("Moscow"),
                                 QStringLiteral("The"), QStringLiteral("Ukraine."),
                                 QStringLiteral("Washington")};
        QTest::addRow("none") << QString() << QString() << false << QString() << -1 << false << all;
        QTest::addRow("search quote, any case")
            << QStringLiteral("SANCTIONS") << QString() << false << QString() << -1 << false
            << QStringList{QStringLiteral("Lavrov"), QStringLiteral("The")};
        QTest::addRow("search note")
            << QStringLiteral("domestic") << QString() << false << QString() << -1 << false
            << QStringList{QStringLiteral("The")};
        QTest::addRow("search actor name")
            << QStringLiteral("united") << QString() << false << QString() << -1 << false
            << QStringList{QStringLiteral("Ukraine."), QStringLiteral("Washington")};
        QTest::addRow("search topic") << QStringLiteral("syria") << QString() << false << QString()
                                      << -1 << false << QStringList{QStringLiteral("Washington")};
        QTest::addRow("search document title")
            << QStringLiteral("senate debate") << QString() << false << QString() << -1 << false
            << QStringList{QStringLiteral("The")};
        QTest::addRow("every word must match")
            << QStringLiteral("iran  lavrov") << QString() << false << QString() << -1 << false
            << QStringList{QStringLiteral("Lavrov")};
        QTest::addRow("search no match") << QStringLiteral("ceasefire") << QString() << false
                                         << QString() << -1 << false << QStringList();
        QTest::addRow("actor") << QString() << QStringLiteral("Russia") << false << QString() << -1
                               << false << QStringList{QStringLiteral("Moscow")};
        QTest::addRow("actor with children")
            << QString() << QStringLiteral("Russia") << true << QString() << -1 << false
            << QStringList{QStringLiteral("Lavrov"), QStringLiteral("Moscow")};
        QTest::addRow("topic") << QString() << QString() << false << QStringLiteral("Iran") << -1
                               << false
                               << QStringList{QStringLiteral("Lavrov"), QStringLiteral("The")};
        QTest::addRow("stance") << QString() << QString() << false << QString()
                                << int(Stance::Demand) << false
                                << QStringList{QStringLiteral("Moscow"), QStringLiteral("The")};
        QTest::addRow("document") << QString() << QString() << false << QString() << -1 << true
                                  << QStringList{QStringLiteral("Lavrov"), QStringLiteral("Moscow"),
                                                 QStringLiteral("Ukraine."),
                                                 QStringLiteral("Washington")};
        QTest::addRow("topic and document")
            << QString() << QString() << false << QStringLiteral("Iran") << -1 << true
            << QStringList{QStringLiteral("Lavrov")};
        QTest::addRow("actor and topic")
            << QString() << QStringLiteral("United States") << false << QStringLiteral("Ukraine")
            << -1 << false << QStringList{QStringLiteral("Ukraine.")};
        QTest::addRow("stance and search")
            << QStringLiteral("neutrality") << QString() << false << QString()
            << int(Stance::Demand) << false << QStringList{QStringLiteral("Moscow")};
        QTest::addRow("all at once, nothing left")
            << QStringLiteral("talks") << QStringLiteral("Russia") << true
            << QStringLiteral("Syria") << int(Stance::Proposal) << true << QStringList();
    }

    void filters()
    {
        QFETCH(QString, search);
        QFETCH(QString, actor);
        QFETCH(bool, children);
        QFETCH(QString, topic);
        QFETCH(int, stance);
        QFETCH(bool, firstDocument);
        QFETCH(QStringList, expected);

        ClaimTableModel model(project());
        ClaimFilterProxy proxy(project());
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy filterChanged(&proxy, &ClaimFilterProxy::filterChanged);
        proxy.setSearchText(search);
        proxy.setIncludeChildActors(children);
        proxy.setActor(actorId(actor));
        proxy.setTopic(topicId(topic));
        if (stance >= 0)
            proxy.setStance(Stance(stance));
        if (firstDocument)
            proxy.setDocument(m_one);

        QStringList shown;
        for (const QString &quote : quotesOf(proxy.visibleClaimIds()))
            shown.append(quote.section(QRegularExpression(QStringLiteral("\\s")), 0, 0));
        shown.sort();
        QCOMPARE(shown, expected);
        QCOMPARE(proxy.rowCount(), expected.size());
        const bool filtered = !search.isEmpty() || !actor.isEmpty() || !topic.isEmpty()
                              || stance >= 0 || firstDocument;
        QCOMPARE(proxy.isFiltered(), filtered);
        QCOMPARE(filterChanged.isEmpty(), !filtered && !children);

        // The store, given the equivalent filter, finds the same claims.
        QCOMPARE(proxy.storeFilterIsExact(), search.isEmpty() && stance < 0);
        if (proxy.storeFilterIsExact()) {
            auto stored = project().store().claims(proxy.storeFilter());
            QVERIFY(stored);
            QList<ClaimId> ids;
            for (const Claim &claim : stored.value())
                ids.append(claim.id);
            QCOMPARE(quotesOf(ids), quotesOf(proxy.visibleClaimIds()));
        }

        proxy.clearFilters();
        QCOMPARE(proxy.rowCount(), 5);
        QVERIFY(!proxy.isFiltered());
    }

    void filterFollowsNewClaimsAndRenames()
    {
        ClaimTableModel model(project());
        ClaimFilterProxy proxy(project());
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSearchText(QStringLiteral("hawks"));
        QCOMPARE(proxy.rowCount(), 1);
        addClaim(m_two, {QStringLiteral("senators call"),
                         QStringLiteral("Senate hawks"),
                         QStringLiteral("Iran"),
                         Stance::Assessment,
                         std::nullopt,
                         {}});
        QCOMPARE(proxy.rowCount(), 2);
        addClaim(m_two, {QStringLiteral("new sanctions"),
                         QStringLiteral("Russia"),
                         QStringLiteral("Iran"),
                         Stance::Assessment,
                         std::nullopt,
                         {}});
        QCOMPARE(proxy.rowCount(), 2);

        const Actor before = *project().actor(actorId(QStringLiteral("Senate hawks")));
        Actor after = before;
        after.name = QStringLiteral("Congress");
        QVERIFY(project().execute(new ChangeActorCommand(project(), before, after)));
        QCOMPARE(proxy.rowCount(), 0);
        project().undoStack()->undo();
        QCOMPARE(proxy.rowCount(), 2);

        // A new child of the filtered actor brings its claims in.
        proxy.setSearchText({});
        proxy.setIncludeChildActors(true);
        proxy.setActor(actorId(QStringLiteral("United States")));
        QCOMPARE(proxy.rowCount(), 2);
        const Actor hawks = *project().actor(actorId(QStringLiteral("Senate hawks")));
        Actor underUs = hawks;
        underUs.parent = actorId(QStringLiteral("United States"));
        QVERIFY(project().execute(new ChangeActorCommand(project(), hawks, underUs)));
        QCOMPARE(proxy.rowCount(), 4);
    }

    void sortsByPositionWithUnsetFirst()
    {
        ClaimTableModel model(project());
        ClaimFilterProxy proxy(project());
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto positions = [&proxy]() {
            QStringList list;
            for (int row = 0; row < proxy.rowCount(); ++row)
                list.append(proxy.index(row, ClaimTableModel::PositionColumn).data().toString());
            return list;
        };
        proxy.sort(ClaimTableModel::PositionColumn, Qt::AscendingOrder);
        QCOMPARE(positions(), (QStringList{QString(), QString(), QStringLiteral("-50"),
                                           QStringLiteral("0"), QStringLiteral("80")}));
        proxy.sort(ClaimTableModel::PositionColumn, Qt::DescendingOrder);
        QCOMPARE(positions(), (QStringList{QStringLiteral("80"), QStringLiteral("0"),
                                           QStringLiteral("-50"), QString(), QString()}));

        // A changed position moves its row.
        const ClaimId lavrov =
            m_claims.value(QStringLiteral("Lavrov rejects any sanctions on Iran."));
        Claim after = storedClaim(lavrov);
        after.position = 100;
        QVERIFY(project().execute(new ChangeClaimCommand(project(), storedClaim(lavrov), after)));
        QCOMPARE(proxy.claimIdAt(0), lavrov);
    }

    void sortsByCreationTime()
    {
        // Claims created in a known order, out of insertion order.
        const QDateTime base(QDate(2024, 3, 1), QTime(12, 0), QTimeZone::utc());
        const QList<int> offsets = {3, 1, 2};
        QList<ClaimId> ids;
        for (int offset : offsets) {
            Claim claim;
            claim.document = m_two;
            claim.start = 0;
            claim.end = 3;
            claim.holder = actorId(QStringLiteral("Russia"));
            claim.topic = topicId(QStringLiteral("Iran"));
            claim.createdAt = base.addDays(-365 + offset);
            auto *command = new AddClaimCommand(project(), claim);
            QVERIFY(project().execute(command));
            ids.append(command->claimId());
        }
        ClaimTableModel model(project());
        ClaimFilterProxy proxy(project());
        proxy.setSourceModel(&model);
        proxy.setTopic(topicId(QStringLiteral("Iran")));
        proxy.setActor(actorId(QStringLiteral("Russia")));
        proxy.sort(ClaimTableModel::CreatedColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.visibleClaimIds(), (QList<ClaimId>{ids.at(1), ids.at(2), ids.at(0)}));
        QCOMPARE(proxy.index(0, ClaimTableModel::CreatedColumn).data(roles::SortRole).toDateTime(),
                 base.addDays(-364));
        proxy.sort(ClaimTableModel::CreatedColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.visibleClaimIds(), (QList<ClaimId>{ids.at(0), ids.at(2), ids.at(1)}));
    }
};

QTEST_GUILESS_MAIN(TestClaimTableModel)
#include "tst_claimtablemodel.moc"
