// demarche-cli and project files from elsewhere: a planted schema, names with terminal
// escapes or in another Unicode form, and project names that SQLite would read as URIs.
#include "clirunner.h"
#include "support/alterwithsql.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

namespace {

const QString Escape = QStringLiteral("Evil\x1b]0;PWNED\x07");
const QString GenevaComposed = QStringLiteral("Gen\u00e8ve");    // è as one code point
const QString GenevaDecomposed = QStringLiteral("Gene\u0300ve"); // e + combining grave

} // namespace

class TestCliProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plantedSchemaIsRefused_data();
    void plantedSchemaIsRefused();
    void controlCharactersInNamesAreRefused_data();
    void controlCharactersInNamesAreRefused();
    void namesFromTheFileArePrintedEscaped();
    void namesAreOneWhateverTheirUnicodeForm();
    void projectNamesAreFileNames();
};

void TestCliProjectFile::plantedSchemaIsRefused_data()
{
    QTest::addColumn<QStringList>("planted");
    QTest::newRow("trigger") << QStringList{
        QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON claims BEGIN DELETE FROM claims; "
                       "UPDATE documents SET text = 'tampered'; END")};
    QTest::newRow("view") << QStringList{
        QStringLiteral("CREATE VIEW everything AS SELECT * FROM claims")};
    QTest::newRow("table of another program")
        << QStringList{QStringLiteral("CREATE TABLE notes (body TEXT)")};
    QTest::newRow("index of another program")
        << QStringList{QStringLiteral("CREATE INDEX claims_by_note ON claims(note)")};
    QTest::newRow("dropped table") << QStringList{QStringLiteral("DROP TABLE claims")};
    QTest::newRow("dropped index") << QStringList{QStringLiteral("DROP INDEX claims_by_topic")};
    QTest::newRow("changed table")
        << QStringList{QStringLiteral("ALTER TABLE actors ADD COLUMN secret TEXT")};
    QTest::newRow("rollback journal and trigger")
        << QStringList{QStringLiteral("PRAGMA journal_mode = DELETE"),
                       QStringLiteral("CREATE TRIGGER t BEFORE UPDATE ON actors BEGIN "
                                      "SELECT 1; END")};
}

void TestCliProjectFile::plantedSchemaIsRefused()
{
    QFETCH(QStringList, planted);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString project;
    QVERIFY(makeBasicProject(dir.path(), &project));
    QVERIFY(alterWithSql(project, planted));
    const QByteArray before = readFile(project);

    const QStringList commands[] = {
        {QStringLiteral("claim"), QStringLiteral("add"), project, QStringLiteral("--doc"),
         QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("Moscow"),
         QStringLiteral("--actor"), QStringLiteral("Russia"), QStringLiteral("--topic"),
         QStringLiteral("Ukraine")},
        {QStringLiteral("actor"), QStringLiteral("add"), project, QStringLiteral("Iran")},
        {QStringLiteral("list"), project, QStringLiteral("claims")},
    };
    for (const QStringList &command : commands) {
        CLI(refused, command);
        QVERIFY2(refused.exitCode == 3, refused.describe().constData());
        QVERIFY2(isOneLineError(refused, QStringLiteral("not a Demarche project")),
                 refused.describe().constData());
        QVERIFY2(refused.errText().contains(QFileInfo(project).fileName()),
                 refused.describe().constData());
        QCOMPARE(readFile(project), before);
    }
}

void TestCliProjectFile::controlCharactersInNamesAreRefused_data()
{
    QTest::addColumn<QStringList>("args");
    const QString P = QStringLiteral("P");
    QTest::newRow("actor") << QStringList{QStringLiteral("actor"), QStringLiteral("add"), P,
                                          Escape};
    QTest::newRow("alias") << QStringList{
        QStringLiteral("actor"), QStringLiteral("add"),     P,
        QStringLiteral("Iran"),  QStringLiteral("--alias"), Escape};
    QTest::newRow("topic") << QStringList{QStringLiteral("topic"), QStringLiteral("add"), P,
                                          Escape};
    QTest::newRow("keyword") << QStringList{
        QStringLiteral("topic"), QStringLiteral("add"),       P,
        QStringLiteral("Trade"), QStringLiteral("--keyword"), QStringLiteral("tar\x1b[2Jiffs")};
    QTest::newRow("line separator in a name") << QStringList{
        QStringLiteral("actor"), QStringLiteral("add"), P, QStringLiteral("Two\u2028Lines")};
    QTest::newRow("title") << QStringList{QStringLiteral("import"), P, QStringLiteral("F"),
                                          QStringLiteral("--title"), Escape};
    QTest::newRow("source") << QStringList{QStringLiteral("import"), P, QStringLiteral("F"),
                                           QStringLiteral("--source"), Escape};
}

void TestCliProjectFile::controlCharactersInNamesAreRefused()
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
    const QByteArray before = snapshot(project);

    CLI_FAILS(2, QStringLiteral("control character"), args);
    CLI(again, args);
    QVERIFY2(!again.err.contains('\x1b') && !again.err.contains('\x07'),
             again.describe().constData()); // the message shows the name, escaped
    QCOMPARE(snapshot(project), before);
}

