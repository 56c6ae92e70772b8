#include "core/import/textinput.h"

#include "core/domain/translation.h"
#include "core/io/openprojects.h"
#include "core/text/utf8.h"

#include <QFile>
#include <QLocale>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace demarche {
namespace {

constexpr qsizetype ChunkSize = qsizetype(256) * 1024;
constexpr qint64 MiB = qint64(1024) * 1024;

// Closes the descriptor it holds when it goes out of scope.
class Descriptor final
{
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

QString megabytes(qint64 bytes)
{
    return QString::number((bytes + MiB - 1) / MiB);
}

Error cannotRead(const QString &path, int error)
{
    return badInput(
        ClaimsImportText::tr("%1: cannot be read: %2").arg(path, qt_error_string(error)));
}

// Why a file of this type is not read, or an empty string when it may be.
QString refusal(const QString &path, mode_t mode)
{
    if (S_ISDIR(mode))
        return ClaimsImportText::tr("%1: is a directory, not a file").arg(path);
    if (S_ISBLK(mode))
        return ClaimsImportText::tr("%1: is a disk device, not a file").arg(path);
    if (S_ISSOCK(mode))
        return ClaimsImportText::tr("%1: is a socket; give a file or a pipe").arg(path);
    if (S_ISREG(mode) || S_ISFIFO(mode) || S_ISCHR(mode))
        return QString();
    return ClaimsImportText::tr("%1: is not a file").arg(path);
}

// True once the bytes read so far hold a NUL or a malformed UTF-8 sequence. `checked`
// counts the leading bytes already known to be neither; a sequence that the end of the
// data may have cut off is looked at again with the next chunk.
bool holdsNonText(const QByteArray &data, qsizetype &checked)
{
    const QByteArrayView fresh = QByteArrayView(data).sliced(checked);
    if (std::memchr(fresh.data(), 0, size_t(fresh.size())) != nullptr)
        return true;
    const qsizetype bad = utf8::firstInvalid(fresh);
    if (bad < 0) {
        checked = data.size();
        return false;
    }
    constexpr qsizetype LongestSequence = 4;
    if (fresh.size() - bad >= LongestSequence)
        return true;
    checked += bad;
    return false;
}

} // namespace

Result<QByteArray> readTextInput(const QString &path, const TextInputLimits &limits)
{
    if (path.isEmpty())
        return badInput(ClaimsImportText::tr("the file name is empty"));
    // Opening the project would drop the locks SQLite holds on it (io/openprojects.h).
    if (isOpenProject(path))
        return badInput(ClaimsImportText::tr("%1: is the open project itself").arg(path));
    const QByteArray name = QFile::encodeName(path);
    struct stat info = {};
    if (::stat(name.constData(), &info) != 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            return badInput(ClaimsImportText::tr("%1: no such file").arg(path));
        return cannotRead(path, errno);
    }
    if (const QString refused = refusal(path, info.st_mode); !refused.isEmpty())
        return badInput(refused);
    if (S_ISREG(info.st_mode) && info.st_size > limits.maxBytes)
        return badInput(ClaimsImportText::tr("%1: is larger than the limit of %2 MB")
                            .arg(path, megabytes(limits.maxBytes)));

    // Non-blocking, so that opening a named pipe nobody writes to returns at once.
    const Descriptor fd(::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0)
        return cannotRead(path, errno);
    // The path may have changed since stat(); what counts is what was opened.
    if (::fstat(fd.get(), &info) != 0)
        return cannotRead(path, errno);
    if (const QString refused = refusal(path, info.st_mode); !refused.isEmpty())
        return badInput(refused);

    QByteArray data;
    if (S_ISREG(info.st_mode))
        data.reserve(qsizetype(info.st_size) + 1);
    qsizetype checked = 0;
    const int silenceMs = int(limits.silence.count());
    for (;;) {
        pollfd wait = {fd.get(), POLLIN, 0};
        const int ready = ::poll(&wait, 1, silenceMs);
        if (ready < 0) {
            if (errno == EINTR)
                continue;
            return cannotRead(path, errno);
        }
        if (ready == 0)
            return badInput(ClaimsImportText::tr("%1: nothing arrived for %2 seconds; is a "
                                                 "program writing to it?")
                                .arg(path, QLocale().toString(double(silenceMs) / 1000.0)));
        // One byte past the limit tells a stream that is too long from one that fits.
        const qsizetype room = qsizetype(limits.maxBytes) + 1 - data.size();
        const qsizetype size = data.size();
        data.resize(size + std::min(ChunkSize, room));
        const ssize_t got = ::read(fd.get(), data.data() + size, size_t(data.size() - size));
        const int error = errno;
        data.resize(size + std::max<qsizetype>(got, 0));
        if (got < 0) {
            if (error == EINTR || error == EAGAIN)
                continue;
            return cannotRead(path, error);
        }
        if (got == 0)
            break; // the end of the file, or every writer of the pipe has closed it
        if (data.size() > limits.maxBytes)
            return badInput(ClaimsImportText::tr("%1: is larger than the limit of %2 MB")
                                .arg(path, megabytes(limits.maxBytes)));
        if (holdsNonText(data, checked))
            break;
    }
    return data;
}

} // namespace demarche
