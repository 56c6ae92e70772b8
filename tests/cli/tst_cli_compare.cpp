// demarche-cli compare: statuses per topic, salience-weighted means, distance, roll-up of
// members (Lavrov under Russia), topic filters, and the table, json and csv outputs.
#include "clirunner.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace clitest;

class TestCliCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void json_data();
    void json();
    void jsonDetails();
    void table();
    void csv();
    void refusals_data();
    void refusals();

private:
    QStringList compareArgs(const QString &a, const QString &b,
                            const QStringList &extra = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

// Claims (position/salience):
//   Russia  Ukraine  -80/5 demand, -20/1 assessment, none/3 refusal;  Syria 10/3
//   Lavrov  Ukraine   40/2 proposal;                                  Iran  none/3
//   USA     Ukraine   60/3;                                           Iran  30/4
void TestCliCompare::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(makeBasicProject(m_dir->path(), &m_project));
    struct Spec
    {
        const char *quote;
        const char *actor;
        const char *topic;
        QStringList extra;
    };
    const QList<Spec> claims = {
        {"Moscow demands security guarantees",
         "Russia",
         "Ukraine",
         {QStringLiteral("--position"), QStringLiteral("-80"), QStringLiteral("--salience"),
          QStringLiteral("5"), QStringLiteral("--stance"), QStringLiteral("demand")}},
        {"security guarantees on Ukraine",
         "Russia",
         "Ukraine",
         {QStringLiteral("--position"), QStringLiteral("-20"), QStringLiteral("--salience"),
          QStringLiteral("1")}},
        {"Moscow", "Russia", "Ukraine", {QStringLiteral("--stance"), QStringLiteral("refusal")}},
        {"on Syria", "Russia", "Syria", {QStringLiteral("--position"), QStringLiteral("10")}},
        {"Lavrov said",
         "Lavrov",
         "Ukraine",
         {QStringLiteral("--position"), QStringLiteral("40"), QStringLiteral("--salience"),
          QStringLiteral("2"), QStringLiteral("--stance"), QStringLiteral("proposal")}},
        {"the next round is in Geneva", "Lavrov", "Iran", {}},
        {"asked Russia for flexibility",
         "United States",
         "Ukraine",
         {QStringLiteral("--position"), QStringLiteral("60")}},
        {"the talks were useful",
         "United States",
         "Iran",
         {QStringLiteral("--position"), QStringLiteral("30"), QStringLiteral("--salience"),
          QStringLiteral("4")}},
    };
    for (const Spec &spec : claims) {
        CLI(added, QStringList{QStringLiteral("claim"), QStringLiteral("add"), m_project,
                               QStringLiteral("--doc"), QStringLiteral("1"),
                               QStringLiteral("--quote"), QLatin1String(spec.quote),
                               QStringLiteral("--actor"), QLatin1String(spec.actor),
                               QStringLiteral("--topic"), QLatin1String(spec.topic)}
                       + spec.extra);
        QVERIFY2(added.exitCode == 0, added.describe().constData());
    }
}

QStringList TestCliCompare::compareArgs(const QString &a, const QString &b,
                                        const QStringList &extra) const
{
    return QStringList{QStringLiteral("compare"), m_project, QStringLiteral("--actor"), a,
                       QStringLiteral("--actor"), b}
           + extra;
}

void TestCliCompare::json_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QStringList>("options");
    // topic|status|claims a|mean a|claims b|mean b|distance, "-" for null; topics ';'-separated
    QTest::addColumn<QString>("expected");

    QTest::newRow("roll-up") << QStringLiteral("Russia") << QStringLiteral("United States")
                             << QStringList{}
                             << QStringLiteral("Ukraine|both|4|-42.5|1|60|102.5;"
                                               "Syria|only-a|1|10|0|-|-;"
                                               "Iran|both|1|-|1|30|-");
    QTest::newRow("--no-rollup") << QStringLiteral("russia") << QStringLiteral("washington")
                                 << QStringList{QStringLiteral("--no-rollup")}
                                 << QStringLiteral("Ukraine|both|3|-70|1|60|130;"
                                                   "Syria|only-a|1|10|0|-|-;"
                                                   "Iran|only-b|0|-|1|30|-");
    QTest::newRow("--topic") << QStringLiteral("Russia") << QStringLiteral("United States")
                             << QStringList{QStringLiteral("--topic"), QStringLiteral("ukraine")}
                             << QStringLiteral("Ukraine|both|4|-42.5|1|60|102.5");
    QTest::newRow("two --topic, no roll-up")
        << QStringLiteral("Russia") << QStringLiteral("United States")
        << QStringList{QStringLiteral("--topic"), QStringLiteral("Iran"), QStringLiteral("--topic"),
                       QStringLiteral("Syria"), QStringLiteral("--no-rollup")}
        << QStringLiteral("Syria|only-a|1|10|0|-|-;Iran|only-b|0|-|1|30|-");
    // A member compared with its own state: Lavrov's claims count for Lavrov only.
    QTest::newRow("state and its member")
        << QStringLiteral("Russia") << QStringLiteral("Lavrov") << QStringList{}
        << QStringLiteral("Ukraine|both|3|-70|1|40|110;"
                          "Syria|only-a|1|10|0|-|-;"
                          "Iran|only-b|0|-|1|-|-");
    QTest::newRow("swapped") << QStringLiteral("United States") << QStringLiteral("Russia")
                             << QStringList{}
                             << QStringLiteral("Ukraine|both|1|60|4|-42.5|102.5;"
                                               "Syria|only-b|0|-|1|10|-;"
                                               "Iran|both|1|30|1|-|-");
}