void TestCliProjectFile::namesFromTheFileArePrintedEscaped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString project;
    QVERIFY(makeBasicProject(dir.path(), &project));
    // Written by another program, past the checks of ours.
    QVERIFY(alterWithSql(
        project, {QStringLiteral("UPDATE actors SET name = '%1' WHERE name = 'Russia'").arg(Escape),
                  QStringLiteral("UPDATE documents SET title = '%1'").arg(Escape)}));

    for (const char *format : {"table", "csv"}) {
        CLI(listed, {QStringLiteral("list"), project, QStringLiteral("actors"),
                     QStringLiteral("--format"), QLatin1String(format)});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(!listed.out.contains('\x1b') && !listed.out.contains('\x07'), listed.out);
        QVERIFY2(listed.out.contains("Evil\\x1b]0;PWNED\\x07"), listed.out);
    }
    CLI(json, {QStringLiteral("list"), project, QStringLiteral("actors"),
               QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(!json.out.contains('\x1b'), json.out); // JSON escapes them itself
    QCOMPARE(listJson(project, QStringLiteral("actors")).at(0)[QLatin1String("name")].toString(),
             Escape);

    // An error message that quotes the title from the file.
    CLI(duplicate,
        {QStringLiteral("import"), project, dir.filePath(QStringLiteral("article.txt"))});
    QVERIFY2(duplicate.exitCode == 2, duplicate.describe().constData());
    QVERIFY2(isOneLineError(duplicate, QStringLiteral("Evil\\x1b]0;PWNED\\x07")),
             duplicate.describe().constData());
    QVERIFY(!duplicate.err.contains('\x1b'));
}

void TestCliProjectFile::namesAreOneWhateverTheirUnicodeForm()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString project;
    QVERIFY(makeBasicProject(dir.path(), &project));

    CLI(added, {QStringLiteral("actor"), QStringLiteral("add"), project, GenevaDecomposed,
                QStringLiteral("--alias"), QStringLiteral("Cite\u0301 de Calvin")});
    QCOMPARE(added.exitCode, 0);
    // Stored in NFC, name and alias.
    QJsonObject stored;
    for (const QJsonValue &actor : listJson(project, QStringLiteral("actors"))) {
        if (actor[QLatin1String("id")].toInteger() == bareId(added))
            stored = actor.toObject();
    }
    QCOMPARE(stored[QLatin1String("name")].toString(), GenevaComposed);
    QCOMPARE(stored[QLatin1String("aliases")].toArray().at(0).toString(),
             QStringLiteral("Cit\u00e9 de Calvin"));

    // The composed form and other cases are the same actor, not a look-alike.
    CLI_FAILS(2, QStringLiteral("already exists"),
              {QStringLiteral("actor"), QStringLiteral("add"), project, GenevaComposed});
    CLI_FAILS(
        2, QStringLiteral("already exists"),
        {QStringLiteral("actor"), QStringLiteral("add"), project, QStringLiteral("GEN\u00c8VE")});
    CLI(claim, {QStringLiteral("claim"), QStringLiteral("add"), project, QStringLiteral("--doc"),
                QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("Geneva"),
                QStringLiteral("--actor"), QStringLiteral("gen\u00e8ve"), QStringLiteral("--topic"),
                QStringLiteral("Ukraine")});
    QVERIFY2(claim.exitCode == 0, claim.describe().constData());
    CLI(byAlias, {QStringLiteral("claim"), QStringLiteral("add"), project, QStringLiteral("--doc"),
                  QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("Geneva"),
                  QStringLiteral("--actor"), QStringLiteral("CIT\u00c9 DE CALVIN"),
                  QStringLiteral("--topic"), QStringLiteral("Syria")});
    QVERIFY2(byAlias.exitCode == 0, byAlias.describe().constData());

    // import-claims finds the actor written in the other form.
    const QString csv = dir.filePath(QStringLiteral("claims.csv"));
    QVERIFY(writeFile(csv, "document_id,start,end,quote,actor,topic\r\n1,0,6,Lavrov,"
                               + GenevaDecomposed.toUtf8() + ",Iran\r\n"));
    CLI(imported, {QStringLiteral("import-claims"), project, csv});
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    QCOMPARE(listJson(project, QStringLiteral("actors")).size(), 4);
    QCOMPARE(listJson(project, QStringLiteral("claims")).size(), 3);
}

void TestCliProjectFile::projectNamesAreFileNames()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Another program's database, which "file:foreign.db" would name as an SQLite URI.
    const QString foreign = dir.filePath(QStringLiteral("foreign.db"));
    QVERIFY(alterWithSql(foreign, {QStringLiteral("CREATE TABLE ledger (amount INTEGER)")}));
    const QByteArray foreignBefore = readFile(foreign);

    for (const QString &name : {QStringLiteral("file:foreign.db"), QStringLiteral(":memory:")}) {
        const CliResult init = runIn(dir.path(), {QStringLiteral("init"), name});
        QVERIFY2(init.exitCode == 0, init.describe().constData());
        // A project file of that very name, which reads back as one.
        // Not QTemporaryDir::filePath, which takes ":memory:" for an absolute path.
        const QString file = dir.path() + QLatin1Char('/') + name;
        QVERIFY2(QFileInfo(file).isFile(), qPrintable(name));
        const CliResult listed =
            runIn(dir.path(), {QStringLiteral("list"), name, QStringLiteral("topics")});
        QVERIFY2(listed.exitCode == 0 && listed.out.contains("Ukraine"),
                 listed.describe().constData());
        const CliResult added = runIn(dir.path(), {QStringLiteral("actor"), QStringLiteral("add"),
                                                   name, QStringLiteral("Iran")});
        QVERIFY2(added.exitCode == 0, added.describe().constData());
        QCOMPARE(listJson(file, QStringLiteral("actors")).size(), 1);
    }
    QCOMPARE(readFile(foreign), foreignBefore);
}

QTEST_GUILESS_MAIN(TestCliProjectFile)
#include "tst_cli_projectfile.moc"
