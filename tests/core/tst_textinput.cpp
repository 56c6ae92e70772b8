// readTextInput: regular files, pipes and named pipes read in full; endless, binary and
// silent streams and files that are not text inputs refused with bounded memory.
#include "core/import/textinput.h"
#include "core/storage/projectstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace demarche;
using namespace std::chrono_literals;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Writes `bytes` to `fd` (again and again when `endless`) until done or the reader is
// gone, then closes it.
void feed(int fd, QByteArray bytes, bool endless)
{
    do {
        const char *at = bytes.constData();
        qsizetype left = bytes.size();
        while (left > 0) {
            const ssize_t written = ::write(fd, at, size_t(left));
            if (written <= 0) {
                ::close(fd);
                return;
            }
            at += written;
            left -= written;
        }
    } while (endless);
    ::close(fd);
}

// An anonymous pipe named as bash names <(…): /dev/fd/N.
class Pipe final
{
public:
    Pipe(const QByteArray &bytes, bool endless)
    {
        if (::pipe(m_fds) != 0)
            return;
        m_writer = std::thread(feed, m_fds[1], bytes, endless);
    }
    ~Pipe()
    {
        if (m_fds[0] >= 0)
            ::close(m_fds[0]); // an endless writer now fails with EPIPE and stops
        if (m_writer.joinable())
            m_writer.join();
    }
    Pipe(const Pipe &) = delete;
    Pipe &operator=(const Pipe &) = delete;
    QString path() const { return QStringLiteral("/dev/fd/%1").arg(m_fds[0]); }
    bool isValid() const { return m_fds[0] >= 0; }

private:
    int m_fds[2] = {-1, -1};
    std::thread m_writer;
};

} // namespace

class TestTextInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void regularFile();
    void sequenceAcrossChunks();
    void pipe_data();
    void pipe();
    void namedPipeWithWriter();
    void namedPipeWithoutWriter();
    void endlessTextStream();
    void binaryDevicesStopAtOnce_data();
    void binaryDevicesStopAtOnce();
    void emptyDevice();
    void refused_data();
    void refused();
    void openProjectRefused();

private:
    QTemporaryDir m_dir;
};

void TestTextInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    std::signal(SIGPIPE, SIG_IGN); // the pipe writers learn of a closed reader by EPIPE
}

void TestTextInput::regularFile()
{
    const QString path = m_dir.filePath(QStringLiteral("claims.csv"));
    const QByteArray bytes = "a,b\r\n1,\xC3\xA9\r\n";
    QVERIFY(writeFile(path, bytes));
    auto read = readTextInput(path, {});
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(read.value(), bytes);
}

// A two-byte character cut by the end of a read is not taken for bad UTF-8.
void TestTextInput::sequenceAcrossChunks()
{
    QByteArray bytes;
    for (int i = 0; i < 200000; ++i)
        bytes += "\xC3\xA9"; // é: a read of any even or odd size cuts one of them
    bytes += "\r\n";
    const QString path = m_dir.filePath(QStringLiteral("accents.csv"));
    QVERIFY(writeFile(path, bytes));
    auto read = readTextInput(path, {});
    QVERIFY(read);
    QCOMPARE(read->size(), bytes.size());
    Pipe pipe(bytes, false);
    QVERIFY(pipe.isValid());
    auto streamed = readTextInput(pipe.path(), {});
    QVERIFY(streamed);
    QCOMPARE(streamed.value(), bytes);
}

void TestTextInput::pipe_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("small") << QByteArray("document_id,start\r\n1,2\r\n");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("larger than a pipe's buffer") << QByteArray(3 * 1024 * 1024 + 7, 'x');
}

void TestTextInput::pipe()
{
    QFETCH(QByteArray, bytes);
    Pipe pipe(bytes, false);
    QVERIFY(pipe.isValid());
    auto read = readTextInput(pipe.path(), {});
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(read.value(), bytes);
}

void TestTextInput::namedPipeWithWriter()
{
    const QString path = m_dir.filePath(QStringLiteral("fifo"));
    QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    const QByteArray bytes = "a,b\r\n1,2\r\n";
    // Opens for writing only once the reader has opened it, as a shell's `>` would.
    std::thread writer([&path, &bytes]() {
        feed(::open(QFile::encodeName(path).constData(), O_WRONLY), bytes, false);
    });
    auto read = readTextInput(path, {});
    writer.join();
    QFile::remove(path);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(read.value(), bytes);
}

