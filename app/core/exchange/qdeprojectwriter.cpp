#include "core/exchange/qdeprojectwriter.h"

#include "core/exchange/qdpxdescriptions.h"
#include "core/exchange/qdpxvocabulary.h"
#include "core/text/xmltext.h"

#include <QSet>

namespace demarche::qdpx {
namespace {

struct VariableSpec
{
    const char16_t *name;
    const char *type; // the schema's typeOfVariable
};

// In this order in Variables and on each TextSource.
enum VariableIndex { PublicationDate, Source, Url, Language, OriginalFile, Format, Pages };
constexpr std::array<VariableSpec, 7> variables{{
    {variable::PublicationDate, "Date"},
    {variable::Source, "Text"},
    {variable::Url, "Text"},
    {variable::Language, "Text"},
    {variable::OriginalFile, "Text"},
    {variable::Format, "Text"},
    {variable::Pages, "Text"},
}};

QString pagesText(const QList<PageStart> &pages)
{
    QStringList pairs;
    pairs.reserve(pages.size());
    for (const PageStart &start : pages)
        pairs << QStringLiteral("%1:%2").arg(start.offset).arg(start.page);
    return pairs.join(QLatin1Char(' '));
}

} // namespace

QdeProjectWriter::QdeProjectWriter(QdeContents contents)
    : m_contents(std::move(contents))
{
    m_buffer.open(QIODevice::WriteOnly);
    m_xml.setDevice(&m_buffer);
    for (const QString &analyst : std::as_const(m_contents.analysts))
        m_users.insert(analyst, newGuid());
    for (const Actor &actor : std::as_const(m_contents.actors)) {
        m_actorGuids.insert(actor.id, newGuid());
        m_actorNames.insert(actor.id, actor.name);
    }
    for (const Topic &topic : std::as_const(m_contents.topics))
        m_topicGuids.insert(topic.id, newGuid());
    for (QString &guid : m_stanceGuids)
        guid = newGuid();
    for (qsizetype i = 0; i < m_contents.documents.size(); ++i) {
        const DocumentId id = m_contents.documents.at(i).id;
        m_sources.insert(id, newGuid());
        m_documentIndex.insert(id, i);
    }
    for (std::size_t i = 0; i < variables.size(); ++i)
        m_variableGuids << newGuid();
}

void QdeProjectWriter::writeHead()
{
    m_xml.setAutoFormatting(true);
    m_xml.setAutoFormattingIndent(1);
    m_xml.writeStartDocument();
    m_xml.writeDefaultNamespace(QString::fromUtf16(Namespace));
    m_xml.writeStartElement(QStringLiteral("Project"));
    m_xml.writeAttribute(QStringLiteral("name"), xmlSafeText(m_contents.projectName));
    m_xml.writeAttribute(QStringLiteral("origin"), xmlSafeText(m_contents.origin));
    writeTime(QStringLiteral("creationDateTime"), m_contents.created);
    writeUsers();
    writeCodeBook();
    writeVariables();
}

void QdeProjectWriter::writeUsers()
{
    if (m_contents.analysts.isEmpty())
        return; // the schema wants at least one User inside Users
    m_xml.writeStartElement(QStringLiteral("Users"));
    for (const QString &analyst : std::as_const(m_contents.analysts)) {
        m_xml.writeEmptyElement(QStringLiteral("User"));
        m_xml.writeAttribute(QStringLiteral("guid"), m_users.value(analyst));
        m_xml.writeAttribute(QStringLiteral("name"), xmlSafeText(analyst));
    }
    m_xml.writeEndElement();
}

void QdeProjectWriter::startCode(const QString &guid, const QString &name, bool codable,
                                 const QColor &color)
{
    m_xml.writeStartElement(QStringLiteral("Code"));
    m_xml.writeAttribute(QStringLiteral("guid"), guid);
    m_xml.writeAttribute(QStringLiteral("name"), xmlSafeText(name));
    m_xml.writeAttribute(QStringLiteral("isCodable"),
                         codable ? QStringLiteral("true") : QStringLiteral("false"));
    if (color.isValid())
        m_xml.writeAttribute(QStringLiteral("color"), color.name(QColor::HexRgb));
}

void QdeProjectWriter::writeDescription(const QString &text)
{
    if (!text.isEmpty())
        m_xml.writeTextElement(QStringLiteral("Description"), xmlSafeText(text));
}

void QdeProjectWriter::writeTime(const QString &attribute, const QDateTime &time)
{
    if (time.isValid())
        m_xml.writeAttribute(attribute, time.toUTC().toString(Qt::ISODate));
}

void QdeProjectWriter::writeCodeBook()
{
    m_xml.writeStartElement(QStringLiteral("CodeBook"));
    m_xml.writeStartElement(QStringLiteral("Codes"));

    startCode(newGuid(), QString::fromUtf16(ActorsCode), false, {});
    QSet<ActorId> actorsWritten;
    const QSet<ActorId> actorIds(m_actorGuids.keyBegin(), m_actorGuids.keyEnd());
    for (const Actor &actor : std::as_const(m_contents.actors)) {
        // Top level: no parent, or one the project does not have.
        if (!actor.parent.isValid() || !actorIds.contains(actor.parent))
            writeActorCode(actor, actorsWritten);
    }
    // Entries caught in a cycle of parents have no way down from the top: they go there.
    for (const Actor &actor : std::as_const(m_contents.actors)) {
        if (!actorsWritten.contains(actor.id))
            writeActorCode(actor, actorsWritten);
    }
    m_xml.writeEndElement();

    startCode(newGuid(), QString::fromUtf16(TopicsCode), false, {});
    QSet<TopicId> topicsWritten;
    const QSet<TopicId> topicIds(m_topicGuids.keyBegin(), m_topicGuids.keyEnd());
    for (const Topic &topic : std::as_const(m_contents.topics)) {
        if (!topic.parent.isValid() || !topicIds.contains(topic.parent))
            writeTopicCode(topic, topicsWritten);
    }
    for (const Topic &topic : std::as_const(m_contents.topics)) {
        if (!topicsWritten.contains(topic.id))
            writeTopicCode(topic, topicsWritten);
    }
    m_xml.writeEndElement();

    startCode(newGuid(), QString::fromUtf16(StancesCode), false, {});
    for (std::size_t i = 0; i < m_stanceGuids.size(); ++i) {
        startCode(m_stanceGuids.at(i), stanceName(static_cast<Stance>(i)), true, {});
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();

    m_xml.writeEndElement(); // Codes
    m_xml.writeEndElement(); // CodeBook
}

void QdeProjectWriter::writeActorCode(const Actor &actor, QSet<ActorId> &written)
{
    written.insert(actor.id);
    startCode(m_actorGuids.value(actor.id), actor.name, true, actor.color);
    writeDescription(actorDescription(actor));
    for (const Actor &member : std::as_const(m_contents.actors)) {
        if (member.parent == actor.id && !written.contains(member.id))
            writeActorCode(member, written);
    }
    m_xml.writeEndElement();
}

void QdeProjectWriter::writeTopicCode(const Topic &topic, QSet<TopicId> &written)
{
    written.insert(topic.id);
    startCode(m_topicGuids.value(topic.id), topic.name, true, topic.color);
    writeDescription(topicDescription(topic));
    for (const Topic &sub : std::as_const(m_contents.topics)) {
        if (sub.parent == topic.id && !written.contains(sub.id))
            writeTopicCode(sub, written);
    }
    m_xml.writeEndElement();
}

void QdeProjectWriter::writeVariables()
{
    m_xml.writeStartElement(QStringLiteral("Variables"));
    for (std::size_t i = 0; i < variables.size(); ++i) {
        m_xml.writeEmptyElement(QStringLiteral("Variable"));
        m_xml.writeAttribute(QStringLiteral("guid"), m_variableGuids.at(qsizetype(i)));
        m_xml.writeAttribute(QStringLiteral("name"), QString::fromUtf16(variables.at(i).name));
        m_xml.writeAttribute(QStringLiteral("typeOfVariable"), QLatin1String(variables.at(i).type));
    }
    m_xml.writeEndElement();
}

void QdeProjectWriter::writeClaim(const Claim &claim)
{
    const qsizetype index = m_documentIndex.value(claim.document, -1);
    if (index < 0 || index < m_openSource)
        return; // not a document of the list, or out of order: nowhere to put it
    advanceTo(index);

    m_xml.writeStartElement(QStringLiteral("PlainTextSelection"));
    m_xml.writeAttribute(QStringLiteral("guid"), newGuid());
    m_xml.writeAttribute(QStringLiteral("name"), xmlSafeText(selectionName(claim.quote)));
    m_xml.writeAttribute(QStringLiteral("startPosition"), QString::number(claim.start));
    m_xml.writeAttribute(QStringLiteral("endPosition"), QString::number(claim.end));
    const QString user = m_users.value(claim.analyst);
    if (!user.isEmpty())
        m_xml.writeAttribute(QStringLiteral("creatingUser"), user);
    writeTime(QStringLiteral("creationDateTime"), claim.createdAt);
    if (!user.isEmpty())
        m_xml.writeAttribute(QStringLiteral("modifyingUser"), user);
    writeTime(QStringLiteral("modifiedDateTime"), claim.updatedAt);
    writeDescription(claimDescription(claim, m_actorNames.value(claim.target)));
    writeCoding(m_actorGuids.value(claim.holder), claim);
    writeCoding(m_topicGuids.value(claim.topic), claim);
    writeCoding(m_stanceGuids.at(std::size_t(claim.stance)), claim);
    m_xml.writeEndElement();
}

void QdeProjectWriter::writeCoding(const QString &codeGuid, const Claim &claim)
{
    if (codeGuid.isEmpty())
        return;
    m_xml.writeStartElement(QStringLiteral("Coding"));
    m_xml.writeAttribute(QStringLiteral("guid"), newGuid());
    const QString user = m_users.value(claim.analyst);
    if (!user.isEmpty())
        m_xml.writeAttribute(QStringLiteral("creatingUser"), user);
    writeTime(QStringLiteral("creationDateTime"), claim.createdAt);
    m_xml.writeEmptyElement(QStringLiteral("CodeRef"));
    m_xml.writeAttribute(QStringLiteral("targetGUID"), codeGuid);
    m_xml.writeEndElement();
}

void QdeProjectWriter::advanceTo(qsizetype upTo)
{
    if (m_openSource < 0 && !m_contents.documents.isEmpty())
        m_xml.writeStartElement(QStringLiteral("Sources"));
    while (m_openSource < upTo) {
        if (m_openSource >= 0)
            endSource(m_contents.documents.at(m_openSource));
        ++m_openSource;
        startSource(m_contents.documents.at(m_openSource));
    }
}

void QdeProjectWriter::startSource(const Document &document)
{
    m_xml.writeStartElement(QStringLiteral("TextSource"));
    const QString guid = m_sources.value(document.id);
    m_xml.writeAttribute(QStringLiteral("guid"), guid);
    m_xml.writeAttribute(QStringLiteral("name"), xmlSafeText(document.title));
    m_xml.writeAttribute(QStringLiteral("plainTextPath"),
                         QString::fromUtf16(InternalScheme) + guid + QStringLiteral(".txt"));
    writeTime(QStringLiteral("creationDateTime"), document.importedAt);
}

// The variable values come after the selections: the schema's order for a TextSource.
void QdeProjectWriter::endSource(const Document &document)
{
    if (document.date.isValid())
        writeVariableValue(PublicationDate, QStringLiteral("DateValue"),
                           document.date.toString(Qt::ISODate));
    writeVariableValue(Source, QStringLiteral("TextValue"), document.source);
    writeVariableValue(Url, QStringLiteral("TextValue"), document.url);
    writeVariableValue(Language, QStringLiteral("TextValue"), document.language);
    writeVariableValue(OriginalFile, QStringLiteral("TextValue"), document.fileName);
    writeVariableValue(Format, QStringLiteral("TextValue"), document.format);
    writeVariableValue(Pages, QStringLiteral("TextValue"), pagesText(document.pages));
    m_xml.writeEndElement();
}

void QdeProjectWriter::writeVariableValue(int variable, const QString &element,
                                          const QString &value)
{
    if (value.isEmpty())
        return;
    m_xml.writeStartElement(QStringLiteral("VariableValue"));
    m_xml.writeEmptyElement(QStringLiteral("VariableRef"));
    m_xml.writeAttribute(QStringLiteral("targetGUID"), m_variableGuids.at(variable));
    m_xml.writeTextElement(element, xmlSafeText(value));
    m_xml.writeEndElement();
}

QByteArray QdeProjectWriter::takeOutput()
{
    QByteArray taken = m_output; // a copy shares the data; the clear below detaches
    m_output.clear();
    m_buffer.seek(0);
    return taken;
}

void QdeProjectWriter::finish()
{
    if (!m_contents.documents.isEmpty()) {
        advanceTo(m_contents.documents.size() - 1);
        endSource(m_contents.documents.last());
        m_xml.writeEndElement(); // Sources
    }
    m_xml.writeEndElement(); // Project
    m_xml.writeEndDocument();
}

} // namespace demarche::qdpx
