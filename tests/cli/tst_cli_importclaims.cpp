// demarche-cli import-claims: which rows are already present, the header, names found as
// `claim add` finds them, formula escapes undone exactly, and input from pipes, devices
// and paths that are not CSV files.
#include "clirunner.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace clitest;

namespace {

const QByteArray &head()
{
    static const QByteArray columns =
        "document_id,start,end,quote,actor,topic,stance,position,salience,attribution,note,"
        "analyst\r\n";
    return columns;
}

// "Moscow demands" in articleText(), by Russia on Ukraine; `change` replaces one cell.
QByteArray row(const QString &column = QString(), const QString &value = QString())
{
    QStringList cells = {QStringLiteral("1"),
                         QStringLiteral("17"),
                         QStringLiteral("31"),
                         QStringLiteral("Moscow demands"),
                         QStringLiteral("Russia"),
                         QStringLiteral("Ukraine"),
                         QStringLiteral("demand"),
                         QStringLiteral("-60"),
                         QStringLiteral("3"),
                         QStringLiteral("paraphrase"),
                         QString(),
                         QStringLiteral("tester")};
    const QStringList names = QString::fromLatin1(head().trimmed()).split(QLatin1Char(','));
    if (!column.isEmpty())
        cells[names.indexOf(column)] = value;
    return cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QString importSummary(int imported, int present, int actors = 0, int topics = 0)
{
    // English plurals: "1 claim", "2 claims".
    const auto counted = [](int n, const char *one, const char *many) {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
    };
    return QStringLiteral("%1 imported; %2 already present; %3 created; %4 created\n")
        .arg(counted(imported, "claim", "claims"))
        .arg(present)
        .arg(counted(actors, "actor", "actors"), counted(topics, "topic", "topics"));
}

// Runs `program` with `input` written to its standard input, a pipe, and waits for it.
CliResult runProcess(const QString &program, const QStringList &args, const QByteArray &input)
{
    CliRun how;
    how.program = program;
    how.args = args;
    how.input = input;
    return runWith(how);
}

QString bash()
{
    return QStandardPaths::findExecutable(QStringLiteral("bash"));
}

// Runs `script` in bash with the CLI as $0 and `args` as $1, $2 …
CliResult runInBash(const QString &script, const QStringList &args)
{
    return runProcess(
        bash(), QStringList{QStringLiteral("-c"), script, QStringLiteral(DEMARCHE_CLI_PATH)} + args,
        QByteArray());
}

} // namespace

class TestCliImportClaims : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void rowDifferingInOneFieldIsNew_data();
    void rowDifferingInOneFieldIsNew();
    void twoClaimsOnOneSpanSurvive();
    void repeatedRowsAreClaimsOfTheirOwn();
    void duplicateColumnRefused_data();
    void duplicateColumnRefused();
    void cellPastTheHeaderRefused();
    void namesFoundAsClaimAddFindsThem();
    void exportImportExportIsIdentical();
    void pipes_data();
    void pipes();
    void namedPipe();
    void binaryStreamsRefused_data();
    void binaryStreamsRefused();
    void notACsvFile_data();
    void notACsvFile();

private:
    QString csv(const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    int m_files = 0;
};

void TestCliImportClaims::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(makeBasicProject(m_dir->path(), &m_project));
}

QString TestCliImportClaims::csv(const QByteArray &bytes)
{
    const QString path = m_dir->filePath(QStringLiteral("in%1.csv").arg(++m_files));
    return writeFile(path, bytes) ? path : QString();
}

void TestCliImportClaims::rowDifferingInOneFieldIsNew_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::newRow("position") << QStringLiteral("position") << QStringLiteral("40");
    QTest::newRow("no position") << QStringLiteral("position") << QString();
    QTest::newRow("salience") << QStringLiteral("salience") << QStringLiteral("5");
    QTest::newRow("attribution") << QStringLiteral("attribution") << QStringLiteral("quote");
    QTest::newRow("note") << QStringLiteral("note") << QStringLiteral("second reading");
    QTest::newRow("analyst") << QStringLiteral("analyst") << QStringLiteral("colleague");
    QTest::newRow("stance") << QStringLiteral("stance") << QStringLiteral("threat");
}

