// demarche-cli claim edit and claim remove: what they change, what they leave, and every
// way they refuse with the project left as it was.
#include "clirunner.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

class TestCliClaimEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void editChangesOnlyTheGivenFields_data();
    void editChangesOnlyTheGivenFields();
    void editMovesTheClaim();
    void removeTakesAllOrNone();
    void refused_data();
    void refused();

private:
    // Adds a claim on `quote` by Russia on Ukraine; its id.
    qint64 addClaim(const QString &quote);
    // The claim's row of the CSV export, column name → cell.
    QHash<QString, QString> claim(qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestCliClaimEdit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(makeBasicProject(m_dir->path(), &m_project));
}

qint64 TestCliClaimEdit::addClaim(const QString &quote)
{
    const CliResult added =
        run({QStringLiteral("claim"), QStringLiteral("add"), m_project, QStringLiteral("--doc"),
             QStringLiteral("1"), QStringLiteral("--quote"), quote, QStringLiteral("--actor"),
             QStringLiteral("Russia"), QStringLiteral("--topic"), QStringLiteral("Ukraine"),
             QStringLiteral("--stance"), QStringLiteral("demand"), QStringLiteral("--position"),
             QStringLiteral("-60"), QStringLiteral("--note"), QStringLiteral("first reading")});
    return bareId(added);
}

QHash<QString, QString> TestCliClaimEdit::claim(qint64 id)
{
    const CliResult exported =
        run({QStringLiteral("export"), m_project, QStringLiteral("--csv"), QStringLiteral("-")});
    QList<QStringList> rows;
    if (exported.exitCode != 0 || !parseCsv(exported.out, &rows))
        return {};
    const QList<QHash<QString, QString>> records = csvRecords(rows);
    for (const QHash<QString, QString> &record : records) {
        if (record.value(QStringLiteral("claim_id")) == QString::number(id))
            return record;
    }
    return {};
}

void TestCliClaimEdit::editChangesOnlyTheGivenFields_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("position") << QStringList{QStringLiteral("--position"), QStringLiteral("40")}
                              << QStringLiteral("position") << QStringLiteral("40");
    QTest::newRow("note") << QStringList{QStringLiteral("--note"), QStringLiteral("second reading")}
                          << QStringLiteral("note") << QStringLiteral("second reading");
    QTest::newRow("holder by alias")
        << QStringList{QStringLiteral("--actor"), QStringLiteral("Washington")}
        << QStringLiteral("actor") << QStringLiteral("United States");
    QTest::newRow("topic") << QStringList{QStringLiteral("--topic"), QStringLiteral("Syria")}
                           << QStringLiteral("topic") << QStringLiteral("Syria");
    QTest::newRow("stance") << QStringList{QStringLiteral("--stance"), QStringLiteral("proposal")}
                            << QStringLiteral("stance") << QStringLiteral("proposal");
    QTest::newRow("salience") << QStringList{QStringLiteral("--salience"), QStringLiteral("5")}
                              << QStringLiteral("salience") << QStringLiteral("5");
}

void TestCliClaimEdit::editChangesOnlyTheGivenFields()
{
    QFETCH(QStringList, options);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const qint64 id = addClaim(QStringLiteral("demands security guarantees"));
    QVERIFY(id > 0);
    QHash<QString, QString> before = claim(id);
    QVERIFY(!before.isEmpty());
    CLI(edited,
        QStringList{QStringLiteral("claim"), QStringLiteral("edit"), m_project, QString::number(id)}
            + options);
    QVERIFY2(edited.exitCode == 0, edited.describe().constData());
    QVERIFY(edited.out.isEmpty());
    QHash<QString, QString> after = claim(id);
    QCOMPARE(after.value(field), expected);
    // Everything else as it was.
    before.remove(field);
    after.remove(field);
    if (field == QLatin1String("topic")) { // the topic's scale comes with it
        for (const QString &pole :
             {QStringLiteral("topic_negative_pole"), QStringLiteral("topic_positive_pole")}) {
            QVERIFY(after.value(pole) != before.value(pole));
            before.remove(pole);
            after.remove(pole);
        }
    }
    for (const QString &stamp : {QStringLiteral("updated_at"), QStringLiteral("created_at")}) {
        before.remove(stamp);
        after.remove(stamp);
    }
    QCOMPARE(after, before);
}

