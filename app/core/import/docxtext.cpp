#include "core/import/docxtext.h"

#include "core/import/officetext.h"
#include "core/import/textimporter.h"
#include "core/import/ziparchive.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <iterator>
#include <utility>
#include <vector>

namespace demarche::docx {
namespace {

using officetext::TextBuilder;
using officetext::XmlReader;

struct DocxText
{
    Q_DECLARE_TR_FUNCTIONS(TextImport)
};

const QString WordNs =
    QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
// ISO 29500 strict files name the same elements in a namespace of their own.
const QString StrictWordNs = QStringLiteral("http://purl.oclc.org/ooxml/wordprocessingml/main");
const QString CompatibilityNs =
    QStringLiteral("http://schemas.openxmlformats.org/markup-compatibility/2006");
const QString XmlNs = QStringLiteral("http://www.w3.org/XML/1998/namespace");
const QString DcNs = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString DcTermsNs = QStringLiteral("http://purl.org/dc/terms/");

constexpr int MaxLevels = 9; // Word's list levels

bool isWord(const XmlReader &r)
{
    return r.namespaceUri() == WordNs || r.namespaceUri() == StrictWordNs;
}

// A w:val attribute, in either namespace.
QStringView val(const XmlReader &r)
{
    const QStringView v = r.attribute(WordNs, QStringLiteral("val"));
    return v.isEmpty() ? r.attribute(StrictWordNs, QStringLiteral("val")) : v;
}

QStringView wordAttribute(const XmlReader &r, const QString &name)
{
    const QStringView v = r.attribute(WordNs, name);
    return v.isEmpty() ? r.attribute(StrictWordNs, name) : v;
}

// On/off properties (w:vanish) are on unless their value says otherwise.
bool isOn(QStringView value)
{
    return value != u"0" && value != u"false" && value != u"off";
}

struct Level
{
    QString format = QStringLiteral("decimal");
    QString text;
    int start = 1;
};

// word/numbering.xml: each list (w:num) points at an abstract definition of its levels.
struct Numbering
{
    QHash<QString, QList<Level>> abstracts;
    QHash<QString, QString> abstractOf; // numId -> abstractNumId
    QHash<QString, QHash<int, int>> startOverrides;
    QHash<QString, QList<int>> counters; // numId -> the current number of each level

