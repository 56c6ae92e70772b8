#include "core/import/markdowntext.h"

#include "core/import/markdowninline.h"
#include "core/import/markdownsyntax.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <vector>

namespace demarche::textimport {

using namespace detail;

namespace {

struct Block
{
    enum class Kind { Paragraph, Heading, Code, Table };
    Kind kind = Kind::Paragraph;
    QString source;          // inline Markdown, or verbatim code
    QList<QStringList> rows; // tables: cell sources
    QString prefix;          // list marker and indentation
    int level = 0;           // headings
    bool listItem = false;
    bool tight = false; // follows the previous block after one newline, not a blank line
};

struct ListLevel
{
    int contentIndent;
};

// Reads the document line by line into blocks (CommonMark's first phase, simplified to
// what plain text needs), then renders each block's inlines once all link reference
// definitions are known.
class MarkdownConverter final
{
public:
    explicit MarkdownConverter(const QString &markdown);
    QString run(QString *title);

private:
    void line(const QString &raw);
    void content(const QString &rest);
    void leaf(QString text, int indent);
    void fenceLine(const QString &raw);
    bool referenceDefinition(const QString &text);

    void addBlock(Block block);
    void closeParagraph();
    void closeCode();
    void closeTable();
    void closeLeaves();

    QStringList m_lines;
    qsizetype m_index = 0;
    std::vector<Block> m_blocks;
    QSet<QString> m_references;

    int m_quoteDepth = 0;
    bool m_blankBefore = false;
    std::vector<ListLevel> m_lists;
    QString m_pendingPrefix; // the marker of a list item whose first block is yet to come
    bool m_pendingItem = false;
    bool m_pendingTight = false;

    QStringList m_paragraph;
    bool m_paragraphOpen = false;

    QStringList m_code; // indented code block
    int m_codeBlankLines = 0;

    bool m_inFence = false;
    QChar m_fenceChar;
    int m_fenceLength = 0;
    int m_fenceIndent = 0;
    int m_fenceQuoteDepth = 0;

    Block m_table;
    bool m_tableOpen = false;

