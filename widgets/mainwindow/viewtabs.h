#pragma once

#include "core/domain/ids.h"

#include <QTabWidget>

class QAction;
class QActionGroup;

namespace demarche {

class CompareView;
class MatrixView;
class NetworkView;
class Project;
class TimelineView;

// The tabs of the window's centre: the workbench, and beside it the analysis views
// (compare, matrix, over time, network), each built the first time it is shown for the
// open project. Ctrl+1 to Ctrl+5 move between them.
class ViewTabs final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewTabs)

public:
    enum class View { Workbench, Compare, Matrix, Timeline, Network };

    ViewTabs(QWidget *workbench, QWidget *parent = nullptr);

    // Drops the analysis views of the project before; null while none is open.
    void setProject(Project *project);

    View currentView() const { return static_cast<View>(currentIndex()); }
    // Only the workbench while no project is open.
    void showView(View view);
    QActionGroup *viewActions() const { return m_viewGroup; }
    QAction *viewAction(View view) const;

    // The analysis views once shown for the open project; null before.
    CompareView *compareView() const { return m_compare; }
    MatrixView *matrixView() const { return m_matrix; }
    TimelineView *timelineView() const { return m_timeline; }
    NetworkView *networkView() const { return m_network; }
    void compareActors(ActorId a, ActorId b);

Q_SIGNALS:
    // The tab changed; the analysis view it shows is built and focused next.
    void viewChanged(demarche::ViewTabs::View previous, demarche::ViewTabs::View current);
    // A claim picked in an analysis view, to show in its article.
    void claimRequested(demarche::ClaimId id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void createViewActions();
    QWidget *ensureView(View view);
    void setUpCompareView();
    void deleteAnalysisViews();
    void changed(int index);
    void fitToCurrentPage();

    Project *m_project = nullptr;
    QActionGroup *m_viewGroup = nullptr;
    CompareView *m_compare = nullptr;
    MatrixView *m_matrix = nullptr;
    TimelineView *m_timeline = nullptr;
    NetworkView *m_network = nullptr;
    View m_lastView = View::Workbench;
};

} // namespace demarche
