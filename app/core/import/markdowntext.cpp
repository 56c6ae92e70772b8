#include "core/import/markdowntext.h"

#include "core/import/htmltext.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <md4c.h>
#include <vector>

namespace demarche::textimport {

namespace {

constexpr size_t MaxListIndent = 16; // as for HTML: deeper levels are not indented further

// "<br>", "<BR/>", "<br class=x>"
bool isLineBreakTag(const QByteArray &tag)
{
    if (tag.size() < 4 || !tag.startsWith('<') || (tag.at(1) | 0x20) != 'b'
        || (tag.at(2) | 0x20) != 'r')
        return false;
    const char next = tag.at(3);
    return next == '>' || next == '/' || next == ' ' || next == '\t' || next == '\n';
}

// md4c parses (CommonMark with GitHub's tables and strikethrough) and reports blocks,
// spans and text through callbacks; this lays out what a reader sees. Leaf blocks
// (paragraph, heading, code, table, HTML block) become paragraphs of the text; list items
// prefix their first leaf with a marker.
class MarkdownConverter final
{
public:
    QString run(const QByteArray &utf8, QString *title, bool tables);
    // md4c pads every row of a table to its heading's width: a heading of thousands of
    // cells over many short rows would take quadratic time and memory. Wider tables stop
    // the parse, and the text is read again with tables off (their rows as paragraphs).
    static constexpr unsigned MaxTableColumns = 128;
    bool tooWide() const { return m_tooWide; }

private:
    static int enterBlock(MD_BLOCKTYPE type, void *detail, void *self);
    static int leaveBlock(MD_BLOCKTYPE type, void *detail, void *self);
    static int enterSpan(MD_SPANTYPE, void *, void *) { return 0; }
    static int leaveSpan(MD_SPANTYPE, void *, void *) { return 0; }
    static int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self);

    void enter(MD_BLOCKTYPE type, void *detail);
    void leave(MD_BLOCKTYPE type, void *detail);
    void text(MD_TEXTTYPE type, const char *text, MD_SIZE size);
    void entity(const char *text, MD_SIZE size);

    void closeImplicitLeaf();
    void emit(const QString &text);

    struct List
    {
        bool tight;
        bool ordered;
        unsigned next;
        char delimiter;
    };

    QString m_out;
    QByteArray m_leaf; // UTF-8 of the open leaf (or table cell)
    bool m_leafOpen = false;
    bool m_implicitLeaf = false; // text straight inside a tight list's item
    bool m_htmlBlock = false;
    QStringList m_cells, m_rows;
    std::vector<List> m_lists;
    QString m_pendingPrefix; // the marker of an item whose first leaf is yet to come
    qsizetype m_listLeaves = 0;
    QString m_firstHeading, m_firstTopHeading;
    QHash<QByteArray, QByteArray> m_entities;
    bool m_tooWide = false;
};

QString MarkdownConverter::run(const QByteArray &utf8, QString *title, bool tables)
{
    MD_PARSER parser{};
    parser.abi_version = 0;
    // No permissive autolinks: they change no text. Raw HTML stays recognised so that its
    // tags can be dropped and its blocks reduced to their visible text.
    parser.flags = (tables ? MD_FLAG_TABLES : 0) | MD_FLAG_STRIKETHROUGH;
    parser.enter_block = &MarkdownConverter::enterBlock;
    parser.leave_block = &MarkdownConverter::leaveBlock;
    parser.enter_span = &MarkdownConverter::enterSpan;
    parser.leave_span = &MarkdownConverter::leaveSpan;
    parser.text = &MarkdownConverter::onText;
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, this);
    closeImplicitLeaf();
    if (title)
        *title = m_firstTopHeading.isEmpty() ? m_firstHeading : m_firstTopHeading;
    return m_out;
}

int MarkdownConverter::enterBlock(MD_BLOCKTYPE type, void *detail, void *self)
{
    auto *converter = static_cast<MarkdownConverter *>(self);
    if (type == MD_BLOCK_TABLE
        && static_cast<const MD_BLOCK_TABLE_DETAIL *>(detail)->col_count > MaxTableColumns) {
        converter->m_tooWide = true;
        return 1; // stops md_parse
    }
    converter->enter(type, detail);
    return 0;
}

int MarkdownConverter::leaveBlock(MD_BLOCKTYPE type, void *detail, void *self)
{
    static_cast<MarkdownConverter *>(self)->leave(type, detail);
    return 0;
}

int MarkdownConverter::onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self)
{
    static_cast<MarkdownConverter *>(self)->text(type, text, size);
    return 0;
}

void MarkdownConverter::enter(MD_BLOCKTYPE type, void *detail)
{
    closeImplicitLeaf();
    switch (type) {
    case MD_BLOCK_UL:
    case MD_BLOCK_OL: {
        if (m_lists.empty())
            m_listLeaves = 0;
        List list{};
        if (type == MD_BLOCK_UL) {
            list.tight = static_cast<const MD_BLOCK_UL_DETAIL *>(detail)->is_tight != 0;
        } else {
            const auto *ol = static_cast<const MD_BLOCK_OL_DETAIL *>(detail);
            list.tight = ol->is_tight != 0;
            list.ordered = true;
            list.next = ol->start;
            list.delimiter = ol->mark_delimiter;
        }
        m_lists.push_back(list);
        break;
    }
    case MD_BLOCK_LI: {
        if (m_lists.empty())
            break;
        List &list = m_lists.back();
        const QString marker = list.ordered ? QString::number(list.next++) + QChar(list.delimiter)
                                            : QStringLiteral("•");
        // "- - x": an item whose first block is a list shows both markers on one line.
        if (m_pendingPrefix.isEmpty()) {
            const auto depth = qsizetype(std::min(m_lists.size(), MaxListIndent));
            m_pendingPrefix = QString(2 * (depth - 1), u' ');
        }
        m_pendingPrefix += marker + u' ';
        break;
    }
    case MD_BLOCK_HTML:
        m_htmlBlock = true;
        m_leaf.clear();
        m_leafOpen = true;
        break;
    case MD_BLOCK_P:
    case MD_BLOCK_H:
    case MD_BLOCK_CODE:
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        m_leaf.clear();
        m_leafOpen = true;
        break;
    case MD_BLOCK_TABLE:
        m_rows.clear();
        break;
    case MD_BLOCK_TR:
        m_cells.clear();
        break;
    default:
        break;
    }
}

