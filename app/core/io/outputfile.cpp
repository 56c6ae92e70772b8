#include "core/io/outputfile.h"

#include "core/io/openprojects.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace demarche {
namespace {

struct OutputText
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
};

enum class Target { Replace, Stream, StandardOutput };

QString shown(const QString &path)
{
    return OutputFile::displayName(path);
}

// The first bytes of an SQLite database, of its write-ahead log (two byte orders) and of
// its rollback journal (sqlite.org/fileformat.html, sections 1.3, 4.1 and 4.3). A log or
// a journal left by a crash still holds committed changes.
bool isSqliteFile(const QByteArray &head)
{
    static const QByteArray database("SQLite format 3\0", 16);
    static const QByteArray walBigEndian("\x37\x7f\x06\x82", 4);
    static const QByteArray walLittleEndian("\x37\x7f\x06\x83", 4);
    static const QByteArray journal("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8);
    return head.startsWith(database) || head.startsWith(walBigEndian)
           || head.startsWith(walLittleEndian) || head.startsWith(journal);
}

// Reads the head of a regular file. Non-blocking, so that a file swapped for a FIFO
// since it was looked at cannot make us wait; unreadable files give nothing.
QByteArray headOf(const QString &path)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return {};
    QByteArray head(16, '\0');
    struct stat info = {};
    ssize_t got = 0;
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode))
        got = ::read(fd, head.data(), size_t(head.size()));
    ::close(fd);
    return got > 0 ? head.left(got) : QByteArray();
}

// The -wal, -shm or -journal beside a database, even when it has no such header yet (a
// -shm has none): replacing one under another program corrupts its database.
bool isCompanionOfDatabase(const QString &path)
{
    const QString database = databaseOfCompanion(path);
    return !database.isEmpty() && !isOpenProject(database) && isSqliteFile(headOf(database));
}

Error refusedDatabase(const QString &path)
{
    return badInput(OutputText::tr("%1: is a project or another SQLite database; writing "
                                   "there would destroy it, so choose another file")
                        .arg(shown(path)));
}

Result<Target> targetOf(const QString &path)
{
    if (path.isEmpty())
        return usageError(OutputText::tr("no output file given"));
    if (path == QLatin1String("-"))
        return Target::StandardOutput;
    // Before anything opens it: opening and closing the open project drops its locks.
    if (isOpenProject(path))
        return badInput(
            OutputText::tr("%1: is the open project itself; choose another file").arg(shown(path)));
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        if (isCompanionOfDatabase(path))
            return refusedDatabase(path);
        return Target::Replace; // a new file, or one QSaveFile will explain it cannot write
    }
    if (S_ISDIR(info.st_mode))
        return badInput(OutputText::tr("%1: is a folder; choose a file name").arg(shown(path)));
    if (S_ISFIFO(info.st_mode) || S_ISCHR(info.st_mode))
        return Target::Stream;
    if (!S_ISREG(info.st_mode))
        return badInput(OutputText::tr("%1: is neither a file, a pipe nor a character device")
                            .arg(shown(path)));
    if (isSqliteFile(headOf(path)) || isCompanionOfDatabase(path))
        return refusedDatabase(path);
    return Target::Replace;
}

Error writeError(const QString &path, const QString &reason)
{
    return ioError(
        OutputText::tr("%1: cannot be written: %2").arg(OutputFile::displayName(path), reason));
}

} // namespace

OutputFile::OutputFile(const QString &path)
    : m_path(path)
{}

OutputFile::~OutputFile() = default;

QString OutputFile::displayName(const QString &path)
{
    if (path == QLatin1String("-"))
        return OutputText::tr("standard output");
    return QDir::toNativeSeparators(path);
}

Status OutputFile::check(const QString &path)
{
    auto target = targetOf(path);
    if (!target)
        return target.error();
    return {};
}

Status OutputFile::checkFile(const QString &path)
{
    auto target = targetOf(path);
    if (!target)
        return target.error();
    if (target.value() != Target::Replace)
        return badInput(OutputText::tr("%1: is a pipe or a device; this format can only be "
                                       "written to a file")
                            .arg(shown(path)));
    return {};
}

Status OutputFile::open()
{
    auto target = targetOf(m_path);
    if (!target)
        return target.error();
    switch (target.value()) {
    case Target::StandardOutput:
        std::fflush(stdout); // what was printed before comes first
        m_stream = std::make_unique<QFile>();
        if (!m_stream->open(STDOUT_FILENO, QIODevice::WriteOnly, QFileDevice::DontCloseHandle)) {
            const QString reason = m_stream->errorString();
            m_stream.reset();
            return writeError(m_path, reason);
        }
        return {};
    case Target::Stream:
        // Opening a FIFO waits for its reader, as the shell's > does.
        m_stream = std::make_unique<QFile>(m_path);
        if (!m_stream->open(QIODevice::WriteOnly)) {
            const QString reason = m_stream->errorString();
            m_stream.reset();
            return writeError(m_path, reason);
        }
        return {};
    case Target::Replace:
        break;
    }
    m_replacement = std::make_unique<QSaveFile>(m_path);
    if (!m_replacement->open(QIODevice::WriteOnly)) {
        const QString reason = m_replacement->errorString();
        m_replacement.reset();
        return writeError(m_path, reason);
    }
    return {};
}

QIODevice *OutputFile::device() const
{
    return file();
}

QFileDevice *OutputFile::file() const
{
    if (m_stream)
        return m_stream.get();
    return m_replacement.get();
}

// The devices stay alive until the OutputFile goes: a CsvWriter or QPdfWriter made on
// device() may still hold it when the output is committed or cancelled.
Status OutputFile::commit()
{
    const QString &name = m_path;
    if (m_stream) {
        const bool flushed = m_stream->flush() && m_stream->error() == QFileDevice::NoError;
        const QString reason = m_stream->errorString();
        m_stream->close();
        if (!flushed)
            return writeError(name, reason);
        return {};
    }
    if (!m_replacement || !m_replacement->isOpen())
        return writeError(name, OutputText::tr("the file is not open"));
    if (!m_replacement->commit())
        return writeError(name, m_replacement->errorString());
    return {};
}

void OutputFile::cancel()
{
    if (m_replacement && m_replacement->isOpen())
        m_replacement->cancelWriting();
    if (m_stream)
        m_stream->close();
}

QString OutputFile::errorString() const
{
    const QFileDevice *open = file();
    if (!open || open->error() == QFileDevice::NoError)
        return {};
    return open->errorString();
}

} // namespace demarche
