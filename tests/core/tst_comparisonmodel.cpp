// The compare view's model: which topic rows show with which settings, how related
// evidence pairs up in date order, who said a member's quote, and how claims tagged, retagged and
// removed through the real undo commands reach the rows without a reset.
#include "core/commands/addclaimcommand.h"
#include "core/commands/adddocumentcommand.h"
#include "core/commands/changeclaimcommand.h"
#include "core/commands/changedocumentcommand.h"
#include "core/commands/codebookcommands.h"
#include "core/commands/removeclaimscommand.h"
#include "core/models/comparisonmodel.h"
#include "core/models/displayformat.h"
#include "core/models/modelroles.h"
#include "core/project/project.h"
#include "support/projectfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace demarche;

Q_DECLARE_METATYPE(demarche::ClaimScope)

namespace {

// Dated 2 March 2024, 10 January 2024, and undated.
const QString articleOne = QStringLiteral("Moscow demands the neutrality of Ukraine.\n"
                                          "Washington supports sanctions on Iran.\n"
                                          "Paris wants talks on Syria.\n"
                                          "Washington backs Kyiv.\n"
                                          "Washington condemns the siege of Aleppo.");
const QString articleTwo = QStringLiteral("Washington proposes talks on Ukraine.\n"
                                          "Lavrov rejects a grain corridor.\n"
                                          "Moscow insists on guarantees for Ukraine.");
const QString articleThree = QStringLiteral("Moscow warns Kyiv again.");

using TopicStatus = ComparisonModel::Status;

QString statusKey(const QModelIndex &topic)
{
    switch (TopicStatus(topic.data(roles::StatusRole).toInt())) {
    case TopicStatus::Both:
        return QStringLiteral("both");
    case TopicStatus::OnlyA:
        return QStringLiteral("only-a");
    case TopicStatus::OnlyB:
        return QStringLiteral("only-b");
    case TopicStatus::Neither:
        break;
    }
    return QStringLiteral("neither");
}

// The shown tree in one line: "Ukraine:both:3(Grain deal:only-a:1), Iran:only-b:1", each
// topic with its status and evidence rows, its shown sub-topics in brackets. Also checks
// that a topic's evidence rows come before its sub-topics.
QString outline(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList parts;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data(roles::RowKindRole).toInt() == int(ComparisonModel::RowKind::Evidence))
            continue;
        int evidence = 0;
        while (evidence < model.rowCount(index)
               && model.index(evidence, 0, index).data(roles::RowKindRole).toInt()
                      == int(ComparisonModel::RowKind::Evidence))
            ++evidence;
        const QString children = outline(model, index);
        parts.append(index.data().toString() + u':' + statusKey(index) + u':'
                     + QString::number(evidence)
                     + (children.isEmpty() ? QString() : u'(' + children + u')'));
    }
    return parts.join(QStringLiteral(", "));
}

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

ClaimScope scopeFrom(const QDate &from, const QDate &to)
{
    ClaimScope scope;
    if (from.isValid())
        scope.from = from;
    if (to.isValid())
        scope.to = to;
    return scope;
}

} // namespace

