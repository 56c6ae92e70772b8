// The GraphML writer: read back with QXmlStreamReader, the keys and their types come
// before the graph, node ids are the stable keys, attributes carry what the network
// says, the graph is undirected, and names survive escaping and any script.
#include "core/export/graphml.h"
#include "core/storage/projectstore.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace demarche;

Q_DECLARE_METATYPE(demarche::Network)

namespace {

const QString graphmlNamespace = QStringLiteral("http://graphml.graphdrawing.org/xmlns");

// What a GraphML file holds, as a reader sees it.
struct ReadBack
{
    QString error;
    QStringList keyOrder; // "for:id:attr.name:attr.type"
    QString edgeDefault;
    bool keysBeforeGraph = true;
    QStringList nodeIds;                              // in document order
    QHash<QString, QHash<QString, QString>> nodeData; // node id -> key -> value
    QStringList edges;                                // "source->target"
    QList<QHash<QString, QString>> edgeData;
};

ReadBack readBack(const QByteArray &bytes)
{
    ReadBack result;
    QXmlStreamReader xml(bytes);
    bool inGraph = false;
    QHash<QString, QString> *data = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.namespaceUri() != graphmlNamespace) {
            result.error =
                QStringLiteral("element outside the GraphML namespace: ") + xml.name().toString();
            return result;
        }
        const auto attributes = xml.attributes();
        const auto name = xml.name();
        if (name == QLatin1String("key")) {
            if (inGraph)
                result.keysBeforeGraph = false;
            result.keyOrder.append(
                QStringList{attributes.value(QLatin1String("for")).toString(),
                            attributes.value(QLatin1String("id")).toString(),
                            attributes.value(QLatin1String("attr.name")).toString(),
                            attributes.value(QLatin1String("attr.type")).toString()}
                    .join(QLatin1Char(':')));
        } else if (name == QLatin1String("graph")) {
            inGraph = true;
            result.edgeDefault = attributes.value(QLatin1String("edgedefault")).toString();
        } else if (name == QLatin1String("node")) {
            const QString id = attributes.value(QLatin1String("id")).toString();
            result.nodeIds.append(id);
            data = &result.nodeData[id];
        } else if (name == QLatin1String("edge")) {
            result.edges.append(attributes.value(QLatin1String("source")).toString()
                                + QStringLiteral("->")
                                + attributes.value(QLatin1String("target")).toString());
            if (attributes.hasAttribute(QLatin1String("directed")))
                result.error = QStringLiteral("an edge says whether it is directed");
            result.edgeData.append(QHash<QString, QString>());
            data = &result.edgeData.last();
        } else if (name == QLatin1String("data") && data) {
            const QString key = attributes.value(QLatin1String("key")).toString();
            data->insert(key, xml.readElementText());
        }
    }
    if (xml.hasError())
        result.error = xml.errorString();
    return result;
}

NetworkNode node(NetworkNode::Type type, qint64 id, const QString &name, int claims,
                 const QColor &color = QColor(), ActorKind kind = ActorKind::State)
{
    NetworkNode result;
    result.type = type;
    result.id = id;
    result.name = name;
    result.claims = claims;
    result.color = color;
    result.actorKind = kind;
    return result;
}

Topic topic(qint64 id, const QString &name)
{
    Topic result;
    result.id = TopicId(id);
    result.name = name;
    return result;
}

// Two states and a person; names that XML must escape and that are not ASCII.
Network congruence()
{
    Network network;
    network.kind = NetworkKind::Congruence;
    network.topics = {topic(1, QStringLiteral("Ukraine & Crimea")),
                      topic(2, QStringLiteral("Syria <north>"))};
    network.nodes = {
        node(NetworkNode::Type::Actor, 12, QStringLiteral("C\u00f4te d\u2019Ivoire & \"Co\""), 4,
             QColor(0x12, 0xab, 0xef)),
        node(NetworkNode::Type::Actor, 3, QStringLiteral("<\u041b\u0430\u0432\u0440\u043e\u0432>"),
             2, QColor(), ActorKind::Person),
        node(NetworkNode::Type::Actor, 40, QStringLiteral("\u4e2d\u56fd \U0001F1E8\U0001F1F3"), 1,
             QColor(Qt::red), ActorKind::Organisation)};
    NetworkEdge first;
    first.source = 0;
    first.target = 1;
    first.weight = 1.5;
    first.topics = {TopicId(1), TopicId(2)};
    NetworkEdge second;
    second.source = 1;
    second.target = 2;
    second.weight = 0.1 + 0.2; // written so that it reads back as the same double
    second.topics = {TopicId(2)};
    network.edges = {first, second};
    return network;
}

