#include "widgets/mainwindow/projectsession.h"

#include "core/io/openprojects.h"
#include "core/project/project.h"
#include "core/sample/sampleproject.h"
#include "widgets/mainwindow/recentprojects.h"

#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoGroup>
#include <QUndoStack>

namespace demarche {
namespace {

const QString LastFolderKey = QStringLiteral("projects/lastFolder");

void rememberFolder(const QString &path)
{
    QSettings().setValue(LastFolderKey, QFileInfo(path).absolutePath());
}

} // namespace

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent)
    , m_undoGroup(new QUndoGroup(this))
{}

ProjectSession::~ProjectSession() = default;

QString ProjectSession::sampleProjectPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("Sample project.demarche"));
}

Status ProjectSession::open(const QString &path)
{
    // The same file under any name (a link, a hard link) is the project already open.
    if (m_project && (QFileInfo(m_project->path()) == QFileInfo(path) || isOpenProject(path)))
        return {};
    auto opened = Project::open(path);
    if (!opened) {
        if (!QFileInfo::exists(path))
            RecentProjects::remove(path);
        Q_EMIT recentProjectsChanged();
        return opened.error();
    }
    rememberFolder(path);
    setProject(std::move(opened).value());
    return {};
}

Status ProjectSession::create(const QString &path)
{
    auto created = Project::create(path);
    if (!created)
        return created.error();
    rememberFolder(path);
    setProject(std::move(created).value());
    return {};
}

Status ProjectSession::openSample()
{
    const QString path = sampleProjectPath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (Status created = createSampleProject(path); !created)
            return created;
    }
    return open(path);
}

Status ProjectSession::saveAs(const QString &path)
{
    if (!m_project)
        return badInput(tr("No project is open."));
    if (Status copied = m_project->store().saveCopy(path); !copied)
        return copied;
    return open(path);
}

void ProjectSession::close()
{
    setProject(nullptr);
}

void ProjectSession::setProject(std::unique_ptr<Project> project)
{
    if (m_project) {
        Q_EMIT aboutToClose(m_project.get());
        m_undoGroup->removeStack(m_project->undoStack());
    }
    m_project = std::move(project);
    if (m_project) {
        m_undoGroup->addStack(m_project->undoStack());
        m_undoGroup->setActiveStack(m_project->undoStack());
        RecentProjects::add(m_project->path());
        Q_EMIT recentProjectsChanged();
    }
    Q_EMIT projectChanged(m_project.get());
}

QStringList ProjectSession::recentProjects()
{
    return RecentProjects::list();
}

void ProjectSession::clearRecentProjects()
{
    RecentProjects::clear();
    Q_EMIT recentProjectsChanged();
}

QString ProjectSession::lastFolder()
{
    return QSettings()
        .value(LastFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void ProjectSession::restoreLayout(QMainWindow &window)
{
    QSettings settings;
    if (!window.restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // Roomy, but no larger than the screen (a laptop's may be 1366×768 with a panel),
        // down to the smallest size the window is made for.
        QSize size(1400, 860);
        if (const QScreen *screen = window.screen())
            size = size.boundedTo(screen->availableGeometry().size()).expandedTo({1024, 640});
        window.resize(size);
    }
    window.restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

QByteArray ProjectSession::savedState()
{
    return QSettings().value(QStringLiteral("window/state")).toByteArray();
}

void ProjectSession::saveLayout(const QMainWindow &window) const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), window.saveGeometry());
    if (!m_project)
        return;
    settings.setValue(QStringLiteral("window/state"), window.saveState());
    settings.setValue(QStringLiteral("projects/last"), m_project->path());
}

} // namespace demarche
