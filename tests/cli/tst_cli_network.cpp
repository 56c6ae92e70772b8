// demarche-cli network: the GraphML it writes for each kind, roll-up, the topic filter
// with sub-topics, the date range, standard output, the help's definitions, and refusals
// that write nothing and leave the project as it was.
#include "clirunner.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace clitest;

namespace {

// Each node's and edge's data as "name" and "source-target weight [topics]" lines, named
// by the nodes' names; empty with a message in `error` when the file is not GraphML.
struct Graph
{
    QString error;
    QString edgeDefault;
    QStringList nodes; // "name:claims"
    QStringList edges; // "source-target weight [topics]" (+ " mean M")
};

Graph readGraph(const QByteArray &bytes)
{
    Graph graph;
    QXmlStreamReader xml(bytes);
    QHash<QString, QString> names;
    QHash<QString, QString> data;
    QString source;
    QString target;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto attributes = xml.attributes();
            if (xml.name() == QLatin1String("graph"))
                graph.edgeDefault = attributes.value(QLatin1String("edgedefault")).toString();
            if (xml.name() == QLatin1String("node") || xml.name() == QLatin1String("edge")) {
                data.clear();
                source = attributes.value(QLatin1String("source")).toString();
                target = attributes.value(QLatin1String("target")).toString();
                if (xml.name() == QLatin1String("node"))
                    source = attributes.value(QLatin1String("id")).toString();
            }
            if (xml.name() == QLatin1String("data")) {
                const QString key = attributes.value(QLatin1String("key")).toString();
                data.insert(key, xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("node")) {
            names.insert(source, data.value(QStringLiteral("name")));
            graph.nodes.append(data.value(QStringLiteral("name")) + QLatin1Char(':')
                               + data.value(QStringLiteral("claims")));
        } else if (xml.isEndElement() && xml.name() == QLatin1String("edge")) {
            QString line =
                QStringLiteral("%1-%2 %3 [%4]")
                    .arg(names.value(source), names.value(target),
                         QString::number(data.value(QStringLiteral("weight")).toDouble(), 'f', 4),
                         data.value(QStringLiteral("topics")));
            if (data.contains(QStringLiteral("mean_position")))
                line += QStringLiteral(" mean ")
                        + QString::number(data.value(QStringLiteral("mean_position")).toDouble(),
                                          'f', 4);
            graph.edges.append(line);
        }
    }
    if (xml.hasError())
        graph.error = xml.errorString();
    return graph;
}

} // namespace

class TestCliNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void help();
    void graphml_data();
    void graphml();
    void standardOutput();
    void refusals_data();
    void refusals();

private:
    std::unique_ptr<QTemporaryDir> m_dir; // the project, made once: no test changes it
    std::unique_ptr<QTemporaryDir> m_out; // each test's output files
    QString m_project;
};

// Document 1 is undated, document 2 dated 2024-03-02. Grain is a sub-topic of Ukraine.
//   Russia         Ukraine -80/5 (doc 1)   Grain 20/3 (doc 1)   Syria 10/3 (doc 2)
//   Lavrov         Ukraine  40/2 (doc 1), rolls up to Russia
//   United States  Ukraine  60/3 (doc 2)   Grain 60/3 (doc 1)   Iran, no position (doc 1)
void TestCliNetwork::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(makeBasicProject(m_dir->path(), &m_project));
    const QString second = m_dir->filePath(QStringLiteral("second.txt"));
    QVERIFY(writeFile(second, "Moscow backs a truce in Syria.\n"
                              "Washington asks for patience.\n"));
    CLI(imported, {QStringLiteral("import"), m_project, second, QStringLiteral("--date"),
                   QStringLiteral("2024-03-02")});
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    CLI(grain, {QStringLiteral("topic"), QStringLiteral("add"), m_project, QStringLiteral("Grain"),
                QStringLiteral("--parent"), QStringLiteral("Ukraine")});
    QVERIFY2(grain.exitCode == 0, grain.describe().constData());
    const QList<QStringList> claims = {
        {"1", "Moscow demands", "Russia", "Ukraine", "-80", "5"},
        {"1", "security guarantees", "Russia", "Grain", "20", "3"},
        {"2", "backs a truce in Syria", "Russia", "Syria", "10", "3"},
        {"1", "Lavrov said", "Lavrov", "Ukraine", "40", "2"},
        {"2", "asks for patience", "United States", "Ukraine", "60", "3"},
        {"1", "asked Russia for flexibility", "United States", "Grain", "60", "3"},
        {"1", "the next round is in Geneva", "United States", "Iran", "", "3"},
    };
    for (const QStringList &spec : claims) {
        QStringList args{QStringLiteral("claim"),
                         QStringLiteral("add"),
                         m_project,
                         QStringLiteral("--doc"),
                         spec.at(0),
                         QStringLiteral("--quote"),
                         spec.at(1),
                         QStringLiteral("--actor"),
                         spec.at(2),
                         QStringLiteral("--topic"),
                         spec.at(3),
                         QStringLiteral("--salience"),
                         spec.at(5)};
        if (!spec.at(4).isEmpty())
            args << QStringLiteral("--position") << spec.at(4);
        CLI(added, args);
        QVERIFY2(added.exitCode == 0, added.describe().constData());
    }
}

