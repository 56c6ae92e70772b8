#include "widgets/mainwindow/mainwindow.h"

#include "core/commands/removeclaimscommand.h"
#include "core/commands/removedocumentcommand.h"
#include "core/cues/cuebackend.h"
#include "core/models/claimfilterproxy.h"
#include "core/project/project.h"
#include "core/project/projectselection.h"
#include "widgets/article/articleview.h"
#include "widgets/claims/claimspanel.h"
#include "widgets/codebook/codebookpage.h"
#include "widgets/codebook/codebookpanel.h"
#include "widgets/common/focusring.h"
#include "widgets/dialogs/documentpropertiesdialog.h"
#include "widgets/dialogs/exportclaimsdialog.h"
#include "widgets/documents/documentspanel.h"
#include "widgets/exchange/lossreportdialog.h"
#include "widgets/exchange/qdpxexporter.h"
#include "widgets/exchange/qdpximporter.h"
#include "widgets/help/shortcutsdialog.h"
#include "widgets/help/userguide.h"
#include "widgets/importing/documentimporter.h"
#include "widgets/importing/filedropfilter.h"
#include "widgets/inspector/claiminspector.h"
#include "widgets/inspector/codebookcombo.h"
#include "widgets/mainwindow/appearance.h"
#include "widgets/mainwindow/projectdialogs.h"
#include "widgets/mainwindow/projectsession.h"
#include "widgets/mainwindow/recentprojectsmenu.h"
#include "widgets/mainwindow/welcomeview.h"
#include "widgets/preferences/preferencesdialog.h"
#include "widgets/quicktag/quicktagcontroller.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace demarche {
namespace {

const QString ShowCuesKey = QStringLiteral("view/showCues");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/demarche.svg")));
    setAcceptDrops(true);
    setDockNestingEnabled(true);

    m_session = new ProjectSession(this);
    m_dialogs = std::make_unique<ProjectDialogs>(*m_session, this);
    connect(m_session, &ProjectSession::aboutToClose, this, &MainWindow::projectAboutToClose);
    connect(m_session, &ProjectSession::projectChanged, this, &MainWindow::projectChanged);
    connect(m_session, &ProjectSession::recentProjectsChanged, this,
            [this]() { m_welcome->refreshRecent(); });

    m_welcome = new WelcomeView(this);
    connect(m_welcome, &WelcomeView::newProjectRequested, this,
            [this]() { m_dialogs->chooseAndCreate(); });
    connect(m_welcome, &WelcomeView::openProjectRequested, this,
            [this]() { m_dialogs->chooseAndOpen(); });
    connect(m_welcome, &WelcomeView::sampleRequested, this, &MainWindow::openSampleProject);
    connect(m_welcome, &WelcomeView::recentProjectRequested, this, &MainWindow::openProject);

