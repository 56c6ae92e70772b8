#include "widgets/mainwindow/mainwindow.h"

#include "core/commands/removeclaimscommand.h"
#include "core/project/project.h"
#include "core/project/projectselection.h"
#include "widgets/article/articleview.h"
#include "widgets/claims/claimspanel.h"
#include "widgets/codebook/codebookpanel.h"
#include "widgets/documents/documentspanel.h"
#include "widgets/importing/documentimporter.h"
#include "widgets/importing/filedropfilter.h"
#include "widgets/inspector/claiminspector.h"
#include "widgets/mainwindow/recentprojects.h"
#include "widgets/mainwindow/welcomeview.h"
#include "widgets/quicktag/quicktagcontroller.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace demarche {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/demarche.svg")));
    setAcceptDrops(true);
    setDockNestingEnabled(true);

    m_welcome = new WelcomeView(this);
    connect(m_welcome, &WelcomeView::newProjectRequested, this, &MainWindow::newProjectDialog);
    connect(m_welcome, &WelcomeView::openProjectRequested, this, &MainWindow::openProjectDialog);
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
    auto *bannerButton = new QPushButton(tr("Save a Copy…"), m_readOnlyBanner);
    connect(bannerButton, &QPushButton::clicked, this, &MainWindow::saveAsDialog);
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(bannerButton);
    m_readOnlyBanner->setAccessibleName(tr("Read-only project"));
    m_readOnlyBanner->hide();
    m_article = new ArticleView(m_workbench);
    workbenchLayout->addWidget(m_readOnlyBanner);
    workbenchLayout->addWidget(m_article, 1);

    connect(m_article, &ArticleView::openFailed, this,
            [this](const QString &message) { showError(tr("Open document"), message); });
    connect(m_article, &ArticleView::deleteRequested, this, [this](ClaimId id) {
        if (!m_project)
            return;
        m_project->selection().setCurrentClaim(id);
        deleteSelectedClaims();
    });
    m_tagger = new QuickTagController(*m_article, this);
    connect(m_tagger, &QuickTagController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_article, &ArticleView::tagRequested, m_tagger, &QuickTagController::tagSelection);

    m_centre = new QStackedWidget(this);
    m_centre->addWidget(m_welcome);
    createViewTabs();
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
            if (!m_importer || m_project->isReadOnly()) {
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
            if (!m_importer || m_project->isReadOnly())
                return;
            const DocumentId id = m_importer->importText(text);
            if (id.isValid())
                openDocument(id);
        },
        Qt::QueuedConnection);

    createActions();
    createViewActions();
    createDocks();
    createMenus();
    createToolBar();
    restoreLayout();
    setProject(nullptr);
}

