#include "core/import/htmltext.h"

#include <QList>

#include <algorithm>
#include <cstring>
#include <gumbo.h>
#include <map>
#include <string>
#include <vector>

namespace demarche::textimport {

namespace {

enum TagFlag : unsigned {
    LineBlock = 1u << 0,      // begins and ends on a line of its own
    ParagraphBlock = 1u << 1, // separated from its neighbours by a blank line
    Hidden = 1u << 2,         // nothing inside is shown
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
    {"article", LineBlock},
    {"aside", LineBlock},
    {"blockquote", ParagraphBlock},
    {"br", LineBreak},
    {"caption", LineBlock},
    {"center", LineBlock},
    {"datalist", Hidden},
    {"dd", LineBlock},
    {"details", LineBlock},
    {"dialog", LineBlock},
    {"dir", List},
    {"div", LineBlock},
    {"dl", ParagraphBlock},
    {"dt", LineBlock},
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
    {"hr", ParagraphBlock},
    {"iframe", Hidden},
    {"legend", LineBlock},
    {"li", ListItem},
    {"listing", ParagraphBlock | Pre},
    {"main", LineBlock},
    {"math", Hidden},
    {"menu", List},
    {"nav", LineBlock},
    {"noembed", Hidden},
    {"noframes", Hidden},
    {"noscript", Hidden},
    {"object", Hidden},
    {"ol", List},
    {"p", ParagraphBlock},
    {"pre", ParagraphBlock | Pre},
    {"script", Hidden},
    {"search", LineBlock},
    {"section", LineBlock},
    {"select", Hidden},
    {"style", Hidden},
    {"summary", LineBlock},
    {"svg", Hidden},
    {"table", ParagraphBlock},
    {"td", Cell},
    {"template", Hidden},
    {"textarea", Hidden},
    {"th", Cell},
    {"title", Title},
    {"tr", Row},
    {"ul", List},
    {"xmp", Hidden},
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

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool nameIsOneOf(const std::string &name, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [&](const char *n) { return name == n; });
}

constexpr size_t MaxListIndent = 16;
constexpr char16_t NoBreakSpace = 0x00A0;
constexpr char16_t SoftHyphen = 0x00AD;

// gumbo's tree construction takes time growing with the square of the nesting depth (each
// start tag looks through the open elements) and frees the tree recursively, so a page of
// 200,000 nested <div>s would take minutes or overflow the stack. No page an analyst reads
// nests this deep: start tags beyond this depth, and their end tags, are left out before
// parsing, which keeps their text.
constexpr size_t MaxNesting = 512;

bool isTagSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Prepares a page for gumbo in one pass that follows HTML's tokenizer where it matters:
// - tags lose their attributes, which show nothing, but which gumbo compares with each
//   other (a tag with a million attributes, formatting elements that differ only in them)
//   in time growing with the square of their number;
// - start tags nested deeper than MaxNesting, and their end tags, are left out;
// - a tag cut off by the end of the page is left out, as the tokenizer would.
// Comments and the content of raw-text elements (script, style, title ...) are copied as
// they are. Void elements and those whose end tag may be omitted (p, li, td ...) do not
// count towards the depth: the next of their kind closes them. "<div/>" does: HTML opens a
// div all the same (only svg and math know self-closing tags, and hide what they hold).
class Preparer final
{
public:
    explicit Preparer(const QByteArray &html)
        : m_html(html)
        , m_s(html.constData())
        , m_n(html.size())
    {
        m_out.reserve(m_n);
    }
    QByteArray run();

private:
    struct Open
    {
        std::string name;
        bool special;          // HTML's "special" elements: other end tags do not close them
        bool boundary;         // ends the scope in which an end tag looks for its element
        qsizetype contentRoot; // foreignRoot() for what this element holds
    };

    qsizetype copiedMarkup(qsizetype i) const;
    qsizetype find(qsizetype from, const char *what) const;
    qsizetype findEndTag(qsizetype from, const std::string &name) const;
    qsizetype tagEnd(qsizetype j, bool *selfClosing) const;
    qsizetype afterAttributeValue(qsizetype j) const;
    void endTag(const std::string &name);
    bool startTag(const std::string &name);
    void closeElement(const std::string &tag);
    void popTo(qsizetype k);
    qsizetype foreignRoot() const;

