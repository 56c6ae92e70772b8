#include "core/io/openprojects.h"

#include <QFile>
#include <QList>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <optional>
#include <sys/stat.h>
#include <utility>

namespace demarche {
namespace {

using FileKey = std::pair<quint64, quint64>; // device, inode

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

// One entry per open store: a process may open the same project twice (a test, a copy).
QList<FileKey> &registry()
{
    static QList<FileKey> keys;
    return keys;
}

std::optional<FileKey> keyOf(const QString &path)
{
    if (path.isEmpty())
        return std::nullopt;
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return FileKey{quint64(info.st_dev), quint64(info.st_ino)};
}

bool isRegistered(const QString &path)
{
    const std::optional<FileKey> key = keyOf(path);
    if (!key)
        return false;
    const QMutexLocker lock(&registryMutex());
    return registry().contains(*key);
}

} // namespace

OpenProjectRegistration::OpenProjectRegistration(const QString &path)
{
    const std::optional<FileKey> key = keyOf(path);
    if (!key)
        return;
    m_device = key->first;
    m_inode = key->second;
    m_registered = true;
    const QMutexLocker lock(&registryMutex());
    registry().append(*key);
}

OpenProjectRegistration::~OpenProjectRegistration()
{
    if (!m_registered)
        return;
    const QMutexLocker lock(&registryMutex());
    registry().removeOne(FileKey{m_device, m_inode});
}

bool isOpenProject(const QString &path)
{
    if (isRegistered(path))
        return true;
    // SQLite's companions are named after the database; their locks matter as much.
    const QString database = databaseOfCompanion(path);
    return !database.isEmpty() && isRegistered(database);
}

QString databaseOfCompanion(const QString &path)
{
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QLatin1String ending(suffix);
        if (path.endsWith(ending) && path.size() > ending.size())
            return path.chopped(ending.size());
    }
    return {};
}

} // namespace demarche
