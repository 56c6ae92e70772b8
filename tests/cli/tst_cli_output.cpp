// Where demarche-cli writes: never over the open project (by any name) or another
// SQLite file, into pipes and devices as streams, "-" to standard output; every write to
// standard output is checked; "--" ends the options, so names may begin with a dash.
#include "clirunner.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace clitest;

namespace {

// The commands that write a file, with OUT where the file goes, and how its text begins.
struct Writer
{
    const char *name;
    QStringList args;
    QByteArray start;
};

QList<Writer> writers()
{
    const QStringList pair{QStringLiteral("--actor"), QStringLiteral("Russia"),
                           QStringLiteral("--actor"), QStringLiteral("United States")};
    return {
        {"export",
         {QStringLiteral("export"), QStringLiteral("PROJECT"), QStringLiteral("--csv"),
          QStringLiteral("OUT")},
         "claim_id,"},
        {"compare",
         QStringList{QStringLiteral("compare"), QStringLiteral("PROJECT")} + pair
             + QStringList{QStringLiteral("--csv"), QStringLiteral("OUT")},
         "topic,"},
        {"matrix",
         {QStringLiteral("matrix"), QStringLiteral("PROJECT"), QStringLiteral("--csv"),
          QStringLiteral("OUT")},
         "actor,"},
        {"report html",
         QStringList{QStringLiteral("report"), QStringLiteral("PROJECT")} + pair
             + QStringList{QStringLiteral("--html"), QStringLiteral("OUT")},
         "<!DOCTYPE html>"},
        {"report pdf",
         QStringList{QStringLiteral("report"), QStringLiteral("PROJECT")} + pair
             + QStringList{QStringLiteral("--pdf"), QStringLiteral("OUT")},
         "%PDF-"},
    };
}

QStringList filled(QStringList args, const QString &project, const QString &out)
{
    args.replaceInStrings(QStringLiteral("PROJECT"), project);
    for (QString &arg : args) {
        if (arg == QLatin1String("OUT"))
            arg = out;
    }
    return args;
}

bool isKind(const QString &path, mode_t kind)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0
           && (info.st_mode & S_IFMT) == kind;
}

// What a folder holds, less the log and shared memory that SQLite keeps beside a WAL
// project: a read-only reader creates them and may not remove them.
QStringList entries(const QString &folder)
{
    QStringList names = QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries
                                               | QDir::System | QDir::Hidden);
    names.removeIf([](const QString &name) {
        return name.endsWith(QLatin1String(".demarche-wal"))
               || name.endsWith(QLatin1String(".demarche-shm"));
    });
    return names;
}

} // namespace

class TestCliOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void refusesTheProjectAndOtherDatabases_data();
    void refusesTheProjectAndOtherDatabases();
    void streamsIntoPipesAndDevices_data();
    void streamsIntoPipesAndDevices();
    void replacesAFileThroughItsLink();
    void standardOutputErrors_data();
    void standardOutputErrors();
    void fullStandardErrorDoesNotCrash();
    void dashNames_data();
    void dashNames();
    void dashNameWithoutSeparatorIsNamed();

private:
    QTemporaryDir m_template;
    QString m_templateProject;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project; // a fresh copy of the template in m_dir, per test
};

void TestCliOutput::initTestCase()
{
    QVERIFY(m_template.isValid());
    QVERIFY(makeBasicProject(m_template.path(), &m_templateProject));
    CLI(added, {QStringLiteral("claim"), QStringLiteral("add"), m_templateProject,
                QStringLiteral("--doc"), QStringLiteral("1"), QStringLiteral("--quote"),
                QStringLiteral("Moscow demands"), QStringLiteral("--actor"),
                QStringLiteral("Russia"), QStringLiteral("--topic"), QStringLiteral("Ukraine")});
    QCOMPARE(added.exitCode, 0);
}

void TestCliOutput::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(QStringLiteral("basic.demarche"));
    QVERIFY(QFile::copy(m_templateProject, m_project));
}

