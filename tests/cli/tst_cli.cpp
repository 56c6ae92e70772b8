// demarche-cli end to end: help, usage errors, projects that cannot be opened (missing,
// not a project, damaged, newer, locked) and init. The other commands have their own files.
#include "clirunner.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpAndVersion_data();
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void projectCannotBeOpened_data();
    void projectCannotBeOpened();
    void everyCommandRefusesAMissingProject_data();
    void everyCommandRefusesAMissingProject();
    void lockedProject_data();
    void lockedProject();
    void olderProjectIsMigrated();
    void initCreatesDefaultTopics();
    void initRefusesExistingFile();
};

void TestCli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");

    QTest::newRow("--help") << QStringList{QStringLiteral("--help")}
                            << QStringLiteral("demarche-cli compare PROJECT");
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << QStringLiteral("Exit codes");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")}
                               << QStringLiteral("demarche-cli " DEMARCHE_VERSION "\n");
    // Each command's own help names its options.
    QTest::newRow("import --help")
        << QStringList{QStringLiteral("import"), QStringLiteral("--help")}
        << QStringLiteral("--allow-duplicate");
    QTest::newRow("claim add --help")
        << QStringList{QStringLiteral("claim"), QStringLiteral("add"), QStringLiteral("--help")}
        << QStringLiteral("--occurrence");
    QTest::newRow("actor add --help")
        << QStringList{QStringLiteral("actor"), QStringLiteral("add"), QStringLiteral("--help")}
        << QStringLiteral("--parent");
    QTest::newRow("topic add --help")
        << QStringList{QStringLiteral("topic"), QStringLiteral("add"), QStringLiteral("--help")}
        << QStringLiteral("--keyword");
    QTest::newRow("export --help")
        << QStringList{QStringLiteral("export"), QStringLiteral("--help")}
        << QStringLiteral("--no-formula-escape");
    QTest::newRow("import-claims --help")
        << QStringList{QStringLiteral("import-claims"), QStringLiteral("--help")}
        << QStringLiteral("--create-missing");
    QTest::newRow("compare --help")
        << QStringList{QStringLiteral("compare"), QStringLiteral("--help")}
        << QStringLiteral("--no-roll-up");
    QTest::newRow("list --help") << QStringList{QStringLiteral("list"), QStringLiteral("--help")}
                                 << QStringLiteral("--format");
    QTest::newRow("text --help") << QStringList{QStringLiteral("text"), QStringLiteral("--help")}
                                 << QStringLiteral("DOC_ID");
    QTest::newRow("init --help") << QStringList{QStringLiteral("init"), QStringLiteral("--help")}
                                 << QStringLiteral("Usage: demarche-cli init PROJECT");
}