void TestTextInput::namedPipeWithoutWriter()
{
    const QString path = m_dir.filePath(QStringLiteral("lonely"));
    QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    TextInputLimits limits;
    limits.silence = 100ms;
    auto read = readTextInput(path, limits);
    QFile::remove(path);
    QVERIFY(!read);
    QCOMPARE(read.error().kind, Error::Kind::BadInput);
    QVERIFY2(read.error().message.startsWith(path + QLatin1String(": nothing arrived")),
             qPrintable(read.error().message));
}

void TestTextInput::endlessTextStream()
{
    Pipe pipe("1,2,three,four\r\n", true); // like `yes`: valid text, never ending
    QVERIFY(pipe.isValid());
    TextInputLimits limits;
    limits.maxBytes = 1024 * 1024;
    auto read = readTextInput(pipe.path(), limits);
    QVERIFY(!read);
    QCOMPARE(read.error().message,
             pipe.path() + QLatin1String(": is larger than the limit of 1 MB"));
}

void TestTextInput::binaryDevicesStopAtOnce_data()
{
    QTest::addColumn<QString>("device");
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero");
    QTest::newRow("/dev/urandom") << QStringLiteral("/dev/urandom");
    QTest::newRow("endless NULs through a pipe") << QString();
}

// The bytes come back, short: the CSV reader then names the NUL or the bad UTF-8.
void TestTextInput::binaryDevicesStopAtOnce()
{
    QFETCH(QString, device);
    std::unique_ptr<Pipe> pipe;
    if (device.isEmpty()) {
        pipe = std::make_unique<Pipe>(QByteArray(4096, '\0'), true);
        device = pipe->path();
    }
    auto read = readTextInput(device, {});
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QVERIFY(!read->isEmpty());
    QVERIFY2(read->size() <= 1024 * 1024, QByteArray::number(read->size()).constData());
}

void TestTextInput::emptyDevice()
{
    auto read = readTextInput(QStringLiteral("/dev/null"), {});
    QVERIFY(read);
    QVERIFY(read->isEmpty());
}

void TestTextInput::refused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem");
    QTest::newRow("missing") << QStringLiteral("missing.csv") << QStringLiteral("no such file");
    QTest::newRow("directory") << QStringLiteral("folder")
                               << QStringLiteral("is a directory, not a file");
    QTest::newRow("dangling symlink")
        << QStringLiteral("dangling.csv") << QStringLiteral("no such file");
    QTest::newRow("too large") << QStringLiteral("large.csv")
                               << QStringLiteral("is larger than the limit of 1 MB");
}

void TestTextInput::refused()
{
    QFETCH(QString, name);
    QFETCH(QString, problem);
    const QString path = m_dir.filePath(name);
    if (name == QLatin1String("folder"))
        QVERIFY(QDir(m_dir.path()).mkpath(name));
    if (name == QLatin1String("dangling.csv"))
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("nowhere")), path));
    if (name == QLatin1String("large.csv"))
        QVERIFY(writeFile(path, QByteArray(1024 * 1024 + 1, 'x')));
    TextInputLimits limits;
    limits.maxBytes = 1024 * 1024;
    auto read = readTextInput(path, limits);
    QVERIFY(!read);
    QCOMPARE(read.error().kind, Error::Kind::BadInput);
    QCOMPARE(read.error().message, path + QLatin1String(": ") + problem);
}

void TestTextInput::openProjectRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("open.demarche"));
    auto store = ProjectStore::create(path);
    QVERIFY(store);
    const QString link = m_dir.filePath(QStringLiteral("link.csv"));
    QVERIFY(QFile::link(path, link));
    for (const QString &name : QStringList{path, link, path + QLatin1String("-wal"),
                                           m_dir.path() + QLatin1String("/./open.demarche")}) {
        auto read = readTextInput(name, {});
        QVERIFY2(!read, qPrintable(name));
        QCOMPARE(read.error().message, name + QLatin1String(": is the open project itself"));
    }
}

QTEST_GUILESS_MAIN(TestTextInput)
#include "tst_textinput.moc"
