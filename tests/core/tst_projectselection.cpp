// The current document and claim: set by views, followed through the project's changes.
#include "core/commands/addclaimcommand.h"
#include "core/commands/adddocumentcommand.h"
#include "core/commands/removeclaimscommand.h"
#include "core/commands/removedocumentcommand.h"
#include "core/project/project.h"
#include "core/project/projectselection.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace demarche;

namespace {

// What happens to the project once claim A (in document 1) is current; claim B is in
// document 1 too, document 2 has no claims.
enum class Change {
    SelectClaimA, // the same claim again
    SelectClaimB,
    SelectDocument2,
    ClearClaim,
    RemoveClaimA,
    RemoveClaimB,
    UndoAddClaimA,
    RemoveDocument1,
    RemoveDocument2,
    FailedTransaction,   // rolled back: everything reloaded, all of it still there
    ReloadWithoutClaimC, // claim C made current inside the transaction that is rolled back
};

} // namespace

Q_DECLARE_METATYPE(Change)

class TestProjectSelection : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        std::unique_ptr<Project> project;
        DocumentId doc1;
        DocumentId doc2;
        ClaimId a;
        ClaimId b;
    };

    static DocumentId addDocument(Project &project, const QString &title, const QString &text)
    {
        Document document;
        document.title = title;
        document.text = text;
        auto *command = new AddDocumentCommand(project, document);
        return project.execute(command) ? command->documentId() : DocumentId();
    }

    static ClaimId addClaim(Project &project, DocumentId document, qint64 start, qint64 end)
    {
        Claim claim;
        claim.document = document;
        claim.holder = project.actors().constFirst().id;
        claim.topic = project.topics().constFirst().id;
        claim.start = start;
        claim.end = end;
        auto *command = new AddClaimCommand(project, claim);
        return project.execute(command) ? command->claimId() : ClaimId();
    }

    static Fixture fixture(const QTemporaryDir &dir)
    {
        auto created = Project::create(dir.filePath(QStringLiteral("selection.demarche")));
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        Fixture f;
        f.project = std::move(created).value();
        Actor russia;
        russia.name = QStringLiteral("Russia");
        if (!f.project->insertActor(russia))
            qFatal("no actor");
        f.doc1 = addDocument(*f.project, QStringLiteral("Meeting"),
                             QStringLiteral("Russia demands guarantees. Ukraine refuses."));
        f.doc2 = addDocument(*f.project, QStringLiteral("Talks"),
                             QStringLiteral("The talks in Geneva ended without a statement."));
        f.a = addClaim(*f.project, f.doc1, 0, 6);
        f.b = addClaim(*f.project, f.doc1, 27, 34);
        return f;
    }

