#include "support/qdpxchecker.h"

#include "core/exchange/qdpxvocabulary.h"
#include "support/qdpxschema.h"

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

using namespace schema;

constexpr int MaxDepth = 200;

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
