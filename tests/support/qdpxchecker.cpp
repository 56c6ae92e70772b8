#include "support/qdpxchecker.h"

#include "core/exchange/qdpxvocabulary.h"

#include <QBuffer>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <functional>

namespace qdpxtest {

const QdeElement *QdeElement::child(const QString &childName) const
{
    for (const QdeElement &element : children) {
        if (element.name == childName)
            return &element;
    }
    return nullptr;
}

QList<const QdeElement *> QdeElement::childrenNamed(const QString &childName) const
{
    QList<const QdeElement *> found;
    for (const QdeElement &element : children) {
        if (element.name == childName)
            found << &element;
    }
    return found;
}

QList<const QdeElement *> QdeElement::findAll(const QString &wanted) const
{
    QList<const QdeElement *> found;
    if (name == wanted)
        found << this;
    for (const QdeElement &element : children)
        found << element.findAll(wanted);
    return found;
}

namespace {

constexpr int MaxDepth = 200;
constexpr int Unbounded = -1;

// One place in a type's sequence: one of `names` (alternatives, as an xsd:choice), each
// element of the type named in `types` at the same index ("" for text only).
struct Particle
{
    QStringList names;
    QStringList types;
    int min = 0;
    int max = 1;
};

struct TypeRule
{
    QList<Particle> sequence;
    QStringList required;
    QStringList optional;
    bool opaque = false; // content not checked
};

Particle one(const QString &name, const QString &type, int min, int max)
{
    return {{name}, {type}, min, max};
}

const QHash<QString, TypeRule> &rules()
{
    static const QHash<QString, TypeRule> table = [] {
        const QString text; // a simple type: text, no children
        const QStringList userTimes{
            QStringLiteral("creatingUser"), QStringLiteral("creationDateTime"),
            QStringLiteral("modifyingUser"), QStringLiteral("modifiedDateTime")};
        QHash<QString, TypeRule> t;
        t[QStringLiteral("Project")] = {
            {one(QStringLiteral("Users"), QStringLiteral("Users"), 0, 1),
             one(QStringLiteral("CodeBook"), QStringLiteral("CodeBook"), 0, 1),
             one(QStringLiteral("Variables"), QStringLiteral("Variables"), 0, 1),
             one(QStringLiteral("Cases"), QStringLiteral("Cases"), 0, 1),
             one(QStringLiteral("Sources"), QStringLiteral("Sources"), 0, 1),
             one(QStringLiteral("Notes"), QStringLiteral("Notes"), 0, 1),
             one(QStringLiteral("Links"), QStringLiteral("Links"), 0, 1),
             one(QStringLiteral("Sets"), QStringLiteral("Sets"), 0, 1),
             one(QStringLiteral("Graphs"), QStringLiteral("Graphs"), 0, 1),
             one(QStringLiteral("Description"), text, 0, 1),
             one(QStringLiteral("NoteRef"), QStringLiteral("Ref"), 0, Unbounded)},
            {QStringLiteral("name")},
            {QStringLiteral("origin"), QStringLiteral("creatingUserGUID"),
             QStringLiteral("creationDateTime"), QStringLiteral("modifyingUserGUID"),
             QStringLiteral("modifiedDateTime"), QStringLiteral("basePath")}};
        t[QStringLiteral("Users")] = {
            {one(QStringLiteral("User"), QStringLiteral("User"), 1, Unbounded)}, {}, {}};
        t[QStringLiteral("User")] = {
            {}, {QStringLiteral("guid")}, {QStringLiteral("name"), QStringLiteral("id")}};
        t[QStringLiteral("CodeBook")] = {
            {one(QStringLiteral("Codes"), QStringLiteral("Codes"), 1, 1)}, {}, {}};
        t[QStringLiteral("Codes")] = {
            {one(QStringLiteral("Code"), QStringLiteral("Code"), 1, Unbounded)}, {}, {}};
        t[QStringLiteral("Code")] = {
            {one(QStringLiteral("Description"), text, 0, 1),
             one(QStringLiteral("NoteRef"), QStringLiteral("Ref"), 0, Unbounded),
             one(QStringLiteral("Code"), QStringLiteral("Code"), 0, Unbounded)},
            {QStringLiteral("guid"), QStringLiteral("name"), QStringLiteral("isCodable")},
            {QStringLiteral("color")}};
        t[QStringLiteral("Variables")] = {
            {one(QStringLiteral("Variable"), QStringLiteral("Variable"), 1, Unbounded)}, {}, {}};
        t[QStringLiteral("Variable")] = {
            {one(QStringLiteral("Description"), text, 0, 1)},
            {QStringLiteral("guid"), QStringLiteral("name"), QStringLiteral("typeOfVariable")},
            {}};
        t[QStringLiteral("Cases")] = {
            {one(QStringLiteral("Case"), QStringLiteral("Case"), 1, Unbounded)}, {}, {}};
        t[QStringLiteral("Case")] = {
            {one(QStringLiteral("Description"), text, 0, 1),
             one(QStringLiteral("CodeRef"), QStringLiteral("Ref"), 0, Unbounded),
             one(QStringLiteral("VariableValue"), QStringLiteral("VariableValue"), 0, Unbounded),
             one(QStringLiteral("SourceRef"), QStringLiteral("Ref"), 0, Unbounded),
             one(QStringLiteral("SelectionRef"), QStringLiteral("Ref"), 0, Unbounded)},
            {QStringLiteral("guid")},
            {QStringLiteral("name")}};
        t[QStringLiteral("Sources")] = {
            {{{QStringLiteral("TextSource"), QStringLiteral("PictureSource"),
               QStringLiteral("PDFSource"), QStringLiteral("AudioSource"),
               QStringLiteral("VideoSource")},
              {QStringLiteral("TextSource"), QStringLiteral("Opaque"), QStringLiteral("Opaque"),
               QStringLiteral("Opaque"), QStringLiteral("Opaque")},
              1,
              Unbounded}},
            {},
            {}};
        t[QStringLiteral("TextSource")] = {
            {one(QStringLiteral("Description"), text, 0, 1),
             one(QStringLiteral("PlainTextContent"), text, 0, 1),
             one(QStringLiteral("PlainTextSelection"), QStringLiteral("PlainTextSelection"), 0,
                 Unbounded),
             one(QStringLiteral("Coding"), QStringLiteral("Coding"), 0, Unbounded),
             one(QStringLiteral("NoteRef"), QStringLiteral("Ref"), 0, Unbounded),
             one(QStringLiteral("VariableValue"), QStringLiteral("VariableValue"), 0, Unbounded)},
            {QStringLiteral("guid")},
            QStringList{QStringLiteral("name"), QStringLiteral("richTextPath"),
                        QStringLiteral("plainTextPath")}
                + userTimes};
        t[QStringLiteral("PlainTextSelection")] = {
            {one(QStringLiteral("Description"), text, 0, 1),
             one(QStringLiteral("Coding"), QStringLiteral("Coding"), 0, Unbounded),
             one(QStringLiteral("NoteRef"), QStringLiteral("Ref"), 0, Unbounded)},
            {QStringLiteral("guid"), QStringLiteral("startPosition"),
             QStringLiteral("endPosition")},
            QStringList{QStringLiteral("name")} + userTimes};
        t[QStringLiteral("Coding")] = {
            {one(QStringLiteral("CodeRef"), QStringLiteral("Ref"), 1, 1),
             one(QStringLiteral("NoteRef"), QStringLiteral("Ref"), 0, Unbounded)},
            {QStringLiteral("guid")},
            {QStringLiteral("creatingUser"), QStringLiteral("creationDateTime")}};
        t[QStringLiteral("Ref")] = {{}, {QStringLiteral("targetGUID")}, {}};
        t[QStringLiteral("VariableValue")] = {
            {one(QStringLiteral("VariableRef"), QStringLiteral("Ref"), 1, 1),
             {{QStringLiteral("TextValue"), QStringLiteral("BooleanValue"),
               QStringLiteral("IntegerValue"), QStringLiteral("FloatValue"),
               QStringLiteral("DateValue"), QStringLiteral("DateTimeValue")},
              {text, text, text, text, text, text},
              0,
              1}},
            {},
            {}};
        t[QStringLiteral("Notes")] = {
            {one(QStringLiteral("Note"), QStringLiteral("TextSource"), 1, Unbounded)}, {}, {}};
        t[QStringLiteral("Links")] = {
            {one(QStringLiteral("Link"), QStringLiteral("Link"), 1, Unbounded)}, {}, {}};
        t[QStringLiteral("Link")] = {
            {one(QStringLiteral("NoteRef"), QStringLiteral("Ref"), 0, Unbounded)},
            {QStringLiteral("guid")},
            {QStringLiteral("name"), QStringLiteral("direction"), QStringLiteral("color"),
             QStringLiteral("originGUID"), QStringLiteral("targetGUID")}};
        t[QStringLiteral("Sets")] = {
            {one(QStringLiteral("Set"), QStringLiteral("Set"), 1, Unbounded)}, {}, {}};
        t[QStringLiteral("Set")] = {
            {one(QStringLiteral("Description"), text, 0, 1),
             one(QStringLiteral("MemberCode"), QStringLiteral("Ref"), 0, Unbounded),
             one(QStringLiteral("MemberSource"), QStringLiteral("Ref"), 0, Unbounded),
             one(QStringLiteral("MemberNote"), QStringLiteral("Ref"), 0, Unbounded)},
            {QStringLiteral("guid"), QStringLiteral("name")},
            {}};
        t[QStringLiteral("Graphs")] = {
            {one(QStringLiteral("Graph"), QStringLiteral("Opaque"), 1, Unbounded)}, {}, {}};
        t[QStringLiteral("Opaque")] = {{}, {QStringLiteral("guid")}, {}, true};
        return t;
    }();
    return table;
}

bool isSchemaGuid(const QString &value)
{
    if (value.startsWith(QLatin1Char('{')) && value.endsWith(QLatin1Char('}')))
        return demarche::qdpx::isGuid(value.mid(1, value.size() - 2));
    return demarche::qdpx::isGuid(value);
}

QString normalGuid(const QString &value)
{
    QString guid = value.toLower();
    if (guid.startsWith(QLatin1Char('{')))
        guid = guid.mid(1, guid.size() - 2);
    return guid;
}

bool isDateTime(const QString &value)
{
    static const QRegularExpression form(
        QStringLiteral(R"(^-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$)"));
    return form.match(value).hasMatch()
           && QDateTime::fromString(value.left(19), Qt::ISODate).isValid();
}

bool isInteger(const QString &value)
{
    static const QRegularExpression form(QStringLiteral(R"(^[+-]?\d+$)"));
    return form.match(value).hasMatch();
}

// The form the schema gives each attribute's value; empty when it holds.
QString valueProblem(const QString &key, const QString &value)
{
    static const QSet<QString> guids{QStringLiteral("guid"),
                                     QStringLiteral("creatingUser"),
                                     QStringLiteral("modifyingUser"),
                                     QStringLiteral("targetGUID"),
                                     QStringLiteral("creatingUserGUID"),
                                     QStringLiteral("modifyingUserGUID"),
                                     QStringLiteral("originGUID")};
    if (guids.contains(key))
        return isSchemaGuid(value) ? QString() : QStringLiteral("not a GUID");
    if (key == QLatin1String("startPosition") || key == QLatin1String("endPosition"))
        return isInteger(value) ? QString() : QStringLiteral("not an integer");
    if (key == QLatin1String("isCodable"))
        return QStringList{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("1"),
                           QStringLiteral("0")}
                       .contains(value)
                   ? QString()
                   : QStringLiteral("not a boolean");
    if (key == QLatin1String("creationDateTime") || key == QLatin1String("modifiedDateTime"))
        return isDateTime(value) ? QString() : QStringLiteral("not an xsd:dateTime");
    if (key == QLatin1String("color")) {
        static const QRegularExpression rgb(QStringLiteral("^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$"));
        return rgb.match(value).hasMatch() ? QString() : QStringLiteral("not an RGB colour");
    }
    if (key == QLatin1String("typeOfVariable"))
        return QStringList{QStringLiteral("Text"),    QStringLiteral("Boolean"),
                           QStringLiteral("Integer"), QStringLiteral("Float"),
                           QStringLiteral("Date"),    QStringLiteral("DateTime")}
                       .contains(value)
                   ? QString()
                   : QStringLiteral("not a type of variable");
    if (key == QLatin1String("direction"))
        return QStringList{QStringLiteral("Associative"), QStringLiteral("OneWay"),
                           QStringLiteral("Bidirectional")}
                       .contains(value)
                   ? QString()
                   : QStringLiteral("not a direction");
    return {};
}

QString simpleValueProblem(const QString &name, const QString &value)
{
    if (name == QLatin1String("DateValue"))
        return QDate::fromString(value, Qt::ISODate).isValid() ? QString()
                                                               : QStringLiteral("not an xsd:date");
    if (name == QLatin1String("DateTimeValue"))
        return isDateTime(value) ? QString() : QStringLiteral("not an xsd:dateTime");
    if (name == QLatin1String("IntegerValue"))
        return isInteger(value) ? QString() : QStringLiteral("not an integer");
    if (name == QLatin1String("BooleanValue"))
        return QStringList{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("1"),
                           QStringLiteral("0")}
                       .contains(value)
                   ? QString()
                   : QStringLiteral("not a boolean");
    return {};
}

QString where(const QdeElement &element)
{
    return QStringLiteral("line %1: %2").arg(element.line).arg(element.name);
}

void checkElement(const QdeElement &element, const QString &type, QStringList &problems)
{
    if (element.namespaceUri != QString::fromUtf16(demarche::qdpx::Namespace))
        problems << where(element) + QStringLiteral(": not in the project namespace");
    if (type.isEmpty()) { // a simple type: text only
        if (!element.children.isEmpty() || !element.attributes.isEmpty())
            problems << where(element) + QStringLiteral(": must hold text only");
        if (const QString bad = simpleValueProblem(element.name, element.text); !bad.isEmpty())
            problems << where(element) + QStringLiteral(": '%1' is %2").arg(element.text, bad);
        return;
    }
    const TypeRule &rule = rules().value(type);
    for (const QString &key : rule.required) {
        if (!element.attributes.contains(key))
            problems << where(element) + QStringLiteral(": lacks the required %1").arg(key);
    }
    for (auto it = element.attributes.cbegin(); it != element.attributes.cend(); ++it) {
        if (!rule.opaque && !rule.required.contains(it.key()) && !rule.optional.contains(it.key()))
            problems << where(element) + QStringLiteral(": has no attribute %1").arg(it.key());
        else if (const QString bad = valueProblem(it.key(), it.value()); !bad.isEmpty())
            problems << where(element)
                            + QStringLiteral(": %1 '%2' is %3").arg(it.key(), it.value(), bad);
    }
    if (rule.opaque)
        return;
    if (!element.children.isEmpty() && !element.text.trimmed().isEmpty())
        problems << where(element) + QStringLiteral(": has text between its elements");

    // The sequence, particle by particle: each takes as many children as it matches.
    qsizetype next = 0;
    for (const Particle &particle : rule.sequence) {
        int count = 0;
        while (next < element.children.size()) {
            const QdeElement &child = element.children.at(next);
            const qsizetype alternative = particle.names.indexOf(child.name);
            if (alternative < 0 || (particle.max != Unbounded && count >= particle.max))
                break;
            checkElement(child, particle.types.at(alternative), problems);
            ++count;
            ++next;
        }
        if (count < particle.min)
            problems << where(element)
                            + QStringLiteral(": needs %1 before line %2")
                                  .arg(particle.names.join(QLatin1Char('|')))
                                  .arg(next < element.children.size()
                                           ? element.children.at(next).line
                                           : element.line);
    }
    if (next < element.children.size())
        problems << where(element.children.at(next))
                        + QStringLiteral(": not allowed here in %1").arg(element.name);
}

} // namespace

QString parseProjectXml(const QByteArray &bytes, QdeElement &root)
{
    root = {};
    QXmlStreamReader reader(bytes);
    QList<QdeElement *> open;
    bool seenRoot = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isDTD())
            return QStringLiteral("a DTD is not allowed");
        if (reader.isStartElement()) {
            if (open.size() >= MaxDepth)
                return QStringLiteral("nested too deeply");
            QdeElement *element = nullptr;
            if (open.isEmpty()) {
                if (seenRoot)
                    return QStringLiteral("more than one root element");
                seenRoot = true;
                element = &root;
            } else {
                open.last()->children.append(QdeElement{});
                element = &open.last()->children.last();
            }
            element->name = reader.name().toString();
            element->namespaceUri = reader.namespaceUri().toString();
            element->line = reader.lineNumber();
            for (const QXmlStreamAttribute &attribute : reader.attributes()) {
                if (attribute.namespaceUri().isEmpty())
                    element->attributes.insert(attribute.name().toString(),
                                               attribute.value().toString());
            }
            open << element;
        } else if (reader.isCharacters() && !open.isEmpty()) {
            open.last()->text += reader.text();
        } else if (reader.isEndElement()) {
            open.removeLast();
        }
    }
    if (reader.hasError())
        return QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
    return {};
}