private Q_SLOTS:
    void startsEmpty()
    {
        QTemporaryDir dir;
        const Fixture f = fixture(dir);
        QVERIFY(!f.project->selection().currentDocument().isValid());
        QVERIFY(!f.project->selection().currentClaim().isValid());
    }

    void followsTheProject_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<int>("document"); // expected current document: 0, 1 or 2
        QTest::addColumn<QChar>("claim");  // expected current claim: '-', 'A' or 'B'
        QTest::addColumn<int>("documentSignals");
        QTest::addColumn<int>("claimSignals");

        QTest::newRow("same claim again") << Change::SelectClaimA << 1 << QChar(u'A') << 0 << 0;
        QTest::newRow("another claim") << Change::SelectClaimB << 1 << QChar(u'B') << 0 << 1;
        QTest::newRow("another document") << Change::SelectDocument2 << 2 << QChar(u'A') << 1 << 0;
        QTest::newRow("claim cleared") << Change::ClearClaim << 1 << QChar(u'-') << 0 << 1;
        QTest::newRow("current claim removed")
            << Change::RemoveClaimA << 1 << QChar(u'-') << 0 << 1;
        QTest::newRow("other claim removed") << Change::RemoveClaimB << 1 << QChar(u'A') << 0 << 0;
        QTest::newRow("its adding undone") << Change::UndoAddClaimA << 1 << QChar(u'-') << 0 << 1;
        QTest::newRow("current document removed")
            << Change::RemoveDocument1 << 0 << QChar(u'-') << 1 << 1;
        QTest::newRow("other document removed")
            << Change::RemoveDocument2 << 1 << QChar(u'A') << 0 << 0;
        QTest::newRow("reload keeps what exists")
            << Change::FailedTransaction << 1 << QChar(u'A') << 0 << 0;
        QTest::newRow("reload drops what is gone")
            << Change::ReloadWithoutClaimC << 1 << QChar(u'-') << 0 << 2;
    }

    void followsTheProject()
    {
        QFETCH(Change, change);
        QFETCH(int, document);
        QFETCH(QChar, claim);
        QFETCH(int, documentSignals);
        QFETCH(int, claimSignals);

        QTemporaryDir dir;
        const Fixture f = fixture(dir);
        Project &project = *f.project;
        ProjectSelection &selection = project.selection();
        selection.setCurrentDocument(f.doc1);
        selection.setCurrentClaim(f.a);
        QSignalSpy documentChanged(&selection, &ProjectSelection::currentDocumentChanged);
        QSignalSpy claimChanged(&selection, &ProjectSelection::currentClaimChanged);

        switch (change) {
        case Change::SelectClaimA:
            selection.setCurrentClaim(f.a);
            break;
        case Change::SelectClaimB:
            selection.setCurrentClaim(f.b);
            break;
        case Change::SelectDocument2:
            selection.setCurrentDocument(f.doc2);
            break;
        case Change::ClearClaim:
            selection.setCurrentClaim(ClaimId());
            break;
        case Change::RemoveClaimA:
            QVERIFY(project.execute(new RemoveClaimsCommand(project, {f.a})));
            break;
        case Change::RemoveClaimB:
            QVERIFY(project.execute(new RemoveClaimsCommand(project, {f.b})));
            break;
        case Change::UndoAddClaimA:
            project.undoStack()->undo(); // claim B
            project.undoStack()->undo(); // claim A
            break;
        case Change::RemoveDocument1:
            QVERIFY(project.execute(new RemoveDocumentCommand(project, f.doc1)));
            break;
        case Change::RemoveDocument2:
            QVERIFY(project.execute(new RemoveDocumentCommand(project, f.doc2)));
            break;
        case Change::FailedTransaction:
            QVERIFY(!project.transaction([&project, &f]() -> Status {
                if (auto removed = project.deleteClaims({f.a}); !removed)
                    return removed.error();
                return badInput(QStringLiteral("rolled back"));
            }));
            break;
        case Change::ReloadWithoutClaimC:
            QVERIFY(!project.transaction([&project, &selection, &f]() -> Status {
                Claim c;
                c.document = f.doc1;
                c.holder = project.actors().constFirst().id;
                c.topic = project.topics().constFirst().id;
                c.start = 7;
                c.end = 14;
                auto inserted = project.insertClaim(c);
                if (!inserted)
                    return inserted.error();
                selection.setCurrentClaim(inserted->id);
                return badInput(QStringLiteral("rolled back"));
            }));
            break;
        }

        const DocumentId expectedDocument = document == 1   ? f.doc1
                                            : document == 2 ? f.doc2
                                                            : DocumentId();
        const ClaimId expectedClaim = claim == u'A' ? f.a : claim == u'B' ? f.b : ClaimId();
        QCOMPARE(selection.currentDocument(), expectedDocument);
        QCOMPARE(selection.currentClaim(), expectedClaim);
        QCOMPARE(documentChanged.size(), documentSignals);
        QCOMPARE(claimChanged.size(), claimSignals);
        if (!claimChanged.isEmpty())
            QCOMPARE(claimChanged.constLast().at(0).value<ClaimId>(), expectedClaim);
        if (!documentChanged.isEmpty())
            QCOMPARE(documentChanged.constLast().at(0).value<DocumentId>(), expectedDocument);
    }
};

QTEST_GUILESS_MAIN(TestProjectSelection)
#include "tst_projectselection.moc"