void TestCli::helpAndVersion()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    CLI(result, args);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QVERIFY2(result.outText().contains(expected), result.out.constData());
    QVERIFY(result.out.endsWith('\n'));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("needle");

    // "P" stands for a valid project holding document 1, Russia, and the default topics,
    // so that the only thing wrong is the usage; "F" for an importable file.
    const QString P = QStringLiteral("P");
    const QString F = QStringLiteral("F");
    auto claimAdd = [&P](QStringList extra) {
        return QStringList{
                   QStringLiteral("claim"),  QStringLiteral("add"),     P,
                   QStringLiteral("--doc"),  QStringLiteral("1"),       QStringLiteral("--actor"),
                   QStringLiteral("Russia"), QStringLiteral("--topic"), QStringLiteral("Ukraine")}
               + extra;
    };
    const QStringList byQuote = {QStringLiteral("--quote"), QStringLiteral("Moscow demands")};

    QTest::newRow("no command") << QStringList{} << QStringLiteral("no command");
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate"), P} << QStringLiteral("frobnicate");
    QTest::newRow("unknown sub-command")
        << QStringList{QStringLiteral("actor"), QStringLiteral("rename"), P, QStringLiteral("X")}
        << QStringLiteral("actor rename");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("list"), P, QStringLiteral("actors"),
                       QStringLiteral("--bogus")}
        << QStringLiteral("bogus");
    QTest::newRow("option without its value")
        << QStringList{QStringLiteral("list"), P, QStringLiteral("actors"),
                       QStringLiteral("--format")}
        << QStringLiteral("format");
    QTest::newRow("init without project")
        << QStringList{QStringLiteral("init")} << QStringLiteral("init");
    QTest::newRow("import without files")
        << QStringList{QStringLiteral("import"), P} << QStringLiteral("import");
    QTest::newRow("actor add without name")
        << QStringList{QStringLiteral("actor"), QStringLiteral("add"), P}
        << QStringLiteral("actor add");
    QTest::newRow("topic add with two names")
        << QStringList{QStringLiteral("topic"), QStringLiteral("add"), P, QStringLiteral("A"),
                       QStringLiteral("Surplus")}
        << QStringLiteral("Surplus");
    QTest::newRow("text without id")
        << QStringList{QStringLiteral("text"), P} << QStringLiteral("text");
    QTest::newRow("text with a word for id")
        << QStringList{QStringLiteral("text"), P, QStringLiteral("first")}
        << QStringLiteral("first");
    QTest::newRow("list of unknown things")
        << QStringList{QStringLiteral("list"), P, QStringLiteral("things")}
        << QStringLiteral("things");
    QTest::newRow("list format xml")
        << QStringList{QStringLiteral("list"), P, QStringLiteral("claims"),
                       QStringLiteral("--format"), QStringLiteral("xml")}
        << QStringLiteral("xml");
    QTest::newRow("bad --date") << QStringList{QStringLiteral("import"), P, F,
                                               QStringLiteral("--date"),
                                               QStringLiteral("2024-02-30")}
                                << QStringLiteral("2024-02-30");
    QTest::newRow("--date not ISO")
        << QStringList{QStringLiteral("import"), P, F, QStringLiteral("--date"),
                       QStringLiteral("31.03.2024")}
        << QStringLiteral("31.03.2024");
    QTest::newRow("--title for two files")
        << QStringList{QStringLiteral("import"), P, F, F, QStringLiteral("--title"),
                       QStringLiteral("T")}
        << QStringLiteral("--title");
    QTest::newRow("--color word")
        << QStringList{QStringLiteral("actor"), QStringLiteral("add"),     P,
                       QStringLiteral("Iran"),  QStringLiteral("--color"), QStringLiteral("red")}
        << QStringLiteral("red");
    QTest::newRow("--color short")
        << QStringList{QStringLiteral("topic"), QStringLiteral("add"),     P,
                       QStringLiteral("Trade"), QStringLiteral("--color"), QStringLiteral("#12345")}
        << QStringLiteral("#12345");
    QTest::newRow("--color not hex") << QStringList{QStringLiteral("actor"),
                                                    QStringLiteral("add"),
                                                    P,
                                                    QStringLiteral("Iran"),
                                                    QStringLiteral("--color"),
                                                    QStringLiteral("#GG0000")}
                                     << QStringLiteral("#GG0000");
    QTest::newRow("bad --kind")
        << QStringList{QStringLiteral("actor"), QStringLiteral("add"),    P,
                       QStringLiteral("Iran"),  QStringLiteral("--kind"), QStringLiteral("planet")}
        << QStringLiteral("planet");
    QTest::newRow("bad --stance") << claimAdd(
        byQuote + QStringList{QStringLiteral("--stance"), QStringLiteral("bluster")})
                                  << QStringLiteral("bluster");
    QTest::newRow("bad --attribution") << claimAdd(
        byQuote + QStringList{QStringLiteral("--attribution"), QStringLiteral("rumour")})
                                       << QStringLiteral("rumour");
    QTest::newRow("non-numeric --position")
        << claimAdd(byQuote + QStringList{QStringLiteral("--position"), QStringLiteral("high")})
        << QStringLiteral("high");
    QTest::newRow("fractional --position")
        << claimAdd(byQuote + QStringList{QStringLiteral("--position"), QStringLiteral("12.5")})
        << QStringLiteral("12.5");
    QTest::newRow("non-numeric --salience")
        << claimAdd(byQuote + QStringList{QStringLiteral("--salience"), QStringLiteral("lots")})
        << QStringLiteral("lots");
    QTest::newRow("--quote with --start")
        << claimAdd(byQuote
                    + QStringList{QStringLiteral("--start"), QStringLiteral("0"),
                                  QStringLiteral("--end"), QStringLiteral("4")})
        << QStringLiteral("--quote");
    QTest::newRow("neither --quote nor offsets") << claimAdd({}) << QStringLiteral("--quote");
    QTest::newRow("--start without --end")
        << claimAdd({QStringLiteral("--start"), QStringLiteral("0")}) << QStringLiteral("--end");
    QTest::newRow("non-numeric --start")
        << claimAdd({QStringLiteral("--start"), QStringLiteral("zero"), QStringLiteral("--end"),
                     QStringLiteral("4")})
        << QStringLiteral("zero");
    QTest::newRow("--occurrence 0")
        << claimAdd(byQuote + QStringList{QStringLiteral("--occurrence"), QStringLiteral("0")})
        << QStringLiteral("--occurrence");
    QTest::newRow("claim add without --actor") << QStringList{QStringLiteral("claim"),
                                                              QStringLiteral("add"),
                                                              P,
                                                              QStringLiteral("--doc"),
                                                              QStringLiteral("1"),
                                                              QStringLiteral("--topic"),
                                                              QStringLiteral("Ukraine"),
                                                              QStringLiteral("--quote"),
                                                              QStringLiteral("Moscow")}
                                               << QStringLiteral("--actor");
    QTest::newRow("claim add with a word for --doc") << QStringList{QStringLiteral("claim"),
                                                                    QStringLiteral("add"),
                                                                    P,
                                                                    QStringLiteral("--doc"),
                                                                    QStringLiteral("one"),
                                                                    QStringLiteral("--actor"),
                                                                    QStringLiteral("Russia"),
                                                                    QStringLiteral("--topic"),
                                                                    QStringLiteral("Ukraine"),
                                                                    QStringLiteral("--quote"),
                                                                    QStringLiteral("Moscow")}
                                                     << QStringLiteral("one");
    QTest::newRow("export without --csv")
        << QStringList{QStringLiteral("export"), P} << QStringLiteral("--csv");
    QTest::newRow("export --doc word")
        << QStringList{QStringLiteral("export"), P,
                       QStringLiteral("--csv"),  QStringLiteral("out.csv"),
                       QStringLiteral("--doc"),  QStringLiteral("latest")}
        << QStringLiteral("latest");
    QTest::newRow("import-claims without file")
        << QStringList{QStringLiteral("import-claims"), P} << QStringLiteral("import-claims");
    QTest::newRow("compare with one actor")
        << QStringList{QStringLiteral("compare"), P, QStringLiteral("--actor"),
                       QStringLiteral("Russia")}
        << QStringLiteral("--actor");
    QTest::newRow("compare format csv")
        << QStringList{QStringLiteral("compare"),  P,
                       QStringLiteral("--actor"),  QStringLiteral("Russia"),
                       QStringLiteral("--actor"),  QStringLiteral("Lavrov"),
                       QStringLiteral("--format"), QStringLiteral("csv")}
        << QStringLiteral("csv");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, needle);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString project;
    QVERIFY(makeBasicProject(dir.path(), &project));
    const QString file = dir.filePath(QStringLiteral("new.txt"));
    QVERIFY(writeFile(file, "A new article about Iran.\n"));
    args.replaceInStrings(QRegularExpression(QStringLiteral("^P$")), project);
    args.replaceInStrings(QRegularExpression(QStringLiteral("^F$")), file);
    args.replaceInStrings(QRegularExpression(QStringLiteral("^out.csv$")),
                          dir.filePath(QStringLiteral("out.csv")));

    const QByteArray before = snapshot(project);
    CLI_FAILS(1, needle, args);
    QCOMPARE(snapshot(project), before);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.csv"))));
}

