#include "core/import/odttext.h"

#include "core/import/officetext.h"
#include "core/import/textimporter.h"
#include "core/import/ziparchive.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <algorithm>
#include <utility>
#include <vector>

namespace demarche::odt {
namespace {

using officetext::TextBuilder;
using officetext::XmlReader;

struct OdtText
{
    Q_DECLARE_TR_FUNCTIONS(TextImport)
};

const QString OfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString TextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString TableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString StyleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString MetaNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QString DcNs = QStringLiteral("http://purl.org/dc/elements/1.1/");

constexpr int MaxLevels = 10;  // ODF's list levels
constexpr int MaxSpaces = 100; // one <text:s c="..."/> writes no more than this

struct ListLevel
{
    bool bullet = true;
    QString format; // "1", "a", "i", ...; empty: no number
    QString prefix;
    QString suffix;
    int start = 1;
};

using ListStyles = QHash<QString, QList<ListLevel>>;

// The list styles of styles.xml or content.xml: how each level of each list is marked.
Status readListStyles(const QByteArray &xml, const QString &fileName, ListStyles *styles)
{
    XmlReader r(xml, fileName);
    QList<ListLevel> *style = nullptr;
    while (r.next()) {
        if (!r.isStart() || r.namespaceUri() != TextNs)
            continue;
        const QStringView name = r.name();
        if (name == u"list-style") {
            style = &(*styles)[r.attribute(StyleNs, QStringLiteral("name")).toString()];
            style->resize(MaxLevels);
        } else if (style
                   && (name == u"list-level-style-number" || name == u"list-level-style-bullet"
                       || name == u"list-level-style-image")) {
            const int number = r.attribute(TextNs, QStringLiteral("level")).toInt();
            if (number < 1 || number > MaxLevels)
                continue;
            const int level = number - 1;
            ListLevel &l = (*style)[level];
            l.bullet = name != u"list-level-style-number";
            l.format = r.attribute(StyleNs, QStringLiteral("num-format")).toString();
            l.prefix = r.attribute(StyleNs, QStringLiteral("num-prefix"))
                           .left(officetext::MaxMarkerLength)
                           .toString();
            l.suffix = r.attribute(StyleNs, QStringLiteral("num-suffix"))
                           .left(officetext::MaxMarkerLength)
                           .toString();
            const QStringView start = r.attribute(TextNs, QStringLiteral("start-value"));
            l.start = start.isEmpty() ? 1 : officetext::listStart(start);
        }
    }
    return r.status();
}

class Converter
{
public:
    explicit Converter(const ListStyles *styles)
        : m_styles(styles)
    {}

    // The content of the element `r` stands on, up to its end.
    void content(XmlReader &r, TextBuilder &out);

    const QList<QString> &notes() const { return m_notes; }

private:
    struct List
    {
        QString style;
    };
    // What belongs to the text being written, set aside while a note's body is read.
    struct State
    {
        std::vector<List> lists;
        std::vector<int> tables;   // cells so far in the current row of each open table
        std::vector<int> counters; // of the open top-level list, by level
        QString itemPrefix;        // the marker for the current list item's first paragraph
        int paragraphs = 0;        // open text:p and text:h
        bool lastWasList = false;
        bool spaceBefore = true; // ODF collapses white space after white space
    };

    void appendCollapsed(TextBuilder &out, QStringView text);
    void endElement(const XmlReader &r, TextBuilder &out);
    void tableElement(XmlReader &r, TextBuilder &out);
    void textElement(XmlReader &r, TextBuilder &out);
    void startParagraph(TextBuilder &out);
    void startList(XmlReader &r);
    void note(XmlReader &r, TextBuilder &out);
    QString itemMarker(XmlReader &r);
    const ListLevel *levelStyle(int level) const;