    const QList<Level> *levels(const QString &numId) const
    {
        const auto abstract = abstractOf.constFind(numId);
        if (abstract == abstractOf.cend())
            return nullptr;
        const auto found = abstracts.constFind(*abstract);
        return found == abstracts.cend() ? nullptr : &*found;
    }
};

QString numberFormat(const QString &format)
{
    if (format == QLatin1String("lowerLetter"))
        return QStringLiteral("a");
    if (format == QLatin1String("upperLetter"))
        return QStringLiteral("A");
    if (format == QLatin1String("lowerRoman"))
        return QStringLiteral("i");
    if (format == QLatin1String("upperRoman"))
        return QStringLiteral("I");
    if (format == QLatin1String("decimalZero"))
        return QStringLiteral("01");
    return QStringLiteral("1");
}

int levelIndex(QStringView value)
{
    bool ok = false;
    const int level = value.toInt(&ok);
    return ok && level >= 0 && level < MaxLevels ? level : -1;
}

Status readNumbering(const QByteArray &xml, const QString &fileName, Numbering *numbering)
{
    XmlReader r(xml, fileName);
    QList<Level> *abstract = nullptr;
    Level *level = nullptr;
    QString numId;
    int overrideLevel = -1;
    while (r.next()) {
        if (!r.isStart() || !isWord(r))
            continue;
        const QStringView name = r.name();
        if (name == u"abstractNum") {
            abstract =
                &numbering->abstracts[wordAttribute(r, QStringLiteral("abstractNumId")).toString()];
            abstract->resize(MaxLevels);
            level = nullptr;
        } else if (name == u"lvl" && abstract) {
            const int index = levelIndex(wordAttribute(r, QStringLiteral("ilvl")));
            level = index >= 0 ? &(*abstract)[index] : nullptr;
        } else if (name == u"numFmt" && level) {
            level->format = val(r).toString();
        } else if (name == u"lvlText" && level) {
            level->text = val(r).left(officetext::MaxMarkerLength).toString();
        } else if (name == u"start" && level) {
            level->start = officetext::listStart(val(r));
        } else if (name == u"num") {
            abstract = nullptr;
            level = nullptr;
            numId = wordAttribute(r, QStringLiteral("numId")).toString();
        } else if (name == u"abstractNumId" && !numId.isEmpty()) {
            numbering->abstractOf.insert(numId, val(r).toString());
        } else if (name == u"lvlOverride" && !numId.isEmpty()) {
            overrideLevel = levelIndex(wordAttribute(r, QStringLiteral("ilvl")));
        } else if (name == u"startOverride" && overrideLevel >= 0) {
            numbering->startOverrides[numId].insert(overrideLevel, officetext::listStart(val(r)));
        }
    }
    return r.status();
}

// The marker of the next item of list `numId` at `level`, counting it: "•", "3.", "b)".
QString nextMarker(Numbering *numbering, const QString &numId, int level)
{
    const QList<Level> *levels = numbering->levels(numId);
    if (!levels || level < 0 || level >= levels->size())
        return QStringLiteral("•");
    QList<int> &counters = numbering->counters[numId];
    const QHash<int, int> overrides = numbering->startOverrides.value(numId);
    auto startOf = [&](int i) { return overrides.value(i, levels->at(i).start); };
    if (counters.isEmpty()) {
        counters.resize(MaxLevels);
        for (int i = 0; i < MaxLevels; ++i)
            counters[i] = startOf(i) - 1;
    }
    counters[level] = std::min(counters[level] + 1, 10000000); // stays far from INT_MAX
    for (int i = level + 1; i < MaxLevels; ++i)
        counters[i] = startOf(i) - 1;

    const Level &current = levels->at(level);
    if (current.format == QLatin1String("bullet"))
        return QStringLiteral("•");
    if (current.format == QLatin1String("none"))
        return {};
    QString marker = current.text;
    if (marker.isEmpty())
        marker = QStringLiteral("%1.").arg(QLatin1Char('%') + QString::number(level + 1));
    // "%1.%2." names the numbers of the levels above as well.
    for (int i = 0; i <= level; ++i) {
        const QString placeholder = QLatin1Char('%') + QString::number(i + 1);
        if (marker.contains(placeholder))
            marker.replace(placeholder,
                           officetext::formatNumber(std::max(counters[i], startOf(i)),
                                                    numberFormat(levels->at(i).format)));
    }
    return marker;
}

struct NoteRef
{
    bool endnote = false;
    QString id;
};

// Walks the content of a body or a note into text.
class Converter
{
public:
    explicit Converter(Numbering *numbering)
        : m_numbering(numbering)
    {}

    // The content of the element `r` stands on, up to its end.
    void content(XmlReader &r, TextBuilder &out);

    // Reference marks met in the body, in order; their numbers are their places plus one.
    const QList<NoteRef> &notes() const { return m_notes; }
    void setInNote(bool inNote) { m_inNote = inNote; }

private:
    struct Table
    {
        int cells = 0;
    };
    struct ParagraphProperties
    {
        QString numId;
        int level = 0;
        bool markDeleted = false;
    };

    static ParagraphProperties paragraphProperties(XmlReader &r);
    void endElement(QStringView name, TextBuilder &out);
    bool tableElement(QStringView name, TextBuilder &out);
    void runElement(XmlReader &r, TextBuilder &out);
    void field(QStringView type);
    void startParagraph(TextBuilder &out, const ParagraphProperties &properties);
    bool hidden() const;
    void runProperties(XmlReader &r);
    QString noteMark(bool endnote, QStringView id);