void TestCli::projectCannotBeOpened_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("missing") << QStringLiteral("missing");
    QTest::newRow("text file named .demarche") << QStringLiteral("text");
    QTest::newRow("empty file") << QStringLiteral("empty");
    QTest::newRow("directory") << QStringLiteral("directory");
    QTest::newRow("other SQLite database") << QStringLiteral("sqlite");
    QTest::newRow("newer schema") << QStringLiteral("newer");
    QTest::newRow("damaged pages") << QStringLiteral("damaged");
}

void TestCli::projectCannotBeOpened()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString project =
        dir.filePath(QStringLiteral("case-") + kind + QStringLiteral(".demarche"));
    if (kind == QLatin1String("text")) {
        QVERIFY(writeFile(project, "These are my notes, not a project.\n"));
    } else if (kind == QLatin1String("empty")) {
        QVERIFY(writeFile(project, QByteArray()));
    } else if (kind == QLatin1String("directory")) {
        QVERIFY(QDir().mkpath(project));
    } else if (kind == QLatin1String("sqlite") || kind == QLatin1String("newer")) {
        if (kind == QLatin1String("newer")) {
            CLI(init, {QStringLiteral("init"), project});
            QCOMPARE(init.exitCode, 0);
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kind);
            db.setDatabaseName(project);
            QVERIFY(db.open());
            QSqlQuery query(db);
            if (kind == QLatin1String("sqlite"))
                QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes (body TEXT)")));
            else
                QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(kind);
    } else if (kind == QLatin1String("damaged")) {
        QString source;
        QVERIFY(makeBasicProject(dir.path(), &source));
        QByteArray bytes = readFile(source);
        QVERIFY(bytes.size() > 8192);
        // Keep the header page; overwrite the schema and data pages with noise.
        for (qsizetype i = 4096; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919) & 0xFF);
        QVERIFY(writeFile(project, bytes));
    }
    const QByteArray before = QFileInfo(project).isFile() ? readFile(project) : QByteArray();

    CLI_FAILS(3, QFileInfo(project).fileName(),
              {QStringLiteral("list"), project, QStringLiteral("documents")});
    CLI_FAILS(3, QFileInfo(project).fileName(),
              {QStringLiteral("actor"), QStringLiteral("add"), project, QStringLiteral("Iran")});
    if (QFileInfo(project).isFile())
        QCOMPARE(readFile(project), before); // refused and left as it was
    else
        QCOMPARE(QFileInfo::exists(project), kind == QLatin1String("directory"));
}

