// The analysis tabs of the main window: built when first shown, reached with Ctrl+1…4,
// the "Compare with" paths into the compare view, and the way back to the article.
#include "core/models/actortopicmatrixmodel.h"
#include "core/models/comparisonmodel.h"
#include "core/project/project.h"
#include "widgets/article/articleview.h"
#include "widgets/claims/claimspanel.h"
#include "widgets/compare/compareview.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/mainwindow/projectsession.h"
#include "widgets/mainwindow/welcomeview.h"
#include "widgets/matrix/matrixview.h"
#include "widgets/network/networkview.h"
#include "widgets/timeline/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace demarche;

class TestMainWindowViews : public QObject
{
    Q_OBJECT

private:
    static ActorId actorNamed(const Project &project, const QString &name)
    {
        for (const Actor &actor : project.actors()) {
            if (actor.name == name)
                return actor.id;
        }
        return {};
    }

    static QStringList openDocks(const MainWindow &window)
    {
        QStringList names;
        for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
            if (dock->toggleViewAction()->isChecked())
                names.append(dock->objectName());
        }
        names.sort();
        return names;
    }

    // Shortcuts reach only the active window.
    static bool press(MainWindow &window, Qt::Key key)
    {
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        QTest::keyClick(&window, key, Qt::ControlModifier);
        return true;
    }

    // The cell of the compare tree that shows this claim's quote.
    static QModelIndex quoteCell(const ComparisonModel &model, ClaimId id,
                                 const QModelIndex &parent = {})
    {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            for (const int column :
                 {ComparisonModel::ActorAColumn, ComparisonModel::ActorBColumn}) {
                const QModelIndex cell = model.index(row, column, parent);
                if (model.claimAt(cell) == id)
                    return cell;
            }
            const QModelIndex found = quoteCell(model, id, model.index(row, 0, parent));
            if (found.isValid())
                return found;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("DemarcheTests"));
        QApplication::setApplicationName(QStringLiteral("tst_mainwindowviews"));
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(ProjectSession::sampleProjectPath());
    }

    void viewTabsNeedAProject()
    {
        MainWindow window;
        window.show();
        QVERIFY(!window.viewAction(MainWindow::View::Compare)->isEnabled());
        window.showView(MainWindow::View::Matrix);
        QCOMPARE(window.currentView(), MainWindow::View::Workbench);
        QVERIFY(window.welcomeView()->isVisible());
        QVERIFY(!window.matrixView());
    }

    void viewsAreBuiltWhenFirstShownAndReachedWithTheKeyboard()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openSampleProject());
        QVERIFY(!window.compareView());
        QVERIFY(!window.matrixView());
        QVERIFY(!window.timelineView());

        QVERIFY(press(window, Qt::Key_2));
        QCOMPARE(window.currentView(), MainWindow::View::Compare);
        QVERIFY(window.compareView() && window.compareView()->isVisible());
        QVERIFY(window.compareView()->view()->hasFocus());
        QVERIFY(window.compareView()->model()->rowCount() > 0);
        QVERIFY(!window.matrixView());
        QVERIFY(window.viewAction(MainWindow::View::Compare)->isChecked());

        // Tagging acts on the article, which the analysis views hide.
        QVERIFY(!window.actions().tagSelection()->isEnabled());

        QVERIFY(press(window, Qt::Key_3));
        QCOMPARE(window.currentView(), MainWindow::View::Matrix);
        QVERIFY(window.matrixView() && window.matrixView()->isVisible());
        QVERIFY(window.matrixView()->table()->hasFocus());
        QVERIFY(!window.compareView()->isVisible());

        QVERIFY(press(window, Qt::Key_4));
        QCOMPARE(window.currentView(), MainWindow::View::Timeline);
        QVERIFY(window.timelineView() && window.timelineView()->isVisible());

        QVERIFY(!window.networkView());
        QVERIFY(press(window, Qt::Key_5));
        QCOMPARE(window.currentView(), MainWindow::View::Network);
        QVERIFY(window.networkView() && window.networkView()->isVisible());
        QVERIFY(window.viewAction(MainWindow::View::Network)->isChecked());
        QVERIFY(!window.timelineView()->isVisible());

        QVERIFY(press(window, Qt::Key_1));
        QCOMPARE(window.currentView(), MainWindow::View::Workbench);
        QVERIFY(window.articleView()->isVisible());
        QVERIFY(window.articleView()->textEdit()->hasFocus());
        QVERIFY(window.actions().tagSelection()->isEnabled());
    }

    void docksLeaveWithTheWorkbenchAndComeBack()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openSampleProject());
        window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->close();
        const QStringList before = openDocks(window);
        QCOMPARE(before, QStringList({QStringLiteral("claimsDock"), QStringLiteral("codebookDock"),
                                      QStringLiteral("documentsDock")}));

        window.showView(MainWindow::View::Matrix);
        QVERIFY(openDocks(window).isEmpty());
        window.showView(MainWindow::View::Compare); // from one analysis view to another
        QVERIFY(openDocks(window).isEmpty());
        window.showView(MainWindow::View::Workbench);
        QCOMPARE(openDocks(window), before);
    }

    void compareWithFromTheClaimsTableOpensTheCompareView()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openSampleProject());
        const ActorId russia = actorNamed(*window.project(), QStringLiteral("Russia"));
        const ActorId iran = actorNamed(*window.project(), QStringLiteral("Iran"));
        QVERIFY(russia.isValid() && iran.isValid());

        Q_EMIT window.claimsPanel()->compareRequested(russia, iran);
        QCOMPARE(window.currentView(), MainWindow::View::Compare);
        QCOMPARE(window.compareView()->actorA(), russia);
        QCOMPARE(window.compareView()->actorB(), iran);
        QCOMPARE(window.compareView()->model()->comparison().a.id, russia);
    }

    void twoMatrixRowsOpenTheCompareView()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openSampleProject());
        const ActorId us = actorNamed(*window.project(), QStringLiteral("United States"));
        const ActorId eu = actorNamed(*window.project(), QStringLiteral("European Union"));
        window.showView(MainWindow::View::Matrix);
        MatrixView *matrix = window.matrixView();
        QVERIFY(matrix);
        QTableView *table = matrix->table();
        QItemSelectionModel *selection = table->selectionModel();
        for (ActorId actor : {us, eu}) {
            const int row = matrix->model()->rowOf(actor);
            QVERIFY(row >= 0);
            selection->select(matrix->model()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QCOMPARE(matrix->selectedActors().size(), 2);
        matrix->compareSelected();
        QCOMPARE(window.currentView(), MainWindow::View::Compare);
        const QList<ActorId> shown{window.compareView()->actorA(), window.compareView()->actorB()};
        QVERIFY(shown.contains(us) && shown.contains(eu));
    }

    void aMatrixCellOpensOverTime()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openSampleProject());
        Project *project = window.project();
        const ActorId iran = actorNamed(*project, QStringLiteral("Iran"));
        TopicId iranTopic;
        for (const Topic &topic : project->topics()) {
            if (topic.name == QStringLiteral("Iran"))
                iranTopic = topic.id;
        }
        QVERIFY(iran.isValid() && iranTopic.isValid());
        window.showView(MainWindow::View::Matrix);
        window.matrixView()->setCurrentCell(iran, iranTopic);
        auto *button =
            window.matrixView()->findChild<QPushButton *>(QStringLiteral("overTimeButton"));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(window.currentView(), MainWindow::View::Timeline);
        QCOMPARE(window.timelineView()->actor(), iran);
        QCOMPARE(window.timelineView()->topic(), iranTopic);
        QVERIFY(window.timelineView()->isChartShown());
    }

    void aQuoteLeadsBackToItsArticle()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openSampleProject());
        Project *project = window.project();
        // A claim in a document other than the one open.
        const DocumentId open = window.articleView()->documentId();
        ClaimId target;
        DocumentId targetDocument;
        for (const Document &document : project->documents()) {
            if (document.id == open)
                continue;
            ClaimFilter filter;
            filter.documents = {document.id};
            const auto claims = project->store().claims(filter);
            QVERIFY(claims.ok());
            if (!claims.value().isEmpty()) {
                target = claims.value().constFirst().id;
                targetDocument = document.id;
                break;
            }
        }
        QVERIFY(target.isValid());

        // Compare the claim's holder with anyone, and click its quote.
        const Claim claim = project->store().claim(target).value();
        const ActorId other = actorNamed(*project, QStringLiteral("Iran")) == claim.holder
                                  ? actorNamed(*project, QStringLiteral("Russia"))
                                  : actorNamed(*project, QStringLiteral("Iran"));
        window.compareActors(claim.holder, other);
        CompareView *compare = window.compareView();
        compare->model()->setRollUp(false); // the holder's own claims, members or not
        const QModelIndex cell = quoteCell(*compare->model(), target);
        QVERIFY(cell.isValid());
        compare->view()->scrollTo(cell);
        QTest::mouseClick(compare->view()->viewport(), Qt::LeftButton, {},
                          compare->view()->visualRect(cell).center());
        QCOMPARE(window.currentView(), MainWindow::View::Workbench);
        QCOMPARE(window.articleView()->documentId(), targetDocument);
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("claimsDock"))->isVisible());
    }

    void closingFromAnAnalysisViewKeepsTheWorkbenchLayout()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openSampleProject());
            window.showView(MainWindow::View::Timeline);
            QVERIFY(window.timelineView());
            window.closeProject();
            QVERIFY(!window.timelineView());
            QCOMPARE(window.currentView(), MainWindow::View::Workbench);
            QVERIFY(window.welcomeView()->isVisible());

            QVERIFY(window.openSampleProject());
            QCOMPARE(window.currentView(), MainWindow::View::Workbench);
            window.showView(MainWindow::View::Compare);
            window.close(); // saves the layout as the workbench has it
        }
        MainWindow again;
        again.show();
        QVERIFY(again.openSampleProject());
        QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("claimsDock"))->isVisible());
        QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("documentsDock"))->isVisible());
    }
};

QTEST_MAIN(TestMainWindowViews)
#include "tst_mainwindowviews.moc"
