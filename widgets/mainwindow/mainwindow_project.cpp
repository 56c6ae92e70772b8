// MainWindow: opening, creating, copying and closing projects; documents and export.
#include "core/commands/removedocumentcommand.h"
#include "core/io/openprojects.h"
#include "core/models/claimfilterproxy.h"
#include "core/project/project.h"
#include "core/sample/sampleproject.h"
#include "widgets/article/articleview.h"
#include "widgets/claims/claimspanel.h"
#include "widgets/common/filedialogs.h"
#include "widgets/dialogs/documentpropertiesdialog.h"
#include "widgets/dialogs/exportclaimsdialog.h"
#include "widgets/importing/documentimporter.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/mainwindow/recentprojects.h"
#include "widgets/mainwindow/welcomeview.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace demarche {
namespace {

const QString ProjectSuffix = QStringLiteral(".demarche");

QString withSuffix(QString path)
{
    if (!path.endsWith(ProjectSuffix, Qt::CaseInsensitive))
        path += ProjectSuffix;
    return path;
}

QString lastFolder()
{
    return QSettings()
        .value(QStringLiteral("projects/lastFolder"),
               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void rememberFolder(const QString &path)
{
    QSettings().setValue(QStringLiteral("projects/lastFolder"), QFileInfo(path).absolutePath());
}

QString projectFilter()
{
    return MainWindow::tr("Demarche projects (*.demarche);;All files (*)");
}

} // namespace

QString MainWindow::sampleProjectPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("Sample project.demarche"));
}

bool MainWindow::openProject(const QString &path)
{
    // The same file under any name (a link, a hard link) is the project already open.
    if (m_project && (QFileInfo(m_project->path()) == QFileInfo(path) || isOpenProject(path)))
        return true;
    auto opened = Project::open(path);
    if (!opened) {
        QMessageBox::critical(
            this, tr("Open project"),
            tr("The project could not be opened.\n\n%1").arg(opened.error().message));
        if (!QFileInfo::exists(path))
            RecentProjects::remove(path);
        updateRecentMenu();
        m_welcome->refreshRecent();
        return false;
    }
    rememberFolder(path);
    setProject(std::move(opened).value());
    return true;
}

bool MainWindow::createProject(const QString &path)
{
    auto created = Project::create(path);
    if (!created) {
        QMessageBox::critical(
            this, tr("New project"),
            tr("The project could not be created.\n\n%1").arg(created.error().message));
        return false;
    }
    rememberFolder(path);
    setProject(std::move(created).value());
    return true;
}

bool MainWindow::openSampleProject()
{
    const QString path = sampleProjectPath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (Status created = createSampleProject(path); !created) {
            QMessageBox::critical(
                this, tr("Sample project"),
                tr("The sample project could not be created.\n\n%1").arg(created.error().message));
            return false;
        }
    }
    return openProject(path);
}

void MainWindow::closeProject()
{
    saveLayout();
    setProject(nullptr);
}

void MainWindow::newProjectDialog()
{
    QString path = FileDialogs::saveFileName(
        this, tr("New project"), QDir(lastFolder()).filePath(tr("Untitled.demarche")),
        projectFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    path = withSuffix(path);
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New project"),
                             tr("%1 already exists. Choose another name, or open it with "
                                "File ▸ Open.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    createProject(path);
}

void MainWindow::openProjectDialog()
{
    const QString path =
        FileDialogs::openFileName(this, tr("Open project"), lastFolder(), projectFilter());
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::saveAsDialog()
{
    if (!m_project)
        return;
    QString path = FileDialogs::saveFileName(
        this, tr("Save project as"),
        QDir(lastFolder()).filePath(tr("%1 copy.demarche").arg(m_project->name())), projectFilter(),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    path = withSuffix(path);
    if (Status copied = m_project->store().saveCopy(path); !copied) {
        QMessageBox::critical(this, tr("Save project as"),
                              tr("The copy could not be saved.\n\n%1").arg(copied.error().message));
        return;
    }
    // Work goes on in the copy, as in any "Save As".
    openProject(path);
    statusBar()->showMessage(tr("Saved as %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::exportClaims()
{
    if (!m_project)
        return;
    ExportClaimsDialog dialog(*m_project, this);
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
    if (!m_project || !id.isValid())
        return;
    DocumentPropertiesDialog dialog(*m_project, id, this);
    dialog.exec();
}

void MainWindow::removeDocument(DocumentId id)
{
    if (!m_project || !id.isValid())
        return;
    const Document *document = m_project->documentInfo(id);
    if (!document)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove document"),
        tr("Remove “%1” and its %n claim(s) from the project? Edit ▸ Undo brings them back.",
           nullptr, document->claimCount)
            .arg(document->title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_project->execute(new RemoveDocumentCommand(*m_project, id));
}

} // namespace demarche