void TestCliClaimEdit::editMovesTheClaim()
{
    const qint64 id = addClaim(QStringLiteral("demands security guarantees"));
    CLI(moved, {QStringLiteral("claim"), QStringLiteral("edit"), m_project, QString::number(id),
                QStringLiteral("--quote"), QStringLiteral("Ukraine"),
                QStringLiteral("--occurrence"), QStringLiteral("2")});
    QVERIFY2(moved.exitCode == 0, moved.describe().constData());
    const QString text = QString::fromUtf8(articleText());
    const qsizetype second =
        text.indexOf(QStringLiteral("Ukraine"), text.indexOf(QStringLiteral("Ukraine")) + 1);
    const QHash<QString, QString> after = claim(id);
    QCOMPARE(after.value(QStringLiteral("start")), QString::number(second));
    QCOMPARE(after.value(QStringLiteral("quote")), QStringLiteral("Ukraine"));
    QCOMPARE(after.value(QStringLiteral("note")), QStringLiteral("first reading"));
}

void TestCliClaimEdit::removeTakesAllOrNone()
{
    const qint64 first = addClaim(QStringLiteral("demands security guarantees"));
    const qint64 second = addClaim(QStringLiteral("flexibility"));
    const qint64 third = addClaim(QStringLiteral("Geneva"));
    CLI_FAILS(2, QStringLiteral("999"),
              {QStringLiteral("claim"), QStringLiteral("remove"), m_project, QString::number(first),
               QStringLiteral("999")});
    QCOMPARE(listJson(m_project, QStringLiteral("claims")).size(), 3);
    CLI(removed, {QStringLiteral("claim"), QStringLiteral("remove"), m_project,
                  QString::number(first), QString::number(third)});
    QVERIFY2(removed.exitCode == 0, removed.describe().constData());
    const QJsonArray left = listJson(m_project, QStringLiteral("claims"));
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().toObject().value(QStringLiteral("id")).toInteger(), second);
}

void TestCliClaimEdit::refused_data()
{
    QTest::addColumn<QStringList>("args"); // after "claim"; @ is the project, # the claim
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("needle");
    const QString p = QStringLiteral("@");
    const QString c = QStringLiteral("#");
    QTest::newRow("edit: not an id") << QStringList{QStringLiteral("edit"), p, QStringLiteral("x")}
                                     << 1 << QStringLiteral("'x' is not a claim id");
    QTest::newRow("edit: no such claim")
        << QStringList{QStringLiteral("edit"), p, QStringLiteral("77"),
                       QStringLiteral("--salience"), QStringLiteral("2")}
        << 2 << QStringLiteral("77");
    QTest::newRow("edit: position out of range")
        << QStringList{QStringLiteral("edit"), p, c, QStringLiteral("--position"),
                       QStringLiteral("101")}
        << 2 << QStringLiteral("--position");
    QTest::newRow("edit: unknown actor")
        << QStringList{QStringLiteral("edit"), p, c, QStringLiteral("--actor"),
                       QStringLiteral("Atlantis")}
        << 2 << QStringLiteral("Atlantis");
    QTest::newRow("edit: quote not in the document")
        << QStringList{QStringLiteral("edit"), p, c, QStringLiteral("--quote"),
                       QStringLiteral("Vienna")}
        << 2 << QStringLiteral("Vienna");
    QTest::newRow("edit: another document")
        << QStringList{QStringLiteral("edit"), p, c, QStringLiteral("--doc"), QStringLiteral("2")}
        << 1 << QStringLiteral("its document");
    QTest::newRow("edit: missing project")
        << QStringList{QStringLiteral("edit"), QStringLiteral("none.demarche"), c,
                       QStringLiteral("--salience"), QStringLiteral("2")}
        << 3 << QStringLiteral("none.demarche");
    QTest::newRow("remove: not an id")
        << QStringList{QStringLiteral("remove"), p, QStringLiteral("1x")} << 1
        << QStringLiteral("'1x' is not a claim id");
    QTest::newRow("remove: no id")
        << QStringList{QStringLiteral("remove"), p} << 1 << QStringLiteral("claim remove");
}

void TestCliClaimEdit::refused()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, needle);
    const qint64 id = addClaim(QStringLiteral("demands security guarantees"));
    QVERIFY(id > 0);
    const QJsonArray before = listJson(m_project, QStringLiteral("claims"));
    args.replaceInStrings(QStringLiteral("@"), m_project);
    args.replaceInStrings(QRegularExpression(QStringLiteral("^#$")), QString::number(id));
    CliRun how;
    how.args = QStringList{QStringLiteral("claim")} + args;
    how.folder = m_dir->path();
    const CliResult result = runWith(how);
    QVERIFY2(result.exitCode == exitCode, result.describe().constData());
    QVERIFY2(isOneLineError(result, needle), result.describe().constData());
    QCOMPARE(listJson(m_project, QStringLiteral("claims")), before);
}

QTEST_GUILESS_MAIN(TestCliClaimEdit)
#include "tst_cli_claimedit.moc"
