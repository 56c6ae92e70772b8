#pragma once

#include "core/domain/claim.h"
#include "core/domain/ids.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QActionGroup;
class QStackedWidget;
class QTabWidget;
class QToolBar;

namespace demarche {

class ArticleView;
class ClaimInspector;
class ClaimsPanel;
class CodebookPanel;
class CompareView;
class DocumentImporter;
class DocumentsPanel;
class FileDropFilter;
class MatrixView;
class Project;
class QuickTagController;
class TimelineView;
class WelcomeView;

// The annotation workbench: the article in the middle; documents, claims, codebook and
// the claim inspector in docks; the welcome view while no project is open. Tabs beside
// the workbench hold the analysis views (compare, matrix, over time), each built the
// first time it is shown.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Each returns false, after telling the user why in a dialog, when it fails.
    bool openProject(const QString &path);
    bool createProject(const QString &path);
    bool openSampleProject();
    void closeProject();

    Project *project() const { return m_project.get(); }
    ArticleView *articleView() const { return m_article; }
    WelcomeView *welcomeView() const { return m_welcome; }
    ClaimsPanel *claimsPanel() const { return m_claims; }
    DocumentsPanel *documentsPanel() const { return m_documents; }
    CodebookPanel *codebookPanel() const { return m_codebook; }
    ClaimInspector *inspector() const { return m_inspector; }
    QuickTagController *tagController() const { return m_tagger; }
    DocumentImporter *importer() const { return m_importer; }
    QAction *action(const QString &objectName) const;

    enum class View { Workbench, Compare, Matrix, Timeline };
    View currentView() const;
    void showView(View view);
    // The analysis views once shown for the open project; null before.
    CompareView *compareView() const { return m_compare; }
    MatrixView *matrixView() const { return m_matrix; }
    TimelineView *timelineView() const { return m_timeline; }
    // Opens the compare view on these two actors.
    void compareActors(ActorId a, ActorId b);

    // Make the document, or the claim and its article, current; the claim is scrolled to.
    void openDocument(DocumentId id);
    void showClaim(ClaimId id);

    // Where the sample project lives once created.
    static QString sampleProjectPath();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createViewTabs();
    void createViewActions();
    QWidget *ensureView(View view);
    void setUpCompareView();
    void deleteAnalysisViews();
    void viewChanged(int index);
    QDockWidget *addDock(const QString &title, const QString &name, Qt::DockWidgetArea area);
    void setProject(std::unique_ptr<Project> project);
    void connectProject();
    void updateTitle();
    void updateActions();
    void updateStatus();
    void updateRecentMenu();
    void deleteSelectedClaims();
    void showError(const QString &title, const QString &message);

    void newProjectDialog();
    void openProjectDialog();
    void saveAsDialog();
    void exportClaims();
    void pasteAsDocument();
    void editDocumentProperties(DocumentId id);
    void removeDocument(DocumentId id);
    void showAbout();
    void restoreLayout();
    void saveLayout();

    std::unique_ptr<Project> m_project;
    QStackedWidget *m_centre = nullptr;
    WelcomeView *m_welcome = nullptr;
    QWidget *m_workbench = nullptr;
    QTabWidget *m_views = nullptr;
    QActionGroup *m_viewGroup = nullptr;
    CompareView *m_compare = nullptr;
    MatrixView *m_matrix = nullptr;
    TimelineView *m_timeline = nullptr;
    // Which docks were open on the workbench, to bring back when the analyst returns.
    QList<QDockWidget *> m_workbenchDocks;
    int m_lastView = 0;
    QWidget *m_readOnlyBanner = nullptr;
    QLabel *m_readOnlyText = nullptr;
    ArticleView *m_article = nullptr;
    QDockWidget *m_documentsDock = nullptr;
    QDockWidget *m_claimsDock = nullptr;
    QDockWidget *m_codebookDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    DocumentsPanel *m_documents = nullptr;
    ClaimsPanel *m_claims = nullptr;
    CodebookPanel *m_codebook = nullptr;
    ClaimInspector *m_inspector = nullptr;
    QuickTagController *m_tagger = nullptr;
    DocumentImporter *m_importer = nullptr;
    FileDropFilter *m_dropFilter = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_counts = nullptr;
};

} // namespace demarche
