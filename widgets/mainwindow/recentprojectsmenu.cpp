#include "widgets/mainwindow/recentprojectsmenu.h"

#include "widgets/mainwindow/projectsession.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>

namespace demarche {

RecentProjectsMenu::RecentProjectsMenu(ProjectSession &session, QWidget *parent)
    : QMenu(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("recentMenu"));
    connect(&m_session, &ProjectSession::recentProjectsChanged, this, &RecentProjectsMenu::refresh);
    refresh();
}

void RecentProjectsMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QMenu::changeEvent(event);
}

void RecentProjectsMenu::refresh()
{
    setTitle(tr("Open &Recent"));
    clear();
    const QStringList paths = ProjectSession::recentProjects();
    int number = 0;
    for (const QString &path : paths) {
        ++number;
        const QString label =
            number < 10
                ? QStringLiteral("&%1 %2").arg(number).arg(QFileInfo(path).completeBaseName())
                : QFileInfo(path).completeBaseName();
        QAction *entry = addAction(label);
        entry->setToolTip(QDir::toNativeSeparators(path));
        entry->setStatusTip(QDir::toNativeSeparators(path));
        connect(entry, &QAction::triggered, this,
                [this, path]() { Q_EMIT projectRequested(path); });
    }
    if (paths.isEmpty()) {
        addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    addSeparator();
    connect(addAction(tr("&Clear List")), &QAction::triggered, &m_session,
            &ProjectSession::clearRecentProjects);
}

} // namespace demarche
