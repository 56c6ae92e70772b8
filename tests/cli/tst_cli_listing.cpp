// demarche-cli actor add, topic add, list and text: what they store and how they show it.
#include "clirunner.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

class TestCliListing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actorAndTopicAdd();
    void codebookRefusals_data();
    void codebookRefusals();
    void listFormats_data();
    void listFormats();
    void textOfUnknownDocument();
};

void TestCliListing::actorAndTopicAdd()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString project;
    QVERIFY(makeBasicProject(dir.path(), &project));

    CLI(actor, {QStringLiteral("actor"), QStringLiteral("add"), project, QStringLiteral("Zelensky"),
                QStringLiteral("--alias"), QStringLiteral("the President"),
                QStringLiteral("--alias"), QStringLiteral("Kyiv"), QStringLiteral("--color"),
                QStringLiteral("#1F77B4"), QStringLiteral("--kind"), QStringLiteral("person"),
                QStringLiteral("--parent"), QStringLiteral("united states")}); // parent by any case
    QCOMPARE(actor.exitCode, 0);
    const qint64 actorId = bareId(actor);
    QVERIFY2(actorId > 0, actor.describe().constData());

    QJsonObject stored;
    for (const QJsonValue &value : listJson(project, QStringLiteral("actors"))) {
        if (value[QLatin1String("id")].toInteger() == actorId)
            stored = value.toObject();
    }
    QCOMPARE(stored[QLatin1String("name")].toString(), QStringLiteral("Zelensky"));
    QCOMPARE(stored[QLatin1String("kind")].toString(), QStringLiteral("person"));
    QCOMPARE(stored[QLatin1String("parent")].toString(), QStringLiteral("United States"));
    QCOMPARE(stored[QLatin1String("color")].toString().toLower(), QStringLiteral("#1f77b4"));
    QCOMPARE(stored[QLatin1String("aliases")].toVariant().toStringList(),
             (QStringList{QStringLiteral("the President"), QStringLiteral("Kyiv")}));

    CLI(topic, {QStringLiteral("topic"), QStringLiteral("add"), project,
                QStringLiteral("Grain deal"), QStringLiteral("--keyword"), QStringLiteral("grain"),
                QStringLiteral("--keyword"), QStringLiteral("Black Sea"), QStringLiteral("--color"),
                QStringLiteral("#2ca02c"), QStringLiteral("--parent"), QStringLiteral("UKRAINE")});
    QCOMPARE(topic.exitCode, 0);
    const qint64 topicId = bareId(topic);
    QVERIFY2(topicId > 3, topic.describe().constData()); // after the three default topics
    const QJsonArray topics = listJson(project, QStringLiteral("topics"));
    QCOMPARE(topics.size(), 4);
    const QJsonObject grain = topics.last().toObject();
    QCOMPARE(grain[QLatin1String("name")].toString(), QStringLiteral("Grain deal"));
    QCOMPARE(grain[QLatin1String("parent")].toString(), QStringLiteral("Ukraine"));
    QCOMPARE(grain[QLatin1String("keywords")].toVariant().toStringList(),
             (QStringList{QStringLiteral("grain"), QStringLiteral("Black Sea")}));
}

void TestCliListing::codebookRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("needle");
    const QString P = QStringLiteral("P");
    QTest::newRow("actor name taken, other case")
        << QStringList{QStringLiteral("actor"), QStringLiteral("add"), P, QStringLiteral("RUSSIA")}
        << QStringLiteral("Russia"); // names the actor it collides with
    QTest::newRow("actor unknown parent") << QStringList{QStringLiteral("actor"),
                                                         QStringLiteral("add"),
                                                         P,
                                                         QStringLiteral("Blinken"),
                                                         QStringLiteral("--parent"),
                                                         QStringLiteral("Atlantis")}
                                          << QStringLiteral("Atlantis");
    QTest::newRow("topic name taken")
        << QStringList{QStringLiteral("topic"), QStringLiteral("add"), P, QStringLiteral("syria")}
        << QStringLiteral("Syria");
    QTest::newRow("topic unknown parent") << QStringList{QStringLiteral("topic"),
                                                         QStringLiteral("add"),
                                                         P,
                                                         QStringLiteral("Nuclear"),
                                                         QStringLiteral("--parent"),
                                                         QStringLiteral("Mars")}
                                          << QStringLiteral("Mars");
    QTest::newRow("actor blank name")
        << QStringList{QStringLiteral("actor"), QStringLiteral("add"), P, QStringLiteral("   ")}
        << QStringLiteral("name");
}

