// demarche-cli on projects it must not or cannot write: reading commands change no byte,
// a project in a folder or file the user cannot write is read and not written, and a
// full disk is reported as such with the project left as it was.
#include "clirunner.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <grp.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace clitest;

namespace {

constexpr uid_t Nobody = 65534;

bool setJournalMode(const QString &project, const QString &mode)
{
    bool ok = false;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("journal"));
        db.setDatabaseName(project);
        QSqlQuery query(db);
        ok = db.open() && query.exec(QStringLiteral("PRAGMA journal_mode = ") + mode)
             && query.next() && query.value(0).toString() == mode;
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("journal"));
    return ok;
}

// demarche-cli (or a copy of it at `program`) with `prepare` run in the child between
// fork and exec.
CliResult runChild(const QStringList &args, const std::function<void()> &prepare,
                   const QString &program = QStringLiteral(DEMARCHE_CLI_PATH))
{
    CliRun how;
    how.program = program;
    how.args = args;
    how.inChild = prepare;
    return runWith(how);
}

// Root writes whatever the permission bits say; the command then runs as "nobody", for
// whom the bits hold, from a copy of the binary that nobody may run (the build folder
// may be private). Anyone else is held by the bits already.
CliResult runUnprivileged(const QStringList &args, const QString &copy)
{
    if (::geteuid() != 0)
        return run(args);
    return runChild(
        args,
        [] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(Nobody) != 0 || ::setuid(Nobody) != 0)
                ::_exit(127);
        },
        copy);
}

QStringList readingCommand(const QString &name, const QString &project, const QString &out)
{
    if (name == QLatin1String("text"))
        return {QStringLiteral("text"), project, QStringLiteral("1")};
    if (name == QLatin1String("export"))
        return {QStringLiteral("export"), project, QStringLiteral("--csv"), out};
    if (name == QLatin1String("compare"))
        return {QStringLiteral("compare"), project,
                QStringLiteral("--actor"), QStringLiteral("Russia"),
                QStringLiteral("--actor"), QStringLiteral("United States")};
    if (name == QLatin1String("matrix"))
        return {QStringLiteral("matrix"), project, QStringLiteral("--csv"), out};
    if (name == QLatin1String("report"))
        return {QStringLiteral("report"),  project,
                QStringLiteral("--actor"), QStringLiteral("Russia"),
                QStringLiteral("--actor"), QStringLiteral("United States"),
                QStringLiteral("--html"),  out};
    return {QStringLiteral("list"), project, name};
}

bool addClaim(const QString &project)
{
    const CliResult added =
        run({QStringLiteral("claim"), QStringLiteral("add"), project, QStringLiteral("--doc"),
             QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("security guarantees"),
             QStringLiteral("--actor"), QStringLiteral("Russia"), QStringLiteral("--topic"),
             QStringLiteral("Ukraine"), QStringLiteral("--position"), QStringLiteral("-60")});
    return added.exitCode == 0;
}

} // namespace

class TestCliReadOnly : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readingCommandsChangeNoByte_data();
    void readingCommandsChangeNoByte();
    void projectThatCannotBeWrittenIsRead_data();
    void projectThatCannotBeWrittenIsRead();
    void failedWriteIsReportedAndChangesNothing();
};

void TestCliReadOnly::readingCommandsChangeNoByte_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("journal");
    for (const char *journal : {"delete", "wal"}) {
        for (const char *command : {"documents", "actors", "topics", "claims", "text", "export",
                                    "compare", "matrix", "report"}) {
            QTest::addRow("%s, %s", command, journal)
                << QString::fromLatin1(command) << QString::fromLatin1(journal);
        }
    }
}

void TestCliReadOnly::readingCommandsChangeNoByte()
{
    QFETCH(QString, command);
    QFETCH(QString, journal);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString project;
    QVERIFY(makeBasicProject(dir.path(), &project));
    QVERIFY(addClaim(project));
    // A project last written with a rollback journal (by an older tool, or sqlite3) keeps it.
    QVERIFY(setJournalMode(project, journal));
    const QByteArray before = readFile(project);

    CLI(read, readingCommand(command, project, dir.filePath(QStringLiteral("out"))));
    QVERIFY2(read.exitCode == 0, read.describe().constData());
    QVERIFY2(readFile(project) == before, "the project file changed");
    if (journal == QLatin1String("delete")) {
        for (const char *side : {"-wal", "-shm", "-journal"})
            QVERIFY2(!QFile::exists(project + QLatin1String(side)), side);
    }
}

void TestCliReadOnly::projectThatCannotBeWrittenIsRead_data()
{
    QTest::addColumn<bool>("folderWritable");
    QTest::newRow("read-only folder") << false;
    QTest::newRow("read-only file in a writable folder") << true;
}