void TestCliNetwork::init()
{
    m_out = std::make_unique<QTemporaryDir>();
    QVERIFY(m_out->isValid());
}

void TestCliNetwork::help()
{
    CLI(overall, {QStringLiteral("--help")});
    QVERIFY(overall.outText().contains(QStringLiteral("demarche-cli network PROJECT --kind")));
    CLI(result, {QStringLiteral("network"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    // The option texts are wrapped; the definitions are read across the line breaks.
    const QString help = result.outText().simplified();
    for (const char *text :
         {"--kind <KIND>", "--graphml <OUT>", "--topic <T>", "--no-roll-up", "--from <YYYY-MM-DD>",
          "--to <YYYY-MM-DD>", "--stance <S>", "members count as their top-level actor",
          "m(i,j) is the salience-weighted mean position of actor i's claims on topic j that "
          "have a position",
          "Congruence of actors i and k is the sum, over the topics where both have a mean, of "
          "1 - |m(i,j) - m(k,j)| / 200",
          "conflict is the sum of |m(i,j) - m(k,j)| / 200", "joined where the weight is above 0",
          "Affiliation joins each actor to each topic it has claims on, weighted by their number"})
        QVERIFY2(help.contains(QLatin1String(text)),
                 qPrintable(QLatin1String(text) + QLatin1String(" in ") + help));
}

void TestCliNetwork::graphml_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("nodes");
    QTest::addColumn<QStringList>("edges");

    // With roll-up Russia's Ukraine mean is (5 * -80 + 2 * 40) / 7 = -320/7; the United
    // States' is 60, a distance of 740/7, so congruence 1 - 740/1400 = 0.4714 and
    // conflict 0.5286. On Grain 20 and 60: congruence 1 - 40/200 = 0.8, conflict 0.2.
    // Syria and Iran: only one side has a mean.
    QTest::newRow("congruence") << QStringList{QStringLiteral("--kind"),
                                               QStringLiteral("congruence")}
                                << QStringList{"Russia:4", "United States:3"}
                                << QStringList{"Russia-United States 1.2714 [Ukraine; Grain]"};
    QTest::newRow("conflict") << QStringList{QStringLiteral("--kind"), QStringLiteral("conflict")}
                              << QStringList{"Russia:4", "United States:3"}
                              << QStringList{"Russia-United States 0.7286 [Ukraine; Grain]"};
    // Without roll-up, on Ukraine: Russia -80, United States 60, Lavrov 40; on Grain
    // Russia 20 and the United States 60 as before.
    QTest::newRow("--no-rollup") << QStringList{QStringLiteral("--kind"),
                                                QStringLiteral("congruence"),
                                                QStringLiteral("--no-rollup")}
                                 << QStringList{"Russia:3", "United States:3", "Lavrov:1"}
                                 << QStringList{
                                        "Russia-United States 1.1000 [Ukraine; Grain]", // 0.3 + 0.8
                                        "Russia-Lavrov 0.4000 [Ukraine]",         // 1 - 120/200
                                        "United States-Lavrov 0.9000 [Ukraine]"}; // 1 - 20/200
    QTest::newRow("--topic with its sub-topic")
        << QStringList{QStringLiteral("--kind"), QStringLiteral("conflict"),
                       QStringLiteral("--topic"), QStringLiteral("ukraine")}
        << QStringList{"Russia:3", "United States:2"}
        << QStringList{"Russia-United States 0.7286 [Ukraine; Grain]"};
    QTest::newRow("--topic on the sub-topic")
        << QStringList{QStringLiteral("--kind"), QStringLiteral("conflict"),
                       QStringLiteral("--topic"), QStringLiteral("Grain")}
        << QStringList{"Russia:1", "United States:1"}
        << QStringList{"Russia-United States 0.2000 [Grain]"};
    // Only document 2: Russia on Syria, the United States on Ukraine; nothing shared.
    QTest::newRow("--from") << QStringList{QStringLiteral("--kind"), QStringLiteral("congruence"),
                                           QStringLiteral("--from"), QStringLiteral("2024-01-01"),
                                           QStringLiteral("--to"),   QStringLiteral("2024-12-31")}
                            << QStringList{"Russia:1", "United States:1"} << QStringList{};
    QTest::newRow("affiliation")
        << QStringList{QStringLiteral("--kind"), QStringLiteral("affiliation")}
        << QStringList{"Russia:4", "United States:3", "Ukraine:3", "Syria:1", "Iran:1", "Grain:2"}
        << QStringList{"Russia-Ukraine 2.0000 [Ukraine] mean -45.7143",
                       "Russia-Syria 1.0000 [Syria] mean 10.0000",
                       "Russia-Grain 1.0000 [Grain] mean 20.0000",
                       "United States-Ukraine 1.0000 [Ukraine] mean 60.0000",
                       "United States-Iran 1.0000 [Iran]",
                       "United States-Grain 1.0000 [Grain] mean 60.0000"};
}

void TestCliNetwork::graphml()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, nodes);
    QFETCH(QStringList, edges);
    const QString out = m_out->filePath(QStringLiteral("net.graphml"));
    CLI(result, QStringList{QStringLiteral("network"), m_project, QStringLiteral("--graphml"), out}
                    + options);
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    // One line: the counts of nodes and edges.
    QVERIFY2(result.outText().startsWith(QString::number(nodes.size()) + QLatin1String(" node")),
             result.out.constData());
    QVERIFY2(result.outText().contains(QStringLiteral("; %1 edge").arg(edges.size())),
             result.out.constData());
    QCOMPARE(result.out.count('\n'), 1);
    const Graph graph = readGraph(readFile(out));
    QCOMPARE(graph.error, QString());
    QCOMPARE(graph.edgeDefault, QStringLiteral("undirected"));
    QCOMPARE(graph.nodes, nodes);
    QCOMPARE(graph.edges, edges);
}