    QString m_skipUntil; // inside an HTML comment or script block: its end marker
};

MarkdownConverter::MarkdownConverter(const QString &markdown)
{
    QString text = markdown;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(u'\r', u'\n');
    m_lines = text.split(u'\n');
}

QString MarkdownConverter::run(QString *title)
{
    for (m_index = 0; m_index < m_lines.size(); ++m_index)
        line(m_lines.at(m_index));
    if (m_inFence) { // an unclosed fence runs to the end of the document
        m_inFence = false;
        m_code.append(QString()); // placeholder removed by closeCode's trimming
        closeCode();
    }
    closeLeaves();

    QString out;
    QString firstHeading, firstTopHeading;
    for (const Block &b : m_blocks) {
        QString text;
        switch (b.kind) {
        case Block::Kind::Code:
            text = b.source;
            break;
        case Block::Kind::Table: {
            QStringList rows;
            for (const QStringList &row : b.rows) {
                QStringList cells;
                for (const QString &cell : row)
                    cells.append(renderInline(cell, m_references).trimmed());
                rows.append(cells.join(u'\t'));
            }
            text = rows.join(u'\n');
            break;
        }
        case Block::Kind::Heading:
        case Block::Kind::Paragraph:
            text = renderInline(b.source, m_references).trimmed();
            break;
        }
        if (b.kind == Block::Kind::Heading) {
            if (firstHeading.isEmpty())
                firstHeading = text.simplified();
            if (b.level == 1 && firstTopHeading.isEmpty())
                firstTopHeading = text.simplified();
        }
        if (text.isEmpty() && b.prefix.isEmpty())
            continue;
        if (!out.isEmpty())
            out.append(b.tight ? QLatin1String("\n") : QLatin1String("\n\n"));
        out.append(b.prefix);
        out.append(text);
    }
    if (title)
        *title = firstTopHeading.isEmpty() ? firstHeading : firstTopHeading;
    return out;
}

void MarkdownConverter::line(const QString &raw)
{
    if (m_inFence) {
        fenceLine(raw);
        return;
    }
    if (!m_skipUntil.isEmpty()) {
        if (raw.contains(m_skipUntil, Qt::CaseInsensitive))
            m_skipUntil.clear();
        return;
    }
    int depth = 0;
    const QString rest = expandIndentTabs(stripQuoteMarkers(raw, &depth));
    if (isBlank(rest)) {
        closeParagraph();
        closeTable();
        if (!m_code.isEmpty())
            ++m_codeBlankLines;
        m_blankBefore = true;
        m_quoteDepth = depth;
        return;
    }
    if (depth != m_quoteDepth) {
        // "> a\nb" continues the quoted paragraph (a lazy line); anything else that
        // enters or leaves a quote starts afresh.
        const bool lazy = m_paragraphOpen && depth < m_quoteDepth;
        if (!lazy) {
            closeLeaves();
            m_lists.clear();
            m_quoteDepth = depth;
        }
    }
    content(rest);
    m_blankBefore = false;
}

void MarkdownConverter::content(const QString &rest)
{
    const int indent = leadingSpaces(rest);
    size_t keep = 0;
    while (keep < m_lists.size() && m_lists[keep].contentIndent <= indent)
        ++keep;
    const int containerIndent = keep > 0 ? m_lists[keep - 1].contentIndent : 0;
    const int relative = indent - containerIndent;
    // A quote inside a list item: its markers simply vanish.
    QString text = stripQuoteMarkers(rest.mid(indent), nullptr);

    if (m_paragraphOpen && relative < 4) {
        int level = 0;
        if (isSetextUnderline(text, &level) && !m_pendingItem) {
            Block heading;
            heading.kind = Block::Kind::Heading;
            heading.level = level;
            heading.source = m_paragraph.join(u'\n');
            m_paragraph.clear();
            m_paragraphOpen = false;
            addBlock(heading);
            return;
        }
        if (m_paragraph.size() == 1 && m_paragraph.first().contains(u'|')
            && isTableDelimiterRow(text, int(tableCells(m_paragraph.first()).size()))) {
            m_table = Block();
            m_table.kind = Block::Kind::Table;
            m_table.rows.append(tableCells(m_paragraph.first()));
            m_paragraph.clear();
            m_paragraphOpen = false;
            m_tableOpen = true;
            return;
        }
    }
    if (m_tableOpen) {
        if (text.contains(u'|')) {
            m_table.rows.append(tableCells(text));
            return;
        }
        closeTable();
    }

    ListMarker marker;
    bool isMarker = relative < 4 && !isThematicBreak(text) && listMarker(text, indent, &marker);
    // Only a list that begins with 1 and has content may interrupt a paragraph, so that a
    // wrapped line starting "2019. The" stays prose.
    if (isMarker && m_paragraphOpen && m_lists.empty()
        && ((marker.ordered && marker.number != 1) || marker.content.trimmed().isEmpty()))
        isMarker = false;

    if (!isMarker && m_paragraphOpen) {
        QChar fc;
        int fl = 0, level = 0;
        QString ignored;
        const bool interrupts =
            relative < 4
            && (isThematicBreak(text) || atxHeading(text, &level, &ignored)
                || fenceStart(text, &fc, &fl) || text.startsWith(QLatin1String("<!--")));
        if (!interrupts) { // a continuation line, lazy or not
            m_paragraph.append(text);
            return;
        }
    }

    if (isMarker) {
        closeLeaves();
        while (!m_lists.empty() && m_lists.back().contentIndent > indent)
            m_lists.pop_back();
        m_lists.push_back({marker.contentIndent});
        m_pendingTight = !m_blankBefore && !m_blocks.empty() && m_blocks.back().listItem;
        m_pendingItem = true;
        m_pendingPrefix = QString(2 * qsizetype(m_lists.size() - 1), u' ')
                          + (marker.ordered ? marker.text : QStringLiteral("•")) + u' ';
        if (!marker.content.isEmpty()) {
            const QString inner = marker.content;
            const int innerIndent = leadingSpaces(inner);
            if (innerIndent >= 4) { // "-     code": the item starts with indented code
                m_code.append(inner.mid(4));
                return;
            }
            leaf(inner.mid(innerIndent), marker.contentIndent + innerIndent);
        }
        return;
    }

    m_lists.resize(keep);
    if (relative >= 4) {
        closeParagraph();
        closeTable();
        for (; m_codeBlankLines > 0; --m_codeBlankLines)
            m_code.append(QString());
        m_code.append(stripSpaces(rest, containerIndent + 4));
        return;
    }
    closeLeaves();
    leaf(text, indent);
}

// The first line of a block that is not a list item; earlier blocks are closed.
void MarkdownConverter::leaf(QString text, int indent)
{
    text = stripQuoteMarkers(text, nullptr); // "- > quote": the markers simply vanish
    if (isThematicBreak(text))
        return;
    int level = 0;
    QString heading;
    if (atxHeading(text, &level, &heading)) {
        Block b;
        b.kind = Block::Kind::Heading;
        b.level = level;
        b.source = heading;
        addBlock(b);
        return;
    }
    if (fenceStart(text, &m_fenceChar, &m_fenceLength)) {
        m_inFence = true;
        m_fenceIndent = indent;
        m_fenceQuoteDepth = m_quoteDepth;
        return;
    }
    if (text.startsWith(QLatin1String("<!--"))) {
        if (!text.mid(4).contains(QLatin1String("-->")))
            m_skipUntil = QStringLiteral("-->");
        return;
    }
    for (const char *tag : {"script", "style"}) {
        const QString open = u'<' + QLatin1String(tag);
        if (text.startsWith(open, Qt::CaseInsensitive)
            && (text.size() == open.size() || text[open.size()] == u'>'
                || text[open.size()] == u' ')) {
            const QString close = QLatin1String("</") + QLatin1String(tag) + u'>';
            if (!text.contains(close, Qt::CaseInsensitive))
                m_skipUntil = close;
            return;
        }
    }
    if (referenceDefinition(text))
        return;
    m_paragraph = QStringList{text};
    m_paragraphOpen = true;
}

void MarkdownConverter::fenceLine(const QString &raw)
{
    int depth = 0;
    const QString rest = expandIndentTabs(stripQuoteMarkers(raw, &depth, m_fenceQuoteDepth));
    if (depth < m_fenceQuoteDepth && !isBlank(rest)) { // the quote holding the fence ended
        m_inFence = false;
        closeCode();
        line(raw);
        return;
    }
    const int indent = leadingSpaces(rest);
    if (indent - m_fenceIndent < 4) {
        const QString t = rest.trimmed();
        int n = 0;
        while (n < t.size() && t[n] == m_fenceChar)
            ++n;
        if (n >= m_fenceLength && n == t.size()) {
            m_inFence = false;
            if (m_code.isEmpty())
                m_code.append(QString()); // an empty fence is still a (blank) block
            closeCode();
            return;
        }
    }
    m_code.append(stripSpaces(rest, m_fenceIndent));
}

// "[label]: destination 'title'" defines a link target and shows nothing.
bool MarkdownConverter::referenceDefinition(const QString &text)
{
    if (!text.startsWith(u'['))
        return false;
    qsizetype close = 1;
    while (close < text.size() && text[close] != u']') {
        if (text[close] == u'[')
            return false;
        close += text[close] == u'\\' ? 2 : 1;
    }
    if (close >= text.size() || close + 1 >= text.size() || text[close + 1] != u':')
        return false;
    const QString label = normalizedLinkLabel(QStringView(text).sliced(1, close - 1));
    if (label.isEmpty())
        return false;
    QString rest = text.mid(close + 2).trimmed();
    if (rest.isEmpty()) // the destination on the next line is rare; not supported
        return false;
    const qsizetype destEnd = rest.startsWith(u'<') ? rest.indexOf(u'>') + 1 : rest.indexOf(u' ');
    if (destEnd == 0)
        return false;
    const QString title = destEnd < 0 ? QString() : rest.mid(destEnd).trimmed();
    auto isTitle = [](const QString &t) {
        return t.size() >= 2
               && ((t.startsWith(u'"') && t.endsWith(u'"'))
                   || (t.startsWith(u'\'') && t.endsWith(u'\''))
                   || (t.startsWith(u'(') && t.endsWith(u')')));
    };
    if (!title.isEmpty() && !isTitle(title))
        return false;
    if (title.isEmpty() && m_index + 1 < m_lines.size()
        && isTitle(m_lines.at(m_index + 1).trimmed()))
        ++m_index; // the title on a line of its own
    m_references.insert(label);
    return true;
}

void MarkdownConverter::addBlock(Block block)
{
    if (m_pendingItem) {
        block.prefix = m_pendingPrefix;
        block.listItem = true;
        block.tight = m_pendingTight;
        m_pendingItem = false;
        m_pendingPrefix.clear();
    } else {
        block.listItem = !m_lists.empty();
        block.tight = false;
    }
    m_blocks.push_back(std::move(block));
}

void MarkdownConverter::closeParagraph()
{
    if (!m_paragraphOpen)
        return;
    m_paragraphOpen = false;
    // Lines join with a space, except after a hard break: two spaces or a backslash.
    QString source;
    for (qsizetype k = 0; k < m_paragraph.size(); ++k) {
        QString l = m_paragraph.at(k);
        if (k > 0)
            l = l.mid(leadingSpaces(l));
        const bool last = k + 1 == m_paragraph.size();
        bool hardBreak = false;
        if (!last) {
            int backslashes = 0;
            for (qsizetype j = l.size() - 1; j >= 0 && l[j] == u'\\'; --j)
                ++backslashes;
            if (l.endsWith(QLatin1String("  "))) {
                hardBreak = true;
            } else if (backslashes % 2 == 1) {
                l.chop(1);
                hardBreak = true;
            }
        }
        while (!l.isEmpty() && (l.back() == u' ' || l.back() == u'\t'))
            l.chop(1);
        source += l;
        if (!last)
            source += hardBreak ? u'\n' : u' ';
    }
    m_paragraph.clear();
    Block b;
    b.source = source;
    addBlock(b);
}

void MarkdownConverter::closeCode()
{
    if (m_code.isEmpty())
        return;
    while (m_code.size() > 1 && isBlank(m_code.last()))
        m_code.removeLast();
    Block b;
    b.kind = Block::Kind::Code;
    b.source = m_code.join(u'\n');
    m_code.clear();
    m_codeBlankLines = 0;
    addBlock(b);
}

void MarkdownConverter::closeTable()
{
    if (!m_tableOpen)
        return;
    m_tableOpen = false;
    addBlock(std::move(m_table));
    m_table = Block();
}

void MarkdownConverter::closeLeaves()
{
    closeParagraph();
    if (!m_inFence)
        closeCode();
    closeTable();
}

} // namespace

QString markdownToText(const QString &markdown, QString *title)
{
    return MarkdownConverter(markdown).run(title);
}

} // namespace demarche::textimport
