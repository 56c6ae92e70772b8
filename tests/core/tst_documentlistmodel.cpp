// The document list: rows follow imports, edits and removals (and their undo); claim
// counts follow the claims; sorting by date puts undated documents first.
#include "core/commands/addclaimcommand.h"
#include "core/commands/adddocumentcommand.h"
#include "core/commands/changedocumentcommand.h"
#include "core/commands/removeclaimscommand.h"
#include "core/commands/removedocumentcommand.h"
#include "core/models/documentlistmodel.h"
#include "core/models/modelroles.h"
#include "core/project/project.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace demarche;

class TestDocumentListModel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Project> m_project;

    Project &project() { return *m_project; }

    DocumentId addDocument(const QString &title, const QDate &date, const QString &source = {})
    {
        Document document;
        document.title = title;
        document.date = date;
        document.source = source;
        document.text = QStringLiteral("Text of %1: the minister spoke.").arg(title);
        document.fileName = title.toLower() % QStringLiteral(".txt");
        document.url = QStringLiteral("https://example.org/") % title.toLower();
        auto *command = new AddDocumentCommand(project(), document);
        if (!project().execute(command))
            qFatal("cannot add a document");
        return command->documentId();
    }

    ClaimId addClaim(DocumentId document)
    {
        Claim claim;
        claim.document = document;
        claim.start = 0;
        claim.end = 4;
        claim.topic = project().topics().first().id;
        claim.holder = holder();
        auto *command = new AddClaimCommand(project(), claim);
        if (!project().execute(command))
            qFatal("cannot add a claim");
        return command->claimId();
    }

    ActorId holder()
    {
        if (project().actors().isEmpty()) {
            Actor actor;
            actor.name = QStringLiteral("Russia");
            if (!project().insertActor(actor))
                qFatal("cannot add an actor");
        }
        return project().actors().first().id;
    }

    static QStringList titles(const QAbstractItemModel &model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list.append(model.index(row, DocumentListModel::TitleColumn).data().toString());
        return list;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        auto created =
            Project::create(m_dir.filePath(QStringLiteral("p%1.demarche").arg(++m_counter)));
        QVERIFY(created);
        m_project = std::move(created).value();
    }

    void cleanup() { m_project.reset(); }

    void listsDocumentsWithTheirDetails()
    {
        const DocumentId first =
            addDocument(QStringLiteral("Alpha"), QDate(2024, 5, 2), QStringLiteral("Reuters"));
        addDocument(QStringLiteral("Beta"), QDate());
        addClaim(first);
        addClaim(first);

        DocumentListModel model(project());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(DocumentListModel::ClaimsColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Claims"));
        QCOMPARE(titles(model), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));
        const QModelIndex alpha = model.indexOf(first);
        QCOMPARE(alpha.row(), 0);
        QCOMPARE(alpha.data(roles::DocumentIdRole).value<DocumentId>(), first);
        QCOMPARE(alpha.siblingAtColumn(DocumentListModel::SourceColumn).data().toString(),
                 QStringLiteral("Reuters"));
        QCOMPARE(alpha.siblingAtColumn(DocumentListModel::DateColumn).data().toString(),
                 QStringLiteral("2024-05-02")); // the tests' C locale writes ISO dates
        QCOMPARE(alpha.siblingAtColumn(DocumentListModel::ClaimsColumn).data().toInt(), 2);
        QCOMPARE(model.index(1, DocumentListModel::DateColumn).data().toString(), QString());
        QCOMPARE(model.index(1, DocumentListModel::ClaimsColumn).data().toInt(), 0);

        const QString tip = alpha.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("alpha.txt")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("https://example.org/alpha")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Imported")), qPrintable(tip));
    }

    void followsImportsEditsAndRemovalsWithUndo()
    {
        DocumentListModel model(project());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.rowCount(), 0);

        const DocumentId a = addDocument(QStringLiteral("A"), QDate(2023, 1, 1));
        const DocumentId b = addDocument(QStringLiteral("B"), QDate(2023, 1, 2));
        addDocument(QStringLiteral("C"), QDate(2023, 1, 3));
        QCOMPARE(titles(model),
                 (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));

        const Document before = *project().documentInfo(a);
        Document after = before;
        after.title = QStringLiteral("A, revised");
        after.source = QStringLiteral("TASS");
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(project().execute(new ChangeDocumentCommand(project(), before, after)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(model.index(0, DocumentListModel::TitleColumn).data().toString(),
                 QStringLiteral("A, revised"));
        QCOMPARE(model.index(0, DocumentListModel::SourceColumn).data().toString(),
                 QStringLiteral("TASS"));
        project().undoStack()->undo();
        QCOMPARE(model.index(0, DocumentListModel::TitleColumn).data().toString(),
                 QStringLiteral("A"));

        addClaim(b);
        QVERIFY(project().execute(new RemoveDocumentCommand(project(), b)));
        QCOMPARE(titles(model), (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
        QVERIFY(!model.indexOf(b).isValid());
        // Undo puts it back in its old place, with its claim.
        project().undoStack()->undo();
        QCOMPARE(titles(model),
                 (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        QCOMPARE(model.indexOf(b).siblingAtColumn(DocumentListModel::ClaimsColumn).data().toInt(),
                 1);
        project().undoStack()->redo();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(reset.size(), 0);
    }

    void claimCountsFollowClaims()
    {
        const DocumentId doc = addDocument(QStringLiteral("Talks"), QDate(2024, 1, 1));
        DocumentListModel model(project());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto count = [&model, doc]() {
            return model.indexOf(doc)
                .siblingAtColumn(DocumentListModel::ClaimsColumn)
                .data()
                .toInt();
        };
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const ClaimId one = addClaim(doc);
        addClaim(doc);
        QCOMPARE(count(), 2);
        QCOMPARE(changed.size(), 2);
        QVERIFY(project().execute(new RemoveClaimsCommand(project(), {one})));
        QCOMPARE(count(), 1);
        project().undoStack()->undo();
        QCOMPARE(count(), 2);
    }

    void sortsByDateWithUndatedFirst()
    {
        addDocument(QStringLiteral("Late"), QDate(2024, 12, 1));
        addDocument(QStringLiteral("Undated"), QDate());
        addDocument(QStringLiteral("Early"), QDate(2021, 2, 3));
        DocumentListModel model(project());
        QSortFilterProxyModel proxy;
        proxy.setSortRole(roles::SortRole);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(DocumentListModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(titles(proxy), (QStringList{QStringLiteral("Undated"), QStringLiteral("Early"),
                                             QStringLiteral("Late")}));
        proxy.sort(DocumentListModel::DateColumn, Qt::DescendingOrder);
        QCOMPARE(titles(proxy), (QStringList{QStringLiteral("Late"), QStringLiteral("Early"),
                                             QStringLiteral("Undated")}));
    }

    void reloadsAfterARollback()
    {
        addDocument(QStringLiteral("Kept"), QDate());
        DocumentListModel model(project());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(!project().transaction([]() { return Status(badInput({})); }));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(titles(model), QStringList{QStringLiteral("Kept")});
    }
};

QTEST_GUILESS_MAIN(TestDocumentListModel)
#include "tst_documentlistmodel.moc"
