// MainWindow: the tabs of the workbench and the analysis views, and moving between them.
#include "core/project/project.h"
#include "widgets/article/articleview.h"
#include "widgets/compare/compareview.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/matrix/matrixview.h"
#include "widgets/timeline/timelineview.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace demarche {
namespace {

struct ViewInfo
{
    MainWindow::View view;
    const char *actionName;
    int key;
};

constexpr ViewInfo viewInfos[] = {
    {MainWindow::View::Workbench, "showWorkbench", Qt::Key_1},
    {MainWindow::View::Compare, "showCompare", Qt::Key_2},
    {MainWindow::View::Matrix, "showMatrix", Qt::Key_3},
    {MainWindow::View::Timeline, "showTimeline", Qt::Key_4},
};

} // namespace

void MainWindow::createViewTabs()
{
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("viewTabs"));
    m_views->setDocumentMode(true);
    m_views->tabBar()->setExpanding(false);
    m_views->addTab(m_workbench, tr("Workbench"));
    m_views->setTabToolTip(0, tr("Read the articles and tag the claims (Ctrl+1)"));
    const std::pair<QString, QString> pages[] = {
        {tr("Compare"), tr("Two actors' positions side by side, topic by topic (Ctrl+2)")},
        {tr("Matrix"), tr("Every actor against every topic (Ctrl+3)")},
        {tr("Over Time"), tr("One actor's position on a topic by publication date (Ctrl+4)")},
    };
    for (const auto &[title, tip] : pages) {
        auto *page = new QWidget(m_views);
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        const int index = m_views->addTab(page, title);
        m_views->setTabToolTip(index, tip);
    }
    m_centre->addWidget(m_views);
    connect(m_views, &QTabWidget::currentChanged, this, &MainWindow::viewChanged);
}

void MainWindow::createViewActions()
{
    m_viewGroup = new QActionGroup(this);
    m_viewGroup->setExclusive(true);
    const QString texts[] = {tr("&Workbench"), tr("&Compare Actors"), tr("Actor × Topic &Matrix"),
                             tr("Position &Over Time")};
    int i = 0;
    for (const ViewInfo &info : viewInfos) {
        auto *action = new QAction(texts[i++], this);
        action->setObjectName(QString::fromLatin1(info.actionName));
        action->setShortcut(QKeySequence(Qt::CTRL | info.key));
        action->setCheckable(true);
        m_viewGroup->addAction(action);
        const View view = info.view;
        connect(action, &QAction::triggered, this, [this, view]() { showView(view); });
    }
    m_viewGroup->actions().constFirst()->setChecked(true);
}

QAction *MainWindow::viewAction(View view) const
{
    return m_viewGroup->actions().at(int(view));
}

MainWindow::View MainWindow::currentView() const
{
    return static_cast<View>(m_views->currentIndex());
}

void MainWindow::showView(View view)
{
    if (view != View::Workbench && !project())
        return;
    m_views->setCurrentIndex(int(view));
}

void MainWindow::compareActors(ActorId a, ActorId b)
{
    if (!project())
        return;
    if (m_compare) {
        m_compare->setActors(a, b);
    } else {
        // Built on this pair from the start, not on a default pair first.
        QWidget *page = m_views->widget(int(View::Compare));
        m_compare = new CompareView(*project(), page, a, b);
        setUpCompareView();
    }
    showView(View::Compare);
}

QWidget *MainWindow::ensureView(View view)
{
    if (!project() || view == View::Workbench)
        return nullptr;
    QWidget *page = m_views->widget(int(view));
    Project &p = *project();
    switch (view) {
    case View::Compare:
        if (!m_compare) {
            m_compare = new CompareView(p, page);
            setUpCompareView();
        }
        return m_compare;
    case View::Matrix:
        if (!m_matrix) {
            m_matrix = new MatrixView(p, page);
            m_matrix->setFocusProxy(m_matrix->table());
            connect(m_matrix, &MatrixView::claimActivated, this, &MainWindow::showClaim);
            connect(m_matrix, &MatrixView::compareRequested, this, &MainWindow::compareActors);
            connect(m_matrix, &MatrixView::timelineRequested, this,
                    [this](ActorId actor, TopicId topic) {
                        auto *timeline = static_cast<TimelineView *>(ensureView(View::Timeline));
                        timeline->setSelection(actor, topic);
                        showView(View::Timeline);
                    });
            page->layout()->addWidget(m_matrix);
            m_matrix->show(); // the page is on screen already
        }
        return m_matrix;
    case View::Timeline:
        if (!m_timeline) {
            m_timeline = new TimelineView(p, page);
            connect(m_timeline, &TimelineView::claimsActivated, this,
                    [this](const QList<ClaimId> &claims) {
                        if (!claims.isEmpty())
                            showClaim(claims.constFirst());
                    });
            page->layout()->addWidget(m_timeline);
            m_timeline->show(); // the page is on screen already
        }
        return m_timeline;
    case View::Workbench:
        break;
    }
    return nullptr;
}

void MainWindow::setUpCompareView()
{
    m_compare->setFocusProxy(m_compare->view());
    connect(m_compare, &CompareView::claimActivated, this, &MainWindow::showClaim);
    m_compare->parentWidget()->layout()->addWidget(m_compare);
    m_compare->show(); // the page may be on screen already
}

void MainWindow::deleteAnalysisViews()
{
    delete m_compare;
    m_compare = nullptr;
    delete m_matrix;
    m_matrix = nullptr;
    delete m_timeline;
    m_timeline = nullptr;
}

void MainWindow::viewChanged(int index)
{
    const auto view = static_cast<View>(index);
    const QList<QDockWidget *> docks{m_documentsDock, m_codebookDock, m_claimsDock,
                                     m_inspectorDock};
    // The analysis views want the whole window; the workbench gets its docks back.
    if (m_lastView == int(View::Workbench) && view != View::Workbench) {
        m_workbenchDocks.clear();
        for (QDockWidget *dock : docks) {
            if (dock->toggleViewAction()->isChecked()) // true also behind another tab
                m_workbenchDocks.append(dock);
        }
        for (QDockWidget *dock : docks)
            dock->hide();
    } else if (m_lastView != int(View::Workbench) && view == View::Workbench && project()) {
        for (QDockWidget *dock : std::as_const(m_workbenchDocks))
            dock->show();
        m_workbenchDocks.clear();
    }
    m_lastView = index;
    m_viewGroup->actions().at(index)->setChecked(true);
    updateActions();
    if (QWidget *shown = ensureView(view))
        shown->setFocus(Qt::OtherFocusReason);
    else if (view == View::Workbench && project())
        m_article->textEdit()->setFocus(Qt::OtherFocusReason);
}

} // namespace demarche
