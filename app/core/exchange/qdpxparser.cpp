#include "core/exchange/qdpxparser.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QXmlStreamReader>

namespace demarche::qdpx {
namespace {

struct QdpxText
{
    Q_DECLARE_TR_FUNCTIONS(QdpxImport)
};

QDateTime timeAttribute(const QXmlStreamAttributes &attributes, QLatin1String name)
{
    QDateTime time = QDateTime::fromString(attributes.value(name).toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

qint64 positionAttribute(const QXmlStreamAttributes &attributes, QLatin1String name)
{
    bool ok = false;
    const qint64 value = attributes.value(name).toLongLong(&ok);
    return ok && value >= 0 ? value : -1;
}

class Parser
{
public:
    Parser(const QByteArray &xml, const QString &fileName)
        : m_fileName(fileName)
    {
        // Through a device the reader decodes the bytes a piece at a time; given the
        // array itself it would first decode all of it, twice its size, into one string.
        m_buffer.setData(xml);
        m_buffer.open(QIODevice::ReadOnly);
        m_xml.setDevice(&m_buffer);
        // Entities are never wanted; without a DTD only the five predefined ones exist.
        m_xml.setEntityExpansionLimit(0);
    }

    Result<QdpxProject> run()
    {
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::DTD)
                return refuse(QdpxText::tr("declares a document type (<!DOCTYPE>), which "
                                           "REFI-QDA does not use; refused for safety"));
            if (token == QXmlStreamReader::StartElement)
                break;
        }
        if (m_xml.hasError())
            return xmlError();
        if (m_xml.tokenType() != QXmlStreamReader::StartElement || m_xml.name() != u"Project")
            return refuse(QdpxText::tr("is not a REFI-QDA project (no <Project> element)"));
        readProject();
        if (m_failure)
            return *m_failure;
        while (!m_xml.atEnd()) // what follows must still be well-formed
            m_xml.readNext();
        if (m_xml.hasError())
            return xmlError();
        return std::move(m_project);
    }

private:
    Error refuse(const QString &problem) const
    {
        return badInput(QStringLiteral("%1: %2").arg(m_fileName, problem));
    }

    Error xmlError() const
    {
        //: %1 and %2 are line and column numbers, %3 the XML parser's explanation
        return refuse(QdpxText::tr("not valid XML at line %1, column %2: %3")
                          .arg(m_xml.lineNumber())
                          .arg(m_xml.columnNumber())
                          .arg(m_xml.errorString()));
    }

    QString text() { return m_xml.readElementText(QXmlStreamReader::IncludeChildElements); }

    void readProject()
    {
        const auto attributes = m_xml.attributes();
        m_project.name = attributes.value(QLatin1String("name")).toString();
        m_project.origin = attributes.value(QLatin1String("origin")).toString();
        while (!m_failure && m_xml.readNextStartElement()) {
            const auto name = m_xml.name();
            if (name == u"Users")
                readUsers();
            else if (name == u"CodeBook")
                readCodeBook();
            else if (name == u"Variables")
                readVariables();
            else if (name == u"Sources")
                readSources();
            else
                skipReported(name.toString());
        }
    }

    void skipReported(const QString &element)
    {
        // Cases, Notes, Sets, Graphs, Links: nothing in Demarche holds them.
        bool any = false;
        while (m_xml.readNextStartElement()) {
            any = true;
            m_xml.skipCurrentElement();
        }
        if (any && element != u"Description")
            m_project.losses.append({element, QdpxText::tr("not imported: Demarche has no place "
                                                           "for this part of a project")});
    }

    void readUsers()
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"User") {
                const auto attributes = m_xml.attributes();
                m_project.users.insert(attributes.value(QLatin1String("guid")).toString(),
                                       attributes.value(QLatin1String("name")).toString());
            }
            m_xml.skipCurrentElement();
        }
    }

    void readCodeBook()
    {
        while (!m_failure && m_xml.readNextStartElement()) {
            if (m_xml.name() == u"Codes")
                readCodes(m_project.codes, 1);
            else
                m_xml.skipCurrentElement();
        }
    }

    // Reads the Code children of the current element into `into`. Below MaxCodeDepth each
    // code's children go into it; deeper ones join the list at that depth, and are counted.
    void readCodes(QList<QdpxCode> &into, int depth)
    {
        while (!m_failure && m_xml.readNextStartElement()) {
            if (m_xml.name() != u"Code") {
                m_xml.skipCurrentElement();
                continue;
            }
            if (depth > MaxXmlDepth) {
                m_failure = refuse(
                    QdpxText::tr("codes nested more than %1 deep; refused").arg(MaxXmlDepth));
                return;
            }
            readCode(into, depth);
        }
    }

    void readCode(QList<QdpxCode> &into, int depth)
    {
        const auto attributes = m_xml.attributes();
        QdpxCode code;
        code.guid = attributes.value(QLatin1String("guid")).toString();
        code.name = attributes.value(QLatin1String("name")).toString();
        code.color = attributes.value(QLatin1String("color")).toString();
        code.codable = attributes.value(QLatin1String("isCodable")) != u"false";
        if (depth > MaxCodeDepth) {
            m_project.losses.append(
                {code.name, QdpxText::tr("nested more than %1 codes deep; placed at that depth")
                                .arg(MaxCodeDepth)});
        }
        const qsizetype index = into.size();
        into.append(code);
        QList<QdpxCode> children;
        QList<QdpxCode> &target = depth > MaxCodeDepth ? into : children;
        while (!m_failure && m_xml.readNextStartElement()) {
            if (m_xml.name() == u"Description") {
                into[index].description = text();
            } else if (m_xml.name() == u"Code") {
                if (depth + 1 > MaxXmlDepth) {
                    m_failure = refuse(
                        QdpxText::tr("codes nested more than %1 deep; refused").arg(MaxXmlDepth));
                    return;
                }
                readCode(target, depth + 1);
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (depth <= MaxCodeDepth)
            into[index].children = std::move(children);
    }

    void readVariables()
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"Variable") {
                const auto attributes = m_xml.attributes();
                m_project.variables.insert(attributes.value(QLatin1String("guid")).toString(),
                                           attributes.value(QLatin1String("name")).toString());
            }
            m_xml.skipCurrentElement();
        }
    }

    void readSources()
    {
        while (m_xml.readNextStartElement()) {
            QdpxSource source;
            source.element = m_xml.name().toString();
            const auto attributes = m_xml.attributes();
            source.guid = attributes.value(QLatin1String("guid")).toString();
            source.name = attributes.value(QLatin1String("name")).toString();
            source.created = timeAttribute(attributes, QLatin1String("creationDateTime"));
            if (source.element == u"TextSource") {
                source.hasText = true;
                readTextSource(source, attributes);
            } else {
                readOtherSource(source);
            }
            m_project.sources.append(std::move(source));
        }
    }

    // A TextSource, or a PDF's Representation (of the same type).
    void readTextSource(QdpxSource &source, const QXmlStreamAttributes &attributes)
    {
        source.plainTextPath = attributes.value(QLatin1String("plainTextPath")).toString();
        while (m_xml.readNextStartElement()) {
            const auto name = m_xml.name();
            if (name == u"Description" && source.description.isEmpty())
                source.description = text();
            else if (name == u"PlainTextContent")
                source.inlineText = text();
            else if (name == u"PlainTextSelection")
                source.selections.append(readSelection());
            else if (name == u"VariableValue")
                readVariableValue(source);
            else
                m_xml.skipCurrentElement();
        }
    }

    void readOtherSource(QdpxSource &source)
    {
        while (m_xml.readNextStartElement()) {
            const auto name = m_xml.name();
            if (name == u"Representation" && source.element == u"PDFSource") {
                source.hasText = true;
                readTextSource(source, m_xml.attributes());
            } else if (name == u"Description") {
                source.description = text();
            } else if (name == u"VariableValue") {
                readVariableValue(source);
            } else {
                if (name.endsWith(u"Selection"))
                    ++source.otherSelections;
                m_xml.skipCurrentElement();
            }
        }
    }

    QdpxSelection readSelection()
    {
        const auto attributes = m_xml.attributes();
        QdpxSelection selection;
        selection.guid = attributes.value(QLatin1String("guid")).toString();
        selection.name = attributes.value(QLatin1String("name")).toString();
        selection.start = positionAttribute(attributes, QLatin1String("startPosition"));
        selection.end = positionAttribute(attributes, QLatin1String("endPosition"));
        selection.creatingUser = attributes.value(QLatin1String("creatingUser")).toString();
        selection.modifyingUser = attributes.value(QLatin1String("modifyingUser")).toString();
        selection.created = timeAttribute(attributes, QLatin1String("creationDateTime"));
        selection.modified = timeAttribute(attributes, QLatin1String("modifiedDateTime"));
        while (m_xml.readNextStartElement()) {
            const auto name = m_xml.name();
            if (name == u"Description") {
                selection.description = text();
            } else if (name == u"Coding") {
                while (m_xml.readNextStartElement()) {
                    if (m_xml.name() == u"CodeRef")
                        selection.codes.append(
                            m_xml.attributes().value(QLatin1String("targetGUID")).toString());
                    m_xml.skipCurrentElement();
                }
            } else {
                m_xml.skipCurrentElement();
            }
        }
        return selection;
    }

    void readVariableValue(QdpxSource &source)
    {
        QString variable;
        QString value;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"VariableRef") {
                variable = m_xml.attributes().value(QLatin1String("targetGUID")).toString();
                m_xml.skipCurrentElement();
            } else if (m_xml.name().endsWith(u"Value")) {
                value = text();
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (!variable.isEmpty())
            source.values.insert(variable, value);
    }

    QBuffer m_buffer;
    QXmlStreamReader m_xml;
    QString m_fileName;
    QdpxProject m_project;
    std::optional<Error> m_failure;
};

} // namespace

Result<QdpxProject> parseProject(const QByteArray &xml, const QString &fileName)
{
    return Parser(xml, fileName).run();
}

} // namespace demarche::qdpx
