// The codebook tree models (actors, topics) and the codebook commands they run.
#include "core/commands/addclaimcommand.h"
#include "core/commands/changeclaimcommand.h"
#include "core/commands/codebookcommands.h"
#include "core/commands/removeclaimscommand.h"
#include "core/domain/vocabulary.h"
#include "core/models/codebookitemmodel.h"
#include "core/models/codebooktree.h"
#include "core/models/modelroles.h"
#include "core/project/project.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace demarche;

namespace {

enum class Op { Add, AddChild, Rename, Reparent, MoveUp, MoveDown, Merge, Delete };
enum class Kind { Actors, Topics };

// The tree as text: "Russia[Lavrov], USA".
QString treeText(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        QString text = index.data().toString();
        if (model.rowCount(index) > 0)
            text += QLatin1Char('[') + treeText(model, index) + QLatin1Char(']');
        rows.append(text);
    }
    return rows.join(QLatin1String(", "));
}

qint64 idOf(const CodebookTreeModel &model, const QString &name)
{
    for (qint64 id : model.codebookOrder()) {
        if (model.entry(id)->name == name)
            return id;
    }
    return 0;
}

} // namespace

Q_DECLARE_METATYPE(Op)
Q_DECLARE_METATYPE(Kind)
Q_DECLARE_METATYPE(demarche::ActorKind)
Q_DECLARE_METATYPE(demarche::CodebookTreeModel::Field)