void MarkdownConverter::leave(MD_BLOCKTYPE type, void *detail)
{
    closeImplicitLeaf();
    switch (type) {
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        if (!m_lists.empty())
            m_lists.pop_back();
        break;
    case MD_BLOCK_LI:
        if (!m_pendingPrefix.isEmpty()) // an empty item still shows its marker
            emit(QString());
        break;
    case MD_BLOCK_P:
        emit(QString::fromUtf8(m_leaf).trimmed());
        m_leafOpen = false;
        break;
    case MD_BLOCK_H: {
        const QString heading = QString::fromUtf8(m_leaf).trimmed();
        const QString simplified = heading.simplified();
        if (m_firstHeading.isEmpty())
            m_firstHeading = simplified;
        if (static_cast<const MD_BLOCK_H_DETAIL *>(detail)->level == 1
            && m_firstTopHeading.isEmpty())
            m_firstTopHeading = simplified;
        emit(heading);
        m_leafOpen = false;
        break;
    }
    case MD_BLOCK_CODE: {
        QString code = QString::fromUtf8(m_leaf);
        while (code.endsWith(u'\n'))
            code.chop(1);
        emit(code);
        m_leafOpen = false;
        break;
    }
    case MD_BLOCK_HTML:
        // An HTML block shows what a browser would: its visible text.
        emit(htmlToText(QString::fromUtf8(m_leaf)));
        m_leafOpen = false;
        m_htmlBlock = false;
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        m_cells.append(QString::fromUtf8(m_leaf).trimmed());
        m_leafOpen = false;
        break;
    case MD_BLOCK_TR:
        m_rows.append(m_cells.join(u'\t'));
        break;
    case MD_BLOCK_TABLE:
        emit(m_rows.join(u'\n'));
        break;
    default:
        break;
    }
}

void MarkdownConverter::text(MD_TEXTTYPE type, const char *text, MD_SIZE size)
{
    if (!m_leafOpen) { // text straight inside an item of a tight list
        m_leaf.clear();
        m_leafOpen = true;
        m_implicitLeaf = true;
    }
    switch (type) {
    case MD_TEXT_NULLCHAR:
        m_leaf.append("\xEF\xBF\xBD"); // U+FFFD, as CommonMark asks
        break;
    case MD_TEXT_BR:
        m_leaf.append('\n');
        break;
    case MD_TEXT_SOFTBR:
        m_leaf.append(' ');
        break;
    case MD_TEXT_ENTITY:
        entity(text, size);
        break;
    case MD_TEXT_HTML:
        // Inside an HTML block: kept for gumbo. Inline: a tag or comment shows nothing,
        // except a line break for <br>.
        if (m_htmlBlock)
            m_leaf.append(text, qsizetype(size));
        else if (isLineBreakTag(QByteArray::fromRawData(text, qsizetype(size))))
            m_leaf.append('\n');
        break;
    default:
        m_leaf.append(text, qsizetype(size));
        break;
    }
}

// "&amp;", "&#8212;", "&#x2014;": md4c checks their form, not their name.
void MarkdownConverter::entity(const char *text, MD_SIZE size)
{
    const QByteArray reference(text, qsizetype(size));
    if (reference.startsWith("&#")) {
        const bool hex = reference.size() > 2 && (reference.at(2) == 'x' || reference.at(2) == 'X');
        bool ok = false;
        const uint code =
            reference.mid(hex ? 3 : 2, reference.size() - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
        char32_t c = ok ? char32_t(code) : 0;
        if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            c = 0xFFFD;
        m_leaf.append(QString::fromUcs4(&c, 1).toUtf8());
        return;
    }
    auto known = m_entities.find(reference);
    if (known == m_entities.end())
        known = m_entities.insert(reference,
                                  decodeHtmlEntities(QString::fromLatin1(reference)).toUtf8());
    m_leaf.append(*known);
}

// Where md4c leaves out a tight item's paragraph, its text ends where the next block begins.
void MarkdownConverter::closeImplicitLeaf()
{
    if (!m_implicitLeaf)
        return;
    m_implicitLeaf = false;
    m_leafOpen = false;
    emit(QString::fromUtf8(m_leaf).trimmed());
}

void MarkdownConverter::emit(const QString &text)
{
    const bool item = !m_pendingPrefix.isEmpty();
    if (text.isEmpty() && !item)
        return;
    if (!m_out.isEmpty()) {
        const bool tight = item && !m_lists.empty() && m_lists.back().tight && m_listLeaves > 0;
        m_out.append(tight ? QLatin1String("\n") : QLatin1String("\n\n"));
    }
    m_out.append(m_pendingPrefix);
    m_pendingPrefix.clear();
    m_out.append(text);
    if (!m_lists.empty())
        ++m_listLeaves;
}

} // namespace

QString markdownToText(const QString &markdown, QString *title)
{
    const QByteArray utf8 = markdown.toUtf8();
    MarkdownConverter converter;
    QString text = converter.run(utf8, title, true);
    if (converter.tooWide())
        text = MarkdownConverter().run(utf8, title, false);
    return text;
}

} // namespace demarche::textimport