void TestCliCompare::json()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QStringList, options);
    QFETCH(QString, expected);
    CLI(result,
        compareArgs(a, b,
                    options + QStringList{QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(result.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root[QLatin1String("rollup")].toBool(),
             !options.contains(QStringLiteral("--no-rollup")));

    auto number = [](const QJsonValue &value) {
        return value.isNull() ? QStringLiteral("-") : QString::number(value.toDouble());
    };
    QStringList got;
    for (const QJsonValue &topic : root[QLatin1String("topics")].toArray()) {
        const QJsonObject sideA = topic[QLatin1String("a")].toObject();
        const QJsonObject sideB = topic[QLatin1String("b")].toObject();
        got.append(QStringList{
            topic[QLatin1String("topic")].toString(), topic[QLatin1String("status")].toString(),
            QString::number(sideA[QLatin1String("claims")].toInt()),
            number(sideA[QLatin1String("mean_position")]),
            QString::number(sideB[QLatin1String("claims")].toInt()),
            number(sideB[QLatin1String("mean_position")]), number(topic[QLatin1String("distance")])}
                       .join(QLatin1Char('|')));
    }
    QCOMPARE(got.join(QLatin1Char(';')), expected);
}

void TestCliCompare::jsonDetails()
{
    CLI(scaled, QStringList{QStringLiteral("topic"), QStringLiteral("edit"), m_project,
                            QStringLiteral("Ukraine"), QStringLiteral("--negative-pole"),
                            QStringLiteral("Kyiv holds all"), QStringLiteral("--positive-pole"),
                            QStringLiteral("Moscow holds the east")});
    QVERIFY2(scaled.exitCode == 0, scaled.describe().constData());
    CLI(result, compareArgs(QStringLiteral("Russia"), QStringLiteral("United States"),
                            {QStringLiteral("--format"), QStringLiteral("json"),
                             QStringLiteral("--topic"), QStringLiteral("Ukraine")}));
    QCOMPARE(result.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(root[QLatin1String("actor_a")].toString(), QStringLiteral("Russia"));
    QCOMPARE(root[QLatin1String("actor_b")].toString(), QStringLiteral("United States"));
    const QJsonObject sideA = root[QLatin1String("topics")][0][QLatin1String("a")].toObject();
    const QJsonObject stances = sideA[QLatin1String("stances")].toObject();
    QCOMPARE(stances[QLatin1String("demand")].toInt(), 1);
    QCOMPARE(stances[QLatin1String("refusal")].toInt(), 1);
    QCOMPARE(stances[QLatin1String("proposal")].toInt(), 1); // Lavrov's, rolled up
    QCOMPARE(stances[QLatin1String("assessment")].toInt(), 1);
    // The evidence: every claim with its quote, in text order.
    // Each names its holder: Lavrov's quote, counted for Russia, says it is his.
    QStringList quotes;
    QStringList holders;
    for (const QJsonValue &claim : sideA[QLatin1String("evidence")].toArray()) {
        quotes.append(claim[QLatin1String("quote")].toString());
        holders.append(claim[QLatin1String("holder")].toString());
    }
    QCOMPARE(quotes, (QStringList{QStringLiteral("Lavrov said"), QStringLiteral("Moscow"),
                                  QStringLiteral("Moscow demands security guarantees"),
                                  QStringLiteral("security guarantees on Ukraine")}));
    QCOMPARE(holders, (QStringList{QStringLiteral("Lavrov"), QStringLiteral("Russia"),
                                   QStringLiteral("Russia"), QStringLiteral("Russia")}));
    // The topic's scale, set by topic edit, says what the positions mean.
    const QJsonObject ukraine = root[QLatin1String("topics")][0].toObject();
    QCOMPARE(ukraine[QLatin1String("negative_pole")].toString(), QStringLiteral("Kyiv holds all"));
    QCOMPARE(ukraine[QLatin1String("positive_pole")].toString(),
             QStringLiteral("Moscow holds the east"));
}

void TestCliCompare::table()
{
    CLI(result, compareArgs(QStringLiteral("Russia"), QStringLiteral("United States")));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QStringList lines = result.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    const QRegularExpression columns(QStringLiteral("\\s{2,}"));
    QCOMPARE(
        lines.at(0).split(columns),
        (QStringList{QStringLiteral("topic"), QStringLiteral("status"), QStringLiteral("Russia"),
                     QStringLiteral("mean"), QStringLiteral("United States"),
                     QStringLiteral("mean"), QStringLiteral("distance")}));
    QCOMPARE(lines.at(1).split(columns),
             (QStringList{QStringLiteral("Ukraine"), QStringLiteral("both"), QStringLiteral("4"),
                          QStringLiteral("-42.5"), QStringLiteral("1"), QStringLiteral("60.0"),
                          QStringLiteral("102.5")}));
    QCOMPARE(lines.at(2).split(columns).mid(0, 4),
             (QStringList{QStringLiteral("Syria"), QStringLiteral("only-a"), QStringLiteral("1"),
                          QStringLiteral("10.0")}));
    QCOMPARE(lines.at(3).split(columns).mid(0, 2),
             (QStringList{QStringLiteral("Iran"), QStringLiteral("both")}));

    // --no-rollup changes the figures.
    CLI(own, compareArgs(QStringLiteral("Russia"), QStringLiteral("United States"),
                         {QStringLiteral("--no-rollup")}));
    QCOMPARE(own.exitCode, 0);
    QVERIFY2(own.outText().contains(QRegularExpression(
                 QStringLiteral("\nUkraine\\s+both\\s+3\\s+-70.0\\s+1\\s+60.0\\s+130.0\n"))),
             own.out.constData());
    QVERIFY2(own.outText().contains(QRegularExpression(QStringLiteral("\nIran\\s+only-b\\s"))),
             own.out.constData());
}

void TestCliCompare::csv()
{
    const QString out = m_dir->filePath(QStringLiteral("compare.csv"));
    CLI(result, compareArgs(QStringLiteral("Russia"), QStringLiteral("United States"),
                            {QStringLiteral("--csv"), out}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QList<QStringList> rows;
    QVERIFY2(parseCsv(readFile(out), &rows), readFile(out).constData());
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).join(QLatin1Char(',')),
             QStringLiteral("topic,topic_parent,status,actor_a,claims_a,mean_position_a,stances_a,"
                            "actor_b,claims_b,mean_position_b,stances_b,distance"));
    const auto records = csvRecords(rows);
    QCOMPARE(records.at(0).value(QStringLiteral("topic")), QStringLiteral("Ukraine"));
    QCOMPARE(records.at(0).value(QStringLiteral("status")), QStringLiteral("both"));
    QCOMPARE(records.at(0).value(QStringLiteral("mean_position_a")), QStringLiteral("-42.5"));
    QCOMPARE(records.at(0).value(QStringLiteral("mean_position_b")), QStringLiteral("60.0"));
    QCOMPARE(records.at(0).value(QStringLiteral("distance")), QStringLiteral("102.5"));
    QCOMPARE(records.at(0).value(QStringLiteral("claims_a")), QStringLiteral("4"));
    QCOMPARE(records.at(1).value(QStringLiteral("status")), QStringLiteral("only-a"));
    QVERIFY(records.at(1).value(QStringLiteral("distance")).isEmpty());
    QCOMPARE(records.at(2).value(QStringLiteral("status")), QStringLiteral("both"));
    QVERIFY(records.at(2).value(QStringLiteral("mean_position_a")).isEmpty());

    // With --no-rollup the file says so in its figures.
    CLI(own, compareArgs(QStringLiteral("Russia"), QStringLiteral("United States"),
                         {QStringLiteral("--csv"), out, QStringLiteral("--no-rollup")}));
    QCOMPARE(own.exitCode, 0);
    QVERIFY(parseCsv(readFile(out), &rows));
    QCOMPARE(csvRecords(rows).at(0).value(QStringLiteral("distance")), QStringLiteral("130.0"));
    QCOMPARE(csvRecords(rows).at(2).value(QStringLiteral("status")), QStringLiteral("only-b"));
}

void TestCliCompare::refusals_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("needle");
    QTest::newRow("unknown actor") << QStringLiteral("Russia") << QStringLiteral("Atlantis")
                                   << QStringList{} << QStringLiteral("Atlantis");
    QTest::newRow("same actor twice") << QStringLiteral("Russia") << QStringLiteral("moscow")
                                      << QStringList{} << QStringLiteral("Russia");
    QTest::newRow("unknown topic")
        << QStringLiteral("Russia") << QStringLiteral("Lavrov")
        << QStringList{QStringLiteral("--topic"), QStringLiteral("Mars")} << QStringLiteral("Mars");
    QTest::newRow("--csv into a missing folder")
        << QStringLiteral("Russia") << QStringLiteral("Lavrov")
        << QStringList{QStringLiteral("--csv"), QStringLiteral("NOWHERE/compare.csv")}
        << QStringLiteral("compare.csv");
}

void TestCliCompare::refusals()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QStringList, options);
    QFETCH(QString, needle);
    options.replaceInStrings(QStringLiteral("NOWHERE"), m_dir->filePath(QStringLiteral("no/such")));
    CLI_FAILS(2, needle, compareArgs(a, b, options));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("no/such/compare.csv"))));
}

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_cli_compare.moc"