class TestComparisonModel final : public QObject, private ProjectFixture
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    DocumentId m_one;
    DocumentId m_two;
    DocumentId m_three;
    QHash<QString, ClaimId> m_claims; // by quote

    ClaimId addClaim(DocumentId document, const QString &quote, const QString &holder,
                     const QString &topic, Stance stance, std::optional<int> position = {},
                     int salience = 3)
    {
        const QString &text = document == m_one   ? articleOne
                              : document == m_two ? articleTwo
                                                  : articleThree;
        const qint64 start = text.indexOf(quote);
        const ClaimId id = addClaimAt(document, start, start + quote.size(), holder, topic, stance,
                                      position, salience);
        m_claims.insert(quote, id);
        return id;
    }

    Claim storedClaim(const QString &quote) const
    {
        return m_project->store().claim(m_claims.value(quote)).value();
    }

    void addTopic(const QString &name, const QString &parent = {})
    {
        Topic topic;
        topic.name = name;
        topic.parent = topicId(parent);
        if (!project().execute(new AddTopicCommand(project(), topic)))
            qFatal("cannot add topic %s", qPrintable(name));
    }

    void setActors(ComparisonModel &model, const QString &a, const QString &b)
    {
        model.setActors(actorId(a), actorId(b));
    }

    static QModelIndex evidence(const ComparisonModel &model, const QModelIndex &topic, int row,
                                int column)
    {
        return model.index(row, column, topic.siblingAtColumn(0));
    }

    // The quotes of a topic's evidence on one side, row by row; "-" for an empty cell.
    static QStringList sideQuotes(const ComparisonModel &model, const QModelIndex &topic,
                                  int column)
    {
        QStringList quotes;
        for (int row = 0; row < model.rowCount(topic); ++row) {
            const QModelIndex cell = evidence(model, topic, row, column);
            if (model.rowKind(cell) != ComparisonModel::RowKind::Evidence)
                break;
            const QString quote = cell.data().toString();
            quotes.append(quote.isEmpty() ? QStringLiteral("-") : quote);
        }
        return quotes;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Russia (with Lavrov under it), the United States and France; Grain deal under
    // Ukraine, Aleppo under Syria, Energy on its own; three documents, seven claims.
    void init()
    {
        auto created =
            Project::create(m_dir.filePath(QStringLiteral("p%1.demarche").arg(++m_counter)));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        m_project = std::move(created).value();
        m_claims.clear();
        m_one = addDocument(QStringLiteral("Ministers meet"), articleOne, day("2024-03-02"),
                            QStringLiteral("Reuters"));
        m_two = addDocument(QStringLiteral("Talks resume"), articleTwo, day("2024-01-10"),
                            QStringLiteral("TASS"));
        m_three = addDocument(QStringLiteral("Warning"), articleThree, {}, {});
        const ActorId russia = addActor(QStringLiteral("Russia"));
        addActor(QStringLiteral("United States"));
        addActor(QStringLiteral("Lavrov"), russia);
        addActor(QStringLiteral("France"));
        addTopic(QStringLiteral("Grain deal"), QStringLiteral("Ukraine"));
        addTopic(QStringLiteral("Aleppo"), QStringLiteral("Syria"));
        addTopic(QStringLiteral("Energy"));

        addClaim(m_one, QStringLiteral("Moscow demands the neutrality of Ukraine."),
                 QStringLiteral("Russia"), QStringLiteral("Ukraine"), Stance::Demand, -60, 4);
        addClaim(m_one, QStringLiteral("Washington supports sanctions on Iran."),
                 QStringLiteral("United States"), QStringLiteral("Iran"), Stance::Support, 50);
        addClaim(m_one, QStringLiteral("Paris wants talks on Syria."), QStringLiteral("France"),
                 QStringLiteral("Syria"), Stance::Proposal);
        addClaim(m_two, QStringLiteral("Washington proposes talks on Ukraine."),
                 QStringLiteral("United States"), QStringLiteral("Ukraine"), Stance::Proposal, 40);
        addClaim(m_two, QStringLiteral("Lavrov rejects a grain corridor."),
                 QStringLiteral("Lavrov"), QStringLiteral("Grain deal"), Stance::Refusal, -20);
        addClaim(m_two, QStringLiteral("Moscow insists on guarantees for Ukraine."),
                 QStringLiteral("Russia"), QStringLiteral("Ukraine"), Stance::Demand, -40, 2);
        addClaim(m_three, QStringLiteral("Moscow warns Kyiv again."), QStringLiteral("Russia"),
                 QStringLiteral("Ukraine"), Stance::Threat);
    }

    void cleanup() { m_project.reset(); }

    void topicRows_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("rollUp");
        QTest::addColumn<bool>("showEmpty");
        QTest::addColumn<ClaimScope>("scope");
        QTest::addColumn<QString>("expected");

        const QString russia = QStringLiteral("Russia");
        const QString usa = QStringLiteral("United States");
        QTest::newRow("sub-topic nested, empty topics hidden")
            << russia << usa << true << false << ClaimScope()
            << QStringLiteral("Ukraine:both:3(Grain deal:only-a:1), Iran:only-b:1");
        QTest::newRow("without roll-up Lavrov's claim is not Russia's")
            << russia << usa << false << false << ClaimScope()
            << QStringLiteral("Ukraine:both:3, Iran:only-b:1");
        QTest::newRow("empty topics shown")
            << russia << usa << true << true << ClaimScope()
            << QStringLiteral("Ukraine:both:3(Grain deal:only-a:1), Syria:neither:0"
                              "(Aleppo:neither:0), Iran:only-b:1, Energy:neither:0");
        QTest::newRow("from February: undated and January left out")
            << russia << usa << true << false << scopeFrom(day("2024-02-01"), {})
            << QStringLiteral("Ukraine:only-a:1, Iran:only-b:1");
        QTest::newRow("until February")
            << russia << usa << true << false << scopeFrom({}, day("2024-02-01"))
            << QStringLiteral("Ukraine:both:1(Grain deal:only-a:1)");
        ClaimScope demands;
        demands.stances = {Stance::Demand};
        QTest::newRow("demands only")
            << russia << usa << true << false << demands << QStringLiteral("Ukraine:only-a:2");
        ClaimScope secondDocument;
        secondDocument.documents = {DocumentId(2)};
        QTest::newRow("one document") << russia << usa << true << false << secondDocument
                                      << QStringLiteral("Ukraine:both:1(Grain deal:only-a:1)");
        QTest::newRow("member against its parent")
            << russia << QStringLiteral("Lavrov") << true << false << ClaimScope()
            << QStringLiteral("Ukraine:only-a:3(Grain deal:only-b:1)");
        QTest::newRow("parent shown for a sub-topic's claims")
            << QStringLiteral("Lavrov") << QStringLiteral("France") << true << false << ClaimScope()
            << QStringLiteral("Ukraine:neither:0(Grain deal:only-a:1), Syria:only-b:1");
        QTest::newRow("the same actor twice")
            << russia << russia << true << true << ClaimScope() << QString();
        QTest::newRow("an unknown actor")
            << russia << QString() << true << true << ClaimScope() << QString();
    }

    void topicRows()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, rollUp);
        QFETCH(bool, showEmpty);
        QFETCH(ClaimScope, scope);
        QFETCH(QString, expected);

        ComparisonModel model(project());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // no actors chosen yet
        model.setRollUp(rollUp);
        model.setShowEmptyTopics(showEmpty);
        model.setScope(scope);
        setActors(model, a, b);
        QCOMPARE(outline(model), expected);
        QCOMPARE(model.isComparable(), !expected.isEmpty());
        QCOMPARE(model.columnCount(), int(ComparisonModel::ColumnCount));
    }

    // What the exports get is what the rows show: the same comparison the store gives.
    void comparisonMatchesStore_data() { topicRows_data(); }

    void comparisonMatchesStore()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, rollUp);
        QFETCH(ClaimScope, scope);
        QFETCH(QString, expected);
        ComparisonModel model(project());
        model.setRollUp(rollUp);
        model.setScope(scope);
        setActors(model, a, b);
        if (expected.isEmpty()) { // nothing to compare, nothing to export
            QVERIFY(model.comparison().topics.isEmpty());
            return;
        }
        ComparisonOptions options;
        options.a = actorId(a);
        options.b = actorId(b);
        options.rollUp = rollUp;
        options.scope = scope;
        const auto stored = compareActors(project().store(), options);
        QVERIFY(stored);
        const Comparison shown = model.comparison();
        QCOMPARE(shown.a.name, a);
        QCOMPARE(shown.b.name, b);
        QCOMPARE(shown.rollUp, rollUp);
        QCOMPARE(shown.topics.size(), stored->topics.size());
        for (int i = 0; i < shown.topics.size(); ++i) {
            const TopicComparison &mine = shown.topics.at(i);
            const TopicComparison &theirs = stored->topics.at(i);
            QCOMPARE(mine.topic.id, theirs.topic.id);
            QCOMPARE(mine.status, theirs.status);
            QCOMPARE(mine.distance, theirs.distance);
            QCOMPARE(mine.a.claims.size(), theirs.a.claims.size());
            QCOMPARE(mine.b.claims.size(), theirs.b.claims.size());
            for (int c = 0; c < mine.a.claims.size(); ++c)
                QCOMPARE(mine.a.claims.at(c).id, theirs.a.claims.at(c).id);
            for (int c = 0; c < mine.b.claims.size(); ++c)
                QCOMPARE(mine.b.claims.at(c).id, theirs.b.claims.at(c).id);
        }
    }

    void topicSummary()
    {
        ComparisonModel model(project());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        setActors(model, QStringLiteral("Russia"), QStringLiteral("United States"));
        const QModelIndex ukraine = model.topicIndex(topicId(QStringLiteral("Ukraine")));
        QVERIFY(ukraine.isValid());
        QCOMPARE(ukraine.data().toString(), QStringLiteral("Ukraine"));
        const QModelIndex a = ukraine.siblingAtColumn(ComparisonModel::ActorAColumn);
        const QModelIndex b = ukraine.siblingAtColumn(ComparisonModel::ActorBColumn);
        const QModelIndex middle = ukraine.siblingAtColumn(ComparisonModel::ComparisonColumn);
        QCOMPARE(a.data(roles::ClaimCountRole).toInt(), 3);
        QCOMPARE(b.data(roles::ClaimCountRole).toInt(), 1);
        // (4 × −60 + 2 × −40) / 6; the threat has no position.
        QCOMPARE(a.data(roles::MeanPositionRole).toDouble(), -320.0 / 6.0);
        QCOMPARE(b.data(roles::MeanPositionRole).toDouble(), 40.0);
        QCOMPARE(middle.data(roles::DistanceRole).toDouble(), 40.0 + 320.0 / 6.0);
        QCOMPARE(TopicStatus(middle.data(roles::StatusRole).toInt()), TopicStatus::Both);
        QCOMPARE(a.data().toString(), QStringLiteral("3 claims \u00b7 mean \u221253.3"));
        QCOMPARE(a.data(roles::MetaTextRole).toString(),
                 QStringLiteral("Demand 2 \u00b7 Threat 1"));
        QCOMPARE(middle.data().toString(), QStringLiteral("\u0394 93.3"));
        // The distance is read against the topic's poles, which the bar shows at its ends.
        const Topic *topic = project().topic(topicId(QStringLiteral("Ukraine")));
        QCOMPARE(middle.data(roles::NegativePoleRole).toString(), topic->negativePole);
        QCOMPARE(middle.data(roles::PositivePoleRole).toString(), topic->positivePole);
        QVERIFY(middle.data(Qt::ToolTipRole).toString().contains(topic->negativePole));
        QCOMPARE(model.headerData(ComparisonModel::ActorAColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Russia"));
        QCOMPARE(model.headerData(ComparisonModel::ActorBColumn, Qt::Horizontal).toString(),
                 QStringLiteral("United States"));

        const QModelIndex iran =
            model.topicIndex(topicId(QStringLiteral("Iran")), ComparisonModel::ComparisonColumn);
        QCOMPARE(TopicStatus(iran.data(roles::StatusRole).toInt()), TopicStatus::OnlyB);
        QCOMPARE(iran.data().toString(), QStringLiteral("only United States"));
        QVERIFY(!iran.data(roles::DistanceRole).isValid());
        QCOMPARE(model.topicsWithClaims(), 3);
        QVERIFY(!model.topicIndex(topicId(QStringLiteral("Syria"))).isValid());
    }

    // Each side by publication date with the undated last; claims of the same document
    // side by side, the others alone in their row.
    void evidencePairing_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<int>("stance");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("meta");

        const int a = ComparisonModel::ActorAColumn;
        const int b = ComparisonModel::ActorBColumn;
        QTest::newRow("A, January") << 0 << a << "Moscow insists on guarantees for Ukraine."
                                    << int(Stance::Demand) << day("2024-01-10") << "TASS"
                                    << "Demand \u00b7 %1 \u00b7 TASS \u00b7 position "
                                       "\u221240";
        QTest::newRow("B, January") << 0 << b << "Washington proposes talks on Ukraine."
                                    << int(Stance::Proposal) << day("2024-01-10") << "TASS"
                                    << "Proposal \u00b7 %1 \u00b7 TASS \u00b7 position 40";
        QTest::newRow("A, March") << 1 << a << "Moscow demands the neutrality of Ukraine."
                                  << int(Stance::Demand) << day("2024-03-02") << "Reuters"
                                  << "Demand \u00b7 %1 \u00b7 Reuters \u00b7 position "
                                     "\u221260";
        QTest::newRow("B, nothing more")
            << 1 << b << QString() << -1 << QDate() << QString() << QString();
        QTest::newRow("A, undated last")
            << 2 << a << "Moscow warns Kyiv again." << int(Stance::Threat) << QDate() << ""
            << "Threat \u00b7 undated \u00b7 Warning";
        QTest::newRow("B, still nothing")
            << 2 << b << QString() << -1 << QDate() << QString() << QString();
    }

    void evidencePairing()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, quote);
        QFETCH(int, stance);
        QFETCH(QDate, date);
        QFETCH(QString, source);
        QFETCH(QString, meta);
        // Publication dates show in the locale's format, as everywhere in the views.
        if (date.isValid())
            meta = meta.arg(displayformat::date(date));

        ComparisonModel model(project());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        setActors(model, QStringLiteral("Russia"), QStringLiteral("United States"));
        const QModelIndex ukraine = model.topicIndex(topicId(QStringLiteral("Ukraine")));
        const QModelIndex cell = evidence(model, ukraine, row, column);
        QCOMPARE(model.rowKind(cell), ComparisonModel::RowKind::Evidence);
        QCOMPARE(cell.data().toString(), quote);
        QCOMPARE(cell.data(roles::MetaTextRole).toString(), meta);
        QCOMPARE(cell.data(roles::TopicIdRole).value<TopicId>(),
                 topicId(QStringLiteral("Ukraine")));
        if (quote.isEmpty()) {
            QCOMPARE(cell.data(roles::ClaimIdRole).value<ClaimId>(), ClaimId());
            QVERIFY(!model.claimAt(cell).isValid());
            QVERIFY(!(model.flags(cell) & Qt::ItemIsSelectable));
            return;
        }
        QCOMPARE(cell.data(roles::ClaimIdRole).value<ClaimId>(), m_claims.value(quote));
        QCOMPARE(model.claimAt(cell), m_claims.value(quote));
        QCOMPARE(cell.data(roles::StanceRole).toInt(), stance);
        QCOMPARE(cell.data(roles::DateRole).toDate(), date);
        QCOMPARE(cell.data(roles::SourceRole).toString(), source);
        const Claim stored = storedClaim(quote);
        QCOMPARE(cell.data(roles::PositionRole),
                 stored.position ? QVariant(*stored.position) : QVariant());
    }

    // Two sides' claims share a row only when related: the same document or the same
    // target. An unrelated claim gets a row of its own, in date order, the other cell empty.
    void relatedQuotesShareARow()
    {
        ComparisonModel model(project());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        setActors(model, QStringLiteral("Russia"), QStringLiteral("United States"));
        const QModelIndex ukraine = model.topicIndex(topicId(QStringLiteral("Ukraine")));
        const int a = ComparisonModel::ActorAColumn;
        const int b = ComparisonModel::ActorBColumn;
        const QString insists = QStringLiteral("Moscow insists on guarantees for Ukraine.");
        const QString demands = QStringLiteral("Moscow demands the neutrality of Ukraine.");
        const QString warns = QStringLiteral("Moscow warns Kyiv again.");
        const QString proposes = QStringLiteral("Washington proposes talks on Ukraine.");
        const QString none = QStringLiteral("-");
        QCOMPARE(sideQuotes(model, ukraine, a), (QStringList{insists, demands, warns}));
        QCOMPARE(sideQuotes(model, ukraine, b), (QStringList{proposes, none, none}));

        // February, another document, no target: between January and March, alone.
        const QString briefing = QStringLiteral("Washington rules out a deal.");
        const DocumentId four = addDocument(QStringLiteral("Briefing"), briefing, day("2024-02-01"),
                                            QStringLiteral("AP"));
        const ClaimId rulesOut =
            addClaimAt(four, 0, briefing.size(), QStringLiteral("United States"),
                       QStringLiteral("Ukraine"), Stance::Refusal, 70);
        QCOMPARE(sideQuotes(model, ukraine, a), (QStringList{insists, none, demands, warns}));
        QCOMPARE(sideQuotes(model, ukraine, b), (QStringList{proposes, briefing, none, none}));
        QVERIFY(!evidence(model, ukraine, 1, a).data(roles::PositionRole).isValid());

        // Both addressed to France: now an answer to Moscow's demand, beside it.
        const ActorId france = actorId(QStringLiteral("France"));
        for (const ClaimId id : {rulesOut, m_claims.value(demands)}) {
            const Claim before = m_project->store().claim(id).value();
            Claim after = before;
            after.target = france;
            QVERIFY(project().execute(new ChangeClaimCommand(project(), before, after)));
        }
        QCOMPARE(sideQuotes(model, ukraine, a), (QStringList{insists, demands, warns}));
        QCOMPARE(sideQuotes(model, ukraine, b), (QStringList{proposes, briefing, none}));
        QCOMPARE(model.claimAt(evidence(model, ukraine, 1, b)), rulesOut);
    }

    // A member's quote in its actor's column names the member; the actor's own do not.
    void membersAreNamed()
    {
        ComparisonModel model(project());
        setActors(model, QStringLiteral("Russia"), QStringLiteral("United States"));
        const QModelIndex grain = model.topicIndex(topicId(QStringLiteral("Grain deal")));
        const QModelIndex lavrov = evidence(model, grain, 0, ComparisonModel::ActorAColumn);
        QCOMPARE(lavrov.data(roles::SpeakerRole).toString(), QStringLiteral("Lavrov"));
        QCOMPARE(lavrov.data().toString(),
                 QStringLiteral("Lavrov: Lavrov rejects a grain corridor."));
        QVERIFY(lavrov.data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QLatin1String("Lavrov: Lavrov rejects a grain corridor.\n")));
        const QModelIndex ukraine = model.topicIndex(topicId(QStringLiteral("Ukraine")));
        const QModelIndex russia = evidence(model, ukraine, 0, ComparisonModel::ActorAColumn);
        QCOMPARE(russia.data(roles::SpeakerRole).toString(), QString());
        QCOMPARE(russia.data().toString(),
                 QStringLiteral("Moscow insists on guarantees for Ukraine."));

        // Lavrov compared himself speaks in his own name.
        setActors(model, QStringLiteral("Lavrov"), QStringLiteral("United States"));
        const QModelIndex own =
            evidence(model, model.topicIndex(topicId(QStringLiteral("Grain deal"))), 0,
                     ComparisonModel::ActorAColumn);
        QCOMPARE(own.data().toString(), QStringLiteral("Lavrov rejects a grain corridor."));
        QCOMPARE(own.data(roles::SpeakerRole).toString(), QString());
    }

    // Tagging, retagging and removing claims through the undo commands reach the rows
    // without a reset; undoing everything brings the first rows back.
    void followsClaimEdits()
    {
        ComparisonModel model(project());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        setActors(model, QStringLiteral("Russia"), QStringLiteral("United States"));
        const QString initial = outline(model);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex ukraine = model.topicIndex(topicId(QStringLiteral("Ukraine")));

        // Another actor's claim changes nothing.
        addClaim(m_one, QStringLiteral("Paris wants"), QStringLiteral("France"),
                 QStringLiteral("Iran"), Stance::Proposal);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 0);

        // B's second claim, in March, fills the empty cell of the second pair.
        addClaim(m_one, QStringLiteral("Washington backs Kyiv."), QStringLiteral("United States"),
                 QStringLiteral("Ukraine"), Stance::Support, 70);
        QCOMPARE(outline(model), initial);
        QVERIFY(changed.count() > 0);
        QCOMPARE(sideQuotes(model, ukraine, ComparisonModel::ActorBColumn),
                 (QStringList{QStringLiteral("Washington proposes talks on Ukraine."),
                              QStringLiteral("Washington backs Kyiv."), QStringLiteral("-")}));

        // A claim on a sub-topic brings its hidden parent along.
        addClaim(m_one, QStringLiteral("Washington condemns the siege of Aleppo."),
                 QStringLiteral("United States"), QStringLiteral("Aleppo"), Stance::Criticism);
        QCOMPARE(outline(model), QStringLiteral("Ukraine:both:3(Grain deal:only-a:1), "
                                                "Syria:neither:0(Aleppo:only-b:1), Iran:only-b:1"));

        // Retagging Lavrov's claim to Iran empties Grain deal and fills Iran's A side, in a
        // row of its own: January's talks and March's sanctions are not one exchange.
        Claim grain = storedClaim(QStringLiteral("Lavrov rejects a grain corridor."));
        Claim toIran = grain;
        toIran.topic = topicId(QStringLiteral("Iran"));
        QVERIFY(project().execute(new ChangeClaimCommand(project(), grain, toIran)));
        QCOMPARE(outline(model),
                 QStringLiteral("Ukraine:both:3, Syria:neither:0(Aleppo:only-b:1), Iran:both:2"));

        // A claim handed to another holder leaves Russia's side.
        Claim warning = storedClaim(QStringLiteral("Moscow warns Kyiv again."));
        Claim french = warning;
        french.holder = actorId(QStringLiteral("France"));
        QVERIFY(project().execute(new ChangeClaimCommand(project(), warning, french)));
        QCOMPARE(outline(model),
                 QStringLiteral("Ukraine:both:2, Syria:neither:0(Aleppo:only-b:1), Iran:both:2"));

        // Removing the only claim under Syria takes the parent away too.
        QVERIFY(project().execute(new RemoveClaimsCommand(
            project(),
            {m_claims.value(QStringLiteral("Washington condemns the siege of Aleppo."))})));
        QCOMPARE(outline(model), QStringLiteral("Ukraine:both:2, Iran:both:2"));

        for (int step = 0; step < 6; ++step) // the six edits above
            project().undoStack()->undo();
        QCOMPARE(outline(model), initial);
        QCOMPARE(sideQuotes(model, ukraine, ComparisonModel::ActorBColumn),
                 (QStringList{QStringLiteral("Washington proposes talks on Ukraine."),
                              QStringLiteral("-"), QStringLiteral("-")}));
        QCOMPARE(resets.count(), 0);
    }

    void emptyTopicStaysWhenShown()
    {
        ComparisonModel model(project());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setShowEmptyTopics(true);
        setActors(model, QStringLiteral("Russia"), QStringLiteral("United States"));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(project().execute(new RemoveClaimsCommand(
            project(),
            {m_claims.value(QStringLiteral("Washington supports sanctions on Iran."))})));
        QCOMPARE(removed.count(), 1); // the evidence row, not the topic
        const QModelIndex iran = model.topicIndex(topicId(QStringLiteral("Iran")));
        QVERIFY(iran.isValid());
        QCOMPARE(statusKey(iran), QStringLiteral("neither"));
        QCOMPARE(model.rowCount(iran), 0);
    }

    // A new publication date reorders the evidence, and moves it in or out of a range.
    void followsDocumentDates()
    {
        ComparisonModel model(project());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScope(scopeFrom({}, day("2024-02-01")));
        setActors(model, QStringLiteral("Russia"), QStringLiteral("United States"));
        const QModelIndex ukraine = model.topicIndex(topicId(QStringLiteral("Ukraine")));
        QCOMPARE(sideQuotes(model, ukraine, ComparisonModel::ActorAColumn),
                 QStringList{QStringLiteral("Moscow insists on guarantees for Ukraine.")});
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        const Document before = *project().documentInfo(m_three);
        Document dated = before;
        dated.date = day("2023-12-01");
        QVERIFY(project().execute(new ChangeDocumentCommand(project(), before, dated)));
        QCOMPARE(sideQuotes(model, ukraine, ComparisonModel::ActorAColumn),
                 (QStringList{QStringLiteral("Moscow warns Kyiv again."),
                              QStringLiteral("Moscow insists on guarantees for Ukraine.")}));
        QCOMPARE(evidence(model, ukraine, 0, ComparisonModel::ActorAColumn)
                     .data(roles::DateRole)
                     .toDate(),
                 day("2023-12-01"));
        QCOMPARE(resets.count(), 0);
    }

    void codebookChangesReset()
    {
        ComparisonModel model(project());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        setActors(model, QStringLiteral("Russia"), QStringLiteral("United States"));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const Topic before = *project().topic(topicId(QStringLiteral("Iran")));
        Topic renamed = before;
        renamed.name = QStringLiteral("Persian Gulf");
        QVERIFY(project().execute(new ChangeTopicCommand(project(), before, renamed)));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(outline(model),
                 QStringLiteral("Ukraine:both:3(Grain deal:only-a:1), Persian Gulf:only-b:1"));

        const Actor usa = *project().actor(actorId(QStringLiteral("United States")));
        Actor renamedActor = usa;
        renamedActor.name = QStringLiteral("USA");
        QVERIFY(project().execute(new ChangeActorCommand(project(), usa, renamedActor)));
        QCOMPARE(model.headerData(ComparisonModel::ActorBColumn, Qt::Horizontal).toString(),
                 QStringLiteral("USA"));
        QCOMPARE(outline(model),
                 QStringLiteral("Ukraine:both:3(Grain deal:only-a:1), Persian Gulf:only-b:1"));
    }
};

QTEST_GUILESS_MAIN(TestComparisonModel)
#include "tst_comparisonmodel.moc"
