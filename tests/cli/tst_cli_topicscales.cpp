// demarche-cli and the topics' scales: topic add --negative-pole/--positive-pole/--scale-note,
// list topics in every format, and import-claims with and without the scale columns.
#include "clirunner.h"

#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

namespace {

QJsonObject topicNamed(const QString &project, const QString &name)
{
    for (const QJsonValue &value : listJson(project, QStringLiteral("topics"))) {
        if (value[QLatin1String("name")].toString() == name)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestCliTopicScales : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void topicAddTakesTheScale();
    void topicAddWithoutScale();
    void listShowsTheScale();
    void controlCharactersRefused_data();
    void controlCharactersRefused();
    void importWithAndWithoutScaleColumns();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestCliTopicScales::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(makeBasicProject(m_dir->path(), &m_project));
}

void TestCliTopicScales::topicAddTakesTheScale()
{
    CLI(added,
        {QStringLiteral("topic"), QStringLiteral("add"), m_project, QStringLiteral("Grain deal"),
         QStringLiteral("--negative-pole"), QStringLiteral("  No Ukrainian grain leaves by sea "),
         QStringLiteral("--positive-pole"), QStringLiteral("Free shipping from every port"),
         QStringLiteral("--scale-note"), QStringLiteral("Inspections count as limits.")});
    QVERIFY2(bareId(added) > 3, added.describe().constData());
    const QJsonObject grain = topicNamed(m_project, QStringLiteral("Grain deal"));
    QCOMPARE(grain[QLatin1String("negative_pole")].toString(),
             QStringLiteral("No Ukrainian grain leaves by sea")); // stored trimmed
    QCOMPARE(grain[QLatin1String("positive_pole")].toString(),
             QStringLiteral("Free shipping from every port"));
    QCOMPARE(grain[QLatin1String("scale_note")].toString(),
             QStringLiteral("Inspections count as limits."));
}

void TestCliTopicScales::topicAddWithoutScale()
{
    CLI(added, {QStringLiteral("topic"), QStringLiteral("add"), m_project, QStringLiteral("Arctic"),
                QStringLiteral("--positive-pole"), QStringLiteral("Open to all")});
    QVERIFY2(bareId(added) > 3, added.describe().constData());
    const QJsonObject arctic = topicNamed(m_project, QStringLiteral("Arctic"));
    QVERIFY(arctic[QLatin1String("negative_pole")].isNull()); // not given: none
    QCOMPARE(arctic[QLatin1String("positive_pole")].toString(), QStringLiteral("Open to all"));
    QVERIFY(arctic[QLatin1String("scale_note")].isNull());
}

void TestCliTopicScales::listShowsTheScale()
{
    // The default topics come with their scales.
    const QJsonObject ukraine = topicNamed(m_project, QStringLiteral("Ukraine"));
    QVERIFY(ukraine[QLatin1String("negative_pole")].toString().contains(
        QStringLiteral("Ukrainian sovereignty")));
    QVERIFY(ukraine[QLatin1String("positive_pole")].toString().contains(
        QStringLiteral("Russian control")));

    CLI(csv, {QStringLiteral("list"), m_project, QStringLiteral("topics"),
              QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    QList<QStringList> rows;
    QVERIFY(parseCsv(csv.out, &rows));
    const auto records = csvRecords(rows);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).value(QStringLiteral("negative_pole")),
             ukraine[QLatin1String("negative_pole")].toString());

    CLI(table, {QStringLiteral("list"), m_project, QStringLiteral("topics")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.startsWith("id "), table.out.constData());
    QVERIFY2(table.out.contains("negative_pole") && table.out.contains("Full Ukrainian"),
             table.out.constData());
}

void TestCliTopicScales::controlCharactersRefused_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::newRow("escape in the negative pole")
        << QStringLiteral("--negative-pole") << QStringLiteral("red\x1b[31m");
    QTest::newRow("line break in the positive pole")
        << QStringLiteral("--positive-pole") << QStringLiteral("one\ntwo");
    QTest::newRow("escape in the note")
        << QStringLiteral("--scale-note") << QStringLiteral("a\x07");
}

void TestCliTopicScales::controlCharactersRefused()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    const QByteArray before = snapshot(m_project);
    CLI_FAILS(2, QStringLiteral("control character"),
              {QStringLiteral("topic"), QStringLiteral("add"), m_project, QStringLiteral("Arctic"),
               option, value});
    QCOMPARE(snapshot(m_project), before);
}

// Claims files from before the scale columns import as before; with them, a topic the
// import creates takes its scale from its row, and an existing topic keeps its own.
void TestCliTopicScales::importWithAndWithoutScaleColumns()
{
    const QString without = m_dir->filePath(QStringLiteral("without.csv"));
    QVERIFY(writeFile(without, "document_id,start,end,quote,actor,topic,position\r\n"
                               "1,17,31,Moscow demands,Russia,Ukraine,-60\r\n"));
    CLI(first, {QStringLiteral("import-claims"), m_project, without});
    QVERIFY2(first.exitCode == 0, first.describe().constData());

    const QString with = m_dir->filePath(QStringLiteral("with.csv"));
    QVERIFY(writeFile(with, "document_id,start,end,quote,actor,topic,position,"
                            "topic_negative_pole,topic_positive_pole\r\n"
                            "1,17,31,Moscow demands,Russia,Ukraine,40,Other pole,Other pole\r\n"
                            "1,0,6,Lavrov,Lavrov,Arctic,10,Closed to shipping,Open to all\r\n"));
    CLI(second,
        {QStringLiteral("import-claims"), m_project, with, QStringLiteral("--create-missing")});
    QVERIFY2(second.exitCode == 0, second.describe().constData());
    QCOMPARE(second.outText(),
             QStringLiteral(
                 "2 claims imported; 0 already present; 0 actors created; 1 topic created\n"));
    QCOMPARE(listJson(m_project, QStringLiteral("claims")).size(), 3);

    const QJsonObject arctic = topicNamed(m_project, QStringLiteral("Arctic"));
    QCOMPARE(arctic[QLatin1String("negative_pole")].toString(),
             QStringLiteral("Closed to shipping"));
    QCOMPARE(arctic[QLatin1String("positive_pole")].toString(), QStringLiteral("Open to all"));
    QVERIFY(topicNamed(m_project, QStringLiteral("Ukraine"))[QLatin1String("negative_pole")]
                .toString()
                .contains(QStringLiteral("Ukrainian sovereignty")));
}

QTEST_GUILESS_MAIN(TestCliTopicScales)
#include "tst_cli_topicscales.moc"