void TestCliOutput::refusesTheProjectAndOtherDatabases_data()
{
    QTest::addColumn<QStringList>("args");
    // How OUT is spelled, relative to the test's folder; what the error must name.
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("needle");
    const QList<std::pair<const char *, const char *>> targets = {
        {"the project", "ABS/basic.demarche"},
        {"./relative", "./basic.demarche"},
        {"through ..", "ABS/sub/../basic.demarche"},
        {"symlink", "link.csv"},
        {"hard link", "hard.csv"},
        {"its -wal", "basic.demarche-wal"},
        {"another project", "other.demarche"},
        {"a folder", "sub"},
    };
    for (const Writer &writer : writers()) {
        for (const auto &[what, out] : targets) {
            const QString name = QFileInfo(QLatin1String(out)).fileName();
            QTest::addRow("%s onto %s", writer.name, what)
                << writer.args << QString::fromLatin1(out) << name;
        }
    }
}

void TestCliOutput::refusesTheProjectAndOtherDatabases()
{
    QFETCH(QStringList, args);
    QFETCH(QString, out);
    QFETCH(QString, needle);
    const QString folder = m_dir->path();
    QVERIFY(QDir(folder).mkdir(QStringLiteral("sub")));
    QVERIFY(QFile::link(m_project, m_dir->filePath(QStringLiteral("link.csv"))));
    QVERIFY(::link(QFile::encodeName(m_project).constData(),
                   QFile::encodeName(m_dir->filePath(QStringLiteral("hard.csv"))).constData())
            == 0);
    const QString other = m_dir->filePath(QStringLiteral("other.demarche"));
    QVERIFY(QFile::copy(m_templateProject, other));
    out.replace(QStringLiteral("ABS"), folder);

    const QByteArray project = readFile(m_project);
    const QByteArray otherBytes = readFile(other);
    const QStringList before = entries(folder);
    const CliResult result = runIn(folder, filled(args, m_project, out));
    QVERIFY2(result.finished, result.describe().constData());
    QVERIFY2(result.exitCode == 2, result.describe().constData());
    QVERIFY2(isOneLineError(result, needle), result.describe().constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(readFile(m_project) == project); // byte for byte, and still the same inode's
    QVERIFY(readFile(other) == otherBytes);
    QVERIFY(QFileInfo(m_dir->filePath(QStringLiteral("link.csv"))).isSymLink());
    QCOMPARE(entries(folder), before); // nothing made beside it, not even a temporary file
    QCOMPARE(entries(m_dir->filePath(QStringLiteral("sub"))), QStringList{});
}

void TestCliOutput::streamsIntoPipesAndDevices_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("target"); // fifo, /dev/null, -, /dev/stdout
    QTest::addColumn<QByteArray>("start");
    for (const Writer &writer : writers()) {
        for (const char *target : {"fifo", "/dev/null", "-", "/dev/stdout"})
            QTest::addRow("%s into %s", writer.name, target)
                << writer.args << QString::fromLatin1(target) << writer.start;
    }
}

