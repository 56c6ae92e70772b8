#pragma once

#include <QString>

namespace demarche {

// SQLite guards a project with POSIX record locks, and those belong to a process and an
// inode: closing *any* descriptor of the project file anywhere in this process silently
// drops every lock SQLite holds on it. Another program then takes itself for the last
// user, checkpoints and deletes the write-ahead log under us, and later edits are lost.
// So nothing in the process may open a file that is an open project (nor its -wal, -shm
// or -journal). These are the files it must not open, known by device and inode and
// checked with stat() alone, which opens nothing.
class OpenProjectRegistration final
{
public:
    // Registers the project at `path`, which must exist; the inode is kept, so a later
    // rename of the file changes nothing.
    explicit OpenProjectRegistration(const QString &path);
    ~OpenProjectRegistration();
    OpenProjectRegistration(const OpenProjectRegistration &) = delete;
    OpenProjectRegistration &operator=(const OpenProjectRegistration &) = delete;

private:
    quint64 m_device = 0;
    quint64 m_inode = 0;
    bool m_registered = false;
};

// True when `path` (through symbolic or hard links, relative or not) is a project this
// process holds open, or the -wal, -shm or -journal beside one.
bool isOpenProject(const QString &path);

// The database that `path` names a companion of (its -wal, -shm or -journal, which SQLite
// finds by name), or an empty string when `path` is no such name.
QString databaseOfCompanion(const QString &path);

} // namespace demarche