void TestCliReadOnly::projectThatCannotBeWrittenIsRead()
{
    QFETCH(bool, folderWritable);
    QTemporaryDir binDir;
    QVERIFY(binDir.isValid());
    const QString cli = binDir.filePath(QStringLiteral("demarche-cli"));
    QVERIFY(QFile::copy(QStringLiteral(DEMARCHE_CLI_PATH), cli));
    QVERIFY(QFile::setPermissions(binDir.path(), QFile::ReadOwner | QFile::WriteOwner
                                                     | QFile::ExeOwner | QFile::ReadOther
                                                     | QFile::ExeOther));
    QVERIFY(QFile::setPermissions(cli, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther
                                           | QFile::ExeOther));
    const CliResult version = runUnprivileged({QStringLiteral("--version")}, cli);
    QVERIFY2(version.exitCode == 0, version.describe().constData());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString project;
    QVERIFY(makeBasicProject(dir.path(), &project));
    QVERIFY(addClaim(project));
    QVERIFY(!QFile::exists(project + QLatin1String("-wal"))); // WAL, checkpointed
    QTemporaryDir outDir;
    QVERIFY(outDir.isValid());
    const QString out = outDir.filePath(QStringLiteral("claims.csv"));
    const auto all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                     | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
                     | QFile::ExeOther;
    const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const auto enterable = readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(outDir.path(), all));
    QVERIFY(QFile::setPermissions(project, readable));
    QVERIFY(QFile::setPermissions(dir.path(), folderWritable ? all : enterable));
    const QByteArray before = readFile(project);
    // Lets QTemporaryDir clean up, even after a failed check.
    auto restore = qScopeGuard([&dir, all] { QFile::setPermissions(dir.path(), all); });

    const CliResult listed =
        runUnprivileged(readingCommand(QStringLiteral("claims"), project, {}), cli);
    QVERIFY2(listed.exitCode == 0 && listed.out.contains("security guarantees"),
             listed.describe().constData());
    const CliResult text =
        runUnprivileged(readingCommand(QStringLiteral("text"), project, {}), cli);
    QVERIFY2(text.exitCode == 0 && text.out == articleText(), text.describe().constData());
    const CliResult exported =
        runUnprivileged(readingCommand(QStringLiteral("export"), project, out), cli);
    QVERIFY2(exported.exitCode == 0 && readFile(out).contains("security guarantees"),
             exported.describe().constData());

    // Writing commands say why they cannot, before they try.
    const QStringList writes[] = {
        {QStringLiteral("actor"), QStringLiteral("add"), project, QStringLiteral("Iran")},
        {QStringLiteral("claim"), QStringLiteral("add"), project, QStringLiteral("--doc"),
         QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("Moscow"),
         QStringLiteral("--actor"), QStringLiteral("Russia"), QStringLiteral("--topic"),
         QStringLiteral("Syria")},
        {QStringLiteral("claim"), QStringLiteral("remove"), project, QStringLiteral("1")},
        {QStringLiteral("actor"), QStringLiteral("edit"), project, QStringLiteral("Russia"),
         QStringLiteral("--kind"), QStringLiteral("faction")},
        {QStringLiteral("actor"), QStringLiteral("remove"), project, QStringLiteral("Lavrov"),
         QStringLiteral("--reassign-to"), QStringLiteral("Russia")},
        {QStringLiteral("topic"), QStringLiteral("edit"), project, QStringLiteral("Iran"),
         QStringLiteral("--name"), QStringLiteral("Persia")},
        {QStringLiteral("topic"), QStringLiteral("remove"), project, QStringLiteral("Iran")},
        {QStringLiteral("document"), QStringLiteral("edit"), project, QStringLiteral("1"),
         QStringLiteral("--title"), QStringLiteral("Renamed")},
        {QStringLiteral("document"), QStringLiteral("remove"), project, QStringLiteral("1")},
    };
    for (const QStringList &args : writes) {
        const CliResult refused = runUnprivileged(args, cli);
        QVERIFY2(refused.exitCode == 3, refused.describe().constData());
        QVERIFY2(isOneLineError(refused, QStringLiteral("read-only")),
                 refused.describe().constData());
        QVERIFY2(!refused.err.contains("damaged"), refused.describe().constData());
    }
    QCOMPARE(readFile(project), before);
    if (!folderWritable)
        QVERIFY(!QFile::exists(project + QLatin1String("-wal")));
}

void TestCliReadOnly::failedWriteIsReportedAndChangesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString project;
    QVERIFY(makeBasicProject(dir.path(), &project));
    QVERIFY(addClaim(project));
    const QString article = dir.filePath(QStringLiteral("long.txt"));
    QByteArray text;
    for (int i = 0; text.size() < 400 * 1024; ++i)
        text += "Paragraph " + QByteArray::number(i) + " of a long statement on Ukraine.\n";
    QVERIFY(writeFile(article, text));
    const QByteArray before = readFile(project);
    const QByteArray listed = snapshot(project);

    // No file of the process may grow past this size, as on a disk that is almost full.
    // SQLite sees EFBIG, a write error, where a full disk gives ENOSPC (its own message
    // is tested in tst_storedschema); either way the project must be left as it was.
    const rlim_t limit = rlim_t(before.size()) + 64 * 1024;
    const CliResult imported = runChild({QStringLiteral("import"), project, article,
                                         QStringLiteral("--title"), QStringLiteral("Long")},
                                        [limit] {
                                            ::signal(SIGXFSZ, SIG_IGN);
                                            const rlimit size{limit, limit};
                                            ::setrlimit(RLIMIT_FSIZE, &size);
                                        });
    QVERIFY2(imported.exitCode == 2, imported.describe().constData());
    QVERIFY2(isOneLineError(imported, QStringLiteral("the disk refused to read or write")),
             imported.describe().constData());
    QVERIFY2(!imported.err.contains("damaged"), imported.describe().constData());

    QCOMPARE(snapshot(project), listed);
    QVERIFY2(readFile(project) == before, "the project file changed");
    // And it takes the same import once there is room.
    CLI(again, {QStringLiteral("import"), project, article, QStringLiteral("--title"),
                QStringLiteral("Long")});
    QVERIFY2(again.exitCode == 0, again.describe().constData());
}

QTEST_GUILESS_MAIN(TestCliReadOnly)
#include "tst_cli_readonly.moc"