    m_workbench = new QWidget(this);
    auto *workbenchLayout = new QVBoxLayout(m_workbench);
    workbenchLayout->setContentsMargins(0, 0, 0, 0);
    workbenchLayout->setSpacing(0);
    m_readOnlyBanner = new QWidget(m_workbench);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_readOnlyBanner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xf6, 0xd3, 0x65));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x3a, 0x2c, 0x00));
    bannerPalette.setColor(QPalette::ButtonText, QColor(0x3a, 0x2c, 0x00));
    m_readOnlyBanner->setPalette(bannerPalette);
    auto *bannerLayout = new QHBoxLayout(m_readOnlyBanner);
    m_readOnlyText = new QLabel(m_readOnlyBanner);
    m_readOnlyText->setObjectName(QStringLiteral("readOnlyText"));
    auto *bannerText = m_readOnlyText;
    bannerText->setWordWrap(true);
    m_bannerButton = new QPushButton(m_readOnlyBanner);
    connect(m_bannerButton, &QPushButton::clicked, this, &MainWindow::saveAsDialog);
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(m_bannerButton);
    m_readOnlyBanner->hide();
    m_article = new ArticleView(m_workbench);
    workbenchLayout->addWidget(m_readOnlyBanner);
    workbenchLayout->addWidget(m_article, 1);

    connect(m_article, &ArticleView::openFailed, this,
            [this](const QString &message) { showError(tr("Open document"), message); });
    FocusRing::attach(m_article->textEdit());
    m_tagger = new QuickTagController(*m_article, this);
    connect(m_tagger, &QuickTagController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });

    m_centre = new QStackedWidget(this);
    m_centre->addWidget(m_welcome);
    m_views = new ViewTabs(m_workbench, this);
    m_centre->addWidget(m_views);
    connect(m_views, &ViewTabs::viewChanged, this, &MainWindow::viewChanged);
    connect(m_views, &ViewTabs::claimRequested, this, &MainWindow::showClaim);
    setCentralWidget(m_centre);

    m_counts = new QLabel(this);
    statusBar()->addPermanentWidget(m_counts);

    m_dropFilter = new FileDropFilter(this);
    m_dropFilter->attachTo(this);
    // Queued: the file manager gets its drop answered before any dialog opens.
    connect(m_dropFilter, &FileDropFilter::projectDropped, this, &MainWindow::openProject,
            Qt::QueuedConnection);
    connect(
        m_dropFilter, &FileDropFilter::filesDropped, this,
        [this](const QStringList &paths) {
            if (!m_importer || project()->isReadOnly()) {
                showError(tr("Import documents"),
                          tr("Open or create a project that can be changed, then drop the "
                             "articles on it."));
                return;
            }
            const QList<DocumentId> ids = m_importer->importFiles(paths);
            if (!ids.isEmpty())
                openDocument(ids.constLast());
        },
        Qt::QueuedConnection);
    connect(
        m_dropFilter, &FileDropFilter::textDropped, this,
        [this](const QString &text) {
            if (!m_importer || project()->isReadOnly())
                return;
            const DocumentId id = m_importer->importText(text);
            if (id.isValid())
                openDocument(id);
        },
        Qt::QueuedConnection);

    createActions();
    createDocks();
    createMenus();
    createToolBar();
    retranslateUi();
    ProjectSession::restoreLayout(*this);
    m_workbenchState = ProjectSession::savedState();
    if (m_workbenchState.isEmpty())
        sizeDocksToWindow();
    projectChanged(nullptr);
}

MainWindow::~MainWindow()
{
    m_session->close();
}

Project *MainWindow::project() const
{
    return m_session->project();
}

bool MainWindow::openProject(const QString &path)
{
    return m_dialogs->open(path);
}

bool MainWindow::createProject(const QString &path)
{
    return m_dialogs->create(path);
}

bool MainWindow::openSampleProject()
{
    return m_dialogs->openSample();
}

void MainWindow::closeProject()
{
    showView(View::Workbench); // so the saved layout has the workbench's docks
    m_session->saveLayout(*this);
    m_session->close();
}

void MainWindow::saveAsDialog()
{
    const QString path = m_dialogs->chooseAndSaveAs();
    if (!path.isEmpty())
        statusBar()->showMessage(tr("Saved as %1").arg(QDir::toNativeSeparators(path)), 5000);
}

