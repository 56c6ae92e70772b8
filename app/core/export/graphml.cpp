#include "core/export/graphml.h"

#include "core/domain/vocabulary.h"
#include "core/io/outputfile.h"
#include "core/text/xmltext.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QLocale>
#include <QXmlStreamWriter>

namespace demarche {
namespace {

struct GraphmlText
{
    Q_DECLARE_TR_FUNCTIONS(Graphml)
};

// One declared attribute: its id doubles as its name, which keeps the file readable.
struct Key
{
    const char *name;
    const char *domain; // "node" or "edge"
    const char *type;   // GraphML's attr.type
};

constexpr Key nodeKeys[] = {
    {"name", "node", "string"},  {"label", "node", "string"}, {"kind", "node", "string"},
    {"color", "node", "string"}, {"claims", "node", "int"},
};
constexpr Key affiliationNodeKey = {"type", "node", "string"};
constexpr Key edgeKeys[] = {{"weight", "edge", "double"}, {"topics", "edge", "string"}};
constexpr Key affiliationEdgeKey = {"mean_position", "edge", "double"};

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

void writeKey(QXmlStreamWriter &xml, const Key &key)
{
    xml.writeEmptyElement(QStringLiteral("key"));
    xml.writeAttribute(QStringLiteral("id"), QLatin1String(key.name));
    xml.writeAttribute(QStringLiteral("for"), QLatin1String(key.domain));
    xml.writeAttribute(QStringLiteral("attr.name"), QLatin1String(key.name));
    xml.writeAttribute(QStringLiteral("attr.type"), QLatin1String(key.type));
}

void writeData(QXmlStreamWriter &xml, const char *key, const QString &value)
{
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), QLatin1String(key));
    xml.writeCharacters(value);
    xml.writeEndElement();
}

void writeNode(QXmlStreamWriter &xml, const NetworkNode &node, bool affiliation)
{
    const bool actor = node.type == NetworkNode::Type::Actor;
    xml.writeStartElement(QStringLiteral("node"));
    xml.writeAttribute(QStringLiteral("id"), node.key());
    const QString name = xmlSafeText(node.name);
    writeData(xml, "name", name);
    writeData(xml, "label", name);
    writeData(xml, "kind", actor ? vocabulary::key(node.actorKind) : QStringLiteral("topic"));
    if (node.color.isValid())
        writeData(xml, "color", node.color.name(QColor::HexRgb));
    writeData(xml, "claims", QString::number(node.claims));
    if (affiliation)
        writeData(xml, "type", actor ? QStringLiteral("actor") : QStringLiteral("topic"));
    xml.writeEndElement();
}

void writeEdge(QXmlStreamWriter &xml, const Network &network, int index,
               const QHash<TopicId, QString> &topicNames)
{
    const NetworkEdge &edge = network.edges.at(index);
    xml.writeStartElement(QStringLiteral("edge"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(index));
    xml.writeAttribute(QStringLiteral("source"), network.nodes.at(edge.source).key());
    xml.writeAttribute(QStringLiteral("target"), network.nodes.at(edge.target).key());
    writeData(xml, "weight", number(edge.weight));
    QStringList names;
    for (const TopicId topic : edge.topics)
        names.append(topicNames.value(topic));
    writeData(xml, "topics", xmlSafeText(names.join(QStringLiteral("; "))));
    if (edge.meanPosition)
        writeData(xml, "mean_position", number(*edge.meanPosition));
    xml.writeEndElement();
}

} // namespace

bool writeGraphml(const Network &network, QIODevice *device)
{
    const bool affiliation = network.kind == NetworkKind::Affiliation;
    QHash<TopicId, QString> topicNames;
    for (const Topic &topic : network.topics)
        topicNames.insert(topic.id, topic.name);

    QXmlStreamWriter xml(device); // UTF-8, as Qt 6 always writes to a device
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    for (const Key &key : nodeKeys)
        writeKey(xml, key);
    if (affiliation)
        writeKey(xml, affiliationNodeKey);
    for (const Key &key : edgeKeys)
        writeKey(xml, key);
    if (affiliation)
        writeKey(xml, affiliationEdgeKey);

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("G"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("undirected"));
    for (const NetworkNode &node : network.nodes)
        writeNode(xml, node, affiliation);
    for (int index = 0; index < int(network.edges.size()); ++index)
        writeEdge(xml, network, index, topicNames);
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return !xml.hasError();
}

Status writeGraphmlFile(const Network &network, const QString &path)
{
    OutputFile file(path);
    if (Status opened = file.open(); !opened)
        return opened;
    if (!writeGraphml(network, file.device())) {
        const QString reason = file.errorString();
        file.cancel();
        return ioError(GraphmlText::tr("Could not write the network to %1: %2")
                           .arg(OutputFile::displayName(path), reason));
    }
    return file.commit();
}

} // namespace demarche