MainWindow::~MainWindow()
{
    setProject(nullptr);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

QDockWidget *MainWindow::addDock(const QString &title, const QString &name, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{
    m_documentsDock =
        addDock(tr("Documents"), QStringLiteral("documentsDock"), Qt::LeftDockWidgetArea);
    m_codebookDock =
        addDock(tr("Codebook"), QStringLiteral("codebookDock"), Qt::LeftDockWidgetArea);
    m_inspectorDock =
        addDock(tr("Claim"), QStringLiteral("inspectorDock"), Qt::RightDockWidgetArea);
    m_claimsDock = addDock(tr("Claims"), QStringLiteral("claimsDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_documentsDock, m_codebookDock);
    m_documentsDock->raise();
    resizeDocks({m_documentsDock, m_inspectorDock}, {400, 320}, Qt::Horizontal);
    resizeDocks({m_claimsDock}, {280}, Qt::Vertical);
}

void MainWindow::setProject(std::unique_ptr<Project> project)
{
    // Everything that refers to the old project goes before it does.
    showView(View::Workbench);
    deleteAnalysisViews();
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
    m_project = std::move(project);

    const bool open = m_project != nullptr;
    for (QDockWidget *dock : {m_documentsDock, m_claimsDock, m_codebookDock, m_inspectorDock})
        dock->toggleViewAction()->setEnabled(open);
    if (!open) {
        for (QDockWidget *dock : {m_documentsDock, m_claimsDock, m_codebookDock, m_inspectorDock})
            dock->hide();
        m_welcome->refreshRecent();
        m_centre->setCurrentWidget(m_welcome);
        m_readOnlyBanner->hide();
        updateTitle();
        updateActions();
        updateStatus();
        return;
    }

    Project &p = *m_project;
    m_documents = new DocumentsPanel(p, m_documentsDock);
    m_claims = new ClaimsPanel(p, m_claimsDock);
    m_codebook = new CodebookPanel(p, m_codebookDock);
    m_inspector = new ClaimInspector(p, m_inspectorDock);
    m_documentsDock->setWidget(m_documents);
    m_claimsDock->setWidget(m_claims);
    m_codebookDock->setWidget(m_codebook);
    m_inspectorDock->setWidget(m_inspector);
    m_codebook->setReadOnly(p.isReadOnly());
    m_inspector->setReadOnly(p.isReadOnly());
    m_article->setProject(&p);
    m_tagger->setProject(&p);
    m_importer = new DocumentImporter(p, this);
    connectProject();

    RecentProjects::add(p.path());
    updateRecentMenu();
    const QString reason = p.readOnlyReason().isEmpty() ? tr("its file or folder cannot be written")
                                                        : p.readOnlyReason();
    m_readOnlyText->setText(
        tr("This project is open read-only: %1. Save a copy to make changes.").arg(reason));
    m_readOnlyBanner->setVisible(p.isReadOnly());
    m_centre->setCurrentWidget(m_views);
    for (QDockWidget *dock : {m_documentsDock, m_claimsDock, m_codebookDock, m_inspectorDock})
        dock->show();
    m_documentsDock->raise();
    updateTitle();
    updateActions();
    updateStatus();
    if (!p.documents().isEmpty())
        openDocument(p.documents().constFirst().id);
    m_article->textEdit()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::connectProject()
{
    Project *p = m_project.get();
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

    QUndoStack *stack = p->undoStack();
    connect(stack, &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
    connect(stack, &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateActions);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateActions);

    connect(m_documents, &DocumentsPanel::propertiesRequested, this,
            &MainWindow::editDocumentProperties);
    connect(m_documents, &DocumentsPanel::removeRequested, this, &MainWindow::removeDocument);
    connect(m_documents, &DocumentsPanel::importRequested, this,
            [this]() { action(QStringLiteral("importDocuments"))->trigger(); });
    connect(m_claims, &ClaimsPanel::claimActivated, this, &MainWindow::showClaim);
    connect(m_claims, &ClaimsPanel::compareRequested, this, &MainWindow::compareActors);
    connect(m_claims, &ClaimsPanel::deleteRequested, this, [this](const QList<ClaimId> &ids) {
        if (!ids.isEmpty() && m_project)
            m_project->execute(new RemoveClaimsCommand(*m_project, ids));
    });
}

void MainWindow::openDocument(DocumentId id)
{
    if (m_project && id.isValid())
        m_project->selection().setCurrentDocument(id);
}

void MainWindow::showClaim(ClaimId id)
{
    if (!m_project)
        return;
    auto claim = m_project->store().claim(id);
    if (!claim)
        return;
    showView(View::Workbench);
    m_project->selection().setCurrentDocument(claim->document);
    m_project->selection().setCurrentClaim(id);
    m_article->revealClaim(id);
    m_article->textEdit()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::deleteSelectedClaims()
{
    if (!m_project)
        return;
    if (const ClaimId current = m_project->selection().currentClaim(); current.isValid())
        m_project->execute(new RemoveClaimsCommand(*m_project, {current}));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void MainWindow::updateTitle()
{
    if (!m_project) {
        setWindowTitle(tr("Demarche"));
        return;
    }
    const QString name =
        m_project->isReadOnly() ? tr("%1 (read-only)").arg(m_project->name()) : m_project->name();
    setWindowTitle(tr("%1 — Demarche").arg(name));
    setWindowFilePath(m_project->path());
}

void MainWindow::updateStatus()
{
    if (!m_project) {
        m_counts->clear();
        return;
    }
    qint64 claims = 0;
    for (const Document &document : m_project->documents())
        claims += document.claimCount;
    m_counts->setText(
        tr("%n document(s)", nullptr, int(m_project->documents().size())) + QStringLiteral(" · ")
        + tr("%n claim(s)", nullptr, int(claims)) + QStringLiteral(" · ")
        + tr("%n actor(s)", nullptr, int(m_project->actors().size())) + QStringLiteral(" · ")
        + tr("%n topic(s)", nullptr, int(m_project->topics().size())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    showView(View::Workbench); // so the saved layout has the workbench's docks
    saveLayout();
    setProject(nullptr);
    event->accept();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 860);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    // The dock layout is only worth keeping while the docks are in use.
    if (m_project)
        settings.setValue(QStringLiteral("window/state"), saveState());
    if (m_project)
        settings.setValue(QStringLiteral("projects/last"), m_project->path());
}

} // namespace demarche
