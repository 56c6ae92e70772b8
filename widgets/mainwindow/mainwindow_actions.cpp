// MainWindow: actions, menus, the toolbar and the About box.
#include "core/project/project.h"
#include "core/project/projectselection.h"
#include "widgets/article/articleview.h"
#include "widgets/documents/documentspanel.h"
#include "widgets/importing/documentimporter.h"
#include "widgets/mainwindow/appearance.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/mainwindow/recentprojects.h"
#include "widgets/mainwindow/welcomeview.h"
#include "widgets/quicktag/quicktagcontroller.h"

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
#include <QUndoStack>

namespace demarche {
namespace {

QAction *makeAction(QObject *parent, const QString &name, const QString &text,
                    const QString &icon = {}, const QKeySequence &shortcut = {})
{
    auto *action = new QAction(text, parent);
    action->setObjectName(name);
    if (!icon.isEmpty())
        action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

} // namespace

void MainWindow::createActions()
{
    auto *newProject = makeAction(this, QStringLiteral("newProject"), tr("&New Project…"),
                                  QStringLiteral("new-project"), QKeySequence::New);
    connect(newProject, &QAction::triggered, this, &MainWindow::newProjectDialog);
    auto *open = makeAction(this, QStringLiteral("openProject"), tr("&Open Project…"),
                            QStringLiteral("open-project"), QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::openProjectDialog);
    auto *sample = makeAction(this, QStringLiteral("openSample"), tr("Open the S&ample Project"));
    connect(sample, &QAction::triggered, this, &MainWindow::openSampleProject);
    auto *saveAs = makeAction(this, QStringLiteral("saveAs"), tr("Save Project &As…"), {},
                              QKeySequence::SaveAs);
    connect(saveAs, &QAction::triggered, this, &MainWindow::saveAsDialog);
    auto *close = makeAction(this, QStringLiteral("closeProject"), tr("&Close Project"), {},
                             QKeySequence::Close);
    connect(close, &QAction::triggered, this, &MainWindow::closeProject);
    auto *import =
        makeAction(this, QStringLiteral("importDocuments"), tr("&Import Documents…"),
                   QStringLiteral("import-document"), QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(import, &QAction::triggered, this, [this]() {
        if (!m_importer)
            return;
        const QList<DocumentId> ids = m_importer->chooseAndImport();
        if (!ids.isEmpty())
            openDocument(ids.constLast());
    });
    auto *exportCsv = makeAction(this, QStringLiteral("exportClaims"), tr("&Export Claims to CSV…"),
                                 QStringLiteral("export-csv"), QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportCsv, &QAction::triggered, this, &MainWindow::exportClaims);
    auto *quit = makeAction(this, QStringLiteral("quit"), tr("&Quit"), {}, QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *undo = makeAction(this, QStringLiteral("undo"), tr("&Undo"), QStringLiteral("undo"),
                            QKeySequence::Undo);
    connect(undo, &QAction::triggered, this, [this]() {
        if (m_project)
            m_project->undoStack()->undo();
    });
    auto *redo = makeAction(this, QStringLiteral("redo"), tr("&Redo"), QStringLiteral("redo"),
                            QKeySequence::Redo);
    connect(redo, &QAction::triggered, this, [this]() {
        if (m_project)
            m_project->undoStack()->redo();
    });
    auto *paste = makeAction(this, QStringLiteral("pasteDocument"), tr("&Paste as New Document"),
                             QStringLiteral("paste-document"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(paste, &QAction::triggered, this, &MainWindow::pasteAsDocument);
    // T tags while the article has the focus; elsewhere T is just a letter.
    auto *tag = makeAction(this, QStringLiteral("tagSelection"), tr("&Tag Selection…"),
                           QStringLiteral("tag-claim"), QKeySequence(Qt::Key_T));
    tag->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_article->addAction(tag);
    connect(tag, &QAction::triggered, this, [this]() {
        if (m_tagger)
            m_tagger->tagSelection();
    });
    auto *remove = makeAction(this, QStringLiteral("deleteClaim"), tr("&Delete Claim"),
                              QStringLiteral("delete-claim"), QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_article->addAction(remove);
    connect(remove, &QAction::triggered, this, &MainWindow::deleteSelectedClaims);
    auto *properties =
        makeAction(this, QStringLiteral("documentProperties"), tr("Document P&roperties…"),
                   QStringLiteral("document-properties"));
    connect(properties, &QAction::triggered, this,
            [this]() { editDocumentProperties(m_article->documentId()); });

    auto *about =
        makeAction(this, QStringLiteral("about"), tr("&About Demarche"), QStringLiteral("about"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("newProject")));
    file->addAction(action(QStringLiteral("openProject")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(action(QStringLiteral("openSample")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("importDocuments")));
    file->addAction(action(QStringLiteral("exportClaims")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("saveAs")));
    file->addAction(action(QStringLiteral("closeProject")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));
    updateRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("undo")));
    edit->addAction(action(QStringLiteral("redo")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("tagSelection")));
    edit->addAction(action(QStringLiteral("deleteClaim")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("pasteDocument")));
    edit->addAction(action(QStringLiteral("documentProperties")));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addActions(m_viewGroup->actions());
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
    help->addAction(action(QStringLiteral("about")));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char *name : {"importDocuments", "pasteDocument"})
        m_toolBar->addAction(action(QString::fromLatin1(name)));
    m_toolBar->addSeparator();
    for (const char *name : {"tagSelection", "deleteClaim", "undo", "redo"})
        m_toolBar->addAction(action(QString::fromLatin1(name)));
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(QStringLiteral("exportClaims")));
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList paths = RecentProjects::list();
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
    connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this, [this]() {
        RecentProjects::clear();
        updateRecentMenu();
        m_welcome->refreshRecent();
    });
}

void MainWindow::updateActions()
{
    const bool open = m_project != nullptr;
    const bool writable = open && !m_project->isReadOnly();
    // Tagging and deleting act on the article, so only while the workbench shows it.
    const bool article =
        open && m_article->documentId().isValid() && currentView() == View::Workbench;
    for (const char *name : {"saveAs", "closeProject", "exportClaims"})
        action(QString::fromLatin1(name))->setEnabled(open);
    for (const char *name : {"importDocuments", "pasteDocument"})
        action(QString::fromLatin1(name))->setEnabled(writable);
    action(QStringLiteral("tagSelection"))->setEnabled(writable && article);
    action(QStringLiteral("deleteClaim"))
        ->setEnabled(writable && article && m_project->selection().currentClaim().isValid());
    action(QStringLiteral("documentProperties"))->setEnabled(writable && article);

    QUndoStack *stack = open ? m_project->undoStack() : nullptr;
    QAction *undo = action(QStringLiteral("undo"));
    QAction *redo = action(QStringLiteral("redo"));
    undo->setEnabled(writable && stack->canUndo());
    redo->setEnabled(writable && stack->canRedo());
    undo->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    redo->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    m_toolBar->setEnabled(open);
    m_viewGroup->setEnabled(open);
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
