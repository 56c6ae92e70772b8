// The documents dock: the empty state's import button, rows and claim counts that follow
// the undo stack, opening by click and keyboard, and the requests it sends.
#include "core/commands/addclaimcommand.h"
#include "core/commands/adddocumentcommand.h"
#include "core/commands/removedocumentcommand.h"
#include "core/models/documentlistmodel.h"
#include "core/project/project.h"
#include "support/widgetlookup.h"
#include "widgets/dialogs/documentdetailsdialog.h"
#include "widgets/documents/documentspanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace demarche;

class TestDocumentsPanel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<DocumentsPanel> m_panel;

    Project &project() { return *m_project; }
    DocumentsPanel &panel() { return *m_panel; }

    template <typename T>
    T *child(const QString &name)
    {
        return testing::requireChild<T>(m_panel.get(), name);
    }

    DocumentId addDocument(const QString &title, const QString &source = {})
    {
        Document document;
        document.title = title;
        document.source = source;
        document.date = QDate(2024, 6, 1);
        document.text = QStringLiteral("%1: the ministers met and talked.").arg(title);
        auto *command = new AddDocumentCommand(project(), document);
        if (!project().execute(command))
            qFatal("cannot add a document");
        return command->documentId();
    }

    void addClaim(DocumentId document)
    {
        if (project().actors().isEmpty()) {
            Actor actor;
            actor.name = QStringLiteral("Russia");
            QVERIFY(project().insertActor(actor));
        }
        Claim claim;
        claim.document = document;
        claim.start = 0;
        claim.end = 3;
        claim.holder = project().actors().first().id;
        claim.topic = project().topics().first().id;
        QVERIFY(project().execute(new AddClaimCommand(project(), claim)));
    }

    void showPanel()
    {
        m_panel = std::make_unique<DocumentsPanel>(project(), nullptr);
        m_panel->resize(500, 400);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    QStringList shownTitles() const
    {
        QStringList titles;
        const QAbstractItemModel *model = m_panel->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            titles.append(model->index(row, DocumentListModel::TitleColumn).data().toString());
        return titles;
    }

    int shownClaimCount(const QString &title) const
    {
        const QAbstractItemModel *model = m_panel->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, DocumentListModel::TitleColumn).data().toString() == title)
                return model->index(row, DocumentListModel::ClaimsColumn).data().toInt();
        }
        return -1;
    }

    QPoint rowCentre(int row) const
    {
        const QModelIndex index = m_panel->view()->model()->index(row, 0);
        return m_panel->view()->visualRect(index).center();
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

    void cleanup()
    {
        m_panel.reset();
        m_project.reset();
    }

    void emptyProjectOffersImport()
    {
        showPanel();
        auto *button = child<QPushButton>(QStringLiteral("importButton"));
        QVERIFY(button->isVisible());
        QVERIFY(!panel().view()->isVisible());
        QSignalSpy import(&panel(), &DocumentsPanel::importRequested);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(import.size(), 1);

        addDocument(QStringLiteral("First"));
        QVERIFY(!button->isVisible());
        QVERIFY(panel().view()->isVisible());
        project().undoStack()->undo();
        QVERIFY(button->isVisible());
    }

    void showsDocumentsAndClaimCounts()
    {
        const DocumentId alpha = addDocument(QStringLiteral("Alpha"), QStringLiteral("Reuters"));
        showPanel();
        QCOMPARE(shownTitles(), QStringList{QStringLiteral("Alpha")});
        QCOMPARE(shownClaimCount(QStringLiteral("Alpha")), 0);

        const DocumentId beta = addDocument(QStringLiteral("Beta"));
        QCOMPARE(shownTitles(), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));
        addClaim(alpha);
        addClaim(alpha);
        addClaim(beta);
        QCOMPARE(shownClaimCount(QStringLiteral("Alpha")), 2);
        QCOMPARE(shownClaimCount(QStringLiteral("Beta")), 1);
        project().undoStack()->undo();
        QCOMPARE(shownClaimCount(QStringLiteral("Beta")), 0);

        // Sortable by claim count from the header.
        panel().view()->model()->sort(DocumentListModel::ClaimsColumn, Qt::AscendingOrder);
        QCOMPARE(shownTitles(), (QStringList{QStringLiteral("Beta"), QStringLiteral("Alpha")}));
    }

    void filterFieldNarrowsTheList()
    {
        addDocument(QStringLiteral("Lavrov meets Blinken"), QStringLiteral("TASS"));
        addDocument(QStringLiteral("Senate debate"), QStringLiteral("Politico"));
        addDocument(QStringLiteral("Geneva talks"), QStringLiteral("Reuters"));
        showPanel();
        auto *filter = child<QLineEdit>(QStringLiteral("documentFilter"));
        QCOMPARE(filter->placeholderText(), QStringLiteral("Filter documents…"));
        QTest::keyClicks(filter, QStringLiteral("SENATE"));
        QCOMPARE(shownTitles(), QStringList{QStringLiteral("Senate debate")});
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("reuters")); // the source column counts too
        QCOMPARE(shownTitles(), QStringList{QStringLiteral("Geneva talks")});
        filter->clear();
        QCOMPARE(shownTitles().size(), 3);
    }

    void clickAndKeyboardOpenDocuments()
    {
        const DocumentId first = addDocument(QStringLiteral("First"));
        const DocumentId second = addDocument(QStringLiteral("Second"));
        showPanel();
        QSignalSpy activated(&panel(), &DocumentsPanel::documentActivated);

        QTest::mouseClick(panel().view()->viewport(), Qt::LeftButton, {}, rowCentre(1));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.last().first().value<DocumentId>(), second);
        QCOMPARE(panel().currentDocument(), second);

        panel().view()->setFocus();
        QTest::keyClick(panel().view(), Qt::Key_Up);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.last().first().value<DocumentId>(), first);

        // Selecting from code (the main window opened it) says nothing.
        panel().selectDocument(second);
        QCOMPARE(panel().currentDocument(), second);
        QCOMPARE(activated.size(), 2);

        // Nor does a removal that moves the current row.
        QVERIFY(project().execute(new RemoveDocumentCommand(project(), second)));
        QCOMPARE(shownTitles(), QStringList{QStringLiteral("First")});
        QCOMPARE(activated.size(), 2);
    }

    void keysRequestRemovalAndProperties()
    {
        addDocument(QStringLiteral("First"));
        const DocumentId second = addDocument(QStringLiteral("Second"));
        showPanel();
        panel().selectDocument(second);
        QSignalSpy removal(&panel(), &DocumentsPanel::removeRequested);
        QSignalSpy properties(&panel(), &DocumentsPanel::propertiesRequested);
        QSignalSpy activated(&panel(), &DocumentsPanel::documentActivated);

        QTest::keyClick(panel().view(), Qt::Key_Delete);
        QCOMPARE(removal.size(), 1);
        QCOMPARE(removal.first().first().value<DocumentId>(), second);
        QCOMPARE(shownTitles().size(), 2); // a request only

        QTest::keyClick(panel().view(), Qt::Key_Return, Qt::AltModifier);
        QCOMPARE(properties.size(), 1);
        QCOMPARE(properties.first().first().value<DocumentId>(), second);
        QCOMPARE(activated.size(), 0);
    }

    void contextMenuActions()
    {
        const DocumentId only = addDocument(QStringLiteral("Only"));
        showPanel();
        panel().selectDocument(only);
        auto *properties = child<QAction>(QStringLiteral("documentProperties"));
        auto *remove = child<QAction>(QStringLiteral("removeDocument"));
        auto *import = child<QAction>(QStringLiteral("importDocuments"));
        QCOMPARE(properties->text(), QStringLiteral("Properties…"));
        QCOMPARE(remove->text(), QStringLiteral("Remove document"));
        QCOMPARE(import->text(), QStringLiteral("Import documents…"));

        QSignalSpy propertiesSpy(&panel(), &DocumentsPanel::propertiesRequested);
        QSignalSpy removeSpy(&panel(), &DocumentsPanel::removeRequested);
        QSignalSpy importSpy(&panel(), &DocumentsPanel::importRequested);
        properties->trigger();
        remove->trigger();
        import->trigger();
        QCOMPARE(propertiesSpy.size(), 1);
        QCOMPARE(removeSpy.size(), 1);
        QCOMPARE(removeSpy.first().first().value<DocumentId>(), only);
        QCOMPARE(importSpy.size(), 1);
    }

    // Properties on several documents sets their source and date together, as one undo
    // step; a document keeps what the analyst did not change.
    void propertiesOfSeveralSetSourceAndDate()
    {
        const DocumentId first = addDocument(QStringLiteral("First"), QStringLiteral("TASS"));
        const DocumentId second = addDocument(QStringLiteral("Second"), QStringLiteral("Reuters"));
        const DocumentId third = addDocument(QStringLiteral("Third"), QStringLiteral("AP"));
        showPanel();
        panel().selectDocument(first);
        QTest::mouseClick(panel().view()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          rowCentre(1));
        QCOMPARE(panel().selectedDocuments().size(), 2);
        const int before = project().undoStack()->count();

        QSignalSpy single(&panel(), &DocumentsPanel::propertiesRequested);
        bool shown = false;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&]() {
            auto *dialog = qobject_cast<DocumentDetailsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            shown = true;
            // Two sources differ: the field shows none until one is typed.
            QVERIFY(dialog->sourceEdit()->text().isEmpty());
            QVERIFY(!dialog->setDateBox()->isChecked()); // both dated already
            QTest::keyClicks(dialog->sourceEdit(), QStringLiteral("Bernama"));
            dialog->setDateBox()->setChecked(true);
            dialog->dateEdit()->setDate(QDate(2025, 7, 10));
            dialog->accept();
        });
        answer.start();
        child<QAction>(QStringLiteral("documentProperties"))->trigger();
        answer.stop();
        QVERIFY(shown);
        QCOMPARE(single.size(), 0);
        for (const DocumentId id : {first, second}) {
            QCOMPARE(project().documentInfo(id)->source, QStringLiteral("Bernama"));
            QCOMPARE(project().documentInfo(id)->date, QDate(2025, 7, 10));
        }
        QCOMPARE(project().documentInfo(third)->source, QStringLiteral("AP"));
        QCOMPARE(project().undoStack()->count(), before + 1);
        QCOMPARE(project().undoStack()->undoText(),
                 QStringLiteral("Set the source and date of 2 documents"));
        project().undoStack()->undo();
        QCOMPARE(project().documentInfo(first)->source, QStringLiteral("TASS"));
        QCOMPARE(project().documentInfo(second)->source, QStringLiteral("Reuters"));
        QCOMPARE(project().documentInfo(second)->date, QDate(2024, 6, 1));
    }
};

QTEST_MAIN(TestDocumentsPanel)
#include "tst_documentspanel.moc"