    const ListStyles *m_styles;
    State m_state;
    QHash<QString, std::vector<int>> m_lastCounts; // by list style: for continued numbering
    QList<QString> m_notes;
};

const ListLevel *Converter::levelStyle(int level) const
{
    if (m_state.lists.empty())
        return nullptr;
    const auto found = m_styles->constFind(m_state.lists.front().style);
    if (found == m_styles->cend() || level < 0 || level >= found->size())
        return nullptr;
    return &found->at(level);
}

QString Converter::itemMarker(XmlReader &r)
{
    const int level = std::min(int(m_state.lists.size()) - 1, MaxLevels - 1);
    if (level < 0)
        return {};
    const ListLevel *style = levelStyle(level);
    std::vector<int> &counters = m_state.counters;
    counters.resize(MaxLevels, 0);
    const QStringView startValue = r.attribute(TextNs, QStringLiteral("start-value"));
    if (!startValue.isEmpty())
        counters[size_t(level)] = officetext::listStart(startValue);
    else if (counters[size_t(level)] == 0)
        counters[size_t(level)] = style ? style->start : 1;
    else
        counters[size_t(level)] = std::min(counters[size_t(level)] + 1, 10000000);
    std::fill(counters.begin() + level + 1, counters.end(), 0);
    if (!style || style->bullet)
        return officetext::listPrefix(level, QStringLiteral("•"));
    if (style->format.isEmpty())
        return officetext::listPrefix(level, style->prefix + style->suffix);
    return officetext::listPrefix(
        level, style->prefix + officetext::formatNumber(counters[size_t(level)], style->format)
                   + style->suffix);
}

void Converter::appendCollapsed(TextBuilder &out, QStringView text)
{
    QString collapsed;
    collapsed.reserve(text.size());
    for (const QChar c : text) {
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r') {
            if (!m_state.spaceBefore)
                collapsed.append(u' ');
            m_state.spaceBefore = true;
        } else {
            collapsed.append(c);
            m_state.spaceBefore = false;
        }
    }
    out.append(collapsed);
}

// Deleted text, and what the document only declares or uses to build its indexes.
bool isLeftOut(QStringView name)
{
    return name == u"tracked-changes" || name == u"note-citation" || name == u"ruby-text"
           || name.endsWith(u"-source") || name == u"sequence-decls" || name == u"variable-decls"
           || name == u"user-field-decls";
}

void Converter::content(XmlReader &r, TextBuilder &out)
{
    const int end = r.depth() - 1;
    r.setTextWanted(true);
    while (r.next()) {
        if (r.isText()) {
            if (m_state.paragraphs > 0)
                appendCollapsed(out, r.text());
        } else if (r.isEnd()) {
            if (r.depth() == end)
                break;
            endElement(r, out);
        } else if (r.namespaceUri() == TableNs) {
            tableElement(r, out);
        } else if (r.namespaceUri() != TextNs || isLeftOut(r.name())) {
            r.skip(); // frames, drawings, forms, annotations, deleted text
        } else if (r.name() == u"note") {
            note(r, out);
        } else {
            textElement(r, out);
        }
        // Everything else (text:span, text:a, fields, text:section) shows its content.
    }
}

void Converter::endElement(const XmlReader &r, TextBuilder &out)
{
    const QStringView name = r.name();
    if (r.namespaceUri() == TextNs) {
        if ((name == u"p" || name == u"h") && m_state.paragraphs > 0) {
            --m_state.paragraphs;
        } else if (name == u"list" && !m_state.lists.empty()) {
            if (m_state.lists.size() == 1)
                m_lastCounts.insert(m_state.lists.front().style, m_state.counters);
            m_state.lists.pop_back();
        }
    } else if (r.namespaceUri() == TableNs && name == u"table" && !m_state.tables.empty()) {
        m_state.tables.pop_back();
        if (m_state.tables.empty()) {
            out.requestBreak(2);
            m_state.lastWasList = false;
        }
    }
}

void Converter::tableElement(XmlReader &r, TextBuilder &out)
{
    const QStringView name = r.name();
    if (name == u"table") {
        if (m_state.tables.empty())
            out.requestBreak(2);
        else
            out.requestSpace();
        m_state.tables.push_back(0);
    } else if (name == u"table-row") {
        if (m_state.tables.size() == 1)
            out.requestBreak(1);
        else
            out.requestSpace();
        if (!m_state.tables.empty())
            m_state.tables.back() = 0;
    } else if (name == u"table-cell") {
        if (!m_state.tables.empty() && m_state.tables.back()++ > 0)
            out.requestCellSeparator();
    } else if (name == u"covered-table-cell") {
        r.skip(); // the place of a merged cell
    }
}

void Converter::startParagraph(TextBuilder &out)
{
    ++m_state.paragraphs;
    m_state.spaceBefore = true;
    const bool list = !m_state.lists.empty();
    if (!m_state.tables.empty()) {
        out.requestSpace();
    } else {
        out.requestBreak(list && m_state.lastWasList ? 1 : 2);
        m_state.lastWasList = list;
    }
    if (!m_state.itemPrefix.isEmpty())
        out.setPrefix(std::exchange(m_state.itemPrefix, QString()));
}

void Converter::startList(XmlReader &r)
{
    if (!m_state.lists.empty()) {
        m_state.lists.push_back({});
        return;
    }
    QString style = r.attribute(TextNs, QStringLiteral("style-name")).toString();
    const bool continued = r.attribute(TextNs, QStringLiteral("continue-numbering")) == u"true"
                           || !r.attribute(TextNs, QStringLiteral("continue-list")).isEmpty();
    m_state.counters = continued ? m_lastCounts.value(style) : std::vector<int>();
    m_state.lists.push_back({std::move(style)});
    m_state.lastWasList = false; // a new list stands apart from the one before
}

void Converter::textElement(XmlReader &r, TextBuilder &out)
{
    const QStringView name = r.name();
    if (name == u"p" || name == u"h") {
        startParagraph(out);
    } else if (name == u"list") {
        startList(r);
    } else if (name == u"list-item") {
        m_state.itemPrefix = itemMarker(r);
    } else if (name == u"list-header") {
        m_state.itemPrefix.clear();
    } else if (m_state.paragraphs == 0) {
        return;
    } else if (name == u"s") {
        const QStringView count = r.attribute(TextNs, QStringLiteral("c"));
        out.appendSpaces(count.isEmpty() ? 1 : std::clamp(count.toInt(), 1, MaxSpaces));
        m_state.spaceBefore = false;
    } else if (name == u"tab") {
        out.tab();
        m_state.spaceBefore = true;
    } else if (name == u"line-break") {
        if (m_state.tables.empty())
            out.lineBreak();
        else
            out.append(u" "); // a row stays one line
        m_state.spaceBefore = true;
    }
}

// A footnote or endnote: "[n]" where it stands, its body kept for the notes at the end.
void Converter::note(XmlReader &r, TextBuilder &out)
{
    m_notes.append(QString()); // numbered now, so that notes within notes follow
    const qsizetype index = m_notes.size() - 1;
    out.append(QStringLiteral("[%1]").arg(index + 1));
    m_state.spaceBefore = false;
    const State outer = std::exchange(m_state, State());
    TextBuilder body;
    const int end = r.depth() - 1;
    while (r.next()) {
        if (r.isEnd() && r.depth() == end)
            break;
        if (r.isStart() && r.namespaceUri() == TextNs && r.name() == u"note-body") {
            content(r, body);
            r.setTextWanted(true);
        } else if (r.isStart()) {
            r.skip();
        }
    }
    m_notes[index] = body.take().simplified();
    m_state = outer;
}

struct Meta
{
    QString title;
    QString creator;
    QString initialCreator;
    QDate created;
    QDate date;
};

Status readMeta(const QByteArray &xml, const QString &fileName, Meta *meta)
{
    XmlReader r(xml, fileName);
    while (r.next()) {
        if (!r.isStart())
            continue;
        if (r.namespaceUri() == DcNs && r.name() == u"title")
            meta->title = r.elementText();
        else if (r.namespaceUri() == DcNs && r.name() == u"creator")
            meta->creator = r.elementText();
        else if (r.namespaceUri() == DcNs && r.name() == u"date")
            meta->date = officetext::isoDate(r.elementText());
        else if (r.namespaceUri() == MetaNs && r.name() == u"initial-creator")
            meta->initialCreator = r.elementText();
        else if (r.namespaceUri() == MetaNs && r.name() == u"creation-date")
            meta->created = officetext::isoDate(r.elementText());
    }
    return r.status();
}

} // namespace

