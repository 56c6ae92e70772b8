// OutputFile: what is refused (the open project by any name, SQLite files by their first
// bytes, folders, sockets), what is streamed into (FIFOs, character devices) and what is
// replaced only once complete; checkFile, for archives, refuses streams too.
#include "core/io/openprojects.h"
#include "core/io/outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace demarche;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Status writeThrough(const QString &path, const QByteArray &bytes)
{
    OutputFile out(path);
    if (Status opened = out.open(); !opened)
        return opened;
    if (out.device()->write(bytes) != bytes.size()) {
        out.cancel();
        return ioError(QStringLiteral("short write"));
    }
    return out.commit();
}

} // namespace

class TestOutputFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesSqliteFiles_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("refused");
        QTest::newRow("database") << QByteArray("SQLite format 3\0\x10\0", 19) << true;
        QTest::newRow("write-ahead log, big-endian")
            << QByteArray("\x37\x7f\x06\x82rest", 8) << true;
        QTest::newRow("write-ahead log, little-endian")
            << QByteArray("\x37\x7f\x06\x83rest", 8) << true;
        QTest::newRow("rollback journal")
            << QByteArray("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7\0\0", 10) << true;
        QTest::newRow("a CSV") << QByteArray("claim_id,document_id\r\n") << false;
        QTest::newRow("almost a database") << QByteArray("SQLite format 2\0", 16) << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void refusesSqliteFiles()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, refused);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("target.csv"));
        QVERIFY(writeFile(path, head));
        const Status status = writeThrough(path, "new\r\n");
        QCOMPARE(!status, refused);
        QCOMPARE(readFile(path), refused ? head : QByteArray("new\r\n"));
        if (refused)
            QVERIFY2(status.error().message.contains(QLatin1String("target.csv")),
                     qPrintable(status.error().message));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("target.csv")});
    }

    // A -shm has no header of its own; its database says what it is.
    void refusesTheCompanionsOfADatabase_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("exists");
        QTest::addColumn<bool>("refused");
        QTest::newRow("-shm") << QStringLiteral("db.sqlite-shm") << true << true;
        QTest::newRow("-wal not there yet") << QStringLiteral("db.sqlite-wal") << false << true;
        QTest::newRow("-journal not there yet")
            << QStringLiteral("db.sqlite-journal") << false << true;
        QTest::newRow("-shm beside a text file")
            << QStringLiteral("notes.txt-shm") << true << false;
    }

    void refusesTheCompanionsOfADatabase()
    {
        QFETCH(QString, name);
        QFETCH(bool, exists);
        QFETCH(bool, refused);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("db.sqlite")),
                          QByteArray("SQLite format 3\0\x10\0", 19)));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("notes.txt")), "notes"));
        const QString path = dir.filePath(name);
        if (exists)
            QVERIFY(writeFile(path, QByteArray(32, '\0')));
        const Status status = writeThrough(path, "csv");
        QCOMPARE(!status, refused);
        QCOMPARE(QFileInfo::exists(path), exists || !refused);
    }

    void refusesTheOpenProjectByAnyName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("itself") << QStringLiteral("p.demarche");
        QTest::newRow("hard link") << QStringLiteral("hard.csv");
        QTest::newRow("symbolic link") << QStringLiteral("link.csv");
        QTest::newRow("-wal") << QStringLiteral("p.demarche-wal");
        QTest::newRow("-shm") << QStringLiteral("p.demarche-shm");
        QTest::newRow("-journal") << QStringLiteral("p.demarche-journal");
    }

    // The registered file is not a database here: the refusal comes from isOpenProject
    // alone, before anything opens the file.
    void refusesTheOpenProjectByAnyName()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(QStringLiteral("p.demarche"));
        QVERIFY(writeFile(project, "stands for a project"));
        QVERIFY(::link(QFile::encodeName(project).constData(),
                       QFile::encodeName(dir.filePath(QStringLiteral("hard.csv"))).constData())
                == 0);
        QVERIFY(QFile::link(project, dir.filePath(QStringLiteral("link.csv"))));
        const OpenProjectRegistration registration(project);
        const QString path = dir.filePath(name);
        const Status status = writeThrough(path, "csv");
        QVERIFY(!status);
        QVERIFY2(status.error().message.contains(QLatin1String("open project")),
                 qPrintable(status.error().message));
        QVERIFY(!OutputFile::check(path));
        QCOMPARE(readFile(project), QByteArray("stands for a project"));
        QVERIFY(isOpenProject(dir.filePath(QStringLiteral("hard.csv"))));
    }

    void refusesFoldersAndSockets()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Status folder = writeThrough(dir.path(), "x");
        QVERIFY(!folder);
        QVERIFY2(folder.error().message.contains(QLatin1String("folder")),
                 qPrintable(folder.error().message));

        const QByteArray socketPath = QFile::encodeName(dir.filePath(QStringLiteral("s")));
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(socketPath.size()) < sizeof address.sun_path);
        std::memcpy(address.sun_path, socketPath.constData(), size_t(socketPath.size()));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        const bool bound =
            ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
        const Status socket = writeThrough(QFile::decodeName(socketPath), "x");
        ::close(fd);
        QVERIFY(bound);
        QVERIFY(!socket);
        QVERIFY(QFileInfo(QFile::decodeName(socketPath)).exists());
    }

    void streamsIntoAFifo()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("out.fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        // Read and write ends both here, so that opening it for writing does not wait.
        const int reader = ::open(QFile::encodeName(path).constData(), O_RDWR | O_NONBLOCK);
        QVERIFY(reader >= 0);
        const Status status = writeThrough(path, "through the pipe\n");
        char buffer[64] = {};
        const ssize_t got = ::read(reader, buffer, sizeof buffer);
        ::close(reader);
        QVERIFY2(status, status ? "" : qPrintable(status.error().message));
        QCOMPARE(QByteArray(buffer, int(qMax<ssize_t>(got, 0))), QByteArray("through the pipe\n"));
        struct stat info = {};
        QVERIFY(::stat(QFile::encodeName(path).constData(), &info) == 0);
        QVERIFY(S_ISFIFO(info.st_mode));
    }

    void streamsIntoCharacterDevices()
    {
        OutputFile null(QStringLiteral("/dev/null"));
        QVERIFY(null.open());
        QVERIFY(null.isStream());
        QVERIFY(null.commit());

        // A full device: the failure shows at the latest when the output is committed.
        OutputFile full(QStringLiteral("/dev/full"));
        QVERIFY(full.open());
        full.device()->write(QByteArray(100000, 'x'));
        const Status committed = full.commit();
        QVERIFY(!committed);
        QVERIFY2(committed.error().message.contains(QLatin1String("/dev/full")),
                 qPrintable(committed.error().message));
    }

    void aCancelledReplacementLeavesTheEarlierFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("claims.csv"));
        QVERIFY(writeFile(path, "earlier\r\n"));
        {
            OutputFile out(path);
            QVERIFY(out.open());
            QVERIFY(!out.isStream());
            out.device()->write("half of it");
            out.cancel();
        }
        QCOMPARE(readFile(path), QByteArray("earlier\r\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("claims.csv")});
    }

    void checkFileWantsAFile_data()
    {
        QTest::addColumn<QString>("name"); // in a temporary folder, or absolute
        QTest::addColumn<bool>("accepted");
        QTest::newRow("a new name") << QStringLiteral("new.qdpx") << true;
        QTest::newRow("a regular file") << QStringLiteral("old.qdpx") << true;
        QTest::newRow("standard output") << QStringLiteral("-") << false;
        QTest::newRow("a FIFO") << QStringLiteral("out.fifo") << false;
        QTest::newRow("a character device") << QStringLiteral("/dev/null") << false;
        QTest::newRow("a folder") << QStringLiteral("folder") << false;
    }

    void checkFileWantsAFile()
    {
        QFETCH(QString, name);
        QFETCH(bool, accepted);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("old.qdpx")), "PK"));
        QVERIFY(
            ::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("out.fifo"))).constData(), 0600)
            == 0);
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
        const QString path = name == QLatin1String("-") || name.startsWith(QLatin1Char('/'))
                                 ? name
                                 : dir.filePath(name);
        const Status status = OutputFile::checkFile(path); // never opens, so a FIFO cannot block
        QCOMPARE(bool(status), accepted);
        if (!accepted)
            QVERIFY2(status.error().message.contains(OutputFile::displayName(path)),
                     qPrintable(status.error().message));
        QVERIFY(OutputFile::check(path) || name == QLatin1String("folder"));
    }

    void standardOutputIsNamedSo()
    {
        QCOMPARE(OutputFile::displayName(QStringLiteral("-")), QStringLiteral("standard output"));
        QVERIFY(OutputFile::check(QStringLiteral("-")));
        QVERIFY(!OutputFile::check(QString()));
    }
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