// A claim already there is skipped; the same span with one field changed is a claim too.
void TestCliImportClaims::rowDifferingInOneFieldIsNew()
{
    QFETCH(QString, column);
    QFETCH(QString, value);
    CLI(first, {QStringLiteral("import-claims"), m_project, csv(head() + row())});
    QCOMPARE(first.outText(), importSummary(1, 0));
    CLI(second,
        {QStringLiteral("import-claims"), m_project, csv(head() + row() + row(column, value))});
    QVERIFY2(second.exitCode == 0, second.describe().constData());
    QCOMPARE(second.outText(), importSummary(1, 1));
    QCOMPARE(listJson(m_project, QStringLiteral("claims")).size(), 2);
}

// The case that lost claims: two analysts' readings of one span, exported and imported.
void TestCliImportClaims::twoClaimsOnOneSpanSurvive()
{
    for (const char *position : {"-60", "40"}) {
        CLI(added,
            {QStringLiteral("claim"), QStringLiteral("add"), m_project, QStringLiteral("--doc"),
             QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("Moscow demands"),
             QStringLiteral("--actor"), QStringLiteral("Russia"), QStringLiteral("--topic"),
             QStringLiteral("Ukraine"), QStringLiteral("--position"), QLatin1String(position)});
        QCOMPARE(added.exitCode, 0);
    }
    const QString out = m_dir->filePath(QStringLiteral("both.csv"));
    CLI(exported, {QStringLiteral("export"), m_project, QStringLiteral("--csv"), out});
    QCOMPARE(exported.exitCode, 0);

    QTemporaryDir other;
    QVERIFY(other.isValid());
    QString fresh;
    QVERIFY(makeBasicProject(other.path(), &fresh));
    CLI(imported, {QStringLiteral("import-claims"), fresh, out});
    QCOMPARE(imported.outText(), importSummary(2, 0));
    CLI(again, {QStringLiteral("import-claims"), fresh, out});
    QCOMPARE(again.outText(), importSummary(0, 2));
    QCOMPARE(listJson(fresh, QStringLiteral("claims")).size(), 2);
}

// Each existing claim answers for one row: a file holding a claim twice holds two claims.
void TestCliImportClaims::repeatedRowsAreClaimsOfTheirOwn()
{
    const QString file =
        csv(head() + row() + row() + row(QStringLiteral("note"), QStringLiteral("x")));
    CLI(first, {QStringLiteral("import-claims"), m_project, file});
    QCOMPARE(first.outText(), importSummary(3, 0));
    CLI(second, {QStringLiteral("import-claims"), m_project, file});
    QCOMPARE(second.outText(), importSummary(0, 3));
    const QString more = csv(head() + row() + row() + row());
    CLI(third, {QStringLiteral("import-claims"), m_project, more});
    QCOMPARE(third.outText(), importSummary(1, 2));
    QCOMPARE(listJson(m_project, QStringLiteral("claims")).size(), 4);
}

void TestCliImportClaims::duplicateColumnRefused_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("needle");
    QTest::newRow("actor twice") << QByteArray("document_id,start,end,quote,actor,topic,actor")
                                 << QStringLiteral("'actor' appears twice (columns 5 and 7)");
    QTest::newRow("case and space differ")
        << QByteArray("document_id,start,end,quote,Actor,topic, actor ")
        << QStringLiteral("'actor' appears twice");
    QTest::newRow("unknown column twice")
        << QByteArray("document_id,start,end,quote,actor,topic,memo,memo")
        << QStringLiteral("'memo' appears twice");
}

void TestCliImportClaims::duplicateColumnRefused()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, needle);
    const QString file =
        csv(header + "\r\n1,17,31,Moscow demands,Russia,Ukraine,United States,x\r\n");
    const QByteArray before = snapshot(m_project);
    CLI_FAILS(2, needle, {QStringLiteral("import-claims"), m_project, file});
    CLI_FAILS(2, file, {QStringLiteral("import-claims"), m_project, file});
    QCOMPARE(snapshot(m_project), before);
}

