#pragma once

#include <QString>
#include <QStringList>

namespace demarche {

// The last projects opened (File ▸ Open Recent), most recent first, kept in QSettings.
class RecentProjects final
{
public:
    static constexpr int MaxEntries = 10;

    static QStringList list(); // existing files only
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
    static QString last(); // the project to reopen at start, if any
};

} // namespace demarche