void TestCliOutput::streamsIntoPipesAndDevices()
{
    QFETCH(QStringList, args);
    QFETCH(QString, target);
    QFETCH(QByteArray, start);
    const QString folder = m_dir->path();
    QProcess reader; // the FIFO's reader, as another program would be
    QString out = target;
    if (target == QLatin1String("fifo")) {
        out = m_dir->filePath(QStringLiteral("out.fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(out).constData(), 0600) == 0);
        reader.start(QStringLiteral("cat"), {out});
        QVERIFY(reader.waitForStarted(10000));
    }
    const QStringList before = entries(folder);
    const CliResult result = runIn(folder, filled(args, m_project, out));
    if (target == QLatin1String("fifo") && !reader.waitForFinished(10000)) {
        reader.kill(); // the FIFO was never written into
        reader.waitForFinished(5000);
    }
    QVERIFY2(result.finished, result.describe().constData());
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY2(result.err.isEmpty(), result.describe().constData());
    QCOMPARE(entries(folder), before); // no file named "-", no temporary file
    if (target == QLatin1String("/dev/null")) {
        QVERIFY(isKind(target, S_IFCHR));
        QVERIFY(result.out.isEmpty());
        return;
    }
    if (target == QLatin1String("fifo"))
        QVERIFY(isKind(out, S_IFIFO));
    const QByteArray got =
        target == QLatin1String("fifo") ? reader.readAllStandardOutput() : result.out;
    QVERIFY2(got.startsWith(start), got.left(200).constData());
    if (start == "%PDF-")
        QVERIFY(got.trimmed().endsWith("%%EOF")); // the whole document, written in order
}

// A regular file reached through a symbolic link is replaced where it is; the link stays.
void TestCliOutput::replacesAFileThroughItsLink()
{
    const QString real = m_dir->filePath(QStringLiteral("claims.csv"));
    const QString link = m_dir->filePath(QStringLiteral("latest.csv"));
    QVERIFY(writeFile(real, "an earlier export\r\n"));
    QVERIFY(QFile::link(real, link));
    CLI(result, {QStringLiteral("export"), m_project, QStringLiteral("--csv"), link});
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(readFile(real).startsWith("claim_id,"));
}

void TestCliOutput::standardOutputErrors_data()
{
    QTest::addColumn<QStringList>("args");
    const QString P = QStringLiteral("PROJECT");
    const QStringList pair{QStringLiteral("--actor"), QStringLiteral("Russia"),
                           QStringLiteral("--actor"), QStringLiteral("United States")};
    QTest::newRow("text") << QStringList{QStringLiteral("text"), P, QStringLiteral("1")};
    QTest::newRow("list table") << QStringList{QStringLiteral("list"), P, QStringLiteral("actors")};
    QTest::newRow("list json") << QStringList{QStringLiteral("list"), P, QStringLiteral("claims"),
                                              QStringLiteral("--format"), QStringLiteral("json")};
    QTest::newRow("compare table") << QStringList{QStringLiteral("compare"), P} + pair;
    QTest::newRow("compare json") << QStringList{QStringLiteral("compare"), P} + pair
                                         + QStringList{QStringLiteral("--format"),
                                                       QStringLiteral("json")};
    QTest::newRow("claim add") << QStringList{
        QStringLiteral("claim"),   QStringLiteral("add"),     P,
        QStringLiteral("--doc"),   QStringLiteral("1"),       QStringLiteral("--quote"),
        QStringLiteral("Lavrov"),  QStringLiteral("--actor"), QStringLiteral("Lavrov"),
        QStringLiteral("--topic"), QStringLiteral("Ukraine")};
    QTest::newRow("actor add") << QStringList{QStringLiteral("actor"), QStringLiteral("add"), P,
                                              QStringLiteral("Hawks")};
    QTest::newRow("import") << QStringList{QStringLiteral("import"), P, QStringLiteral("FILE")};
    QTest::newRow("export to -") << QStringList{QStringLiteral("export"), P,
                                                QStringLiteral("--csv"), QStringLiteral("-")};
    QTest::newRow("matrix to -") << QStringList{QStringLiteral("matrix"), P,
                                                QStringLiteral("--csv"), QStringLiteral("-")};
    QTest::newRow("report to -") << QStringList{QStringLiteral("report"), P} + pair
                                        + QStringList{QStringLiteral("--html"),
                                                      QStringLiteral("-")};
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")};
    QTest::newRow("export --help")
        << QStringList{QStringLiteral("export"), QStringLiteral("--help")};
}

void TestCliOutput::standardOutputErrors()
{
    QFETCH(QStringList, args);
    const QString file = m_dir->filePath(QStringLiteral("new.txt"));
    QVERIFY(writeFile(file, "The hawks want more.\n"));
    args.replaceInStrings(QStringLiteral("PROJECT"), m_project);
    args.replaceInStrings(QStringLiteral("FILE"), file);
    const CliResult result = runIn(m_dir->path(), args, QStringLiteral("/dev/full"));
    QVERIFY2(result.finished, result.describe().constData());
    QVERIFY2(result.exitCode == 2, result.describe().constData());
    QVERIFY2(isOneLineError(result, QStringLiteral("standard output")),
             result.describe().constData());
}

// Nothing can tell of a failure to write the error itself; the exit code still does.
void TestCliOutput::fullStandardErrorDoesNotCrash()
{
    const CliResult missing =
        runIn(m_dir->path(),
              {QStringLiteral("list"), m_dir->filePath(QStringLiteral("no.demarche")),
               QStringLiteral("actors")},
              QString(), QStringLiteral("/dev/full"));
    QVERIFY(missing.finished);
    QCOMPARE(missing.exitCode, 3);
    const CliResult both =
        runIn(m_dir->path(), {QStringLiteral("text"), m_project, QStringLiteral("1")},
              QStringLiteral("/dev/full"), QStringLiteral("/dev/full"));
    QVERIFY(both.finished);
    QCOMPARE(both.exitCode, 2);
}

void TestCliOutput::dashNames_data()
{
    QTest::addColumn<QList<QStringList>>("steps"); // each must exit 0, in m_dir
    QTest::addColumn<QString>("file");             // which must then exist
    QTest::addColumn<QByteArray>("printed");       // what the last step prints, at least
    const QString P = QStringLiteral("PROJECT");
    QTest::newRow("import -- -dash.txt")
        << QList<QStringList>{{QStringLiteral("import"), P, QStringLiteral("--"),
                               QStringLiteral("-dash.txt")}}
        << QString() << QByteArray("2\t-dash\n");
    QTest::newRow("export --csv -dash.csv")
        << QList<QStringList>{{QStringLiteral("export"), P, QStringLiteral("--csv"),
                               QStringLiteral("-dash.csv")}}
        << QStringLiteral("-dash.csv") << QByteArray();
    QTest::newRow("export --csv=-dash.csv")
        << QList<QStringList>{{QStringLiteral("export"), P, QStringLiteral("--csv=-dash.csv")}}
        << QStringLiteral("-dash.csv") << QByteArray();
    QTest::newRow("export, then import-claims -- -dash.csv")
        << QList<QStringList>{{QStringLiteral("export"), P, QStringLiteral("--csv"),
                               QStringLiteral("-dash.csv")},
                              {QStringLiteral("import-claims"), P, QStringLiteral("--"),
                               QStringLiteral("-dash.csv")}}
        << QStringLiteral("-dash.csv") << QByteArray("0 claims imported; 1 already present");
    QTest::newRow("a project named -dash.demarche")
        << QList<QStringList>{{QStringLiteral("init"), QStringLiteral("--"),
                               QStringLiteral("-dash.demarche")},
                              {QStringLiteral("list"), QStringLiteral("--format"),
                               QStringLiteral("csv"), QStringLiteral("--"),
                               QStringLiteral("-dash.demarche"), QStringLiteral("topics")}}
        << QStringLiteral("-dash.demarche") << QByteArray("id,name,");
    QTest::newRow("an actor named -Hawks")
        << QList<QStringList>{{QStringLiteral("actor"), QStringLiteral("add"), P,
                               QStringLiteral("--"), QStringLiteral("-Hawks")},
                              {QStringLiteral("list"), P, QStringLiteral("actors"),
                               QStringLiteral("--format"), QStringLiteral("csv")}}
        << QString() << QByteArray("-Hawks");
}

void TestCliOutput::dashNames()
{
    QFETCH(QList<QStringList>, steps);
    QFETCH(QString, file);
    QFETCH(QByteArray, printed);
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("-dash.txt")), "The hawks want more.\n"));
    CliResult last;
    for (QStringList step : steps) {
        step.replaceInStrings(QStringLiteral("PROJECT"), m_project);
        last = runIn(m_dir->path(), step);
        QVERIFY2(last.finished && last.exitCode == 0, last.describe().constData());
    }
    if (!file.isEmpty())
        QVERIFY(QFileInfo::exists(m_dir->filePath(file)));
    QVERIFY2(last.out.contains(printed), last.describe().constData());
}

// Without "--" the name is taken for an option: the error names it and says what to do.
void TestCliOutput::dashNameWithoutSeparatorIsNamed()
{
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("-dash.txt")), "The hawks want more.\n"));
    const CliResult result =
        runIn(m_dir->path(), {QStringLiteral("import"), m_project, QStringLiteral("-dash.txt")});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(isOneLineError(result, QStringLiteral("\u201c-dash.txt\u201d")),
             result.describe().constData());
    QVERIFY2(result.errText().contains(QLatin1String("--")), result.describe().constData());
    CLI(help, {QStringLiteral("--help")});
    QVERIFY(help.outText().contains(QLatin1String("goes after --")));
}

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_cli_output.moc"