void TestCli::everyCommandRefusesAMissingProject_data()
{
    QTest::addColumn<QStringList>("args");
    const QString P = QStringLiteral("P");
    QTest::newRow("import") << QStringList{QStringLiteral("import"), P, QStringLiteral("F")};
    QTest::newRow("actor add") << QStringList{QStringLiteral("actor"), QStringLiteral("add"), P,
                                              QStringLiteral("Iran")};
    QTest::newRow("topic add") << QStringList{QStringLiteral("topic"), QStringLiteral("add"), P,
                                              QStringLiteral("Trade")};
    QTest::newRow("claim add") << QStringList{
        QStringLiteral("claim"),   QStringLiteral("add"),     P,
        QStringLiteral("--doc"),   QStringLiteral("1"),       QStringLiteral("--quote"),
        QStringLiteral("x"),       QStringLiteral("--actor"), QStringLiteral("A"),
        QStringLiteral("--topic"), QStringLiteral("T")};
    QTest::newRow("text") << QStringList{QStringLiteral("text"), P, QStringLiteral("1")};
    QTest::newRow("list") << QStringList{QStringLiteral("list"), P, QStringLiteral("claims")};
    QTest::newRow("export") << QStringList{QStringLiteral("export"), P, QStringLiteral("--csv"),
                                           QStringLiteral("out.csv")};
    QTest::newRow("import-claims")
        << QStringList{QStringLiteral("import-claims"), P, QStringLiteral("F")};
    QTest::newRow("compare") << QStringList{QStringLiteral("compare"), P,
                                            QStringLiteral("--actor"), QStringLiteral("A"),
                                            QStringLiteral("--actor"), QStringLiteral("B")};
}

