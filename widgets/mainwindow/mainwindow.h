#pragma once

#include "core/domain/claim.h"
#include "core/domain/ids.h"
#include "widgets/mainwindow/mainwindowactions.h"
#include "widgets/mainwindow/viewtabs.h"

#include <QByteArray>
#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
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
class ProjectDialogs;
class ProjectSession;
class RecentProjectsMenu;
class QuickTagController;
class NetworkView;
class TimelineView;
class WelcomeView;

// The annotation workbench: the article in the middle; documents, claims, codebook and
// the claim inspector in docks; the welcome view while no project is open. Tabs beside
// the workbench hold the analysis views (compare, matrix, over time, network), each built the
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

    ProjectSession *session() const { return m_session; }
    Project *project() const;
    ArticleView *articleView() const { return m_article; }
    WelcomeView *welcomeView() const { return m_welcome; }
    ClaimsPanel *claimsPanel() const { return m_claims; }
    DocumentsPanel *documentsPanel() const { return m_documents; }
    CodebookPanel *codebookPanel() const { return m_codebook; }
    ClaimInspector *inspector() const { return m_inspector; }
    QuickTagController *tagController() const { return m_tagger; }
    DocumentImporter *importer() const { return m_importer; }
    const MainWindowActions &actions() const { return *m_actions; }

    using View = ViewTabs::View;
    View currentView() const { return m_views->currentView(); }
    void showView(View view) { m_views->showView(view); }
    QAction *viewAction(View view) const { return m_views->viewAction(view); } // Ctrl+1 to 5
    // The analysis views once shown for the open project; null before.
    CompareView *compareView() const { return m_views->compareView(); }
    MatrixView *matrixView() const { return m_views->matrixView(); }
    TimelineView *timelineView() const { return m_views->timelineView(); }
    NetworkView *networkView() const { return m_views->networkView(); }
    // Opens the compare view on these two actors.
    void compareActors(ActorId a, ActorId b) { m_views->compareActors(a, b); }

    void openDocument(DocumentId id) const;
    // Make the document, or the claim and its article, current; the claim is scrolled to.
    void showClaim(ClaimId id);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void sizeDocksToWindow();
    void viewChanged(View previous, View current);
    void showWorkbenchDocks();
    void focusDock(QDockWidget *dock, QWidget *target);
    void showInCentre(QWidget *page);
    QDockWidget *addDock(const QString &name, Qt::DockWidgetArea area);
    void projectAboutToClose();
    void projectChanged(Project *project);
    void connectProject();
    void updateTitle();
    void updateReadOnlyText();
    void updateActions();
    void updateStatus();
    void deleteSelectedClaims() const;
    void showError(const QString &title, const QString &message);

    void saveAsDialog();
    void exportClaims();
    // File ▸ Import ▸ REFI-QDA Project: a new project from the file, opened, then its
    // loss report.
    void importQdpx();
    void pasteAsDocument();
    void editDocumentProperties(DocumentId id);
    void removeDocument(DocumentId id);
    void showAbout();
    void showPreferences();

    ProjectSession *m_session = nullptr;
    std::unique_ptr<ProjectDialogs> m_dialogs;
    std::unique_ptr<MainWindowActions> m_actions;
    QStackedWidget *m_centre = nullptr;
    WelcomeView *m_welcome = nullptr;
    QWidget *m_workbench = nullptr;
    ViewTabs *m_views = nullptr;
    // The workbench's docks and their sizes, to bring back when the analyst returns to it
    // or opens a project; empty until the window has had one.
    QByteArray m_workbenchState;
    QWidget *m_readOnlyBanner = nullptr;
    QLabel *m_readOnlyText = nullptr;
    QPushButton *m_bannerButton = nullptr;
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
    RecentProjectsMenu *m_recentMenu = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_importMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_appearanceMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_appearanceGroup = nullptr;
    QAction *m_aboutQt = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_counts = nullptr;
};

} // namespace demarche
