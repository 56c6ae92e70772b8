#include "widgets/mainwindow/viewtabs.h"

#include "core/project/project.h"
#include "widgets/common/focusring.h"
#include "widgets/compare/compareview.h"
#include "widgets/matrix/matrixview.h"
#include "widgets/network/networkview.h"
#include "widgets/timeline/timelineview.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QTabBar>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <iterator>

namespace demarche {
namespace {

struct ViewInfo
{
    ViewTabs::View view;
    const char *actionName;
    int key;
};

constexpr ViewInfo viewInfos[] = {
    {ViewTabs::View::Workbench, "showWorkbench", Qt::Key_1},
    {ViewTabs::View::Compare, "showCompare", Qt::Key_2},
    {ViewTabs::View::Matrix, "showMatrix", Qt::Key_3},
    {ViewTabs::View::Timeline, "showTimeline", Qt::Key_4},
    {ViewTabs::View::Network, "showNetwork", Qt::Key_5},
};

} // namespace

ViewTabs::ViewTabs(QWidget *workbench, QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("viewTabs"));
    setDocumentMode(true);
    tabBar()->setExpanding(false);
    // Every tab's name whole: the centre keeps their width rather than hide one behind arrows.
    setUsesScrollButtons(false);
    addTab(workbench, QString());
    for (int i = 1; i < int(std::size(viewInfos)); ++i) {
        auto *page = new QWidget(this);
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        addTab(page, QString());
    }
    createViewActions();
    retranslateUi();
    fitToCurrentPage();
    connect(this, &QTabWidget::currentChanged, this, &ViewTabs::changed);
}

// The tabs' stack is as large as its largest page would have it; a hidden analysis view
// would keep the centre wide enough for itself, and the workbench's docks would give up
// the width it asks for. Only the page shown counts.
void ViewTabs::fitToCurrentPage()
{
    for (int i = 0; i < count(); ++i) {
        const QSizePolicy::Policy policy =
            i == currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        widget(i)->setSizePolicy(policy, policy);
    }
}

void ViewTabs::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

void ViewTabs::retranslateUi()
{
    const QString titles[] = {tr("Workbench"), tr("Compare"), tr("Matrix"), tr("Over Time"),
                              tr("Network")};
    const QString tips[] = {
        tr("Read the articles and tag the claims (Ctrl+1)"),
        tr("Two actors' positions side by side, topic by topic (Ctrl+2)"),
        tr("Every actor against every topic (Ctrl+3)"),
        tr("One or two actors' positions on a topic over time, by period (Ctrl+4)"),
        tr("Who agrees with whom: actors linked by their positions on shared topics (Ctrl+5)")};
    const QString actions[] = {tr("&Workbench"), tr("&Compare Actors"), tr("Actor × Topic &Matrix"),
                               tr("Position &Over Time"), tr("Actor &Network")};
    for (int i = 0; i < count(); ++i) {
        setTabText(i, titles[i]);
        setTabToolTip(i, tips[i]);
        m_viewGroup->actions().at(i)->setText(actions[i]);
    }
}

void ViewTabs::createViewActions()
{
    m_viewGroup = new QActionGroup(this);
    m_viewGroup->setExclusive(true);
    for (const ViewInfo &info : viewInfos) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(info.actionName));
        action->setShortcut(QKeySequence(Qt::CTRL | info.key));
        action->setCheckable(true);
        m_viewGroup->addAction(action);
        const View view = info.view;
        connect(action, &QAction::triggered, this, [this, view]() { showView(view); });
    }
    m_viewGroup->actions().constFirst()->setChecked(true);
}

QAction *ViewTabs::viewAction(View view) const
{
    return m_viewGroup->actions().at(int(view));
}

void ViewTabs::setProject(Project *project)
{
    showView(View::Workbench);
    deleteAnalysisViews();
    m_project = project;
}

void ViewTabs::showView(View view)
{
    if (view != View::Workbench && !m_project)
        return;
    setCurrentIndex(int(view));
}

void ViewTabs::compareActors(ActorId a, ActorId b)
{
    if (!m_project)
        return;
    if (m_compare) {
        m_compare->setActors(a, b);
    } else {
        // Built on this pair from the start, not on a default pair first.
        QWidget *page = widget(int(View::Compare));
        m_compare = new CompareView(*m_project, page, a, b);
        setUpCompareView();
    }
    showView(View::Compare);
}

QWidget *ViewTabs::ensureView(View view)
{
    if (!m_project || view == View::Workbench)
        return nullptr;
    QWidget *page = widget(int(view));
    Project &p = *m_project;
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
            FocusRing::attach(m_matrix->table());
            connect(m_matrix, &MatrixView::claimActivated, this, &ViewTabs::claimRequested);
            connect(m_matrix, &MatrixView::compareRequested, this, &ViewTabs::compareActors);
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
                            Q_EMIT claimRequested(claims.constFirst());
                    });
            page->layout()->addWidget(m_timeline);
            m_timeline->show(); // the page is on screen already
        }
        return m_timeline;
    case View::Network:
        if (!m_network) {
            m_network = new NetworkView(p, page);
            page->layout()->addWidget(m_network);
            m_network->show(); // the page is on screen already
        }
        return m_network;
    case View::Workbench:
        break;
    }
    return nullptr;
}

void ViewTabs::setUpCompareView()
{
    m_compare->setFocusProxy(m_compare->view());
    FocusRing::attach(m_compare->view());
    connect(m_compare, &CompareView::claimActivated, this, &ViewTabs::claimRequested);
    m_compare->parentWidget()->layout()->addWidget(m_compare);
    m_compare->show(); // the page may be on screen already
}

void ViewTabs::deleteAnalysisViews()
{
    delete m_compare;
    m_compare = nullptr;
    delete m_matrix;
    m_matrix = nullptr;
    delete m_timeline;
    m_timeline = nullptr;
    delete m_network;
    m_network = nullptr;
}

void ViewTabs::changed(int index)
{
    const View previous = m_lastView;
    const auto view = static_cast<View>(index);
    m_lastView = view;
    fitToCurrentPage();
    viewAction(view)->setChecked(true);
    Q_EMIT viewChanged(previous, view);
    if (QWidget *shown = ensureView(view))
        shown->setFocus(Qt::OtherFocusReason);
}

} // namespace demarche