// "-" is standard output, which then carries the GraphML alone.
void TestCliNetwork::standardOutput()
{
    CLI(result, {QStringLiteral("network"), m_project, QStringLiteral("--kind"),
                 QStringLiteral("conflict"), QStringLiteral("--graphml"), QStringLiteral("-")});
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QVERIFY(result.out.startsWith("<?xml"));
    const Graph graph = readGraph(result.out);
    QCOMPARE(graph.error, QString());
    QCOMPARE(graph.edges, QStringList{"Russia-United States 0.7286 [Ukraine; Grain]"});
}

void TestCliNetwork::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("needle");
    const QStringList start{QStringLiteral("network"), QStringLiteral("PROJECT")};
    const QStringList graphml{QStringLiteral("--graphml"), QStringLiteral("OUT/n.graphml")};
    const QStringList congruence{QStringLiteral("--kind"), QStringLiteral("congruence")};
    QTest::newRow("no --kind") << start + graphml << 1 << QStringLiteral("--kind");
    QTest::newRow("wrong --kind") << start + graphml
                                         + QStringList{QStringLiteral("--kind"),
                                                       QStringLiteral("agreement")}
                                  << 1 << QStringLiteral("agreement");
    QTest::newRow("no --graphml") << start + congruence << 1 << QStringLiteral("--graphml");
    QTest::newRow("unknown topic")
        << start + graphml + congruence
               + QStringList{QStringLiteral("--topic"), QStringLiteral("Mars")}
        << 2 << QStringLiteral("Mars");
    QTest::newRow("bad date") << start + graphml + congruence
                                     + QStringList{QStringLiteral("--from"),
                                                   QStringLiteral("2024-13-01")}
                              << 1 << QStringLiteral("2024-13-01");
    QTest::newRow("over the project")
        << start + congruence + QStringList{QStringLiteral("--graphml"), QStringLiteral("PROJECT")}
        << 2 << QStringLiteral("basic.demarche");
    QTest::newRow("missing folder")
        << start + congruence
               + QStringList{QStringLiteral("--graphml"), QStringLiteral("OUT/no/such/n.graphml")}
        << 2 << QStringLiteral("n.graphml");
    QTest::newRow("missing project")
        << QStringList{QStringLiteral("network"), QStringLiteral("OUT/gone.demarche")} + graphml
               + congruence
        << 3 << QStringLiteral("gone.demarche");
}

void TestCliNetwork::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, needle);
    args.replaceInStrings(QStringLiteral("PROJECT"), m_project);
    args.replaceInStrings(QStringLiteral("OUT"), m_out->path());
    const QByteArray before = snapshot(m_project);
    CLI_FAILS(code, needle, args);
    QCOMPARE(snapshot(m_project), before);
    QCOMPARE(QDir(m_out->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList{});
}

QTEST_GUILESS_MAIN(TestCliNetwork)
#include "tst_cli_network.moc"