void TestCli::everyCommandRefusesAMissingProject()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("nowhere.demarche"));
    const QString file = dir.filePath(QStringLiteral("input.txt"));
    QVERIFY(writeFile(file, "Some text.\n"));
    args.replaceInStrings(QRegularExpression(QStringLiteral("^P$")), project);
    args.replaceInStrings(QRegularExpression(QStringLiteral("^F$")), file);
    args.replaceInStrings(QRegularExpression(QStringLiteral("^out.csv$")),
                          dir.filePath(QStringLiteral("out.csv")));
    CLI_FAILS(3, QStringLiteral("nowhere.demarche"), args);
    QVERIFY(!QFileInfo::exists(project)); // not created by accident
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out.csv"))));
}

void TestCli::lockedProject_data()
{
    QTest::addColumn<QStringList>("args");
    const QString P = QStringLiteral("P");
    QTest::newRow("actor add") << QStringList{QStringLiteral("actor"), QStringLiteral("add"), P,
                                              QStringLiteral("Iran")};
    QTest::newRow("import") << QStringList{QStringLiteral("import"), P, QStringLiteral("F")};
    QTest::newRow("claim add") << QStringList{
        QStringLiteral("claim"),   QStringLiteral("add"),     P,
        QStringLiteral("--doc"),   QStringLiteral("1"),       QStringLiteral("--quote"),
        QStringLiteral("Moscow"),  QStringLiteral("--actor"), QStringLiteral("Russia"),
        QStringLiteral("--topic"), QStringLiteral("Ukraine")};
    QTest::newRow("import-claims")
        << QStringList{QStringLiteral("import-claims"), P, QStringLiteral("C")};
}

void TestCli::lockedProject()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString project;
    QVERIFY(makeBasicProject(dir.path(), &project));
    const QString file = dir.filePath(QStringLiteral("new.txt"));
    QVERIFY(writeFile(file, "A new article about Iran.\n"));
    args.replaceInStrings(QRegularExpression(QStringLiteral("^P$")), project);
    args.replaceInStrings(QRegularExpression(QStringLiteral("^F$")), file);
    const QString claims = dir.filePath(QStringLiteral("claims.csv"));
    QVERIFY(writeFile(claims,
                      "document_id,start,end,quote,actor,topic\r\n1,0,6,Lavrov,Lavrov,Syria\r\n"));
    args.replaceInStrings(QRegularExpression(QStringLiteral("^C$")), claims);
    const QByteArray before = snapshot(project);

    {
        // Holds the write lock like another program would; let go even when a check fails.
        struct Locker
        {
            QString name = QStringLiteral("locker-") + QString::fromLatin1(QTest::currentDataTag());
            ~Locker()
            {
                {
                    QSqlDatabase db = QSqlDatabase::database(name, false);
                    if (db.isOpen()) {
                        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                        db.close();
                    }
                }
                QSqlDatabase::removeDatabase(name);
            }
        } locker;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), locker.name);
        db.setDatabaseName(project);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral("BEGIN EXCLUSIVE")),
                 qPrintable(query.lastError().text()));
        query.finish();

        // A short wait, so that the test need not sit out the default of 5 s.
        qputenv("DEMARCHE_BUSY_TIMEOUT_MS", "300");
        const auto unset = qScopeGuard([]() { qunsetenv("DEMARCHE_BUSY_TIMEOUT_MS"); });
        QElapsedTimer timer;
        timer.start();
        CLI(locked, args);
        // It waited for the lock as long as it was told before giving up, and did give up.
        QVERIFY2(timer.elapsed() >= 300, QByteArray::number(timer.elapsed()).constData());
        QVERIFY2(locked.exitCode == 3, locked.describe().constData());
        QVERIFY2(isOneLineError(locked, QStringLiteral("locked")), locked.describe().constData());
        // The message names the project, once.
        QVERIFY2(locked.errText().count(QFileInfo(project).fileName()) == 1,
                 locked.describe().constData());
    }
    QCOMPARE(snapshot(project), before);
}