void TestCliImportClaims::cellPastTheHeaderRefused()
{
    const QByteArray header = "document_id,start,end,quote,actor,topic\r\n";
    CLI(trailing, {QStringLiteral("import-claims"), m_project,
                   csv(header + "1,17,31,Moscow demands,Russia,Ukraine,\r\n")});
    QCOMPARE(trailing.outText(), importSummary(1, 0)); // an empty extra cell is harmless
    const QString file = csv(header + "1,0,6,Lavrov,Lavrov,Syria,a note with no column\r\n");
    CLI_FAILS(2, QStringLiteral("row 2 has a value in field 7"),
              {QStringLiteral("import-claims"), m_project, file});
}

// Aliases and keywords, as `claim add --actor Moscow --topic Kyiv` takes them.
void TestCliImportClaims::namesFoundAsClaimAddFindsThem()
{
    const QString file = csv("document_id,start,end,quote,actor,topic,target_actor\r\n"
                             "1,17,31,Moscow demands,moscow,Kyiv,WASHINGTON\r\n"
                             "1,0,6,Lavrov,MOSCOW,damascus,\r\n");
    CLI(imported,
        {QStringLiteral("import-claims"), m_project, file, QStringLiteral("--create-missing")});
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    QCOMPARE(imported.outText(), importSummary(2, 0, 0, 0));
    QHash<QString, QJsonObject> byQuote;
    for (const QJsonValue &claim : listJson(m_project, QStringLiteral("claims")))
        byQuote.insert(claim[QLatin1String("quote")].toString(), claim.toObject());
    QCOMPARE(byQuote.size(), 2);
    const QJsonObject moscow = byQuote.value(QStringLiteral("Moscow demands"));
    QCOMPARE(moscow[QLatin1String("actor")].toString(), QStringLiteral("Russia"));
    QCOMPARE(moscow[QLatin1String("topic")].toString(), QStringLiteral("Ukraine"));
    QCOMPARE(moscow[QLatin1String("target_actor")].toString(), QStringLiteral("United States"));
    const QJsonObject lavrov = byQuote.value(QStringLiteral("Lavrov"));
    QCOMPARE(lavrov[QLatin1String("actor")].toString(), QStringLiteral("Russia"));
    QCOMPARE(lavrov[QLatin1String("topic")].toString(), QStringLiteral("Syria"));
}