    const QByteArray &m_html;
    const char *m_s;
    qsizetype m_n;
    QByteArray m_out;
    std::vector<Open> m_open;
    std::map<std::string, qsizetype> m_openCount, m_dropped;
};

bool isRawText(const std::string &tag)
{
    return nameIsOneOf(
        tag, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"});
}

// Whether an element stays open until its end tag: not void, not closed by the next of its
// kind, not raw text.
bool counts(const std::string &tag)
{
    return !isRawText(tag)
           && !nameIsOneOf(tag,
                           {"area",  "base",     "br",      "col",    "embed",    "hr",    "img",
                            "image", "input",    "keygen",  "link",   "meta",     "param", "source",
                            "track", "wbr",      "html",    "head",   "body",     "p",     "li",
                            "dt",    "dd",       "tr",      "td",     "th",       "thead", "tbody",
                            "tfoot", "colgroup", "caption", "option", "plaintext"});
}

// Start tags that leave svg or math content for HTML again (HTML's "breakout" list).
bool breaksOutOfForeignContent(const std::string &tag)
{
    return nameIsOneOf(tag, {"b",      "big",    "blockquote", "body",    "br",    "center", "code",
                             "dd",     "div",    "dl",         "dt",      "em",    "embed",  "h1",
                             "h2",     "h3",     "h4",         "h5",      "h6",    "head",   "hr",
                             "i",      "img",    "li",         "listing", "menu",  "meta",   "nobr",
                             "ol",     "p",      "pre",        "ruby",    "s",     "small",  "span",
                             "strong", "strike", "sub",        "sup",     "table", "tt",     "u",
                             "ul",     "var"});
}

// Elements inside svg or math whose content is HTML again.
bool isIntegrationPoint(const std::string &tag)
{
    return nameIsOneOf(
        tag, {"foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml"});
}

QByteArray Preparer::run()
{
    std::string name;
    qsizetype i = 0;
    while (i < m_n) {
        const void *lt = std::memchr(m_s + i, '<', size_t(m_n - i));
        const qsizetype at = lt ? static_cast<const char *>(lt) - m_s : m_n;
        m_out.append(m_s + i, at - i);
        i = at;
        if (i >= m_n)
            break;
        if (const qsizetype skipTo = copiedMarkup(i); skipTo >= 0) {
            m_out.append(m_s + i, skipTo - i);
            i = skipTo;
            continue;
        }
        const bool isEnd = i + 1 < m_n && m_s[i + 1] == '/';
        const qsizetype nameAt = i + (isEnd ? 2 : 1);
        if (nameAt >= m_n || !isAsciiLetter(m_s[nameAt])) { // "a < b": text
            m_out.append('<');
            ++i;
            continue;
        }
        qsizetype j = nameAt;
        name.clear();
        while (j < m_n && !isTagSpace(m_s[j]) && m_s[j] != '/' && m_s[j] != '>') {
            name.push_back(m_s[j] >= 'A' && m_s[j] <= 'Z' ? char(m_s[j] + 32) : m_s[j]);
            ++j;
        }
        bool selfClosing = false;
        const qsizetype gt = tagEnd(j, &selfClosing);
        if (gt < 0)
            break; // the rest of the page is one unfinished tag
        i = gt + 1;
        if (isEnd) {
            endTag(name);
            continue;
        }
        if (!startTag(name))
            continue;
        m_out.append('<').append(name.data(), qsizetype(name.size()));
        m_out.append(selfClosing ? "/>" : ">");
        if (name == "plaintext") { // the rest is text
            m_out.append(m_s + i, m_n - i);
            break;
        }
        if (isRawText(name)) { // "<title/>" opens a title all the same, outside svg
            const qsizetype end = findEndTag(i, name);
            m_out.append(m_s + i, end - i);
            i = end;
        }
    }
    return m_out;
}

// Comments, doctypes, processing instructions and "</>": where they end, or -1 if m_s[i]
// starts none of them.
qsizetype Preparer::copiedMarkup(qsizetype i) const
{
    const QByteArrayView rest(m_s + i, m_n - i);
    if (rest.startsWith("<!-->"))
        return i + 5;
    if (rest.startsWith("<!--->"))
        return i + 6;
    if (rest.startsWith("<!--"))
        return std::min(find(i + 4, "-->") + 3, m_n);
    if (rest.size() > 1 && (rest[1] == '!' || rest[1] == '?'))
        return std::min(find(i + 1, ">") + 1, m_n);
    if (rest.size() > 2 && rest[1] == '/' && !isAsciiLetter(rest[2]))
        return std::min(find(i + 1, ">") + 1, m_n); // "</>", "</ x>": ignored, or a comment
    return -1;
}

qsizetype Preparer::find(qsizetype from, const char *what) const
{
    const qsizetype at = m_html.indexOf(what, from);
    return at < 0 ? m_n : at;
}

// Where the end tag `</name` of a raw-text element starts, in any case; m_n if none.
qsizetype Preparer::findEndTag(qsizetype from, const std::string &name) const
{
    const auto len = qsizetype(name.size());
    while (from < m_n) {
        const void *lt = std::memchr(m_s + from, '<', size_t(m_n - from));
        if (!lt)
            return m_n;
        const qsizetype at = static_cast<const char *>(lt) - m_s;
        const qsizetype after = at + 2 + len;
        if (after <= m_n && m_s[at + 1] == '/'
            && qstrnicmp(m_s + at + 2, name.c_str(), size_t(len)) == 0
            && (after == m_n || isTagSpace(m_s[after]) || m_s[after] == '/' || m_s[after] == '>'))
            return at;
        from = at + 1;
    }
    return m_n;
}

// The '>' ending a tag whose attributes start at `j`, or -1; as the tokenizer reads them,
// a quote only opens a value after '='.
qsizetype Preparer::tagEnd(qsizetype j, bool *selfClosing) const
{
    *selfClosing = false;
    while (j < m_n) {
        const char c = m_s[j];
        if (c == '>')
            return j;
        ++j;
        if (c == '/') {
            *selfClosing = j < m_n && m_s[j] == '>';
            continue;
        }
        if (isTagSpace(c))
            continue;
        // An attribute name (a leading '=' belongs to it), then perhaps its value.
        while (j < m_n && !isTagSpace(m_s[j]) && m_s[j] != '/' && m_s[j] != '>' && m_s[j] != '=')
            ++j;
        while (j < m_n && isTagSpace(m_s[j]))
            ++j;
        if (j < m_n && m_s[j] == '=')
            j = afterAttributeValue(j + 1);
        if (j < 0)
            return -1;
    }
    return -1;
}

// After the value that starts (perhaps after spaces) at `j`; -1 if a quote never closes.
qsizetype Preparer::afterAttributeValue(qsizetype j) const
{
    while (j < m_n && isTagSpace(m_s[j]))
        ++j;
    if (j < m_n && (m_s[j] == '"' || m_s[j] == '\'')) {
        const void *close = std::memchr(m_s + j + 1, m_s[j], size_t(m_n - j - 1));
        return close ? static_cast<const char *>(close) - m_s + 1 : -1;
    }
    while (j < m_n && !isTagSpace(m_s[j]) && m_s[j] != '>')
        ++j;
    return j;
}

void Preparer::endTag(const std::string &name)
{
    if (auto d = m_dropped.find(name); d != m_dropped.end() && d->second > 0) {
        --d->second;
        return;
    }
    if (auto c = m_openCount.find(name); c != m_openCount.end() && c->second > 0)
        closeElement(name);
    else if (counts(name))
        return; // closes nothing: the parser would look through all open elements for it
    m_out.append("</").append(name.data(), qsizetype(name.size())).append('>');
}

// Where the svg or math element that the innermost open elements are content of starts in
// m_open (the outermost of a run of them), or -1 when they are HTML.
qsizetype Preparer::foreignRoot() const
{
    return m_open.empty() ? -1 : m_open.back().contentRoot;
}

// Whether the start tag stays.
bool Preparer::startTag(const std::string &name)
{
    // In svg and math no tag is void or closes its kind: every one nests (a run of "<td>"
    // would nest without end), until a tag of HTML's breakout list leaves that content.
    bool nests = counts(name);
    if (const qsizetype root = foreignRoot(); root >= 0) {
        if (breaksOutOfForeignContent(name))
            popTo(root);
        else
            nests = !isRawText(name);
    }
    if (!nests)
        return true;
    if (m_open.size() >= MaxNesting) {
        ++m_dropped[name];
        return false;
    }
    const bool boundary =
        nameIsOneOf(name, {"applet", "marquee", "object", "table", "template", "desc",
                           "foreignobject", "mi", "mo", "mn", "ms", "mtext", "annotation-xml"});
    const bool special =
        boundary
        || nameIsOneOf(name,
                       {"address",    "article", "aside",  "blockquote", "button",   "center",
                        "details",    "dialog",  "dir",    "div",        "dl",       "fieldset",
                        "figcaption", "figure",  "footer", "form",       "frameset", "h1",
                        "h2",         "h3",      "h4",     "h5",         "h6",       "header",
                        "hgroup",     "listing", "main",   "menu",       "nav",      "noscript",
                        "ol",         "pre",     "search", "section",    "select",   "summary",
                        "ul"});
    const qsizetype parentRoot = foreignRoot();
    qsizetype contentRoot = parentRoot;
    if (name == "svg" || name == "math")
        contentRoot = parentRoot >= 0 ? parentRoot : qsizetype(m_open.size());
    else if (isIntegrationPoint(name))
        contentRoot = -1;
    m_open.push_back({name, special, boundary, contentRoot});
    ++m_openCount[name];
    return true;
}

// What an end tag does to the open elements, as HTML's tree construction would, or closer
// to nothing when unsure: counting too few open elements would let the real depth grow
// unbounded ("<span><div></span>" closes nothing).
void Preparer::closeElement(const std::string &tag)
{
    auto k = qsizetype(m_open.size()) - 1;
    if (nameIsOneOf(tag, {"address",  "applet",     "article", "aside",   "blockquote", "button",
                          "center",   "details",    "dialog",  "dir",     "div",        "dl",
                          "fieldset", "figcaption", "figure",  "footer",  "h1",         "h2",
                          "h3",       "h4",         "h5",      "h6",      "header",     "hgroup",
                          "listing",  "main",       "marquee", "menu",    "nav",        "object",
                          "ol",       "pre",        "search",  "section", "summary",    "ul"})) {
        // Closes everything up to it, when in scope.
        for (; k >= 0 && m_open[size_t(k)].name != tag; --k)
            if (m_open[size_t(k)].boundary)
                return;
        popTo(k);
        return;
    }
    const bool formatting = tag == "form"
                            || nameIsOneOf(tag, {"a", "b", "big", "code", "em", "font", "i", "nobr",
                                                 "s", "small", "strike", "strong", "tt", "u"});
    bool specialAbove = false;
    for (; k >= 0 && m_open[size_t(k)].name != tag; --k) {
        if (m_open[size_t(k)].boundary || (m_open[size_t(k)].special && !formatting))
            return; // ignored
        specialAbove = specialAbove || m_open[size_t(k)].special;
    }
    if (k < 0)
        return;
    if (specialAbove || tag == "form") { // the element alone closes
        --m_openCount[tag];
        m_open.erase(m_open.begin() + k);
        return;
    }
    popTo(k);
}

void Preparer::popTo(qsizetype k)
{
    while (qsizetype(m_open.size()) > k) {
        --m_openCount[m_open.back().name];
        m_open.pop_back();
    }
}

// A parse tree, freed however it ends.
class Parsed final
{
public:
    Parsed(const QByteArray &utf8, GumboTag context)
        : m_utf8(utf8)
    {
        m_options = kGumboDefaultOptions;
        m_options.max_errors = 0; // error records copy the open elements: quadratic
        m_options.fragment_context = context;
        m_output = gumbo_parse_with_options(&m_options, m_utf8.constData(), size_t(m_utf8.size()));
    }
    ~Parsed() { gumbo_destroy_output(&m_options, m_output); }
    Parsed(const Parsed &) = delete;
    Parsed &operator=(const Parsed &) = delete;

    const GumboNode *root() const { return m_output->root; }

private:
    QByteArray m_utf8; // gumbo points into it
    GumboOptions m_options;
    GumboOutput *m_output;
};

// Walks gumbo's tree with a stack of its own (no recursion, whatever the depth) and lays
// the visible text out. Layout is decided lazily: block boundaries only *request* a line
// break, tabs or a space, and the request is written out just before the next visible
// character, so empty elements and runs of white space leave nothing behind.
class HtmlConverter final
{
public:
    QString run(const GumboNode *root, QString *title);

private:
    void openElement(const char *name, unsigned flags);
    void closeElement(unsigned flags);
    void captureTitle(const GumboNode *title);

    void text(QChar c);
    void textRun(QStringView run);
    void flushPending(bool allowSpace);
    void emitBreaks();
    void requestBreak(int lines);

    QString m_out;
    QString m_title;
    bool m_haveTitle = false;

    int m_pendingBreak = 0;
    int m_pendingTabs = 0;
    bool m_pendingSpace = false;
    QString m_pendingPrefix;
    int m_preDepth = 0;
    int m_cellsInRow = 0;
    std::vector<int> m_lists; // next number of each open list; 0 for bullets
};

const GumboVector *childrenOf(const GumboNode *node)
{
    switch (node->type) {
    case GUMBO_NODE_DOCUMENT:
        return &node->v.document.children;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        return &node->v.element.children;
    default:
        return nullptr;
    }
}

// The name of an element gumbo does not know, from its start tag: gumbo 0.10 does not know
// <dialog> or <search>, later versions do, and both should lay them out alike.
const char *originalTagName(GumboStringPiece tag, char (&name)[16])
{
    name[0] = '\0';
    if (tag.length == 0 || !tag.data)
        return name;
    gumbo_tag_from_original_text(&tag);
    if (tag.length >= sizeof name)
        return name;
    for (size_t k = 0; k < tag.length; ++k) {
        const char c = tag.data[k];
        name[k] = c >= 'A' && c <= 'Z' ? char(c + 32) : c;
    }
    name[tag.length] = '\0';
    return name;
}

QString HtmlConverter::run(const GumboNode *root, QString *title)
{
    struct Open
    {
        const GumboNode *node;
        unsigned next; // the next child to visit
        unsigned flags;
    };
    std::vector<Open> stack;
    stack.push_back({root, 0, 0});
    while (!stack.empty()) {
        Open &top = stack.back();
        const GumboVector *children = childrenOf(top.node);
        if (!children || top.next >= children->length) {
            if (top.node->type != GUMBO_NODE_DOCUMENT)
                closeElement(top.flags);
            stack.pop_back();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children->data[top.next++]);
        switch (child->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
            textRun(QString::fromUtf8(child->v.text.text));
            break;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
            // Only HTML's own elements lay text out; svg and math are hidden themselves.
            const bool html = child->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
            char unknown[16];
            const char *name = child->v.element.tag == GUMBO_TAG_UNKNOWN
                                   ? originalTagName(child->v.element.original_tag, unknown)
                                   : gumbo_normalized_tagname(child->v.element.tag);
            const unsigned flags = tagFlags(name);
            if (flags & Title) {
                if (html && !m_haveTitle)
                    captureTitle(child);
                break;
            }
            if (flags & Hidden)
                break;
            const unsigned layout = html ? flags : 0;
            openElement(name, layout);
            stack.push_back({child, 0, layout});
            break;
        }
        default: // comments, CDATA sections (foreign content only), the doctype
            break;
        }
    }
    if (title)
        *title = m_title;
    return m_out;
}

void HtmlConverter::captureTitle(const GumboNode *title)
{
    QString text;
    const GumboVector &children = title->v.element.children;
    for (unsigned k = 0; k < children.length; ++k) {
        const auto *child = static_cast<const GumboNode *>(children.data[k]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE)
            text += QString::fromUtf8(child->v.text.text);
    }
    text.remove(SoftHyphen);
    m_title = text.simplified();
    m_haveTitle = true;
}

void HtmlConverter::openElement(const char *name, unsigned flags)
{
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
    if (flags & Pre)
        ++m_preDepth; // gumbo already dropped the newline right after <pre>
}

void HtmlConverter::closeElement(unsigned flags)
{
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
    char16_t u = c.unicode();
    if (u == 0 || u == SoftHyphen)
        return;
    if (u == NoBreakSpace)
        u = ' ';
    if (m_preDepth > 0) {
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

// A text node, word by word rather than character by character.
void HtmlConverter::textRun(QStringView run)
{
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
    const Parsed parsed(Preparer(html.toUtf8()).run(), GUMBO_TAG_LAST);
    HtmlConverter converter;
    const QString text = converter.run(parsed.root(), title).trimmed();
    return text.isNull() ? QString(QLatin1String("")) : text; // empty, as for any input
}

QString decodeHtmlEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    // A <textarea>'s content is text with character references and no tags: parsed as
    // one, the text comes back with every reference the HTML standard knows decoded.
    const Parsed parsed(text.toUtf8(), GUMBO_TAG_TEXTAREA);
    QString out;
    const GumboVector &children = parsed.root()->v.element.children;
    for (unsigned k = 0; k < children.length; ++k) {
        const auto *child = static_cast<const GumboNode *>(children.data[k]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE)
            out += QString::fromUtf8(child->v.text.text);
    }
    out.remove(SoftHyphen);
    return out;
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