void TestCli::olderProjectIsMigrated()
{
    // A project saved by the first version opens, is migrated, and keeps its claims.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("v1.demarche"));
    QVERIFY(QFile::copy(QStringLiteral(DEMARCHE_TEST_DATA "/project-v1.demarche"), project));
    QFile::setPermissions(project, QFile::ReadOwner | QFile::WriteOwner);
    const QJsonArray claims = listJson(project, QStringLiteral("claims"));
    QCOMPARE(claims.size(), 2);
    QCOMPARE(listJson(project, QStringLiteral("actors")).size(), 3);
    CLI(text, {QStringLiteral("text"), project, QStringLiteral("1")});
    QCOMPARE(text.exitCode, 0);
    for (const QJsonValue &claim : claims) {
        QCOMPARE(codePointSlice(text.outText(), claim[QLatin1String("start")].toInteger(),
                                claim[QLatin1String("end")].toInteger()),
                 claim[QLatin1String("quote")].toString());
    }
    // And takes new claims after the migration.
    CLI(added, {QStringLiteral("claim"), QStringLiteral("add"), project, QStringLiteral("--doc"),
                QStringLiteral("1"), QStringLiteral("--start"), QStringLiteral("0"),
                QStringLiteral("--end"), QStringLiteral("1"), QStringLiteral("--actor"),
                QStringLiteral("the Kremlin"), QStringLiteral("--topic"),
                QStringLiteral("Kyiv")}); // alias and keyword
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(bareId(added), qint64(3));
}

void TestCli::initCreatesDefaultTopics()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("new.demarche"));
    CLI(init, {QStringLiteral("init"), project});
    QCOMPARE(init.exitCode, 0);
    QVERIFY2(init.err.isEmpty(), init.err.constData());
    QVERIFY(QFileInfo(project).isFile());

    QStringList names;
    for (const QJsonValue &topic : listJson(project, QStringLiteral("topics")))
        names.append(topic[QLatin1String("name")].toString());
    QCOMPARE(names, (QStringList{QStringLiteral("Ukraine"), QStringLiteral("Syria"),
                                 QStringLiteral("Iran")}));
    QCOMPARE(listJson(project, QStringLiteral("actors")).size(), 0);
    QCOMPARE(listJson(project, QStringLiteral("documents")).size(), 0);
    QCOMPARE(listJson(project, QStringLiteral("claims")).size(), 0);
}

void TestCli::initRefusesExistingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString existing = dir.filePath(QStringLiteral("thesis.demarche"));
    QVERIFY(writeFile(existing, "precious"));
    CLI_FAILS(2, QStringLiteral("thesis.demarche"), {QStringLiteral("init"), existing});
    QCOMPARE(readFile(existing), QByteArray("precious"));

    QString project;
    QVERIFY(makeBasicProject(dir.path(), &project));
    const QByteArray before = snapshot(project);
    CLI_FAILS(2, QFileInfo(project).fileName(), {QStringLiteral("init"), project});
    QCOMPARE(snapshot(project), before);

    // A folder that does not exist: nothing can be created there.
    const QString nowhere = dir.filePath(QStringLiteral("no/such/folder/p.demarche"));
    CLI(failed, {QStringLiteral("init"), nowhere});
    QVERIFY2(failed.exitCode == 2 || failed.exitCode == 3, failed.describe().constData());
    QVERIFY2(isOneLineError(failed, QStringLiteral("p.demarche")), failed.describe().constData());
    QVERIFY(!QFileInfo::exists(nowhere));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