class TestCodebookModels final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Project> m_project;
    DocumentId m_document;

    Project &project() { return *m_project; }

    template <typename Command, typename... Args>
    void run(Args &&...args)
    {
        QVERIFY(project().execute(new Command(project(), std::forward<Args>(args)...)));
    }

    ActorId addActor(const QString &name, ActorId parent = {})
    {
        Actor actor;
        actor.name = name;
        actor.parent = parent;
        auto *command = new AddActorCommand(project(), actor);
        if (!project().execute(command))
            qFatal("cannot add %s", qPrintable(name));
        return command->entryId();
    }

    TopicId topicNamed(const QString &name)
    {
        for (const Topic &topic : project().topics()) {
            if (topic.name == name)
                return topic.id;
        }
        return {};
    }

    ClaimId addClaim(ActorId holder, TopicId topic, ActorId target = {})
    {
        Claim claim;
        claim.document = m_document;
        claim.start = 0;
        claim.end = 6;
        claim.holder = holder;
        claim.target = target;
        claim.topic = topic;
        auto *command = new AddClaimCommand(project(), claim);
        if (!project().execute(command))
            qFatal("cannot add a claim");
        return command->claimId();
    }

    Claim claim(ClaimId id) const { return m_project->store().claim(id).value(); }

    // Actors Russia[Lavrov], USA and topics Ukraine[Crimea], Syria, Iran; Russia holds a
    // claim on Ukraine addressed to the USA; nothing on the undo stack.
    void makeFixture()
    {
        auto created =
            Project::create(m_dir.filePath(QStringLiteral("p%1.demarche").arg(++m_counter)));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        m_project = std::move(created).value();
        Document document;
        document.title = QStringLiteral("Talks");
        document.text = QStringLiteral("Russia demands guarantees.");
        auto added = project().insertDocument(document, ProjectStore::Duplicates::Allow);
        QVERIFY(added);
        m_document = added->id;
        const ActorId russia = addActor(QStringLiteral("Russia"));
        addActor(QStringLiteral("Lavrov"), russia);
        const ActorId usa = addActor(QStringLiteral("USA"));
        Topic crimea;
        crimea.name = QStringLiteral("Crimea");
        crimea.parent = topicNamed(QStringLiteral("Ukraine"));
        run<AddTopicCommand>(crimea);
        addClaim(russia, topicNamed(QStringLiteral("Ukraine")), usa);
        project().undoStack()->clear();
    }

    void check(QAbstractItemModel *model)
    {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     model);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { makeFixture(); }

    // Children right after their parent; a missing parent or a loop puts an entry at the
    // top level instead of losing it.
    void depthFirstListsEveryEntryUnderItsParent()
    {
        const QList<CodebookEntry> entries = {
            {1, 0, QStringLiteral("Russia"), {}, {}, {}, {}},
            {2, 0, QStringLiteral("United States"), {}, {}, {}, {}},
            {3, 1, QStringLiteral("Belov"), {}, {}, {}, {}},
            {4, 99, QStringLiteral("Orphan"), {}, {}, {}, {}},
            {5, 6, QStringLiteral("Loop A"), {}, {}, {}, {}},
            {6, 5, QStringLiteral("Loop B"), {}, {}, {}, {}},
            {7, 3, QStringLiteral("Aide"), {}, {}, {}, {}},
        };
        const CodebookTree tree(entries);
        const QList<std::pair<qint64, int>> order = tree.depthFirst();
        const QList<std::pair<qint64, int>> expected = {{1, 0}, {3, 1}, {7, 2}, {2, 0},
                                                        {4, 0}, {5, 0}, {6, 0}};
        QCOMPARE(order, expected);
    }

    void treeFollowsParentsInCodebookOrder()
    {
        ActorTreeModel actors(project());
        TopicTreeModel topics(project());
        check(&actors);
        check(&topics);
        QCOMPARE(treeText(actors), QStringLiteral("Russia[Lavrov], USA"));
        QCOMPARE(treeText(topics), QStringLiteral("Ukraine[Crimea], Syria, Iran"));
        QCOMPARE(actors.columnCount(), 6);
        QCOMPARE(topics.columnCount(), 5);
        QCOMPARE(
            actors.headerData(actors.column(CodebookTreeModel::Field::Aliases), Qt::Horizontal),
            QVariant(QStringLiteral("Aliases")));
        QCOMPARE(topics.column(CodebookTreeModel::Field::Kind), -1);
        // Quick-tag numbers follow the flat codebook order, not the tree.
        const QModelIndex lavrov = actors.indexOf(ActorId(idOf(actors, QStringLiteral("Lavrov"))));
        QCOMPARE(lavrov.data(roles::QuickTagNumberRole).toInt(), 2);
        QCOMPARE(lavrov.parent().data().toString(), QStringLiteral("Russia"));
        QCOMPARE(lavrov.data(roles::ActorIdRole).value<ActorId>(),
                 ActorId(idOf(actors, QStringLiteral("Lavrov"))));
        QCOMPARE(lavrov.data(Qt::DecorationRole).value<QColor>(), project().actors().at(1).color);
        QCOMPARE(topics.indexOf(topicNamed(QStringLiteral("Crimea")))
                     .data(roles::TopicIdRole)
                     .value<TopicId>(),
                 topicNamed(QStringLiteral("Crimea")));
    }

    void editsThroughCommands_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<Op>("op");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("other");
        QTest::addColumn<QString>("after");

        QTest::newRow("add actor") << Kind::Actors << Op::Add << "Germany"
                                   << ""
                                   << "Russia[Lavrov], USA, Germany";
        QTest::newRow("add child actor") << Kind::Actors << Op::AddChild << "Peskov"
                                         << "Russia"
                                         << "Russia[Lavrov, Peskov], USA";
        QTest::newRow("rename actor") << Kind::Actors << Op::Rename << "Lavrov"
                                      << "S. Lavrov"
                                      << "Russia[S. Lavrov], USA";
        QTest::newRow("reparent actor") << Kind::Actors << Op::Reparent << "Lavrov"
                                        << "USA"
                                        << "Russia, USA[Lavrov]";
        QTest::newRow("move actor down") << Kind::Actors << Op::MoveDown << "Russia"
                                         << ""
                                         << "USA, Russia[Lavrov]";
        QTest::newRow("move actor up") << Kind::Actors << Op::MoveUp << "USA"
                                       << ""
                                       << "USA, Russia[Lavrov]";
        QTest::newRow("merge used actor") << Kind::Actors << Op::Merge << "Russia"
                                          << "USA"
                                          << "USA[Lavrov]";
        QTest::newRow("delete unused actor") << Kind::Actors << Op::Delete << "Lavrov"
                                             << ""
                                             << "Russia, USA";
        QTest::newRow("add topic") << Kind::Topics << Op::Add << "Gaza"
                                   << ""
                                   << "Ukraine[Crimea], Syria, Iran, Gaza";
        QTest::newRow("add child topic") << Kind::Topics << Op::AddChild << "Donbas"
                                         << "Ukraine"
                                         << "Ukraine[Crimea, Donbas], Syria, Iran";
        QTest::newRow("rename topic") << Kind::Topics << Op::Rename << "Iran"
                                      << "Iran deal"
                                      << "Ukraine[Crimea], Syria, Iran deal";
        QTest::newRow("reparent topic") << Kind::Topics << Op::Reparent << "Crimea"
                                        << "Syria"
                                        << "Ukraine, Syria[Crimea], Iran";
        QTest::newRow("move topic with child down") << Kind::Topics << Op::MoveDown << "Ukraine"
                                                    << ""
                                                    << "Syria, Ukraine[Crimea], Iran";
        QTest::newRow("move topic up") << Kind::Topics << Op::MoveUp << "Syria"
                                       << ""
                                       << "Syria, Ukraine[Crimea], Iran";
        QTest::newRow("merge used topic") << Kind::Topics << Op::Merge << "Ukraine"
                                          << "Iran"
                                          << "Syria, Iran[Crimea]";
        QTest::newRow("delete unused topic") << Kind::Topics << Op::Delete << "Syria"
                                             << ""
                                             << "Ukraine[Crimea], Iran";
    }

    void editsThroughCommands()
    {
        QFETCH(Kind, kind);
        QFETCH(Op, op);
        QFETCH(QString, entry);
        QFETCH(QString, other);
        QFETCH(QString, after);

        ActorTreeModel actors(project());
        TopicTreeModel topics(project());
        check(&actors);
        check(&topics);
        CodebookTreeModel &model =
            kind == Kind::Actors ? static_cast<CodebookTreeModel &>(actors) : topics;
        const QString before = treeText(model);
        const qint64 id = idOf(model, entry);
        const qint64 otherId = idOf(model, other);
        QUndoStack &stack = *project().undoStack();

        switch (op) {
        case Op::Add:
            QVERIFY(model.addEntry(entry, 0) > 0);
            break;
        case Op::AddChild:
            QVERIFY(model.addEntry(entry, otherId) > 0);
            break;
        case Op::Rename:
            QVERIFY(model.setData(model.indexOfEntry(id), other));
            break;
        case Op::Reparent:
            if (kind == Kind::Actors) {
                Actor moved = *project().actor(ActorId(id));
                moved.parent = ActorId(otherId);
                run<ChangeActorCommand>(*project().actor(ActorId(id)), moved);
            } else {
                Topic moved = *project().topic(TopicId(id));
                moved.parent = TopicId(otherId);
                run<ChangeTopicCommand>(*project().topic(TopicId(id)), moved);
            }
            break;
        case Op::MoveUp:
        case Op::MoveDown:
            QVERIFY(model.moveEntry(id, op == Op::MoveUp ? -1 : 1));
            break;
        case Op::Merge:
            QVERIFY(model.mergeEntry(id, otherId));
            break;
        case Op::Delete:
            QVERIFY(model.removeEntry(id));
            break;
        }
        QCOMPARE(treeText(model), after);
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QCOMPARE(treeText(model), before);
        stack.redo();
        QCOMPARE(treeText(model), after);
        stack.undo();
        QCOMPARE(treeText(model), before);
        // The other codebook never moved.
        QCOMPARE(treeText(kind == Kind::Actors ? static_cast<CodebookTreeModel &>(topics) : actors),
                 kind == Kind::Actors ? QStringLiteral("Ukraine[Crimea], Syria, Iran")
                                      : QStringLiteral("Russia[Lavrov], USA"));
    }

    void deleteLiftsChildrenUntilUndo()
    {
        TopicTreeModel topics(project());
        check(&topics);
        Topic nuclear;
        nuclear.name = QStringLiteral("Nuclear");
        nuclear.parent = topicNamed(QStringLiteral("Iran"));
        run<AddTopicCommand>(nuclear);
        QCOMPARE(treeText(topics), QStringLiteral("Ukraine[Crimea], Syria, Iran[Nuclear]"));
        QVERIFY(topics.removeEntry(topicNamed(QStringLiteral("Iran")).value()));
        QCOMPARE(treeText(topics), QStringLiteral("Ukraine[Crimea], Syria, Nuclear"));
        project().undoStack()->undo();
        QCOMPARE(treeText(topics), QStringLiteral("Ukraine[Crimea], Syria, Iran[Nuclear]"));
        QCOMPARE(topics.quickTagNumber(topicNamed(QStringLiteral("Iran")).value()), 3);
    }

    void renameKeepsPersistentIndexes()
    {
        ActorTreeModel actors(project());
        check(&actors);
        QSignalSpy resets(&actors, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&actors, &QAbstractItemModel::dataChanged);
        const QPersistentModelIndex lavrov =
            actors.indexOfEntry(idOf(actors, QStringLiteral("Lavrov")));
        QVERIFY(actors.setData(lavrov, QStringLiteral("Sergei Lavrov")));
        QVERIFY(lavrov.isValid());
        QCOMPARE(lavrov.data().toString(), QStringLiteral("Sergei Lavrov"));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(project().undoStack()->undoText(), QStringLiteral("Edit actor “Lavrov”"));
        project().undoStack()->undo();
        QVERIFY(lavrov.isValid());
        QCOMPARE(lavrov.data().toString(), QStringLiteral("Lavrov"));
        QCOMPARE(resets.count(), 0);
    }

    void moveKeepsPersistentIndexes()
    {
        TopicTreeModel topics(project());
        check(&topics);
        QSignalSpy resets(&topics, &QAbstractItemModel::modelReset);
        const QPersistentModelIndex crimea = topics.indexOf(topicNamed(QStringLiteral("Crimea")));
        QVERIFY(topics.moveEntry(topicNamed(QStringLiteral("Ukraine")).value(), 2));
        QCOMPARE(treeText(topics), QStringLiteral("Syria, Iran, Ukraine[Crimea]"));
        QCOMPARE(resets.count(), 0);
        QVERIFY(crimea.isValid());
        QCOMPARE(crimea.data().toString(), QStringLiteral("Crimea"));
        QCOMPARE(crimea.parent().row(), 2);
        QVERIFY(!topics.moveEntry(topicNamed(QStringLiteral("Syria")).value(), -1));
        QVERIFY(!topics.moveEntry(topicNamed(QStringLiteral("Crimea")).value(), 1));
    }

    void setDataFields_data()
    {
        QTest::addColumn<CodebookTreeModel::Field>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QVariant>("shown");

        using F = CodebookTreeModel::Field;
        QTest::newRow("name") << F::Name << QVariant(QStringLiteral("  Sergei Lavrov ")) << true
                              << QVariant(QStringLiteral("Sergei Lavrov"));
        QTest::newRow("empty name") << F::Name << QVariant(QStringLiteral(" ")) << false
                                    << QVariant(QStringLiteral("Lavrov"));
        QTest::newRow("taken name") << F::Name << QVariant(QStringLiteral("usa")) << false
                                    << QVariant(QStringLiteral("Lavrov"));
        QTest::newRow("aliases") << F::Aliases
                                 << QVariant(QStringLiteral("Moscow's man, the minister ,, "))
                                 << true << QVariant(QStringLiteral("Moscow's man, the minister"));
        QTest::newRow("kind key") << F::Kind << QVariant(QStringLiteral("person")) << true
                                  << QVariant(QStringLiteral("Person"));
        QTest::newRow("unknown kind") << F::Kind << QVariant(QStringLiteral("planet")) << false
                                      << QVariant(QStringLiteral("State"));
        QTest::newRow("colour") << F::Colour << QVariant(QColor(Qt::red)) << true << QVariant();
        QTest::newRow("claims are counted, not edited")
            << F::Claims << QVariant(7) << false << QVariant(0);
    }

    void setDataFields()
    {
        QFETCH(CodebookTreeModel::Field, field);
        QFETCH(QVariant, value);
        QFETCH(bool, accepted);
        QFETCH(QVariant, shown);

        ActorTreeModel actors(project());
        check(&actors);
        QSignalSpy errors(&project(), &Project::errorOccurred);
        const QModelIndex index =
            actors.indexOfEntry(idOf(actors, QStringLiteral("Lavrov")), actors.column(field));
        QCOMPARE(actors.setData(index, value), accepted);
        QCOMPARE(project().undoStack()->count(), accepted ? 1 : 0);
        QCOMPARE(index.data(), shown);
        if (field == CodebookTreeModel::Field::Colour) {
            QCOMPARE(index.data(roles::ColorRole).value<QColor>(), QColor(Qt::red));
            QCOMPARE(project().actors().at(1).color, QColor(Qt::red));
        }
        if (accepted) {
            project().undoStack()->undo();
            QCOMPARE(actors.entry(idOf(actors, QStringLiteral("Lavrov")))->name,
                     QStringLiteral("Lavrov"));
            QVERIFY(project().actors().at(1).aliases.isEmpty());
            QCOMPARE(project().actors().at(1).kind, ActorKind::State);
        }
        // Only a refusal by the store is an error the user must hear of.
        QCOMPARE(errors.count(), QTest::currentDataTag() == QByteArray("taken name") ? 1 : 0);
    }

    void keywordsAreEditedAsText()
    {
        TopicTreeModel topics(project());
        const QModelIndex iran = topics.indexOf(topicNamed(QStringLiteral("Iran")),
                                                topics.column(CodebookTreeModel::Field::Keywords));
        QVERIFY(topics.setData(iran, QStringLiteral("JCPOA, Tehran")));
        QCOMPARE(project().topic(topicNamed(QStringLiteral("Iran")))->keywords,
                 QStringList({QStringLiteral("JCPOA"), QStringLiteral("Tehran")}));
        QCOMPARE(iran.data(Qt::EditRole).toString(), QStringLiteral("JCPOA, Tehran"));
        // Setting the same value again is no edit.
        QVERIFY(topics.setData(iran, QStringLiteral("JCPOA,Tehran")));
        QCOMPARE(project().undoStack()->count(), 1);
    }

    void claimCountsFollowClaims()
    {
        ActorTreeModel actors(project());
        TopicTreeModel topics(project());
        check(&actors);
        check(&topics);
        const ActorId russia(idOf(actors, QStringLiteral("Russia")));
        const ActorId usa(idOf(actors, QStringLiteral("USA")));
        const ActorId lavrov(idOf(actors, QStringLiteral("Lavrov")));
        const TopicId ukraine = topicNamed(QStringLiteral("Ukraine"));
        const TopicId syria = topicNamed(QStringLiteral("Syria"));
        const auto count = [&](const QModelIndex &index) {
            return index.data(roles::ClaimCountRole).toInt();
        };
        const int claimsColumn = actors.column(CodebookTreeModel::Field::Claims);
        QCOMPARE(actors.indexOf(russia, claimsColumn).data().toInt(), 1);
        QCOMPARE(count(actors.indexOf(usa)), 1); // addressed
        QCOMPARE(count(topics.indexOf(ukraine)), 1);

        QSignalSpy changes(&actors, &QAbstractItemModel::dataChanged);
        const ClaimId added = addClaim(lavrov, syria);
        QCOMPARE(count(actors.indexOf(lavrov)), 1);
        QCOMPARE(count(topics.indexOf(syria)), 1);
        QCOMPARE(changes.count(), 1);

        Claim retagged = claim(added);
        retagged.holder = usa;
        retagged.topic = ukraine;
        run<ChangeClaimCommand>(claim(added), retagged);
        QCOMPARE(count(actors.indexOf(lavrov)), 0);
        QCOMPARE(count(actors.indexOf(usa)), 2);
        QCOMPARE(count(topics.indexOf(syria)), 0);
        QCOMPARE(count(topics.indexOf(ukraine)), 2);

        run<RemoveClaimsCommand>(QList<ClaimId>{added});
        QCOMPARE(count(actors.indexOf(usa)), 1);
        QCOMPARE(count(topics.indexOf(ukraine)), 1);
        project().undoStack()->undo();
        QCOMPARE(count(actors.indexOf(usa)), 2);
        // A new model counts the same from the store.
        ActorTreeModel fresh(project());
        QCOMPARE(count(fresh.indexOf(usa)), 2);
        QCOMPARE(count(fresh.indexOf(lavrov)), 0);
    }

    void mergeMovesHoldersAndTargets()
    {
        const ActorId russia(project().actors().at(0).id);
        const ActorId lavrov(project().actors().at(1).id);
        const ActorId usa(project().actors().at(2).id);
        const ActorId peskov = addActor(QStringLiteral("Peskov"), lavrov);
        const TopicId syria = topicNamed(QStringLiteral("Syria"));
        const ClaimId byLavrov = addClaim(lavrov, syria, usa);
        const ClaimId toLavrov = addClaim(usa, syria, lavrov);
        const ClaimId russiaToLavrov = addClaim(russia, syria, lavrov);
        const Claim before[] = {claim(byLavrov), claim(toLavrov), claim(russiaToLavrov)};

        run<MergeActorsCommand>(lavrov, russia);
        QVERIFY(!project().actor(lavrov));
        QCOMPARE(claim(byLavrov).holder, russia);
        QCOMPARE(claim(byLavrov).target, usa);
        QCOMPARE(claim(toLavrov).target, russia);
        QVERIFY(!claim(russiaToLavrov).target.isValid()); // Russia does not address itself
        QCOMPARE(project().actor(peskov)->parent, russia);

        project().undoStack()->undo();
        QCOMPARE(project().actor(lavrov)->name, QStringLiteral("Lavrov"));
        QCOMPARE(project().actor(lavrov)->parent, russia);
        QCOMPARE(project().actor(peskov)->parent, lavrov);
        for (const Claim &old : before) {
            QCOMPARE(claim(old.id).holder, old.holder);
            QCOMPARE(claim(old.id).target, old.target);
        }
        QVERIFY(!project().execute(new MergeActorsCommand(project(), russia, russia)));
    }

    void mergeTopicsRetagsClaims()
    {
        const TopicId ukraine = topicNamed(QStringLiteral("Ukraine"));
        const TopicId iran = topicNamed(QStringLiteral("Iran"));
        const ClaimId first = project().store().claims().value().at(0).id;
        run<MergeTopicsCommand>(ukraine, iran);
        QCOMPARE(claim(first).topic, iran);
        QVERIFY(!project().topic(ukraine));
        project().undoStack()->undo();
        QCOMPARE(claim(first).topic, ukraine);
    }

    void removeRefusedWhileClaimsUseIt_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("holder") << Kind::Actors << "Russia";
        QTest::newRow("only addressed") << Kind::Actors << "USA";
        QTest::newRow("topic") << Kind::Topics << "Ukraine";
    }

    void removeRefusedWhileClaimsUseIt()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, name);
        ActorTreeModel actors(project());
        TopicTreeModel topics(project());
        CodebookTreeModel &model =
            kind == Kind::Actors ? static_cast<CodebookTreeModel &>(actors) : topics;
        QSignalSpy errors(&project(), &Project::errorOccurred);
        const QString before = treeText(model);
        QVERIFY(!model.removeEntry(idOf(model, name)));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(project().undoStack()->count(), 0);
        QCOMPARE(treeText(model), before);
        const Claim kept = project().store().claims().value().at(0);
        QVERIFY(kept.target.isValid());
    }

    void reorderSetsQuickTagNumbers()
    {
        TopicTreeModel topics(project());
        check(&topics);
        for (int i = 1; i <= 8; ++i) {
            Topic topic;
            topic.name = QStringLiteral("Topic %1").arg(i);
            run<AddTopicCommand>(topic);
        }
        // Ukraine, Syria, Iran, Crimea, Topic 1 ... Topic 8: twelve entries.
        const auto number = [&](const QString &name) {
            return topics.quickTagNumber(topicNamed(name).value());
        };
        QCOMPARE(number(QStringLiteral("Ukraine")), 1);
        QCOMPARE(number(QStringLiteral("Crimea")), 4);
        QCOMPARE(number(QStringLiteral("Topic 5")), 9);
        QCOMPARE(number(QStringLiteral("Topic 6")), 0);
        const QModelIndex topic6 =
            topics.indexOf(topicNamed(QStringLiteral("Topic 6")),
                           topics.column(CodebookTreeModel::Field::QuickTag));
        QVERIFY(!topic6.data().isValid());

        QSignalSpy changes(&topics, &QAbstractItemModel::dataChanged);
        run<ReorderTopicsCommand>(QList<TopicId>{topicNamed(QStringLiteral("Topic 6")),
                                                 topicNamed(QStringLiteral("Ukraine"))});
        QCOMPARE(number(QStringLiteral("Topic 6")), 1);
        QCOMPARE(topic6.data().toInt(), 1);
        QCOMPARE(topic6.data(roles::QuickTagNumberRole).toInt(), 1);
        QCOMPARE(number(QStringLiteral("Ukraine")), 2);
        QVERIFY(changes.count() > 0);
        project().undoStack()->undo();
        QCOMPARE(number(QStringLiteral("Topic 6")), 0);
        QCOMPARE(number(QStringLiteral("Ukraine")), 1);

        // Moving reads the tree top to bottom, so the child follows its parent.
        QVERIFY(topics.moveEntry(topicNamed(QStringLiteral("Syria")).value(), -1));
        QCOMPARE(number(QStringLiteral("Syria")), 1);
        QCOMPARE(number(QStringLiteral("Ukraine")), 2);
        QCOMPARE(number(QStringLiteral("Crimea")), 3);
        QCOMPARE(number(QStringLiteral("Iran")), 4);
    }

    void newMemberKind_data()
    {
        QTest::addColumn<int>("parentKind"); // -1: no parent
        QTest::addColumn<ActorKind>("expected");
        QTest::newRow("top level") << -1 << ActorKind::State;
        QTest::newRow("under a state") << int(ActorKind::State) << ActorKind::Person;
        QTest::newRow("under an organisation") << int(ActorKind::Organisation) << ActorKind::State;
        QTest::newRow("under a person") << int(ActorKind::Person) << ActorKind::Person;
        QTest::newRow("under a faction") << int(ActorKind::Faction) << ActorKind::Person;
    }

    void newMemberKind()
    {
        QFETCH(int, parentKind);
        QFETCH(ActorKind, expected);
        ActorTreeModel actors(project());
        qint64 parent = 0;
        if (parentKind >= 0) {
            parent = actors.addEntry(QStringLiteral("Parent"), 0);
            QVERIFY(parent > 0);
            QVERIFY(actors.setData(
                actors.indexOfEntry(parent, actors.column(CodebookTreeModel::Field::Kind)),
                vocabulary::key(ActorKind(parentKind)), Qt::EditRole));
        }
        const qint64 member = actors.addEntry(QStringLiteral("Member"), parent);
        QVERIFY(member > 0);
        for (const Actor &actor : project().actors()) {
            if (actor.id.value() == member)
                QCOMPARE(actor.kind, expected);
        }
    }

    void uniqueNamesForNewEntries()
    {
        ActorTreeModel actors(project());
        QCOMPARE(actors.uniqueName(QStringLiteral("New actor")), QStringLiteral("New actor"));
        QVERIFY(actors.addEntry(QStringLiteral("New actor"), 0) > 0);
        QCOMPARE(actors.uniqueName(QStringLiteral("new ACTOR")), QStringLiteral("new ACTOR 2"));
        QCOMPARE(actors.uniqueName(QStringLiteral("Russia")), QStringLiteral("Russia 2"));
    }

    void rolledBackEditReloads()
    {
        ActorTreeModel actors(project());
        check(&actors);
        QSignalSpy resets(&actors, &QAbstractItemModel::modelReset);
        // Russia under its own minister would loop: the store refuses, the edit is rolled
        // back and the project reloads.
        Actor russia = project().actors().at(0);
        russia.parent = project().actors().at(1).id;
        QVERIFY(!project().execute(
            new ChangeActorCommand(project(), project().actors().at(0), russia)));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(treeText(actors), QStringLiteral("Russia[Lavrov], USA"));
        QCOMPARE(actors.indexOf(ActorId(idOf(actors, QStringLiteral("Russia"))))
                     .data(roles::ClaimCountRole)
                     .toInt(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestCodebookModels)
#include "tst_codebookmodels.moc"