void TestCliListing::codebookRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, needle);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString project;
    QVERIFY(makeBasicProject(dir.path(), &project));
    args.replaceInStrings(QRegularExpression(QStringLiteral("^P$")), project);
    const QByteArray before = snapshot(project);
    CLI_FAILS(2, needle, args);
    QCOMPARE(snapshot(project), before);
}

void TestCliListing::listFormats_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("rows");
    QTest::newRow("documents") << QStringLiteral("documents")
                               << QStringLiteral("id,title,date,source,claims,format,file_name,url")
                               << 1;
    QTest::newRow("actors") << QStringLiteral("actors")
                            << QStringLiteral("id,name,kind,parent,color,aliases") << 3;
    QTest::newRow("topics") << QStringLiteral("topics")
                            << QStringLiteral("id,name,parent,color,keywords,negative_pole,"
                                              "positive_pole,scale_note")
                            << 3;
    QTest::newRow("claims")
        << QStringLiteral("claims")
        << QStringLiteral(
               "id,document_id,actor,target_actor,topic,stance,position,salience,start,end,quote")
        << 1;
}

void TestCliListing::listFormats()
{
    QFETCH(QString, what);
    QFETCH(QString, header);
    QFETCH(int, rows);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString project;
    QVERIFY(makeBasicProject(dir.path(), &project));
    CLI(added, {QStringLiteral("claim"), QStringLiteral("add"), project, QStringLiteral("--doc"),
                QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("Moscow demands"),
                QStringLiteral("--actor"), QStringLiteral("moscow"), QStringLiteral("--topic"),
                QStringLiteral("ukraine"), QStringLiteral("--position"), QStringLiteral("-40")});
    QCOMPARE(added.exitCode, 0);

    CLI(table, {QStringLiteral("list"), project, what});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.err.isEmpty(), table.err.constData());
    const QList<QByteArray> tableLines = table.out.trimmed().split('\n');
    QCOMPARE(tableLines.size(), rows + 1);
    QVERIFY2(tableLines.first().startsWith("id "), tableLines.first().constData());

    CLI(csv,
        {QStringLiteral("list"), project, what, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> csvLines = csv.out.split('\n');
    QCOMPARE(csvLines.first(), header.toUtf8() + '\r');
    QCOMPARE(csv.out.count("\r\n"), rows + 1);

    CLI(json, {QStringLiteral("list"), project, what, QStringLiteral("--format"),
               QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    QCOMPARE(document.array().size(), rows);
    const QJsonObject first = document.array().first().toObject();
    QCOMPARE(QStringList(first.keys()).size(), header.split(QLatin1Char(',')).size());
    if (what == QLatin1String("claims")) {
        QCOMPARE(first[QLatin1String("actor")].toString(), QStringLiteral("Russia"));
        QCOMPARE(first[QLatin1String("topic")].toString(), QStringLiteral("Ukraine"));
        QCOMPARE(first[QLatin1String("position")].toInt(), -40);
        QCOMPARE(first[QLatin1String("quote")].toString(), QStringLiteral("Moscow demands"));
        QCOMPARE(first[QLatin1String("start")].toInt(), 17);
        QCOMPARE(first[QLatin1String("end")].toInt(), 31);
        QVERIFY(first[QLatin1String("target_actor")].isNull());
    }
}

void TestCliListing::textOfUnknownDocument()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString project;
    QVERIFY(makeBasicProject(dir.path(), &project));
    CLI(text, {QStringLiteral("text"), project, QStringLiteral("1")});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out, articleText());
    QVERIFY(text.err.isEmpty());
    CLI_FAILS(2, QStringLiteral("42"), {QStringLiteral("text"), project, QStringLiteral("42")});
}

QTEST_GUILESS_MAIN(TestCliListing)
#include "tst_cli_listing.moc"
