#include "widgets/mainwindow/recentprojects.h"

#include <QFileInfo>
#include <QSettings>

namespace demarche {
namespace {
const QString Key = QStringLiteral("projects/recent");

QStringList stored()
{
    return QSettings().value(Key).toStringList();
}

void store(const QStringList &paths)
{
    QSettings().setValue(Key, paths);
}

} // namespace

QStringList RecentProjects::list()
{
    QStringList existing;
    const QStringList paths = stored();
    for (const QString &path : paths) {
        if (QFileInfo::exists(path))
            existing.append(path);
    }
    return existing;
}

void RecentProjects::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = stored();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > MaxEntries)
        paths.removeLast();
    store(paths);
}

void RecentProjects::remove(const QString &path)
{
    QStringList paths = stored();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    store(paths);
}

void RecentProjects::clear()
{
    store({});
}

QString RecentProjects::last()
{
    const QStringList paths = list();
    return paths.isEmpty() ? QString() : paths.constFirst();
}

} // namespace demarche
