// demarche-cli document edit and document remove: what they change, what they leave, and
// every way they refuse with the project left as it was.
#include "clirunner.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

namespace {

QJsonObject documentWithId(const QString &project, qint64 id)
{
    const QJsonArray documents = listJson(project, QStringLiteral("documents"));
    for (const QJsonValue &document : documents) {
        if (document.toObject().value(QStringLiteral("id")).toInteger() == id)
            return document.toObject();
    }
    return {};
}

QList<qint64> claimDocuments(const QString &project)
{
    QList<qint64> ids;
    const QJsonArray claims = listJson(project, QStringLiteral("claims"));
    for (const QJsonValue &claim : claims)
        ids << claim.toObject().value(QStringLiteral("document_id")).toInteger();
    return ids;
}

} // namespace

class TestCliDocumentEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void editChangesOnlyTheGivenFields_data();
    void editChangesOnlyTheGivenFields();
    void removeTakesItsClaims();
    void removeTakesAllOrNone();
    void refused_data();
    void refused();

private:
    bool addClaim(qint64 document);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

bool TestCliDocumentEdit::addClaim(qint64 document)
{
    const CliResult added =
        run({QStringLiteral("claim"), QStringLiteral("add"), m_project, QStringLiteral("--doc"),
             QString::number(document), QStringLiteral("--quote"), QStringLiteral("flexibility"),
             QStringLiteral("--actor"), QStringLiteral("Russia"), QStringLiteral("--topic"),
             QStringLiteral("Ukraine")});
    return bareId(added) > 0;
}

// Document 1 from makeBasicProject, and document 2, dated and sourced; a claim in each.
void TestCliDocumentEdit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(makeBasicProject(m_dir->path(), &m_project));
    const QString second = m_dir->filePath(QStringLiteral("second.txt"));
    QVERIFY(writeFile(second, "A second article asks for flexibility.\n"));
    CLI(imported, {QStringLiteral("import"), m_project, second, QStringLiteral("--title"),
                   QStringLiteral("Second"), QStringLiteral("--source"), QStringLiteral("TASS"),
                   QStringLiteral("--url"), QStringLiteral("https://example.org/2"),
                   QStringLiteral("--date"), QStringLiteral("2024-03-31")});
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    QVERIFY(addClaim(1));
    QVERIFY(addClaim(2));
}

void TestCliDocumentEdit::editChangesOnlyTheGivenFields_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("expected");
    auto option = [](const char *name, const char *value) {
        return QStringList{QString::fromLatin1(name), QString::fromUtf8(value)};
    };
    QTest::newRow("title") << option("--title", "Talks in Geneva") << QStringLiteral("title")
                           << QJsonValue(QStringLiteral("Talks in Geneva"));
    QTest::newRow("source") << option("--source", "RIA Novosti") << QStringLiteral("source")
                            << QJsonValue(QStringLiteral("RIA Novosti"));
    QTest::newRow("source cleared")
        << option("--source", "") << QStringLiteral("source") << QJsonValue(QJsonValue::Null);
    QTest::newRow("url") << option("--url", "https://example.org/b") << QStringLiteral("url")
                         << QJsonValue(QStringLiteral("https://example.org/b"));
    QTest::newRow("date") << option("--date", "2025-01-02") << QStringLiteral("date")
                          << QJsonValue(QStringLiteral("2025-01-02"));
    QTest::newRow("date cleared") << option("--date", "") << QStringLiteral("date")
                                  << QJsonValue(QJsonValue::Null);
}

void TestCliDocumentEdit::editChangesOnlyTheGivenFields()
{
    QFETCH(QStringList, options);
    QFETCH(QString, field);
    QFETCH(QJsonValue, expected);
    QJsonObject before = documentWithId(m_project, 2);
    QVERIFY(!before.isEmpty());
    const QByteArray text = run({QStringLiteral("text"), m_project, QStringLiteral("2")}).out;
    CLI(edited, QStringList{QStringLiteral("document"), QStringLiteral("edit"), m_project,
                            QStringLiteral("2")}
                    + options);
    QVERIFY2(edited.exitCode == 0, edited.describe().constData());
    QVERIFY(edited.out.isEmpty() && edited.err.isEmpty());
    QJsonObject after = documentWithId(m_project, 2);
    QCOMPARE(after.value(field), expected);
    before.remove(field);
    after.remove(field);
    QCOMPARE(after, before);
    QCOMPARE(run({QStringLiteral("text"), m_project, QStringLiteral("2")}).out, text);
}

