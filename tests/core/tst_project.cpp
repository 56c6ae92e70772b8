// The open project: commands, undo/redo, change signals, read-only projects, copies.
#include "core/commands/addclaimcommand.h"
#include "core/commands/adddocumentcommand.h"
#include "core/commands/changeclaimcommand.h"
#include "core/commands/changedocumentcommand.h"
#include "core/commands/removeclaimscommand.h"
#include "core/commands/removedocumentcommand.h"
#include "core/project/project.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <unistd.h>

using namespace demarche;

class TestProject : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Project> newProject(const QTemporaryDir &dir)
    {
        auto created = Project::create(dir.filePath(QStringLiteral("kl-meeting.demarche")));
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        return std::move(created).value();
    }

    DocumentId addDocument(Project &project, const QString &text)
    {
        Document document;
        document.title = QStringLiteral("Meeting");
        document.text = text;
        auto *command = new AddDocumentCommand(project, document);
        if (!project.execute(command))
            return {};
        return project.documents().constLast().id;
    }

    ActorId addActor(Project &project, const QString &name)
    {
        Actor actor;
        actor.name = name;
        auto added = project.insertActor(actor);
        return added ? added->id : ActorId();
    }

    Claim claimOn(DocumentId document, ActorId holder, TopicId topic, qint64 start, qint64 end)
    {
        Claim claim;
        claim.document = document;
        claim.holder = holder;
        claim.topic = topic;
        claim.start = start;
        claim.end = end;
        return claim;
    }