QDockWidget *MainWindow::addDock(const QString &name, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(this);
    dock->setObjectName(name);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{
    m_documentsDock = addDock(QStringLiteral("documentsDock"), Qt::LeftDockWidgetArea);
    m_codebookDock = addDock(QStringLiteral("codebookDock"), Qt::LeftDockWidgetArea);
    m_inspectorDock = addDock(QStringLiteral("inspectorDock"), Qt::RightDockWidgetArea);
    m_claimsDock = addDock(QStringLiteral("claimsDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_documentsDock, m_codebookDock);
    m_documentsDock->raise();
}

// The first layout, before the analyst has made one: shares of the window, so that the
// article keeps room on a small screen as on a large one.
void MainWindow::sizeDocksToWindow()
{
    resizeDocks({m_documentsDock, m_inspectorDock}, {width() * 27 / 100, width() * 23 / 100},
                Qt::Horizontal);
    resizeDocks({m_claimsDock}, {height() * 30 / 100}, Qt::Vertical);
}

void MainWindow::createActions()
{
    m_actions = std::make_unique<MainWindowActions>(this, *m_session->undoGroup());
    const MainWindowActions &a = *m_actions;
    connect(a.newProject(), &QAction::triggered, this, [this]() { m_dialogs->chooseAndCreate(); });
    connect(a.openProject(), &QAction::triggered, this, [this]() { m_dialogs->chooseAndOpen(); });
    connect(a.openSample(), &QAction::triggered, this, &MainWindow::openSampleProject);
    connect(a.saveAs(), &QAction::triggered, this, &MainWindow::saveAsDialog);
    connect(a.closeProject(), &QAction::triggered, this, &MainWindow::closeProject);
    connect(a.importDocuments(), &QAction::triggered, this, [this]() {
        if (!m_importer)
            return;
        const QList<DocumentId> ids = m_importer->chooseAndImport();
        if (!ids.isEmpty())
            openDocument(ids.constLast());
    });
    connect(a.exportClaims(), &QAction::triggered, this, &MainWindow::exportClaims);
    connect(a.importQdpx(), &QAction::triggered, this, &MainWindow::importQdpx);
    connect(a.exportQdpx(), &QAction::triggered, this, [this]() {
        if (!project())
            return;
        const QString path = exportProjectAsQdpx(*project(), this);
        if (!path.isEmpty())
            statusBar()->showMessage(
                tr("The project was exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
    connect(a.quit(), &QAction::triggered, this, &QWidget::close);
    connect(a.pasteDocument(), &QAction::triggered, this, &MainWindow::pasteAsDocument);
    connect(a.tagSelection(), &QAction::triggered, m_tagger, &QuickTagController::tagSelection);
    connect(a.deleteClaim(), &QAction::triggered, this, &MainWindow::deleteSelectedClaims);
    connect(a.documentProperties(), &QAction::triggered, this,
            [this]() { editDocumentProperties(m_article->documentId()); });
    connect(a.userGuide(), &QAction::triggered, this, [this]() { showUserGuide(this); });
    connect(a.keyboardShortcuts(), &QAction::triggered, this, [this]() {
        ShortcutsDialog dialog(*this);
        dialog.exec();
    });
    connect(a.about(), &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.preferences(), &QAction::triggered, this, &MainWindow::showPreferences);
    // Ctrl+1 brings the keyboard back to the article also when the workbench shows already.
    connect(m_views->viewAction(View::Workbench), &QAction::triggered, this, [this]() {
        if (project())
            m_article->textEdit()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(a.focusDocuments(), &QAction::triggered, this,
            [this]() { focusDock(m_documentsDock, m_documents ? m_documents->view() : nullptr); });
    connect(a.focusCodebook(), &QAction::triggered, this, [this]() {
        focusDock(m_codebookDock, m_codebook ? m_codebook->currentPage()->view() : nullptr);
    });
    connect(a.focusClaims(), &QAction::triggered, this,
            [this]() { focusDock(m_claimsDock, m_claims ? m_claims->view() : nullptr); });
    connect(a.focusInspector(), &QAction::triggered, this, [this]() {
        QWidget *target = m_inspector;
        if (m_inspector && m_inspector->holderCombo()->isVisibleTo(m_inspector)
            && m_inspector->holderCombo()->isEnabled())
            target = m_inspector->holderCombo();
        focusDock(m_inspectorDock, target);
    });
    a.showCues()->setChecked(QSettings().value(ShowCuesKey, true).toBool());
    m_article->setCuesShown(a.showCues()->isChecked());
    connect(a.showCues(), &QAction::toggled, this, [this](bool shown) {
        QSettings().setValue(ShowCuesKey, shown);
        m_article->setCuesShown(shown);
    });
    // The article's own commands: their shortcuts need its text to have the focus.
    m_article->textEdit()->addActions({a.tagSelection(), a.deleteClaim()});
    m_article->setContextMenuActions({a.tagSelection()});
}

void MainWindow::createMenus()
{
    const MainWindowActions &a = *m_actions;
    QMenu *file = m_fileMenu = menuBar()->addMenu(QString());
    file->addAction(a.newProject());
    file->addAction(a.openProject());
    m_recentMenu = new RecentProjectsMenu(*m_session, file);
    connect(m_recentMenu, &RecentProjectsMenu::projectRequested, this, &MainWindow::openProject);
    file->addMenu(m_recentMenu);
    file->addAction(a.openSample());
    file->addSeparator();
    m_importMenu = file->addMenu(QString());
    m_importMenu->addAction(a.importDocuments());
    m_importMenu->addAction(a.importQdpx());
    m_exportMenu = file->addMenu(QString());
    m_exportMenu->addAction(a.exportClaims());
    m_exportMenu->addAction(a.exportQdpx());
    file->addSeparator();
    file->addAction(a.saveAs());
    file->addAction(a.closeProject());
    file->addSeparator();
    file->addAction(a.quit());

    QMenu *edit = m_editMenu = menuBar()->addMenu(QString());
    edit->addAction(a.undo());
    edit->addAction(a.redo());
    edit->addSeparator();
    edit->addAction(a.tagSelection());
    edit->addAction(a.deleteClaim());
    edit->addSeparator();
    edit->addAction(a.pasteDocument());
    edit->addAction(a.documentProperties());
    edit->addSeparator();
    edit->addAction(a.preferences());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_views->viewActions()->actions());
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : {m_documentsDock, m_codebookDock, m_claimsDock, m_inspectorDock})
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(
        {a.focusDocuments(), a.focusCodebook(), a.focusClaims(), a.focusInspector()});
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(a.showCues());
    m_appearanceMenu = m_viewMenu->addMenu(QString());
    // In the order of Appearance's values; the texts come in retranslateUi().
    m_appearanceGroup = new QActionGroup(m_appearanceMenu);
    for (const Appearance value : {Appearance::System, Appearance::Light, Appearance::Dark}) {
        QAction *choice = m_appearanceMenu->addAction(QString());
        choice->setCheckable(true);
        choice->setChecked(savedAppearance() == value);
        m_appearanceGroup->addAction(choice);
        connect(choice, &QAction::triggered, this, [value]() {
            saveAppearance(value);
            applyAppearance(value);
        });
    }

    QMenu *help = m_helpMenu = menuBar()->addMenu(QString());
    help->addAction(a.userGuide());
    help->addAction(a.keyboardShortcuts());
    help->addSeparator();
    help->addAction(a.about());
    m_aboutQt = help->addAction(QString(), qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const MainWindowActions &a = *m_actions;
    m_toolBar->addActions({a.importDocuments(), a.pasteDocument()});
    m_toolBar->addSeparator();
    m_toolBar->addActions({a.tagSelection(), a.deleteClaim(), a.undo(), a.redo()});
    m_toolBar->addSeparator();
    m_toolBar->addAction(a.exportClaims());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

// Every text of the window's own, in the language now installed; the docks' panels and
// the views retranslate themselves.
void MainWindow::retranslateUi()
{
    m_actions->retranslate();
    m_fileMenu->setTitle(tr("&File"));
    //: A menu in File: Documents…, REFI-QDA Project…
    m_importMenu->setTitle(tr("&Import"));
    //: A menu in File: Claims to CSV…, REFI-QDA Project…
    m_exportMenu->setTitle(tr("&Export"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_appearanceMenu->setTitle(tr("&Appearance"));
    const QString appearances[] = {tr("Follow the &System"), tr("&Light"), tr("&Dark")};
    const QList<QAction *> choices = m_appearanceGroup->actions();
    for (int i = 0; i < choices.size(); ++i)
        choices.at(i)->setText(appearances[i]);
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutQt->setText(tr("About &Qt"));
    m_toolBar->setWindowTitle(tr("Main"));
    m_documentsDock->setWindowTitle(tr("Documents"));
    m_codebookDock->setWindowTitle(tr("Codebook"));
    m_inspectorDock->setWindowTitle(tr("Claim"));
    m_claimsDock->setWindowTitle(tr("Claims"));
    m_bannerButton->setText(tr("Save a Copy…"));
    m_readOnlyBanner->setAccessibleName(tr("Read-only project"));
    updateReadOnlyText();
    updateTitle();
    updateStatus();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_appearanceGroup, m_actions->showCues(), this);
    dialog.exec();
}

void MainWindow::updateReadOnlyText()
{
    if (!project())
        return;
    const QString reason = project()->readOnlyReason().isEmpty()
                               ? tr("its file or folder cannot be written")
                               : project()->readOnlyReason();
    m_readOnlyText->setText(
        tr("This project is open read-only: %1. Save a copy to make changes.").arg(reason));
}

void MainWindow::updateActions()
{
    MainWindowActions::State state;
    state.projectOpen = project() != nullptr;
    state.writable = state.projectOpen && !project()->isReadOnly();
    // Tagging and deleting act on the article, so only while the workbench shows it.
    state.articleShown =
        state.projectOpen && m_article->documentId().isValid() && currentView() == View::Workbench;
    state.claimSelected = state.projectOpen && project()->selection().currentClaim().isValid();
    m_actions->setState(state);
    // Every export needs a project; a menu of greyed entries would only tease.
    m_exportMenu->setEnabled(state.projectOpen);
    m_toolBar->setEnabled(state.projectOpen);
    m_views->viewActions()->setEnabled(state.projectOpen);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Demarche"),
        tr("<h3>Demarche %1</h3>"
           "<p>Positions of actors in diplomacy and negotiations, side by side.</p>"
           "<p>Highlight the claims in articles, read-outs and transcripts, tag each by actor "
           "and topic, compare the actors' stances and export them to CSV.</p>"
           "<p>Built with Qt %2. Cues: %3.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                 cueBackendName().toHtmlEscaped()));
}

// Everything that refers to the old project goes before it does.
void MainWindow::projectAboutToClose()
{
    m_views->setProject(nullptr);
    m_workbenchState = saveState(); // the workbench's, now that it shows
    m_tagger->setProject(nullptr);
    delete m_importer;
    m_importer = nullptr;
    for (QDockWidget *dock : {m_documentsDock, m_claimsDock, m_codebookDock, m_inspectorDock}) {
        if (dock && dock->widget()) {
            delete dock->widget();
            dock->setWidget(nullptr);
        }
    }
    m_documents = nullptr;
    m_claims = nullptr;
    m_codebook = nullptr;
    m_inspector = nullptr;
    m_article->setProject(nullptr);
}

void MainWindow::projectChanged(Project *project)
{
    const bool open = project != nullptr;
    for (QDockWidget *dock : {m_documentsDock, m_claimsDock, m_codebookDock, m_inspectorDock})
        dock->toggleViewAction()->setEnabled(open);
    if (!open) {
        for (QDockWidget *dock : {m_documentsDock, m_claimsDock, m_codebookDock, m_inspectorDock})
            dock->hide();
        m_welcome->refreshRecent();
        showInCentre(m_welcome);
        m_readOnlyBanner->hide();
        updateTitle();
        updateActions();
        updateStatus();
        return;
    }

    Project &p = *project;
    m_documents = new DocumentsPanel(p, m_documentsDock);
    m_claims = new ClaimsPanel(p, m_claimsDock);
    m_codebook = new CodebookPanel(p, m_codebookDock);
    m_inspector = new ClaimInspector(p, m_inspectorDock);
    m_documentsDock->setWidget(m_documents);
    m_claimsDock->setWidget(m_claims);
    m_codebookDock->setWidget(m_codebook);
    m_inspectorDock->setWidget(m_inspector);
    FocusRing::attach(m_documents->view());
    FocusRing::attach(m_claims->view());
    FocusRing::attach(m_codebook->actorsPage()->view());
    FocusRing::attach(m_codebook->topicsPage()->view());
    m_codebook->setReadOnly(p.isReadOnly());
    m_inspector->setReadOnly(p.isReadOnly());
    m_views->setProject(&p);
    m_article->setProject(&p);
    m_tagger->setProject(&p);
    m_importer = new DocumentImporter(p, this);
    connectProject();

    updateReadOnlyText();
    m_readOnlyBanner->setVisible(p.isReadOnly());
    showInCentre(m_views);
    showWorkbenchDocks();
    updateTitle();
    updateActions();
    updateStatus();
    if (!p.documents().isEmpty())
        openDocument(p.documents().constFirst().id);
    m_article->textEdit()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::connectProject()
{
    Project *p = project();
    // The window's own counts and actions; the views follow the project themselves.
    connect(p, &Project::actorsChanged, this, &MainWindow::updateStatus);
    connect(p, &Project::topicsChanged, this, &MainWindow::updateStatus);
    connect(p, &Project::reloaded, this, &MainWindow::updateStatus);
    connect(p, &Project::claimsAdded, this, &MainWindow::updateStatus);
    connect(p, &Project::claimsRemoved, this, &MainWindow::updateStatus);
    connect(p, &Project::documentAdded, this, &MainWindow::updateStatus);
    connect(p, &Project::documentRemoved, this, &MainWindow::updateStatus);
    connect(&p->selection(), &ProjectSelection::currentDocumentChanged, this,
            &MainWindow::updateActions);
    connect(&p->selection(), &ProjectSelection::currentClaimChanged, this,
            &MainWindow::updateActions);
    connect(p, &Project::errorOccurred, this,
            [this](const QString &message) { showError(tr("The change was not made"), message); });

    connect(m_documents, &DocumentsPanel::propertiesRequested, this,
            &MainWindow::editDocumentProperties);
    connect(m_documents, &DocumentsPanel::removeRequested, this, &MainWindow::removeDocument);
    connect(m_documents, &DocumentsPanel::importRequested, m_actions->importDocuments(),
            &QAction::trigger);
    connect(m_claims, &ClaimsPanel::claimActivated, this, &MainWindow::showClaim);
    connect(m_claims, &ClaimsPanel::compareRequested, this, &MainWindow::compareActors);
    connect(m_claims, &ClaimsPanel::deleteRequested, this, [this](const QList<ClaimId> &ids) {
        if (!ids.isEmpty() && project())
            project()->execute(new RemoveClaimsCommand(*project(), ids));
    });
}

void MainWindow::openDocument(DocumentId id) const
{
    if (project() && id.isValid())
        project()->selection().setCurrentDocument(id);
}

void MainWindow::showClaim(ClaimId id)
{
    if (!project())
        return;
    auto claim = project()->store().claim(id);
    if (!claim)
        return;
    showView(View::Workbench);
    project()->selection().setCurrentDocument(claim->document);
    project()->selection().setCurrentClaim(id);
    m_article->revealClaim(id);
    m_article->textEdit()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::deleteSelectedClaims() const
{
    if (!project())
        return;
    if (const ClaimId current = project()->selection().currentClaim(); current.isValid())
        project()->execute(new RemoveClaimsCommand(*project(), {current}));
}

void MainWindow::exportClaims()
{
    if (!project())
        return;
    ExportClaimsDialog dialog(*project(), this);
    if (m_claims && m_claims->isFiltered()) {
        const ClaimFilterProxy *proxy = m_claims->proxy();
        dialog.setTableFilter(proxy->storeFilter(), proxy->rowCount(),
                              m_claims->filterDescription());
    }
    connect(&dialog, &ExportClaimsDialog::exported, this,
            [this](const QString &path, qint64 count) {
                statusBar()->showMessage(tr("%n claim(s) exported to %1", nullptr, int(count))
                                             .arg(QDir::toNativeSeparators(path)),
                                         8000);
            });
    dialog.exec();
}

void MainWindow::importQdpx()
{
    const QdpxImportOutcome outcome = chooseAndImportQdpx(this, ProjectSession::lastFolder());
    if (outcome.projectPath.isEmpty() || !m_dialogs->open(outcome.projectPath))
        return;
    LossReportDialog report(QFileInfo(outcome.qdpxPath).fileName(), outcome.report, this);
    report.exec();
}

void MainWindow::pasteAsDocument()
{
    if (!m_importer)
        return;
    const DocumentId id = m_importer->importText(QApplication::clipboard()->text());
    if (id.isValid())
        openDocument(id);
}

void MainWindow::editDocumentProperties(DocumentId id)
{
    if (!project() || !id.isValid())
        return;
    DocumentPropertiesDialog dialog(*project(), id, this);
    dialog.exec();
}

void MainWindow::removeDocument(DocumentId id)
{
    if (!project() || !id.isValid())
        return;
    const Document *document = project()->documentInfo(id);
    if (!document)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove document"),
        tr("Remove “%1” and its %n claim(s) from the project? Edit ▸ Undo brings them back.",
           nullptr, document->claimCount)
            .arg(document->title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        project()->execute(new RemoveDocumentCommand(*project(), id));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void MainWindow::viewChanged(View previous, View current)
{
    // The analysis views want the whole window; the workbench gets its docks back where
    // they were. Hiding and showing the docks alone would let the dock areas give their
    // width to the centre a little more each time, so the whole layout is kept instead.
    if (previous == View::Workbench && current != View::Workbench) {
        m_workbenchState = saveState();
        for (QDockWidget *dock : {m_documentsDock, m_codebookDock, m_claimsDock, m_inspectorDock})
            dock->hide();
    } else if (previous != View::Workbench && current == View::Workbench && project()) {
        // The centre's minimum is the workbench's again, before the docks are laid out
        // around it (the layout would otherwise read the analysis view's, remembered).
        m_centre->updateGeometry();
        showWorkbenchDocks();
    }
    updateActions();
    if (current == View::Workbench && project())
        m_article->textEdit()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showWorkbenchDocks()
{
    if (!m_workbenchState.isEmpty() && restoreState(m_workbenchState))
        return;
    for (QDockWidget *dock : {m_documentsDock, m_claimsDock, m_codebookDock, m_inspectorDock})
        dock->show();
    m_documentsDock->raise();
}

// The welcome view is taller than the workbench needs: the centre asks only for the room
// of what it shows, or the window could not be made as small as a laptop's screen.
void MainWindow::showInCentre(QWidget *page)
{
    for (QWidget *each : {static_cast<QWidget *>(m_welcome), static_cast<QWidget *>(m_views)}) {
        const QSizePolicy::Policy policy =
            each == page ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        each->setSizePolicy(policy, policy);
    }
    m_centre->setCurrentWidget(page);
    m_centre->updateGeometry();
}

// The dock comes back if it was closed, in front of its tab, and takes the keyboard.
void MainWindow::focusDock(QDockWidget *dock, QWidget *target)
{
    if (!project() || !target)
        return;
    showView(View::Workbench);
    dock->show();
    dock->raise();
    target->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::updateTitle()
{
    if (!project()) {
        setWindowTitle(tr("Demarche"));
        return;
    }
    const QString name =
        project()->isReadOnly() ? tr("%1 (read-only)").arg(project()->name()) : project()->name();
    setWindowTitle(tr("%1 — Demarche").arg(name));
    setWindowFilePath(project()->path());
}

void MainWindow::updateStatus()
{
    if (!project()) {
        m_counts->clear();
        return;
    }
    qint64 claims = 0;
    for (const Document &document : project()->documents())
        claims += document.claimCount;
    m_counts->setText(
        tr("%n document(s)", nullptr, int(project()->documents().size())) + QStringLiteral(" · ")
        + tr("%n claim(s)", nullptr, int(claims)) + QStringLiteral(" · ")
        + tr("%n actor(s)", nullptr, int(project()->actors().size())) + QStringLiteral(" · ")
        + tr("%n topic(s)", nullptr, int(project()->topics().size())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    showView(View::Workbench); // so the saved layout has the workbench's docks
    m_session->saveLayout(*this);
    m_session->close();
    event->accept();
}

} // namespace demarche