// Names, notes and quotes that begin with an apostrophe and a formula character come
// back as they were: the second export is the first, byte for byte.
void TestCliImportClaims::exportImportExportIsIdentical()
{
    const QByteArray text = "'=2 embassies reopen, said '+Intl.\n'tis agreed: -5 percent.";
    const QString article = m_dir->filePath(QStringLiteral("apostrophes.txt"));
    QVERIFY(writeFile(article, text));
    const QList<QStringList> steps = {
        {QStringLiteral("import"), m_project, article},
        {QStringLiteral("actor"), QStringLiteral("add"), m_project, QStringLiteral("'=Org")},
        {QStringLiteral("actor"), QStringLiteral("add"), m_project, QStringLiteral("''+Intl"),
         QStringLiteral("--parent"), QStringLiteral("'=Org")},
        {QStringLiteral("topic"), QStringLiteral("add"), m_project, QStringLiteral("'@Energy"),
         QStringLiteral("--parent"), QStringLiteral("Iran")},
        {QStringLiteral("claim"), QStringLiteral("add"), m_project, QStringLiteral("--doc"),
         QStringLiteral("2"), QStringLiteral("--quote"), QStringLiteral("'=2 embassies reopen"),
         QStringLiteral("--actor"), QStringLiteral("'=Org"), QStringLiteral("--topic"),
         QStringLiteral("'@Energy"), QStringLiteral("--target"), QStringLiteral("''+Intl"),
         QStringLiteral("--note"), QStringLiteral("'+x")},
        {QStringLiteral("claim"), QStringLiteral("add"), m_project, QStringLiteral("--doc"),
         QStringLiteral("2"), QStringLiteral("--quote"), QStringLiteral("'+Intl"),
         QStringLiteral("--actor"), QStringLiteral("''+Intl"), QStringLiteral("--topic"),
         QStringLiteral("Iran"), QStringLiteral("--note"), QStringLiteral("''-y")},
        {QStringLiteral("claim"), QStringLiteral("add"), m_project, QStringLiteral("--doc"),
         QStringLiteral("2"), QStringLiteral("--quote"), QStringLiteral("'tis agreed"),
         QStringLiteral("--actor"), QStringLiteral("Russia"), QStringLiteral("--topic"),
         QStringLiteral("Iran"), QStringLiteral("--note"), QStringLiteral("'")},
        {QStringLiteral("claim"), QStringLiteral("add"), m_project, QStringLiteral("--doc"),
         QStringLiteral("2"), QStringLiteral("--quote"), QStringLiteral("-5 percent"),
         QStringLiteral("--actor"), QStringLiteral("Lavrov"), QStringLiteral("--topic"),
         QStringLiteral("Iran"), QStringLiteral("--note"), QStringLiteral("=SUM(A1)")},
    };
    for (const QStringList &step : steps) {
        CLI(done, step);
        QVERIFY2(done.exitCode == 0, done.describe().constData());
    }
    const QString first = m_dir->filePath(QStringLiteral("first.csv"));
    CLI(exported, {QStringLiteral("export"), m_project, QStringLiteral("--csv"), first});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(readFile(first).contains("''=Org")); // the typed apostrophe is escaped in turn

    // The same documents, no codebook beyond the defaults, no claims.
    QTemporaryDir other;
    QVERIFY(other.isValid());
    const QString fresh = other.filePath(QStringLiteral("fresh.demarche"));
    const QString copy = other.filePath(QStringLiteral("article.txt"));
    QVERIFY(writeFile(copy, articleText()));
    for (const QStringList &step :
         {QStringList{QStringLiteral("init"), fresh},
          QStringList{QStringLiteral("import"), fresh, copy, QStringLiteral("--title"),
                      QStringLiteral("Ministers meet")},
          QStringList{QStringLiteral("import"), fresh, article}}) {
        CLI(done, step);
        QVERIFY2(done.exitCode == 0, done.describe().constData());
    }
    CLI(imported,
        {QStringLiteral("import-claims"), fresh, first, QStringLiteral("--create-missing")});
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    QCOMPARE(imported.outText(), importSummary(4, 0, 4, 1));
    const QString second = other.filePath(QStringLiteral("second.csv"));
    CLI(again, {QStringLiteral("export"), fresh, QStringLiteral("--csv"), second});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(QString::fromUtf8(readFile(second)), QString::fromUtf8(readFile(first)));
}

void TestCliImportClaims::pipes_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("standard input as /dev/stdin") << QStringLiteral("stdin");
    QTest::newRow("bash <(…)") << QStringLiteral("substitution");
}

// A pipe is an ordinary way to hand over a CSV.
void TestCliImportClaims::pipes()
{
    QFETCH(QString, how);
    const QByteArray bytes = head() + row() + row(QStringLiteral("position"), QStringLiteral("40"));
    CliResult result;
    if (how == QLatin1String("stdin")) {
        result = runProcess(
            QStringLiteral(DEMARCHE_CLI_PATH),
            {QStringLiteral("import-claims"), m_project, QStringLiteral("/dev/stdin")}, bytes);
    } else {
        if (bash().isEmpty())
            QSKIP("no bash");
        result = runInBash(QStringLiteral("\"$0\" import-claims \"$1\" <(cat \"$2\")"),
                           {m_project, csv(bytes)});
    }
    QVERIFY2(result.finished && result.exitCode == 0, result.describe().constData());
    QCOMPARE(result.outText(), importSummary(2, 0));
}