void TestCliDocumentEdit::removeTakesItsClaims()
{
    CLI(removed,
        {QStringLiteral("document"), QStringLiteral("remove"), m_project, QStringLiteral("1")});
    QVERIFY2(removed.exitCode == 0, removed.describe().constData());
    QVERIFY(removed.out.isEmpty() && removed.err.isEmpty());
    QVERIFY(documentWithId(m_project, 1).isEmpty());
    QCOMPARE(claimDocuments(m_project), QList<qint64>{2});
}

void TestCliDocumentEdit::removeTakesAllOrNone()
{
    const QByteArray before = snapshot(m_project);
    CLI_FAILS(2, QStringLiteral("no document with id 9"),
              {QStringLiteral("document"), QStringLiteral("remove"), m_project, QStringLiteral("1"),
               QStringLiteral("9")});
    QCOMPARE(snapshot(m_project), before);
    CLI(removed, {QStringLiteral("document"), QStringLiteral("remove"), m_project,
                  QStringLiteral("2"), QStringLiteral("1")});
    QVERIFY2(removed.exitCode == 0, removed.describe().constData());
    QCOMPARE(listJson(m_project, QStringLiteral("documents")).size(), 0);
    QCOMPARE(listJson(m_project, QStringLiteral("claims")).size(), 0);
}

void TestCliDocumentEdit::refused_data()
{
    QTest::addColumn<QStringList>("args"); // after "document"; @ is the project
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("needle");
    const QString p = QStringLiteral("@");
    const QString edit = QStringLiteral("edit");
    const QString remove = QStringLiteral("remove");
    QTest::newRow("edit: not an id") << QStringList{edit, p, QStringLiteral("two"),
                                                    QStringLiteral("--title"), QStringLiteral("T")}
                                     << 1 << QStringLiteral("'two' is not a document id");
    QTest::newRow("edit: no such document")
        << QStringList{edit, p, QStringLiteral("9"), QStringLiteral("--title"), QStringLiteral("T")}
        << 2 << QStringLiteral("no document with id 9");
    QTest::newRow("edit: not a date")
        << QStringList{edit, p, QStringLiteral("2"), QStringLiteral("--date"),
                       QStringLiteral("31/03/2024")}
        << 1 << QStringLiteral("--date: '31/03/2024'");
    QTest::newRow("edit: empty title")
        << QStringList{edit, p, QStringLiteral("2"), QStringLiteral("--title"), QString()} << 2
        << QStringLiteral("no title");
    QTest::newRow("edit: two lines in the source")
        << QStringList{edit, p, QStringLiteral("2"), QStringLiteral("--source"),
                       QStringLiteral("TASS\nRIA")}
        << 2 << QStringLiteral("Source: \u201cTASS");
    QTest::newRow("edit: an option of import only")
        << QStringList{edit, p, QStringLiteral("2"), QStringLiteral("--allow-duplicate")} << 1
        << QStringLiteral("--allow-duplicate");
    QTest::newRow("edit: missing project")
        << QStringList{edit, QStringLiteral("none.demarche"), QStringLiteral("2"),
                       QStringLiteral("--title"), QStringLiteral("T")}
        << 3 << QStringLiteral("none.demarche");
    QTest::newRow("remove: not an id")
        << QStringList{remove, p, QStringLiteral("1"), QStringLiteral("0")} << 1
        << QStringLiteral("'0' is not a document id");
    QTest::newRow("remove: no id")
        << QStringList{remove, p} << 1 << QStringLiteral("document remove: missing arguments");
    QTest::newRow("remove: missing project")
        << QStringList{remove, QStringLiteral("none.demarche"), QStringLiteral("1")} << 3
        << QStringLiteral("none.demarche");
}

void TestCliDocumentEdit::refused()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, needle);
    const QByteArray before = snapshot(m_project);
    args.replaceInStrings(QStringLiteral("@"), m_project);
    CliRun how;
    how.args = QStringList{QStringLiteral("document")} + args;
    how.folder = m_dir->path();
    const CliResult result = runWith(how);
    QVERIFY2(result.exitCode == exitCode, result.describe().constData());
    QVERIFY2(isOneLineError(result, needle), result.describe().constData());
    QCOMPARE(snapshot(m_project), before);
}

QTEST_GUILESS_MAIN(TestCliDocumentEdit)
#include "tst_cli_documentedit.moc"
