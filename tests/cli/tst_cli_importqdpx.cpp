// demarche-cli import-qdpx: a REFI-QDA project in, the summary and the loss report out.
#include "clirunner.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using clitest::run;

class TestCliImportQdpx final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void importsIntoANewProject();
    void importsIntoAnExistingProject();
    void exitCodes_data();
    void exitCodes();

private:
    static QString fixture(const QString &name)
    {
        return QStringLiteral(DEMARCHE_TEST_DATA "/qdpx/") + name;
    }
    QTemporaryDir m_dir;
};

void TestCliImportQdpx::importsIntoANewProject()
{
    const QString project = m_dir.filePath(QStringLiteral("new.demarche"));
    const auto result =
        run({QStringLiteral("import-qdpx"), project, fixture(QStringLiteral("qualcoder.qdpx")),
             QStringLiteral("--actors-under"), QStringLiteral("Actors")});
    QVERIFY2(result.exitCode == 0, result.describe());
    QVERIFY(QFile::exists(project));
    const QString out = result.outText();
    // The English plurals come from the catalogue: "actor(s)" until it has the message.
    static const QRegularExpression summary(QStringLiteral(
        "^1 document(\\(s\\))? added\n3 new actor(s|\\(s\\))\n5 new topic(s|\\(s\\))\n"
        "5 claim(s|\\(s\\)) added\nLoss report: "));
    QVERIFY2(summary.match(out).hasMatch(), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("  vienna.txt, 18\u201325: coded with an actor but no "
                                         "topic; not imported\n")),
             qPrintable(out));
    QVERIFY(result.err.isEmpty());
    const auto listed = run({QStringLiteral("list"), project, QStringLiteral("claims"),
                             QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY(
        listed.outText().contains(QStringLiteral("Russia demanded a halt to gas transit fees")));
}

void TestCliImportQdpx::importsIntoAnExistingProject()
{
    const QString project = m_dir.filePath(QStringLiteral("old.demarche"));
    QCOMPARE(run({QStringLiteral("init"), project}).exitCode, 0);
    const auto result =
        run({QStringLiteral("import-qdpx"), project, fixture(QStringLiteral("demarche.qdpx"))});
    QVERIFY2(result.exitCode == 0, result.describe());
    QVERIFY2(result.outText().endsWith(QStringLiteral("Loss report: nothing was lost.\n")),
             result.describe());
    // The default topics a new project has are found by name, not made again.
    const auto topics = run({QStringLiteral("list"), project, QStringLiteral("topics"),
                             QStringLiteral("--format"), QStringLiteral("csv")});
    const QRegularExpression ukraineRow(QStringLiteral("^\\d+,Ukraine,"),
                                        QRegularExpression::MultilineOption);
    int ukraineRows = 0;
    for (auto it = ukraineRow.globalMatch(topics.outText()); it.hasNext(); it.next())
        ++ukraineRows;
    QCOMPARE(ukraineRows, 1);
    // Both of the file's selections are claims of the project: a header and two rows.
    QVERIFY2(QRegularExpression(QStringLiteral("\n2 claim(s|\\(s\\)) added\n"))
                 .match(result.outText())
                 .hasMatch(),
             result.describe());
    const auto claims = run({QStringLiteral("list"), project, QStringLiteral("claims"),
                             QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(claims.outText().count(u'\n'), 3);
}

void TestCliImportQdpx::exitCodes_data()
{
    QTest::addColumn<QStringList>("args"); // after the project
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList{} << 1 << "missing arguments";
    QTest::newRow("DOCTYPE") << QStringList{fixture(QStringLiteral("doctype.qdpx"))} << 2
                             << "<!DOCTYPE>";
    QTest::newRow("two .qde") << QStringList{fixture(QStringLiteral("two.qdpx"))} << 2
                              << "several project files";
    QTest::newRow("unknown actors code")
        << QStringList{fixture(QStringLiteral("qualcoder.qdpx")), QStringLiteral("--actors-under"),
                       QStringLiteral("Nobody")}
        << 2 << "no code named";
}

void TestCliImportQdpx::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString project = m_dir.filePath(QStringLiteral("refused.demarche"));
    const auto result = run(QStringList{QStringLiteral("import-qdpx"), project} + args);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.errText().contains(message), result.describe());
    // A project made for a refused import is not left behind.
    QVERIFY(!QFile::exists(project));
}

QTEST_GUILESS_MAIN(TestCliImportQdpx)
#include "tst_cli_importqdpx.moc"
