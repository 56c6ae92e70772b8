#include "widgets/mainwindow/projectdialogs.h"

#include "core/project/project.h"
#include "widgets/common/filedialogs.h"
#include "widgets/mainwindow/projectsession.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

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
    return ProjectDialogs::tr("Demarche projects (*.demarche);;All files (*)");
}

} // namespace

ProjectDialogs::ProjectDialogs(ProjectSession &session, QWidget *parent)
    : m_session(session)
    , m_parent(parent)
{}

bool ProjectDialogs::open(const QString &path)
{
    if (Status opened = m_session.open(path); !opened) {
        QMessageBox::critical(
            m_parent, tr("Open project"),
            tr("The project could not be opened.\n\n%1").arg(opened.error().message));
        return false;
    }
    return true;
}

bool ProjectDialogs::create(const QString &path)
{
    if (Status created = m_session.create(path); !created) {
        QMessageBox::critical(
            m_parent, tr("New project"),
            tr("The project could not be created.\n\n%1").arg(created.error().message));
        return false;
    }
    return true;
}

bool ProjectDialogs::openSample()
{
    const bool existed = QFileInfo::exists(ProjectSession::sampleProjectPath());
    if (Status opened = m_session.openSample(); !opened) {
        if (existed) {
            QMessageBox::critical(
                m_parent, tr("Open project"),
                tr("The project could not be opened.\n\n%1").arg(opened.error().message));
        } else {
            QMessageBox::critical(
                m_parent, tr("Sample project"),
                tr("The sample project could not be created.\n\n%1").arg(opened.error().message));
        }
        return false;
    }
    return true;
}

QString ProjectDialogs::askNewProjectPath(QWidget *parent, const QString &caption,
                                          const QString &suggested)
{
    QString path = FileDialogs::saveFileName(parent, caption, suggested, projectFilter(), nullptr,
                                             QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return {};
    path = withSuffix(path);
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(parent, caption,
                             tr("%1 already exists. Choose another name, or open it with "
                                "File ▸ Open Project….")
                                 .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    return path;
}

void ProjectDialogs::chooseAndCreate()
{
    const QString path =
        askNewProjectPath(m_parent, tr("New project"),
                          QDir(ProjectSession::lastFolder()).filePath(tr("Untitled.demarche")));
    if (!path.isEmpty())
        create(path);
}

void ProjectDialogs::chooseAndOpen()
{
    const QString path = FileDialogs::openFileName(m_parent, tr("Open project"),
                                                   ProjectSession::lastFolder(), projectFilter());
    if (!path.isEmpty())
        open(path);
}

QString ProjectDialogs::chooseAndSaveAs()
{
    if (!m_session.project())
        return {};
    QString path = FileDialogs::saveFileName(
        m_parent, tr("Save project as"),
        QDir(ProjectSession::lastFolder())
            .filePath(tr("%1 copy.demarche").arg(m_session.project()->name())),
        projectFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return {};
    path = withSuffix(path);
    if (Status saved = m_session.saveAs(path); !saved) {
        QMessageBox::critical(m_parent, tr("Save project as"),
                              tr("The copy could not be saved.\n\n%1").arg(saved.error().message));
        return {};
    }
    return path;
}

} // namespace demarche