Network affiliation()
{
    Network network;
    network.kind = NetworkKind::Affiliation;
    network.topics = {topic(5, QStringLiteral("Iran"))};
    network.nodes = {
        node(NetworkNode::Type::Actor, 5, QStringLiteral("France"), 3),
        node(NetworkNode::Type::Actor, 6, QStringLiteral("Germany"), 1),
        node(NetworkNode::Type::Topic, 5, QStringLiteral("Iran"), 4, QColor(0, 0, 0x80))};
    NetworkEdge positioned;
    positioned.source = 0;
    positioned.target = 2;
    positioned.weight = 3;
    positioned.topics = {TopicId(5)};
    positioned.meanPosition = -12.5;
    NetworkEdge unpositioned;
    unpositioned.source = 1;
    unpositioned.target = 2;
    unpositioned.weight = 1;
    unpositioned.topics = {TopicId(5)};
    network.edges = {positioned, unpositioned};
    return network;
}

QByteArray written(const Network &network)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writeGraphml(network, &buffer))
        return {};
    return buffer.data();
}

} // namespace

class TestGraphml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys_data();
    void keys();
    void congruenceNetwork();
    void affiliationNetwork();
    void controlCharacters();
    void emptyNetwork();
    void file();
    void refusesTheProject();
};

void TestGraphml::keys_data()
{
    QTest::addColumn<Network>("network");
    QTest::addColumn<QStringList>("keys");
    const QStringList nodeKeys{"node:name:name:string", "node:label:label:string",
                               "node:kind:kind:string", "node:color:color:string",
                               "node:claims:claims:int"};
    const QStringList edgeKeys{"edge:weight:weight:double", "edge:topics:topics:string"};
    QTest::newRow("congruence") << congruence() << nodeKeys + edgeKeys;
    QTest::newRow("affiliation") << affiliation()
                                 << nodeKeys + QStringList{"node:type:type:string"} + edgeKeys
                                        + QStringList{"edge:mean_position:mean_position:double"};
}

void TestGraphml::keys()
{
    QFETCH(Network, network);
    QFETCH(QStringList, keys);
    const ReadBack graph = readBack(written(network));
    QCOMPARE(graph.error, QString());
    QCOMPARE(graph.keyOrder, keys);
    QVERIFY(graph.keysBeforeGraph);
    QCOMPARE(graph.edgeDefault, QStringLiteral("undirected"));
}

