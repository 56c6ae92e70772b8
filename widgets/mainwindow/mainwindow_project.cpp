// MainWindow: opening, creating, copying and closing projects; documents and export.
#include "core/commands/removedocumentcommand.h"
#include "core/models/claimfilterproxy.h"
#include "core/project/project.h"
#include "widgets/article/articleview.h"
#include "widgets/claims/claimspanel.h"
#include "widgets/common/filedialogs.h"
#include "widgets/dialogs/documentpropertiesdialog.h"
#include "widgets/dialogs/exportclaimsdialog.h"
#include "widgets/importing/documentimporter.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/mainwindow/projectsession.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
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

QString projectFilter()
{
    return MainWindow::tr("Demarche projects (*.demarche);;All files (*)");
}

} // namespace

bool MainWindow::openProject(const QString &path)
{
    if (Status opened = m_session->open(path); !opened) {
        QMessageBox::critical(
            this, tr("Open project"),
            tr("The project could not be opened.\n\n%1").arg(opened.error().message));
        return false;
    }
    return true;
}

bool MainWindow::createProject(const QString &path)
{
    if (Status created = m_session->create(path); !created) {
        QMessageBox::critical(
            this, tr("New project"),
            tr("The project could not be created.\n\n%1").arg(created.error().message));
        return false;
    }
    return true;
}

bool MainWindow::openSampleProject()
{
    const bool existed = QFileInfo::exists(ProjectSession::sampleProjectPath());
    if (Status opened = m_session->openSample(); !opened) {
        if (existed) {
            QMessageBox::critical(
                this, tr("Open project"),
                tr("The project could not be opened.\n\n%1").arg(opened.error().message));
        } else {
            QMessageBox::critical(
                this, tr("Sample project"),
                tr("The sample project could not be created.\n\n%1").arg(opened.error().message));
        }
        return false;
    }
    return true;
}

void MainWindow::closeProject()
{
    m_session->saveLayout(*this);
    m_session->close();
}

void MainWindow::newProjectDialog()
{
    QString path = FileDialogs::saveFileName(
        this, tr("New project"),
        QDir(ProjectSession::lastFolder()).filePath(tr("Untitled.demarche")), projectFilter(),
        nullptr, QFileDialog::DontConfirmOverwrite);
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
    const QString path = FileDialogs::openFileName(this, tr("Open project"),
                                                   ProjectSession::lastFolder(), projectFilter());
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::saveAsDialog()
{
    if (!project())
        return;
    QString path = FileDialogs::saveFileName(
        this, tr("Save project as"),
        QDir(ProjectSession::lastFolder()).filePath(tr("%1 copy.demarche").arg(project()->name())),
        projectFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    path = withSuffix(path);
    if (Status saved = m_session->saveAs(path); !saved) {
        QMessageBox::critical(this, tr("Save project as"),
                              tr("The copy could not be saved.\n\n%1").arg(saved.error().message));
        return;
    }
    statusBar()->showMessage(tr("Saved as %1").arg(QDir::toNativeSeparators(path)), 5000);
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

} // namespace demarche