QString readQdpx(const QString &path, QdpxArchive &archive)
{
    archive = {};
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return QStringLiteral("%1: not a zip archive (error %2)").arg(path).arg(zip.getZipError());
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString name = zip.getCurrentFileName();
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("%1: entry %2 cannot be read").arg(path, name);
        archive.entryNames << name;
        archive.entries.insert(name, file.readAll());
        if (file.getZipError() != 0)
            return QStringLiteral("%1: entry %2 is damaged").arg(path, name);
        if (!name.contains(QLatin1Char('/')) && name.endsWith(QLatin1String(".qde"))) {
            if (!archive.qdeName.isEmpty())
                return QStringLiteral("%1: more than one .qde").arg(path);
            archive.qdeName = name;
        }
    }
    if (archive.qdeName.isEmpty())
        return QStringLiteral("%1: no .qde at the top of the archive").arg(path);
    if (const QString error =
            parseProjectXml(archive.entries.value(archive.qdeName), archive.project);
        !error.isEmpty())
        return QStringLiteral("%1: %2").arg(archive.qdeName, error);
    return {};
}

QString sourceText(const QdpxArchive &archive, const QdeElement &textSource)
{
    if (const QdeElement *content = textSource.child(QStringLiteral("PlainTextContent")))
        return content->text;
    const QString path = textSource.attribute(QStringLiteral("plainTextPath"));
    const QString scheme = QString::fromUtf16(demarche::qdpx::InternalScheme);
    if (!path.startsWith(scheme))
        return {};
    const QString entry =
        QString::fromUtf16(demarche::qdpx::SourcesFolder) + path.mid(scheme.size());
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(archive.entries.value(entry));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QStringList checkQdpx(const QdpxArchive &archive)
{
    QStringList problems;
    const QdeElement &project = archive.project;
    if (project.name != QLatin1String("Project"))
        return {QStringLiteral("the root element is %1, not Project").arg(project.name)};
    checkElement(project, QStringLiteral("Project"), problems);

    // GUIDs: unique, and each reference to one of the right kind.
    QHash<QString, QString> kindOf; // GUID -> element name
    std::function<void(const QdeElement &)> collect = [&](const QdeElement &element) {
        const QString guid = element.attribute(QStringLiteral("guid"));
        if (!guid.isEmpty()) {
            if (kindOf.contains(normalGuid(guid)))
                problems << where(element) + QStringLiteral(": GUID %1 is not unique").arg(guid);
            kindOf.insert(normalGuid(guid), element.name);
        }
        for (const QdeElement &child : element.children)
            collect(child);
    };
    collect(project);
    const QSet<QString> sourceKinds{QStringLiteral("TextSource"), QStringLiteral("PictureSource"),
                                    QStringLiteral("PDFSource"), QStringLiteral("AudioSource"),
                                    QStringLiteral("VideoSource")};
    auto expect = [&](const QdeElement &element, const QString &key, const QSet<QString> &kinds) {
        const QString target = element.attribute(key);
        if (target.isEmpty())
            return;
        const QString kind = kindOf.value(normalGuid(target));
        if (kind.isEmpty() || (!kinds.isEmpty() && !kinds.contains(kind)))
            problems << where(element)
                            + QStringLiteral(": %1 %2 names no %3")
                                  .arg(key, target,
                                       QStringList(kinds.values()).join(QLatin1Char('/')));
    };
    const QSet<QString> users{QStringLiteral("User")};
    std::function<void(const QdeElement &)> resolve = [&](const QdeElement &element) {
        for (const QString &key :
             {QStringLiteral("creatingUser"), QStringLiteral("modifyingUser"),
              QStringLiteral("creatingUserGUID"), QStringLiteral("modifyingUserGUID")})
            expect(element, key, users);
        if (element.name == QLatin1String("CodeRef") || element.name == QLatin1String("MemberCode"))
            expect(element, QStringLiteral("targetGUID"), {QStringLiteral("Code")});
        else if (element.name == QLatin1String("NoteRef")
                 || element.name == QLatin1String("MemberNote"))
            expect(element, QStringLiteral("targetGUID"), {QStringLiteral("Note")});
        else if (element.name == QLatin1String("SourceRef")
                 || element.name == QLatin1String("MemberSource"))
            expect(element, QStringLiteral("targetGUID"), sourceKinds);
        else if (element.name == QLatin1String("VariableRef"))
            expect(element, QStringLiteral("targetGUID"), {QStringLiteral("Variable")});
        else if (element.name == QLatin1String("SelectionRef"))
            expect(element, QStringLiteral("targetGUID"), {QStringLiteral("PlainTextSelection")});
        for (const QdeElement &child : element.children)
            resolve(child);
    };
    resolve(project);

    // Text sources: their text in one place, present, UTF-8; selections inside it.
    QList<const QdeElement *> texts = project.findAll(QStringLiteral("TextSource"));
    texts << project.findAll(QStringLiteral("Note"));
    const QString scheme = QString::fromUtf16(demarche::qdpx::InternalScheme);
    for (const QdeElement *source : std::as_const(texts)) {
        const QString path = source->attribute(QStringLiteral("plainTextPath"));
        const bool inline_ = source->child(QStringLiteral("PlainTextContent")) != nullptr;
        if (inline_ == !path.isEmpty()) {
            problems << where(*source)
                            + QStringLiteral(": needs either PlainTextContent or "
                                             "plainTextPath, not both");
            continue;
        }
        if (!inline_ && path.startsWith(scheme)) {
            const QString entry =
                QString::fromUtf16(demarche::qdpx::SourcesFolder) + path.mid(scheme.size());
            if (!archive.entries.contains(entry)) {
                problems << where(*source)
                                + QStringLiteral(": %1 is not in the archive").arg(entry);
                continue;
            }
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            (void)decoder.decode(archive.entries.value(entry));
            if (decoder.hasError())
                problems << where(*source) + QStringLiteral(": %1 is not UTF-8").arg(entry);
        } else if (!inline_) {
            continue; // an external file: nothing here to measure the selections against
        }
        const qint64 length = sourceText(archive, *source).toUcs4().size();
        for (const QdeElement *selection :
             source->childrenNamed(QStringLiteral("PlainTextSelection"))) {
            const qint64 start = selection->attribute(QStringLiteral("startPosition")).toLongLong();
            const qint64 end = selection->attribute(QStringLiteral("endPosition")).toLongLong();
            if (start < 0 || start > end || end > length)
                problems << where(*selection)
                                + QStringLiteral(": [%1, %2) is outside the text of %3 code points")
                                      .arg(start)
                                      .arg(end)
                                      .arg(length);
        }
    }
    return problems;
}

} // namespace qdpxtest