void TestGraphml::congruenceNetwork()
{
    const QByteArray bytes = written(congruence());
    QVERIFY(bytes.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    // The file is UTF-8 throughout: the non-ASCII names are there as UTF-8, not as
    // character references.
    QVERIFY(bytes.contains(QStringLiteral("\u4e2d\u56fd").toUtf8()));
    const ReadBack graph = readBack(bytes);
    QCOMPARE(graph.error, QString());
    QCOMPARE(graph.nodeIds, (QStringList{"actor-12", "actor-3", "actor-40"}));

    const auto &ivory = graph.nodeData.value(QStringLiteral("actor-12"));
    QCOMPARE(ivory.value(QStringLiteral("name")),
             QStringLiteral("C\u00f4te d\u2019Ivoire & \"Co\""));
    QCOMPARE(ivory.value(QStringLiteral("label")), ivory.value(QStringLiteral("name")));
    QCOMPARE(ivory.value(QStringLiteral("kind")), QStringLiteral("state"));
    QCOMPARE(ivory.value(QStringLiteral("color")), QStringLiteral("#12abef"));
    QCOMPARE(ivory.value(QStringLiteral("claims")), QStringLiteral("4"));
    QVERIFY(!ivory.contains(QStringLiteral("type")));

    const auto &lavrov = graph.nodeData.value(QStringLiteral("actor-3"));
    QCOMPARE(lavrov.value(QStringLiteral("name")),
             QStringLiteral("<\u041b\u0430\u0432\u0440\u043e\u0432>"));
    QCOMPARE(lavrov.value(QStringLiteral("kind")), QStringLiteral("person"));
    QVERIFY(!lavrov.contains(QStringLiteral("color"))); // no colour in the codebook
    const auto &china = graph.nodeData.value(QStringLiteral("actor-40"));
    QCOMPARE(china.value(QStringLiteral("name")),
             QStringLiteral("\u4e2d\u56fd \U0001F1E8\U0001F1F3"));
    QCOMPARE(china.value(QStringLiteral("kind")), QStringLiteral("organisation"));
    QCOMPARE(china.value(QStringLiteral("color")), QStringLiteral("#ff0000"));

    QCOMPARE(graph.edges, (QStringList{"actor-12->actor-3", "actor-3->actor-40"}));
    QCOMPARE(graph.edgeData.at(0).value(QStringLiteral("weight")), QStringLiteral("1.5"));
    QCOMPARE(graph.edgeData.at(0).value(QStringLiteral("topics")),
             QStringLiteral("Ukraine & Crimea; Syria <north>"));
    // Exactly, not fuzzily: the shortest text that reads back as the same double.
    QVERIFY(graph.edgeData.at(1).value(QStringLiteral("weight")).toDouble() == 0.1 + 0.2);
    QCOMPARE(graph.edgeData.at(1).value(QStringLiteral("topics")), QStringLiteral("Syria <north>"));
    QVERIFY(!graph.edgeData.at(0).contains(QStringLiteral("mean_position")));
}

void TestGraphml::affiliationNetwork()
{
    const ReadBack graph = readBack(written(affiliation()));
    QCOMPARE(graph.error, QString());
    QCOMPARE(graph.nodeIds, (QStringList{"actor-5", "actor-6", "topic-5"}));
    QCOMPARE(graph.nodeData.value(QStringLiteral("actor-5")).value(QStringLiteral("type")),
             QStringLiteral("actor"));
    const auto &iran = graph.nodeData.value(QStringLiteral("topic-5"));
    QCOMPARE(iran.value(QStringLiteral("type")), QStringLiteral("topic"));
    QCOMPARE(iran.value(QStringLiteral("kind")), QStringLiteral("topic"));
    QCOMPARE(iran.value(QStringLiteral("color")), QStringLiteral("#000080"));
    QCOMPARE(iran.value(QStringLiteral("claims")), QStringLiteral("4"));
    QCOMPARE(graph.edges, (QStringList{"actor-5->topic-5", "actor-6->topic-5"}));
    QCOMPARE(graph.edgeData.at(0).value(QStringLiteral("weight")), QStringLiteral("3"));
    QCOMPARE(graph.edgeData.at(0).value(QStringLiteral("mean_position")), QStringLiteral("-12.5"));
    QCOMPARE(graph.edgeData.at(0).value(QStringLiteral("topics")), QStringLiteral("Iran"));
    // No claim with a position: no mean, rather than a made-up 0.
    QVERIFY(!graph.edgeData.at(1).contains(QStringLiteral("mean_position")));
}

// A name from a damaged file may hold characters that XML 1.0 cannot carry at all.
void TestGraphml::controlCharacters()
{
    Network network = congruence();
    network.nodes[0].name =
        QStringLiteral("Bad\u0001name\u000b") + QChar(0xD800) + QStringLiteral("\tend");
    const ReadBack graph = readBack(written(network));
    QCOMPARE(graph.error, QString());
    QCOMPARE(graph.nodeData.value(QStringLiteral("actor-12")).value(QStringLiteral("name")),
             QStringLiteral("Bad\ufffdname\ufffd\ufffd\tend"));
}

void TestGraphml::emptyNetwork()
{
    const ReadBack graph = readBack(written(Network()));
    QCOMPARE(graph.error, QString());
    QCOMPARE(graph.edgeDefault, QStringLiteral("undirected"));
    QVERIFY(graph.nodeIds.isEmpty());
    QVERIFY(graph.edges.isEmpty());
}

void TestGraphml::file()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("net.graphml"));
    QVERIFY(writeGraphmlFile(affiliation(), path));
    QFile read(path);
    QVERIFY(read.open(QIODevice::ReadOnly));
    QCOMPARE(read.readAll(), written(affiliation()));
}

void TestGraphml::refusesTheProject()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.demarche"));
    auto store = ProjectStore::create(path);
    QVERIFY(store);
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    const Status refused = writeGraphmlFile(congruence(), path);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(path), qPrintable(refused.error().message));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
}

QTEST_GUILESS_MAIN(TestGraphml)
#include "tst_graphml.moc"