private Q_SLOTS:
    void nameComesFromTheFile()
    {
        QTemporaryDir dir;
        auto project = newProject(dir);
        QCOMPARE(project->name(), QStringLiteral("kl-meeting"));
        QVERIFY(!project->isReadOnly());
        QCOMPARE(project->topics().size(), 3); // the default topics
    }

    void addClaimUndoRedoKeepsTheId()
    {
        QTemporaryDir dir;
        auto project = newProject(dir);
        const DocumentId doc = addDocument(*project, QStringLiteral("Russia demands guarantees."));
        const ActorId russia = addActor(*project, QStringLiteral("Russia"));
        QSignalSpy added(project.get(), &Project::claimsAdded);
        QSignalSpy removed(project.get(), &Project::claimsRemoved);
        QSignalSpy documentChanged(project.get(), &Project::documentChanged);
        QSignalSpy countChanged(project.get(), &Project::claimCountChanged);

        auto *command = new AddClaimCommand(
            *project, claimOn(doc, russia, project->topics().constFirst().id, 0, 25));
        QVERIFY(project->execute(command));
        QCOMPARE(added.size(), 1);
        const Claim claim = added.at(0).at(0).value<QList<Claim>>().constFirst();
        QCOMPARE(claim.quote, QStringLiteral("Russia demands guarantees"));
        QCOMPARE(project->documentInfo(doc)->claimCount, 1);
        QCOMPARE(countChanged.size(), 1);
        QCOMPARE(countChanged.at(0).at(0).value<Document>().claimCount, 1);
        QCOMPARE(documentChanged.size(), 0); // its details are as they were

        project->undoStack()->undo();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(project->store().claimCount().value(), 0);
        QCOMPARE(project->documentInfo(doc)->claimCount, 0);

        project->undoStack()->redo();
        QCOMPARE(added.size(), 2);
        const Claim again = added.at(1).at(0).value<QList<Claim>>().constFirst();
        QCOMPARE(again.id, claim.id);
        QCOMPARE(project->store().claim(claim.id).value().quote, claim.quote);
    }

    void failedCommandIsNotOnTheStack()
    {
        QTemporaryDir dir;
        auto project = newProject(dir);
        const DocumentId doc = addDocument(*project, QStringLiteral("Short text."));
        const ActorId russia = addActor(*project, QStringLiteral("Russia"));
        QSignalSpy errors(project.get(), &Project::errorOccurred);
        const int before = project->undoStack()->count();
        // Beyond the end of the text: the store refuses it.
        auto *command = new AddClaimCommand(
            *project, claimOn(doc, russia, project->topics().constFirst().id, 0, 500));
        QVERIFY(!project->execute(command));
        QCOMPARE(project->undoStack()->count(), before);
        QCOMPARE(errors.size(), 1);
        QVERIFY(!errors.at(0).at(0).toString().isEmpty());
    }

    void changeClaimMergesStepsOfOneField()
    {
        QTemporaryDir dir;
        auto project = newProject(dir);
        const DocumentId doc = addDocument(*project, QStringLiteral("Russia demands guarantees."));
        const ActorId russia = addActor(*project, QStringLiteral("Russia"));
        QVERIFY(project->execute(new AddClaimCommand(
            *project, claimOn(doc, russia, project->topics().constFirst().id, 0, 6))));
        const Claim original = project->store().claims().value().constFirst();
        Claim step = original;
        for (int value : {10, 20, 30}) {
            Claim next = step;
            next.position = value;
            QVERIFY(project->execute(
                new ChangeClaimCommand(*project, step, next, QStringLiteral("position"))));
            step = next;
        }
        QCOMPARE(project->undoStack()->count(), 3); // document, claim, one merged change
        QCOMPARE(project->store().claim(original.id).value().position, std::optional<int>(30));
        project->undoStack()->undo();
        QCOMPARE(project->store().claim(original.id).value().position, std::optional<int>());
    }

    void removeClaimsUndoRestoresEveryField()
    {
        QTemporaryDir dir;
        auto project = newProject(dir);
        const DocumentId doc = addDocument(*project, QStringLiteral("Russia demands guarantees."));
        const ActorId russia = addActor(*project, QStringLiteral("Russia"));
        Claim claim = claimOn(doc, russia, project->topics().constFirst().id, 7, 14);
        claim.note = QStringLiteral("firm");
        claim.position = -40;
        claim.stance = Stance::Demand;
        QVERIFY(project->execute(new AddClaimCommand(*project, claim)));
        const Claim stored = project->store().claims().value().constFirst();
        QVERIFY(project->execute(new RemoveClaimsCommand(*project, {stored.id})));
        QCOMPARE(project->store().claimCount().value(), 0);
        project->undoStack()->undo();
        const Claim back = project->store().claim(stored.id).value();
        QCOMPARE(back.note, stored.note);
        QCOMPARE(back.position, stored.position);
        QCOMPARE(back.stance, stored.stance);
        QCOMPARE(back.createdAt, stored.createdAt);
    }

    void removeDocumentTakesItsClaimsAndUndoBringsThemBack()
    {
        QTemporaryDir dir;
        auto project = newProject(dir);
        const DocumentId doc = addDocument(*project, QStringLiteral("Russia demands guarantees."));
        const ActorId russia = addActor(*project, QStringLiteral("Russia"));
        QVERIFY(project->execute(new AddClaimCommand(
            *project, claimOn(doc, russia, project->topics().constFirst().id, 0, 6))));
        QSignalSpy claimsRemoved(project.get(), &Project::claimsRemoved);
        QSignalSpy documentRemoved(project.get(), &Project::documentRemoved);
        QVERIFY(project->execute(new RemoveDocumentCommand(*project, doc)));
        QCOMPARE(claimsRemoved.size(), 1);
        QCOMPARE(documentRemoved.size(), 1);
        QVERIFY(project->documents().isEmpty());

        project->undoStack()->undo();
        QCOMPARE(project->documents().size(), 1);
        QCOMPARE(project->documents().constFirst().id, doc);
        QCOMPARE(project->documentInfo(doc)->claimCount, 1);
        QCOMPARE(project->store().document(doc).value().text,
                 QStringLiteral("Russia demands guarantees."));
    }

    void documentDetailsChangeAndUndo()
    {
        QTemporaryDir dir;
        auto project = newProject(dir);
        const DocumentId doc = addDocument(*project, QStringLiteral("Some text."));
        Document before = *project->documentInfo(doc);
        Document after = before;
        after.title = QStringLiteral("Read-out of the meeting");
        after.date = QDate(2026, 11, 3);
        QVERIFY(project->execute(new ChangeDocumentCommand(*project, before, after)));
        QCOMPARE(project->documentInfo(doc)->title, after.title);
        QCOMPARE(project->store().document(doc).value().date, after.date);
        project->undoStack()->undo();
        QCOMPARE(project->documentInfo(doc)->title, before.title);
    }

    void duplicateImportIsRefused()
    {
        QTemporaryDir dir;
        auto project = newProject(dir);
        QVERIFY(addDocument(*project, QStringLiteral("Same text.")).isValid());
        QSignalSpy errors(project.get(), &Project::errorOccurred);
        QVERIFY(!addDocument(*project, QStringLiteral("Same text.")).isValid());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(project->documents().size(), 1);
    }

    void readOnlyProjectRefusesEditsAndStaysUnchanged_data()
    {
        QTest::addColumn<bool>("byPermissions");
        QTest::newRow("file without write permission") << true;
        QTest::newRow("opened read-only on request") << false;
    }

    void readOnlyProjectRefusesEditsAndStaysUnchanged()
    {
        QFETCH(bool, byPermissions);
        if (byPermissions && ::geteuid() == 0)
            QSKIP("root may write to any file, so permissions cannot make one read-only");
        QTemporaryDir dir;
        QString path;
        {
            auto project = newProject(dir);
            path = project->path();
            addDocument(*project, QStringLiteral("Text."));
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        const QByteArray bytes = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        {
            auto opened = byPermissions ? Project::open(path)
                                        : Project::open(path, ProjectStore::Access::ReadOnly);
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
            auto project = std::move(opened).value();
            QVERIFY(project->isReadOnly());
            QCOMPARE(project->documents().size(), 1);
            QVERIFY(!addDocument(*project, QStringLiteral("Another text.")).isValid());
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
    }

    void filterByClaimIdsSelectsExactlyThose()
    {
        QTemporaryDir dir;
        auto project = newProject(dir);
        const DocumentId doc = addDocument(*project, QStringLiteral("Russia demands guarantees."));
        const ActorId russia = addActor(*project, QStringLiteral("Russia"));
        const TopicId topic = project->topics().constFirst().id;
        QVERIFY(project->execute(new AddClaimCommand(*project, claimOn(doc, russia, topic, 0, 6))));
        QVERIFY(
            project->execute(new AddClaimCommand(*project, claimOn(doc, russia, topic, 7, 14))));
        const QList<Claim> all = project->store().claims().value();
        QCOMPARE(all.size(), 2);
        ClaimFilter filter;
        filter.claims = QList<ClaimId>{all.at(1).id};
        const QList<Claim> one = project->store().claims(filter).value();
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.constFirst().id, all.at(1).id);
        filter.claims = QList<ClaimId>{}; // set, but empty: nothing, not everything
        QVERIFY(project->store().claims(filter).value().isEmpty());
    }

    void saveCopyWritesAWholeProject()
    {
        QTemporaryDir dir;
        auto project = newProject(dir);
        const DocumentId doc = addDocument(*project, QStringLiteral("Russia demands guarantees."));
        const ActorId russia = addActor(*project, QStringLiteral("Russia"));
        QVERIFY(project->execute(new AddClaimCommand(
            *project, claimOn(doc, russia, project->topics().constFirst().id, 0, 6))));
        const QString copyPath = dir.filePath(QStringLiteral("copy.demarche"));
        QVERIFY(project->store().saveCopy(copyPath));
        QVERIFY(!project->store().saveCopy(copyPath)); // never overwrites
        auto copy = Project::open(copyPath);
        QVERIFY(copy);
        QCOMPARE(copy.value()->store().claimCount().value(), 1);
        QCOMPARE(copy.value()->actors().size(), 1);
    }

    void saveCopyRefusesWhatItWouldOverwrite_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("the project itself") << QStringLiteral("project.demarche");
        QTest::newRow("its log") << QStringLiteral("project.demarche-wal");
        QTest::newRow("its journal, not there yet") << QStringLiteral("project.demarche-journal");
        QTest::newRow("another's journal") << QStringLiteral("other.demarche-journal");
        QTest::newRow("a link to nowhere") << QStringLiteral("dangling.demarche");
        QTest::newRow("a link to the project") << QStringLiteral("link.demarche");
    }

    void saveCopyRefusesWhatItWouldOverwrite()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        auto created = Project::create(dir.filePath(QStringLiteral("project.demarche")));
        QVERIFY(created);
        Project &project = *created.value();
        addActor(project, QStringLiteral("Russia")); // the log exists from here on
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere.demarche")),
                            dir.filePath(QStringLiteral("dangling.demarche"))));
        QVERIFY(QFile::link(project.path(), dir.filePath(QStringLiteral("link.demarche"))));
        const QStringList before =
            QDir(dir.path()).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
        const Status copied = project.store().saveCopy(dir.filePath(name));
        QVERIFY(!copied);
        QVERIFY2(copied.error().message.startsWith(dir.filePath(name)),
                 qPrintable(copied.error().message));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot),
                 before);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nowhere.demarche"))));
        QCOMPARE(project.actors().size(), 1);
        QVERIFY(project.store().actors()); // still readable: nothing replaced it
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