Result<ImportedText> fromBytes(const QByteArray &bytes, const QString &fileName)
{
    Result<ZipArchive> archive = ZipArchive::open(bytes, fileName, QStringLiteral("ODT"));
    if (!archive)
        return archive.error();
    const Result<QByteArray> content = archive->read(QStringLiteral("content.xml"));
    if (!content)
        return content.error();

    ListStyles styles;
    const Result<QByteArray> stylesXml = archive->readIfPresent(QStringLiteral("styles.xml"));
    if (!stylesXml)
        return stylesXml.error();
    for (const QByteArray *xml : {&*stylesXml, &*content}) {
        if (Status read = readListStyles(*xml, fileName, &styles); !read)
            return read.error();
    }

    Converter converter(&styles);
    TextBuilder body;
    {
        XmlReader r(*content, fileName);
        while (r.next()) {
            if (r.isStart() && r.namespaceUri() == OfficeNs && r.name() == u"text") {
                converter.content(r, body);
                break;
            }
        }
        if (Status read = r.status(); !read)
            return read.error();
    }

    Meta meta;
    const Result<QByteArray> metaXml = archive->readIfPresent(QStringLiteral("meta.xml"));
    if (!metaXml)
        return metaXml.error();
    if (Status read = readMeta(*metaXml, fileName, &meta); !read)
        return read.error();

    if (body.overflowed())
        return ZipArchive::tooLarge(fileName);
    ImportedText result;
    result.format = QStringLiteral("odt");
    result.text = textimport::canonicalText(officetext::withNotes(body.take(), converter.notes()));
    result.title = textimport::canonicalText(meta.title).simplified();
    result.author = textimport::canonicalText(meta.initialCreator.isEmpty() ? meta.creator
                                                                            : meta.initialCreator)
                        .simplified();
    result.date = meta.created.isValid() ? meta.created : meta.date;
    if (result.text.isEmpty())
        return badInput(OdtText::tr("%1: contains no text").arg(fileName));
    return result;
}

} // namespace demarche::odt