void TestCliImportClaims::namedPipe()
{
    const QString fifo = m_dir->filePath(QStringLiteral("claims.fifo"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QByteArray bytes = head() + row();
    // Like `cat claims.csv > claims.fifo` in another terminal: it opens once the CLI has.
    std::thread writer([&fifo, &bytes]() {
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY);
        if (fd >= 0) {
            const ssize_t written = ::write(fd, bytes.constData(), size_t(bytes.size()));
            Q_UNUSED(written);
            ::close(fd);
        }
    });
    CLI(imported, {QStringLiteral("import-claims"), m_project, fifo});
    if (!imported.finished) {
        // Unblock the writer, or join() would wait for ever.
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        writer.join();
        ::close(fd);
    } else {
        writer.join();
    }
    QCOMPARE(imported.outText(), importSummary(1, 0));
}

void TestCliImportClaims::binaryStreamsRefused_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero");
    QTest::newRow("/dev/urandom") << QStringLiteral("/dev/urandom");
    QTest::newRow("symlink to /dev/zero") << QStringLiteral("link:/dev/zero");
    QTest::newRow("symlink to /dev/urandom") << QStringLiteral("link:/dev/urandom");
    QTest::newRow("endless NULs through a pipe") << QStringLiteral("pipe:/dev/zero");
}

// Endless binary input is refused after one read, not read until memory runs out.
void TestCliImportClaims::binaryStreamsRefused()
{
    QFETCH(QString, source);
    const QByteArray before = snapshot(m_project);
    if (source.startsWith(QLatin1String("pipe:"))) {
        if (bash().isEmpty())
            QSKIP("no bash");
        const CliResult result =
            runInBash(QStringLiteral("cat \"$2\" | \"$0\" import-claims \"$1\" /dev/stdin"),
                      {m_project, source.mid(5)});
        QVERIFY2(result.finished && result.exitCode == 2, result.describe().constData());
        QVERIFY2(isOneLineError(result, QStringLiteral("/dev/stdin: row 1: the file contains NUL")),
                 result.describe().constData());
    } else {
        QString path = source;
        if (source.startsWith(QLatin1String("link:"))) {
            path = m_dir->filePath(QStringLiteral("looks-like.csv"));
            QVERIFY(QFile::link(source.mid(5), path));
        }
        // Random bytes may hold a line break before the first bad byte: any row then.
        const QString row = source.endsWith(QLatin1String("urandom")) ? QStringLiteral(": row ")
                                                                      : QStringLiteral(": row 1: ");
        CLI_FAILS(2, path + row, {QStringLiteral("import-claims"), m_project, path});
    }
    QCOMPARE(snapshot(m_project), before);
}

void TestCliImportClaims::notACsvFile_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("problem");
    QTest::newRow("directory") << QStringLiteral("dir")
                               << QStringLiteral("is a directory, not a file");
    QTest::newRow("the project") << QStringLiteral("project")
                                 << QStringLiteral("is the open project itself");
    QTest::newRow("the project by a symlink")
        << QStringLiteral("symlink") << QStringLiteral("is the open project itself");
    QTest::newRow("the project by another path")
        << QStringLiteral("dotted") << QStringLiteral("is the open project itself");
    QTest::newRow("the project's write-ahead log")
        << QStringLiteral("wal") << QStringLiteral("is the open project itself");
}

void TestCliImportClaims::notACsvFile()
{
    QFETCH(QString, what);
    QFETCH(QString, problem);
    QString path;
    if (what == QLatin1String("dir")) {
        path = m_dir->filePath(QStringLiteral("folder.csv"));
        QVERIFY(QDir().mkpath(path));
    } else if (what == QLatin1String("project")) {
        path = m_project;
    } else if (what == QLatin1String("symlink")) {
        path = m_dir->filePath(QStringLiteral("claims.csv"));
        QVERIFY(QFile::link(m_project, path));
    } else if (what == QLatin1String("dotted")) {
        path = m_dir->path() + QLatin1String("/./") + QFileInfo(m_project).fileName();
    } else {
        path = m_project + QLatin1String("-wal");
    }
    const QByteArray before = snapshot(m_project);
    const QByteArray bytes = readFile(m_project);
    CLI_FAILS(2, path + QLatin1String(": ") + problem,
              {QStringLiteral("import-claims"), m_project, path});
    QCOMPARE(readFile(m_project), bytes);
    QCOMPARE(snapshot(m_project), before);
}

QTEST_GUILESS_MAIN(TestCliImportClaims)
#include "tst_cli_importclaims.moc"