    Numbering *m_numbering;
    QList<NoteRef> m_notes;
    QHash<QString, int> m_noteNumbers; // "f2", "e1" -> number
    std::vector<Table> m_tables;
    std::vector<bool> m_fields; // open complex fields: true while in their instructions
    bool m_hiddenRun = false;
    bool m_paragraphPending = false;
    ParagraphProperties m_pending;
    bool m_lastWasList = false;
    QString m_lastNumId;
    bool m_joinNext = false; // the previous paragraph's mark was deleted
    bool m_inNote = false;
};

bool Converter::hidden() const
{
    if (m_hiddenRun)
        return true;
    for (const bool instructions : m_fields) {
        if (instructions)
            return true;
    }
    return false;
}

Converter::ParagraphProperties Converter::paragraphProperties(XmlReader &r)
{
    ParagraphProperties properties;
    const int end = r.depth() - 1;
    bool inRunProperties = false;
    while (r.next()) {
        if (r.isEnd()) {
            if (r.depth() == end)
                break;
            if (isWord(r) && r.name() == u"rPr")
                inRunProperties = false;
            continue;
        }
        if (!isWord(r)) {
            r.skip();
            continue;
        }
        const QStringView name = r.name();
        if (name == u"numId")
            properties.numId = val(r).toString();
        else if (name == u"ilvl")
            properties.level = std::max(0, levelIndex(val(r)));
        else if (name == u"rPr")
            inRunProperties = true;
        else if (inRunProperties && (name == u"del" || name == u"moveFrom"))
            properties.markDeleted = true;
        else if (name == u"pPrChange" || name == u"rPrChange")
            r.skip(); // formatting as it was before a tracked change
    }
    if (properties.numId == QLatin1String("0"))
        properties.numId.clear(); // numbering switched off
    return properties;
}

void Converter::startParagraph(TextBuilder &out, const ParagraphProperties &properties)
{
    m_paragraphPending = false;
    const bool list = !properties.numId.isEmpty();
    if (std::exchange(m_joinNext, properties.markDeleted)) {
        if (list) // the joined paragraph's numbering still counts
            nextMarker(m_numbering, properties.numId, properties.level);
        return;
    }
    if (!m_tables.empty()) {
        out.requestSpace();
    } else {
        // Items hug each other; a list of another number at the top level is a new list.
        const bool sameList =
            m_lastWasList && (properties.level > 0 || properties.numId == m_lastNumId);
        out.requestBreak(list && sameList ? 1 : 2);
        m_lastWasList = list;
        m_lastNumId = properties.numId;
    }
    if (list)
        out.setPrefix(officetext::listPrefix(
            properties.level, nextMarker(m_numbering, properties.numId, properties.level)));
}

void Converter::runProperties(XmlReader &r)
{
    const int end = r.depth() - 1;
    while (r.next()) {
        if (r.isEnd()) {
            if (r.depth() == end)
                break;
            continue;
        }
        if (isWord(r) && r.name() == u"vanish")
            m_hiddenRun = isOn(val(r));
        else if (isWord(r) && r.name() == u"rPrChange")
            r.skip();
    }
}

QString Converter::noteMark(bool endnote, QStringView id)
{
    const QString key = (endnote ? u'e' : u'f') + id.toString();
    int number = m_noteNumbers.value(key);
    if (number == 0) {
        m_notes.append({endnote, id.toString()});
        number = int(m_notes.size());
        m_noteNumbers.insert(key, number);
    }
    return QStringLiteral("[%1]").arg(number);
}

// Elements whose content is not shown: deleted text, field instructions, properties,
// drawings and text boxes, note marks (replaced by "[n]") and comment marks.
bool isLeftOut(QStringView name)
{
    static const char16_t *const names[] = {u"annotationRef",
                                            u"commentReference",
                                            u"continuationSeparator",
                                            u"del",
                                            u"delText",
                                            u"drawing",
                                            u"endnoteRef",
                                            u"footnoteRef",
                                            u"instrText",
                                            u"moveFrom",
                                            u"object",
                                            u"pict",
                                            u"sdtPr",
                                            u"sectPr",
                                            u"separator",
                                            u"tblGrid",
                                            u"tblPr",
                                            u"tcPr",
                                            u"trPr"};
    return std::any_of(std::begin(names), std::end(names),
                       [name](const char16_t *n) { return name == QStringView(n); });
}

void Converter::content(XmlReader &r, TextBuilder &out)
{
    m_tables.clear();
    m_fields.clear();
    m_hiddenRun = false;
    m_paragraphPending = false;
    m_lastWasList = false;
    m_joinNext = false;
    const int end = r.depth() - 1;
    while (r.next()) {
        if (r.isEnd()) {
            if (r.depth() == end)
                break;
            if (isWord(r))
                endElement(r.name(), out);
            continue;
        }
        if (r.namespaceUri() == CompatibilityNs) {
            // Alternate content: the first choice is enough, the fallback repeats it.
            if (r.name() == u"Fallback")
                r.skip();
            continue;
        }
        if (!isWord(r)) {
            r.skip(); // drawings, math, custom XML properties
            continue;
        }
        const QStringView name = r.name();
        if (m_paragraphPending && name != u"pPr")
            startParagraph(out, m_pending);
        if (name == u"p") {
            m_paragraphPending = true;
            m_pending = {};
        } else if (name == u"pPr") {
            m_pending = paragraphProperties(r);
            if (m_paragraphPending)
                startParagraph(out, m_pending);
        } else if (name == u"r") {
            m_hiddenRun = false;
        } else if (name == u"rPr") {
            runProperties(r);
        } else if (isLeftOut(name)) {
            r.skip();
        } else if (!tableElement(name, out)) {
            runElement(r, out);
        }
        // Everything else (w:ins, w:moveTo, w:hyperlink, w:fldSimple, w:sdt, w:smartTag)
        // shows its content.
    }
}

void Converter::endElement(QStringView name, TextBuilder &out)
{
    if (name == u"p") {
        if (m_paragraphPending)
            startParagraph(out, m_pending);
    } else if (name == u"r") {
        m_hiddenRun = false;
    } else if (name == u"tbl" && !m_tables.empty()) {
        m_tables.pop_back();
        if (m_tables.empty()) {
            out.requestBreak(2);
            m_lastWasList = false;
        }
    }
}

bool Converter::tableElement(QStringView name, TextBuilder &out)
{
    if (name == u"tbl") {
        if (m_tables.empty())
            out.requestBreak(2);
        else
            out.requestSpace();
        m_tables.push_back({});
    } else if (name == u"tr") {
        if (m_tables.size() == 1)
            out.requestBreak(1);
        else
            out.requestSpace();
        if (!m_tables.empty())
            m_tables.back().cells = 0;
    } else if (name == u"tc") {
        if (!m_tables.empty() && m_tables.back().cells++ > 0)
            out.requestCellSeparator();
    } else {
        return false;
    }
    return true;
}

void Converter::runElement(XmlReader &r, TextBuilder &out)
{
    const QStringView name = r.name();
    if (name == u"t") {
        const bool preserve = r.attribute(XmlNs, QStringLiteral("space")) == u"preserve";
        const QString text = r.elementText();
        if (!hidden())
            out.append(preserve ? QStringView(text) : QStringView(text).trimmed());
    } else if (name == u"fldChar") {
        field(wordAttribute(r, QStringLiteral("fldCharType")));
    } else if (hidden()) {
        return;
    } else if (name == u"tab") {
        out.tab();
    } else if (name == u"br" || name == u"cr") {
        if (m_tables.empty())
            out.lineBreak();
        else
            out.append(u" "); // a row stays one line
    } else if (name == u"noBreakHyphen") {
        out.append(u"-");
    } else if ((name == u"footnoteReference" || name == u"endnoteReference") && !m_inNote) {
        out.append(noteMark(name == u"endnoteReference", wordAttribute(r, QStringLiteral("id"))));
    }
}

// Complex fields: the instructions between "begin" and "separate" are not shown, the
// result up to "end" is.
void Converter::field(QStringView type)
{
    if (type == u"begin") {
        if (m_fields.size() < size_t(officetext::MaxDepth))
            m_fields.push_back(true);
    } else if (type == u"separate") {
        if (!m_fields.empty())
            m_fields.back() = false;
    } else if (type == u"end") {
        if (!m_fields.empty())
            m_fields.pop_back();
    }
}

// word/footnotes.xml or word/endnotes.xml: the text of each note by its id.
Status readNotes(const QByteArray &xml, const QString &fileName, Converter *converter,
                 QHash<QString, QString> *notes)
{
    XmlReader r(xml, fileName);
    while (r.next()) {
        if (!r.isStart() || !isWord(r) || (r.name() != u"footnote" && r.name() != u"endnote"))
            continue;
        // Separators and continuation notices are Word's furniture, not notes.
        const QStringView type = wordAttribute(r, QStringLiteral("type"));
        if (!type.isEmpty() && type != u"normal") {
            r.skip();
            continue;
        }
        const QString id = wordAttribute(r, QStringLiteral("id")).toString();
        TextBuilder note;
        converter->content(r, note);
        notes->insert(id, note.take().simplified());
    }
    return r.status();
}

struct Properties
{
    QString title;
    QString author;
    QDate date;
};

Status readCoreProperties(const QByteArray &xml, const QString &fileName, Properties *properties)
{
    XmlReader r(xml, fileName);
    QDate modified;
    while (r.next()) {
        if (!r.isStart())
            continue;
        if (r.namespaceUri() == DcNs && r.name() == u"title")
            properties->title = r.elementText();
        else if (r.namespaceUri() == DcNs && r.name() == u"creator")
            properties->author = r.elementText();
        else if (r.namespaceUri() == DcTermsNs && r.name() == u"created")
            properties->date = officetext::isoDate(r.elementText());
        else if (r.namespaceUri() == DcTermsNs && r.name() == u"modified")
            modified = officetext::isoDate(r.elementText());
    }
    if (!properties->date.isValid())
        properties->date = modified;
    return r.status();
}

} // namespace

Result<ImportedText> fromBytes(const QByteArray &bytes, const QString &fileName)
{
    Result<ZipArchive> archive = ZipArchive::open(bytes, fileName, QStringLiteral("DOCX"));
    if (!archive)
        return archive.error();
    const Result<QByteArray> document = archive->read(QStringLiteral("word/document.xml"));
    if (!document)
        return document.error();

    Numbering numbering;
    const Result<QByteArray> numberingXml =
        archive->readIfPresent(QStringLiteral("word/numbering.xml"));
    if (!numberingXml)
        return numberingXml.error();
    if (Status read = readNumbering(*numberingXml, fileName, &numbering); !read)
        return read.error();

    Converter converter(&numbering);
    TextBuilder body;
    {
        XmlReader r(*document, fileName);
        while (r.next()) {
            if (r.isStart() && isWord(r) && r.name() == u"body") {
                converter.content(r, body);
                break;
            }
        }
        if (Status read = r.status(); !read)
            return read.error();
    }

    QHash<QString, QString> footnotes;
    QHash<QString, QString> endnotes;
    const QList<NoteRef> references = converter.notes();
    if (!references.isEmpty()) {
        converter.setInNote(true);
        for (const bool endnote : {false, true}) {
            const Result<QByteArray> xml =
                archive->readIfPresent(endnote ? QStringLiteral("word/endnotes.xml")
                                               : QStringLiteral("word/footnotes.xml"));
            if (!xml)
                return xml.error();
            if (Status read =
                    readNotes(*xml, fileName, &converter, endnote ? &endnotes : &footnotes);
                !read)
                return read.error();
        }
    }
    QList<QString> notes;
    for (const NoteRef &reference : references)
        notes.append((reference.endnote ? endnotes : footnotes).value(reference.id));

    Properties properties;
    const Result<QByteArray> core = archive->readIfPresent(QStringLiteral("docProps/core.xml"));
    if (!core)
        return core.error();
    if (Status read = readCoreProperties(*core, fileName, &properties); !read)
        return read.error();

    if (body.overflowed())
        return ZipArchive::tooLarge(fileName);
    ImportedText result;
    result.format = QStringLiteral("docx");
    result.text = textimport::canonicalText(officetext::withNotes(body.take(), notes));
    result.title = textimport::canonicalText(properties.title).simplified();
    result.author = textimport::canonicalText(properties.author).simplified();
    result.date = properties.date;
    if (result.text.isEmpty())
        return badInput(DocxText::tr("%1: contains no text").arg(fileName));
    return result;
}

} // namespace demarche::docx
