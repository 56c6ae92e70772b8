// MainWindow: actions, menus, the toolbar and the About box.
#include "core/project/project.h"
#include "widgets/article/articleview.h"
#include "widgets/documents/documentspanel.h"
#include "widgets/importing/documentimporter.h"
#include "widgets/mainwindow/appearance.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/mainwindow/projectsession.h"
#include "widgets/mainwindow/tagcontroller.h"
#include "widgets/mainwindow/welcomeview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QToolBar>

namespace demarche {
void MainWindow::createActions()
{
    m_actions = std::make_unique<MainWindowActions>(this, *m_session->undoGroup());
    const MainWindowActions &a = *m_actions;
    connect(a.newProject(), &QAction::triggered, this, &MainWindow::newProjectDialog);
    connect(a.openProject(), &QAction::triggered, this, &MainWindow::openProjectDialog);
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
    connect(a.quit(), &QAction::triggered, this, &QWidget::close);
    connect(a.pasteDocument(), &QAction::triggered, this, &MainWindow::pasteAsDocument);
    connect(a.tagSelection(), &QAction::triggered, this, [this]() {
        if (m_tagger)
            m_tagger->tagSelection();
    });
    connect(a.deleteClaim(), &QAction::triggered, this, &MainWindow::deleteSelectedClaims);
    connect(a.documentProperties(), &QAction::triggered, this,
            [this]() { editDocumentProperties(m_article->documentId()); });
    connect(a.about(), &QAction::triggered, this, &MainWindow::showAbout);
    // The article's own commands: their shortcuts need its text to have the focus.
    m_article->textEdit()->addActions({a.tagSelection(), a.deleteClaim()});
    m_article->setContextMenuActions({a.tagSelection()});
}

void MainWindow::createMenus()
{
    const MainWindowActions &a = *m_actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(a.newProject());
    file->addAction(a.openProject());
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(a.openSample());
    file->addSeparator();
    file->addAction(a.importDocuments());
    file->addAction(a.exportClaims());
    file->addSeparator();
    file->addAction(a.saveAs());
    file->addAction(a.closeProject());
    file->addSeparator();
    file->addAction(a.quit());
    updateRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(a.undo());
    edit->addAction(a.redo());
    edit->addSeparator();
    edit->addAction(a.tagSelection());
    edit->addAction(a.deleteClaim());
    edit->addSeparator();
    edit->addAction(a.pasteDocument());
    edit->addAction(a.documentProperties());

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addActions(m_views->viewActions()->actions());
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : {m_documentsDock, m_codebookDock, m_claimsDock, m_inspectorDock})
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    QMenu *appearance = m_viewMenu->addMenu(tr("&Appearance"));
    auto *group = new QActionGroup(appearance);
    const std::pair<Appearance, QString> choices[] = {
        {Appearance::System, tr("Follow the &System")},
        {Appearance::Light, tr("&Light")},
        {Appearance::Dark, tr("&Dark")}};
    for (const auto &[value, text] : choices) {
        QAction *choice = appearance->addAction(text);
        choice->setCheckable(true);
        choice->setChecked(savedAppearance() == value);
        group->addAction(choice);
        connect(choice, &QAction::triggered, this, [value = value]() {
            saveAppearance(value);
            applyAppearance(value);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a.about());
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main"));
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

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList paths = ProjectSession::recentProjects();
    int number = 0;
    for (const QString &path : paths) {
        ++number;
        const QString label =
            number < 10
                ? QStringLiteral("&%1 %2").arg(number).arg(QFileInfo(path).completeBaseName())
                : QFileInfo(path).completeBaseName();
        QAction *entry = m_recentMenu->addAction(label);
        entry->setToolTip(QDir::toNativeSeparators(path));
        entry->setStatusTip(QDir::toNativeSeparators(path));
        connect(entry, &QAction::triggered, this, [this, path]() { openProject(path); });
    }
    if (paths.isEmpty()) {
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, m_session,
            &ProjectSession::clearRecentProjects);
}

void MainWindow::updateActions()
{
    MainWindowActions::State state;
    state.projectOpen = project() != nullptr;
    state.writable = state.projectOpen && !project()->isReadOnly();
    // Tagging and deleting act on the article, so only while the workbench shows it.
    state.articleShown =
        state.projectOpen && m_article->documentId().isValid() && currentView() == View::Workbench;
    state.claimSelected = m_selectedClaim.isValid();
    m_actions->setState(state);
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
           "<p>Built with Qt %2.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace demarche
