#include "core/import/htmltext.h"

#include "core/import/htmlentities.h"

#include <QList>

#include <algorithm>
#include <cstring>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace demarche::textimport {

namespace {

enum TagFlag : unsigned {
    LineBlock = 1u << 0,      // begins and ends on a line of its own
    ParagraphBlock = 1u << 1, // separated from its neighbours by a blank line
    Hidden = 1u << 2,         // nothing inside is shown
    RawText = 1u << 3,        // content is not markup: skip straight to the end tag
    Void = 1u << 4,           // has no content and no end tag
    List = 1u << 5,
    ListItem = 1u << 6,
    Row = 1u << 7,
    Cell = 1u << 8,
    Pre = 1u << 9,
    LineBreak = 1u << 10,
    Title = 1u << 11,
};

struct TagInfo
{
    const char *name;
    unsigned flags;
};

// Elements that change the layout or hide content; every other tag is inline and simply
// disappears. Kept sorted by name for the binary search.
constexpr TagInfo Tags[] = {
    {"address", LineBlock},
    {"area", Void},
    {"article", LineBlock},
    {"aside", LineBlock},
    {"base", Void},
    {"blockquote", ParagraphBlock},
    {"br", Void | LineBreak},
    {"caption", LineBlock},
    {"center", LineBlock},
    {"col", Void},
    {"datalist", Hidden},
    {"dd", LineBlock},
    {"details", LineBlock},
    {"dialog", LineBlock},
    {"dir", List},
    {"div", LineBlock},
    {"dl", ParagraphBlock},
    {"dt", LineBlock},
    {"embed", Void},
    {"fieldset", LineBlock},
    {"figcaption", LineBlock},
    {"figure", ParagraphBlock},
    {"footer", LineBlock},
    {"form", LineBlock},
    {"h1", ParagraphBlock},
    {"h2", ParagraphBlock},
    {"h3", ParagraphBlock},
    {"h4", ParagraphBlock},
    {"h5", ParagraphBlock},
    {"h6", ParagraphBlock},
    {"header", LineBlock},
    {"hgroup", LineBlock},
    {"hr", ParagraphBlock | Void},
    {"iframe", Hidden | RawText},
    {"img", Void},
    {"input", Void},
    {"legend", LineBlock},
    {"li", ListItem},
    {"link", Void},
    {"listing", ParagraphBlock | Pre},
    {"main", LineBlock},
    {"math", Hidden},
    {"menu", List},
    {"meta", Void},
    {"nav", LineBlock},
    {"noembed", Hidden | RawText},
    {"noframes", Hidden | RawText},
    {"noscript", Hidden | RawText},
    {"object", Hidden},
    {"ol", List},
    {"p", ParagraphBlock},
    {"param", Void},
    {"pre", ParagraphBlock | Pre},
    {"script", Hidden | RawText},
    {"section", LineBlock},
    {"select", Hidden},
    {"source", Void},
    {"style", Hidden | RawText},
    {"summary", LineBlock},
    {"svg", Hidden},
    {"table", ParagraphBlock},
    {"td", Cell},
    {"template", Hidden},
    {"textarea", Hidden | RawText},
    {"th", Cell},
    {"title", RawText | Title},
    {"tr", Row},
    {"track", Void},
    {"ul", List},
    {"wbr", Void},
    {"xmp", Hidden | RawText},
};

unsigned tagFlags(const char *name)
{
    Q_ASSERT(
        std::is_sorted(std::begin(Tags), std::end(Tags), [](const TagInfo &a, const TagInfo &b) {
            return std::strcmp(a.name, b.name) < 0;
        }));
    const auto *end = std::end(Tags);
    const auto *it =
        std::lower_bound(std::begin(Tags), end, name, [](const TagInfo &t, const char *n) {
            return std::strcmp(t.name, n) < 0;
        });
    return (it != end && std::strcmp(it->name, name) == 0) ? it->flags : 0;
}

bool isHtmlSpace(char16_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isAsciiLetter(char16_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

constexpr size_t MaxListIndent = 16;
constexpr char16_t NoBreakSpace = 0x00A0;
constexpr char16_t SoftHyphen = 0x00AD;

// One pass over the markup. Layout is decided lazily: block boundaries only *request* a
// line break, tabs or a space, and the request is written out just before the next
// visible character, so empty elements and runs of white space leave nothing behind.
class HtmlConverter final
{
public:
    explicit HtmlConverter(QStringView html)
        : m_s(html)
        , m_n(html.size())
    {
        m_out.reserve(m_n / 2);
    }

    QString run(QString *title);

private:
    qsizetype markup(qsizetype i);
    qsizetype startTag(qsizetype i);
    qsizetype endTag(qsizetype i);
    qsizetype skipRawText(qsizetype from, const char *name, bool keepAsTitle);
    void openElement(const char *name, unsigned flags);
    void closeElement(const char *name, unsigned flags);

    void text(QChar c);
    void textRun(QStringView run);
    void flushPending(bool allowSpace);
    void emitBreaks();
    void requestBreak(int lines);

    // How the attributes of a start tag end: at a '>' (index `at`), at a quoted value
    // that never closes, or at the end of the page.
    struct Attributes
    {
        enum class End { Gt, OpenQuote, Page };
        End end = End::Page;
        qsizetype at = -1;
        bool selfClosing = false;
    };
    Attributes attributes(qsizetype j);
    qsizetype nextGt(qsizetype from);
    qsizetype nextQuote(char16_t quote, qsizetype from);
    bool visible() const { return m_hidden.empty(); }
    void hide(const char *name);

    QStringView m_s;
    qsizetype m_n;
    QString m_out;
    QString m_title;
    bool m_haveTitle = false;

    int m_pendingBreak = 0;
    int m_pendingTabs = 0;
    bool m_pendingSpace = false;
    QString m_pendingPrefix;
    int m_preDepth = 0;
    bool m_skipPreNewline = false;
    int m_cellsInRow = 0;
    std::vector<int> m_lists;          // next number of each open list; 0 for bullets
    std::vector<std::string> m_hidden; // open elements whose content is not shown
    // How often each name is in m_hidden: an end tag of any other name is ignored at once
    // instead of after a look through all of them ("<svg><svg>... </b></b>...").
    std::map<std::string, qsizetype> m_hiddenCount;

    // Search caches: a failed or far-reaching search is not repeated for every later tag,
    // which keeps pathological input ("<a <a <a ...", unclosed quotes) linear.
    qsizetype m_gtFrom = -1, m_gt = -1;
    qsizetype m_quoteFrom[2] = {-1, -1}; // searched from here ...
    qsizetype m_quoteAt[2] = {-1, -1};   // ... and found here (-1: nowhere)
    // After a quoted value, how the tag's attributes end depends on the position only; a
    // '<' inside a value begins another tag that soon falls into step with the first
    // ("<a b=\"<a c='>'\" b=\"<a c='>'\" ..."), so the outcome is kept for each such point.
    std::unordered_map<qsizetype, Attributes> m_attributesFrom;
};

qsizetype HtmlConverter::nextGt(qsizetype from)
{
    if (m_gtFrom < 0 || from < m_gtFrom || (m_gt >= 0 && m_gt < from)) {
        m_gtFrom = from;
        m_gt = m_s.indexOf(u'>', from);
    }
    return m_gt;
}

// The next `quote` from `from`: the same for every start up to where it was found.
qsizetype HtmlConverter::nextQuote(char16_t quote, qsizetype from)
{
    const int k = quote == '"' ? 0 : 1;
    if (m_quoteFrom[k] < 0 || from < m_quoteFrom[k] || (m_quoteAt[k] >= 0 && from > m_quoteAt[k])) {
        m_quoteFrom[k] = from;
        m_quoteAt[k] = m_s.indexOf(QChar(quote), from);
    }
    return m_quoteAt[k];
}

QString HtmlConverter::run(QString *title)
{
    qsizetype i = 0;
    while (i < m_n) {
        const QChar c = m_s[i];
        if (c == u'<') {
            i = markup(i);
        } else if (c == u'&') {
            QString decoded;
            const qsizetype used = detail::decodeEntityAt(m_s, i, decoded);
            if (used == 0) {
                text(c);
                ++i;
            } else {
                for (const QChar d : std::as_const(decoded))
                    text(d);
                i += used;
            }
        } else {
            qsizetype end = i + 1;
            while (end < m_n && m_s[end] != u'<' && m_s[end] != u'&')
                ++end;
            textRun(m_s.sliced(i, end - i));
            i = end;
        }
    }
    if (title)
        *title = m_title;
    return m_out;
}

// s[i] == '<'. Returns where to continue.
qsizetype HtmlConverter::markup(qsizetype i)
{
    const QStringView rest = m_s.sliced(i);
    if (rest.startsWith(u"<!--")) {
        // "<!-->" and "<!--->" are complete (empty) comments, as in browsers.
        if (rest.sliced(4).startsWith(u'>'))
            return i + 5;
        if (rest.sliced(4).startsWith(u"->"))
            return i + 6;
        const qsizetype end = m_s.indexOf(u"-->", i + 4);
        return end < 0 ? m_n : end + 3;
    }
    if (rest.startsWith(u"<![CDATA[")) {
        const qsizetype end = m_s.indexOf(u"]]>", i + 9);
        return end < 0 ? m_n : end + 3;
    }
    const char16_t next = rest.size() > 1 ? rest[1].unicode() : 0;
    if (next == '!' || next == '?') { // doctype, processing instruction, bogus comment
        const qsizetype gt = nextGt(i);
        if (gt >= 0)
            return gt + 1;
    } else if (next == '/') {
        if (rest.size() > 2 && rest[2] == u'>') // "</>" is ignored by browsers too
            return i + 3;
        if (rest.size() > 2 && isAsciiLetter(rest[2].unicode()))
            return endTag(i);
    } else if (isAsciiLetter(next)) {
        return startTag(i);
    }
    text(u'<'); // a stray '<', as in "a < b": it is text
    return i + 1;
}

// Reads a tag name at `from` into `name` (lower case; empty if too long to be one we
// know). Returns the position after the name.
qsizetype readTagName(QStringView s, qsizetype from, char (&name)[16])
{
    qsizetype j = from;
    int len = 0;
    bool tooLong = false;
    while (j < s.size()) {
        const char16_t c = s[j].unicode();
        if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_'))
            break;
        if (len < 15)
            name[len++] = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
        else
            tooLong = true;
        ++j;
    }
    name[tooLong ? 0 : len] = '\0';
    return j;
}

qsizetype HtmlConverter::startTag(qsizetype i)
{
    if (nextGt(i) < 0) { // no tag can end: the rest is text
        text(u'<');
        return i + 1;
    }
    char name[16];
    const qsizetype nameEnd = readTagName(m_s, i + 1, name);
    const Attributes attrs = attributes(nameEnd);
    bool selfClosing = attrs.selfClosing;
    qsizetype end = -1;
    switch (attrs.end) {
    case Attributes::End::Gt:
        end = attrs.at + 1;
        break;
    case Attributes::End::OpenQuote: // end the tag at the first '>' instead
        end = nextGt(nameEnd) + 1;
        selfClosing = false;
        break;
    case Attributes::End::Page:
        text(u'<');
        return i + 1;
    }

    const unsigned flags = tagFlags(name);
    if ((flags & RawText) && !selfClosing)
        return skipRawText(end, name, (flags & Title) && visible() && !m_haveTitle);
    if ((flags & Hidden) && !selfClosing) {
        hide(name);
        return end;
    }
    if (visible())
        openElement(name, flags);
    return end;
}

// Attributes from `j` on: a '>' inside a quoted value does not end the tag.
HtmlConverter::Attributes HtmlConverter::attributes(qsizetype j)
{
    std::vector<qsizetype> resumed; // just after a quoted value
    Attributes result;
    while (j < m_n) {
        const char16_t c = m_s[j].unicode();
        if (c == '>') {
            result.end = Attributes::End::Gt;
            result.at = j;
            break;
        }
        if (c == '/') {
            result.selfClosing = true;
            ++j;
            continue;
        }
        if (!isHtmlSpace(c))
            result.selfClosing = false;
        if (c == '=') {
            ++j;
            while (j < m_n && isHtmlSpace(m_s[j].unicode()))
                ++j;
            if (j < m_n && (m_s[j] == u'"' || m_s[j] == u'\'')) {
                const qsizetype close = nextQuote(m_s[j].unicode(), j + 1);
                if (close < 0) {
                    result.end = Attributes::End::OpenQuote;
                    result.selfClosing = false;
                    break;
                }
                j = close + 1;
                if (const auto known = m_attributesFrom.find(j); known != m_attributesFrom.end()) {
                    result = known->second;
                    break;
                }
                resumed.push_back(j);
            }
            continue;
        }
        ++j;
    }
    for (const qsizetype point : resumed)
        m_attributesFrom.emplace(point, result);
    return result;
}

void HtmlConverter::hide(const char *name)
{
    m_hidden.emplace_back(name);
    ++m_hiddenCount[m_hidden.back()];
}

qsizetype HtmlConverter::endTag(qsizetype i)
{
    const qsizetype gt = nextGt(i);
    if (gt < 0) {
        text(u'<');
        return i + 1;
    }
    char name[16];
    readTagName(m_s, i + 2, name);
    const unsigned flags = tagFlags(name);
    if (!m_hidden.empty()) {
        // Close the innermost matching hidden element, and any left open inside it.
        if (const auto count = m_hiddenCount.find(name);
            count != m_hiddenCount.end() && count->second > 0) {
            while (m_hidden.back() != name) {
                --m_hiddenCount[m_hidden.back()];
                m_hidden.pop_back();
            }
            --count->second;
            m_hidden.pop_back();
        }
    } else {
        closeElement(name, flags);
    }
    return gt + 1;
}

// Skips the content of script, style, title ... up to its end tag; the title's text is
// kept when asked. Without an end tag, the rest of the page is that content.
qsizetype HtmlConverter::skipRawText(qsizetype from, const char *name, bool keepAsTitle)
{
    const QString closing = QLatin1String("</") + QLatin1String(name);
    qsizetype at = from;
    qsizetype contentEnd = m_n;
    qsizetype resume = m_n;
    while ((at = m_s.indexOf(closing, at, Qt::CaseInsensitive)) >= 0) {
        const qsizetype after = at + closing.size();
        if (after >= m_n || isHtmlSpace(m_s[after].unicode()) || m_s[after] == u'>'
            || m_s[after] == u'/') {
            contentEnd = at;
            const qsizetype gt = m_s.indexOf(u'>', after);
            resume = gt < 0 ? m_n : gt + 1;
            break;
        }
        at = after;
    }
    if (keepAsTitle) {
        m_title = decodeHtmlEntities(m_s.sliced(from, contentEnd - from).toString()).simplified();
        m_haveTitle = true;
    }
    return resume;
}

void HtmlConverter::openElement(const char *name, unsigned flags)
{
    Q_UNUSED(name)
    if (flags & LineBreak) {
        if (m_pendingBreak > 0)
            emitBreaks();
        m_pendingTabs = 0;
        m_pendingSpace = false;
        // After a paragraph's blank line, a <br> adds nothing a reader would notice.
        if (!m_out.endsWith(QLatin1String("\n\n")))
            m_out.append(u'\n');
    } else if (flags & List) {
        requestBreak(m_lists.empty() ? 2 : 1); // nested lists hug their item
        m_lists.push_back(std::strcmp(name, "ol") == 0 ? 1 : 0);
    } else if (flags & ListItem) {
        requestBreak(1);
        // Indentation stops growing at MaxListIndent levels: beyond that nobody reads it as
        // structure, and letting it grow made a page of nested lists produce text growing
        // with the square of its size.
        const auto depth = qsizetype(std::clamp<size_t>(m_lists.size(), 1, MaxListIndent));
        QString marker = QStringLiteral("• ");
        if (!m_lists.empty() && m_lists.back() > 0)
            marker = QString::number(m_lists.back()++) + QLatin1String(". ");
        m_pendingPrefix = QString(2 * (depth - 1), u' ') + marker;
    } else if (flags & Row) {
        requestBreak(1);
        m_cellsInRow = 0;
    } else if (flags & Cell) {
        if (m_cellsInRow++ > 0)
            ++m_pendingTabs;
    } else if (flags & (ParagraphBlock | LineBlock)) {
        requestBreak((flags & ParagraphBlock) ? 2 : 1);
    }
    if (flags & Pre) {
        ++m_preDepth;
        m_skipPreNewline = true; // HTML ignores the newline right after <pre>
    }
}

void HtmlConverter::closeElement(const char *name, unsigned flags)
{
    Q_UNUSED(name)
    if (flags & List) {
        if (!m_lists.empty())
            m_lists.pop_back();
        requestBreak(m_lists.empty() ? 2 : 1);
    } else if (flags & (ListItem | Row)) {
        requestBreak(1);
    } else if (flags & (ParagraphBlock | LineBlock)) {
        requestBreak((flags & ParagraphBlock) ? 2 : 1);
    }
    if ((flags & Pre) && m_preDepth > 0)
        --m_preDepth;
}

void HtmlConverter::requestBreak(int lines)
{
    m_pendingBreak = std::max(m_pendingBreak, lines);
    m_pendingSpace = false;
    m_pendingTabs = 0; // empty trailing cells must not indent the next line
}

void HtmlConverter::emitBreaks()
{
    if (!m_out.isEmpty()) {
        int have = 0;
        for (qsizetype k = m_out.size() - 1; k >= 0 && have < 2 && m_out[k] == u'\n'; --k)
            ++have;
        for (; have < m_pendingBreak; ++have)
            m_out.append(u'\n');
    }
    m_pendingBreak = 0;
}

void HtmlConverter::flushPending(bool allowSpace)
{
    if (m_pendingBreak > 0) {
        emitBreaks();
        m_pendingSpace = false;
    }
    if (!m_pendingPrefix.isEmpty()) {
        m_out.append(m_pendingPrefix);
        m_pendingPrefix.clear();
        m_pendingSpace = false;
    }
    if (m_pendingTabs > 0) {
        m_out.append(QString(m_pendingTabs, u'\t'));
        m_pendingTabs = 0;
        m_pendingSpace = false;
    }
    if (m_pendingSpace) {
        if (allowSpace && !m_out.isEmpty() && !isHtmlSpace(m_out.back().unicode()))
            m_out.append(u' ');
        m_pendingSpace = false;
    }
}

void HtmlConverter::text(QChar c)
{
    if (!visible())
        return;
    char16_t u = c.unicode();
    if (u == 0 || u == SoftHyphen)
        return;
    if (u == NoBreakSpace)
        u = ' ';
    if (m_preDepth > 0) {
        const bool skip = m_skipPreNewline && u == '\n';
        m_skipPreNewline = false;
        if (skip)
            return;
        flushPending(false);
        m_out.append(QChar(u));
        return;
    }
    if (isHtmlSpace(u)) {
        m_pendingSpace = true;
        return;
    }
    flushPending(true);
    m_out.append(QChar(u));
}

// The common case, a run of text between tags, word by word rather than character by
// character.
void HtmlConverter::textRun(QStringView run)
{
    if (!visible())
        return;
    if (m_preDepth > 0) {
        for (const QChar c : run)
            text(c);
        return;
    }
    auto special = [](char16_t u) {
        return isHtmlSpace(u) || u == NoBreakSpace || u == 0 || u == SoftHyphen;
    };
    qsizetype k = 0;
    while (k < run.size()) {
        const char16_t u = run[k].unicode();
        if (special(u)) {
            text(run[k++]);
            continue;
        }
        qsizetype end = k + 1;
        while (end < run.size() && !special(run[end].unicode()))
            ++end;
        flushPending(true);
        m_out.append(run.sliced(k, end - k));
        k = end;
    }
}

} // namespace

QString htmlToText(const QString &html, QString *title)
{
    QString source = html;
    if (source.contains(u'\r')) {
        source.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        source.replace(u'\r', u'\n');
    }
    HtmlConverter converter(source);
    return converter.run(title).trimmed();
}

QByteArray declaredHtmlCharset(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(4096).toLower();
    qsizetype at = 0;
    while ((at = head.indexOf("<meta", at)) >= 0) {
        qsizetype end = head.indexOf('>', at);
        if (end < 0)
            end = head.size();
        const QByteArray tag = head.mid(at, end - at);
        at = end;
        // Covers both <meta charset="x"> and content="text/html; charset=x".
        qsizetype k = tag.indexOf("charset");
        if (k < 0)
            continue;
        k += 7;
        while (k < tag.size() && (tag.at(k) == ' ' || tag.at(k) == '\t'))
            ++k;
        if (k >= tag.size() || tag.at(k) != '=')
            continue;
        ++k;
        while (k < tag.size() && (tag.at(k) == ' ' || tag.at(k) == '"' || tag.at(k) == '\''))
            ++k;
        qsizetype e = k;
        while (e < tag.size()) {
            const char c = tag.at(e);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                  || c == '.' || c == ':'))
                break;
            ++e;
        }
        if (e > k)
            return tag.mid(k, e - k);
    }
    return {};
}

} // namespace demarche::textimport
