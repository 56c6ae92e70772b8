#include "core/import/markdowninline.h"

#include "core/import/htmlentities.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <vector>

namespace demarche::textimport::detail {

namespace {

bool isAsciiPunct(char16_t c)
{
    return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60)
           || (c >= 0x7B && c <= 0x7E);
}

bool isPunct(QChar c)
{
    return c.unicode() < 0x80 ? isAsciiPunct(c.unicode()) : (c.isPunct() || c.isSymbol());
}

bool isAsciiLetter(char16_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isAsciiAlnum(char16_t c)
{
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
}

bool isSpecial(char16_t c)
{
    switch (c) {
    case '\\':
    case '`':
    case '*':
    case '_':
    case '~':
    case '!':
    case '[':
    case ']':
    case '<':
    case '&':
        return true;
    default:
        return false;
    }
}

// CommonMark's inline algorithm, reduced to what plain text needs: delimiter runs and
// brackets are kept on stacks, and only decide which marker characters disappear.
class InlineRenderer final
{
public:
    InlineRenderer(QStringView s, const QSet<QString> &refs)
        : m_s(s)
        , m_n(s.size())
        , m_refs(refs)
    {}

    QString run();

private:
    enum class Type { Text, Delimiter, Bracket };
    struct Piece
    {
        Type type = Type::Text;
        QString text;
        char16_t ch = 0;
        int count = 0;    // delimiter characters still unmatched
        int original = 0; // length of the run as written
        bool canOpen = false;
        bool canClose = false;
        int prev = -1, next = -1; // the delimiter list, in order of appearance
    };
    struct Bracket
    {
        int piece;
        qsizetype textStart; // source index just after '['
        bool image;
        bool active;
    };

    void appendText(QStringView text);
    void appendText(QChar c) { appendText(QStringView(&c, 1)); }
    qsizetype codeSpan(qsizetype i);
    qsizetype delimiterRun(qsizetype i);
    qsizetype closeBracket(qsizetype i);
    qsizetype angleBracket(qsizetype i);
    qsizetype inlineLinkEnd(qsizetype open);
    qsizetype referenceEnd(qsizetype afterBracket, QStringView linkText);
    qsizetype findUnescaped(char16_t c, qsizetype from);
    qsizetype commentEnd(qsizetype from);
    qsizetype attributesEnd(qsizetype j, bool closing);
    void indexBacktickRuns();
    void processEmphasis(int bottom);
    void unlink(int k);

    QStringView m_s;
    qsizetype m_n;
    const QSet<QString> &m_refs;
    std::vector<Piece> m_pieces;
    std::vector<Bracket> m_brackets;
    int m_tail = -1; // last delimiter in the list

    // What keeps every scan linear in the paragraph, however its markup nests or fails
    // to close: each forward search is answered from what an earlier one found.
    struct Found
    {
        qsizetype from = -1; // searched from here ...
        qsizetype at = -1;   // ... and found here (-1: nowhere)
        bool answers(qsizetype start) const
        {
            return from >= 0 && start >= from && (at < 0 || start <= at);
        }
    };
    QHash<char16_t, Found> m_unescaped;
    Found m_commentEnd;
    QHash<int, std::vector<qsizetype>> m_backtickRuns; // run length -> starts, in order
    QHash<int, size_t> m_nextBacktickRun;              // run length -> first not passed
    bool m_backticksIndexed = false;
    QHash<qsizetype, qsizetype> m_attributesEnd; // after a quoted value -> where the tag stops
};

void InlineRenderer::appendText(QStringView text)
{
    if (m_pieces.empty() || m_pieces.back().type != Type::Text)
        m_pieces.push_back({});
    m_pieces.back().text.append(text);
}

QString InlineRenderer::run()
{
    qsizetype i = 0;
    while (i < m_n) {
        const char16_t c = m_s[i].unicode();
        if (!isSpecial(c)) {
            qsizetype j = i + 1;
            while (j < m_n && !isSpecial(m_s[j].unicode()))
                ++j;
            appendText(m_s.sliced(i, j - i));
            i = j;
            continue;
        }
        switch (c) {
        case '\\':
            if (i + 1 < m_n && isAsciiPunct(m_s[i + 1].unicode())) {
                appendText(m_s[i + 1]); // an escaped character is never markup
                i += 2;
            } else {
                appendText(m_s[i++]);
            }
            break;
        case '`':
            i = codeSpan(i);
            break;
        case '*':
        case '_':
        case '~':
            i = delimiterRun(i);
            break;
        case '!':
            if (i + 1 < m_n && m_s[i + 1] == u'[') {
                m_pieces.push_back({Type::Bracket, QStringLiteral("![")});
                m_brackets.push_back({int(m_pieces.size() - 1), i + 2, true, true});
                i += 2;
            } else {
                appendText(m_s[i++]);
            }
            break;
        case '[':
            m_pieces.push_back({Type::Bracket, QStringLiteral("[")});
            m_brackets.push_back({int(m_pieces.size() - 1), i + 1, false, true});
            ++i;
            break;
        case ']':
            i = closeBracket(i);
            break;
        case '<':
            i = angleBracket(i);
            break;
        case '&': {
            QString decoded;
            const qsizetype used = decodeEntityAt(m_s, i, decoded);
            appendText(used ? QStringView(decoded) : QStringView(u"&"));
            i += used ? used : 1;
            break;
        }
        default:
            appendText(m_s[i++]);
        }
    }
    processEmphasis(-1);

    QString out;
    out.reserve(m_n);
    for (const Piece &p : m_pieces)
        out.append(p.type == Type::Delimiter ? QString(p.count, QChar(p.ch)) : p.text);
    return out;
}

qsizetype InlineRenderer::codeSpan(qsizetype i)
{
    qsizetype runEnd = i;
    while (runEnd < m_n && m_s[runEnd] == u'`')
        ++runEnd;
    const int length = int(runEnd - i);
    // The closer is the next run of the same length (m_s[runEnd] is no backtick, so runs
    // after it are whole). Runs are indexed once: "`a``a```a...", with a search to the end
    // for each length, took time growing as the power 1.5 of the paragraph.
    if (!m_backticksIndexed)
        indexBacktickRuns();
    qsizetype at = -1;
    if (const auto runs = m_backtickRuns.constFind(length); runs != m_backtickRuns.cend()) {
        size_t &next = m_nextBacktickRun[length];
        while (next < runs->size() && (*runs)[next] < runEnd)
            ++next;
        if (next < runs->size())
            at = (*runs)[next];
    }
    if (at < 0) { // no closing run: the backticks are literal
        appendText(m_s.sliced(i, length));
        return runEnd;
    }
    QString code = m_s.sliced(runEnd, at - runEnd).toString();
    code.replace(u'\n', u' ');
    if (code.size() >= 2 && code.startsWith(u' ') && code.endsWith(u' ')
        && !code.trimmed().isEmpty())
        code = code.mid(1, code.size() - 2);
    appendText(code);
    return at + length;
}

void InlineRenderer::indexBacktickRuns()
{
    m_backticksIndexed = true;
    for (qsizetype at = m_s.indexOf(u'`'); at >= 0; at = m_s.indexOf(u'`', at)) {
        qsizetype end = at;
        while (end < m_n && m_s[end] == u'`')
            ++end;
        m_backtickRuns[int(std::min<qsizetype>(end - at, INT_MAX))].push_back(at);
        at = end;
    }
}

qsizetype InlineRenderer::delimiterRun(qsizetype i)
{
    const QChar ch = m_s[i];
    qsizetype end = i;
    while (end < m_n && m_s[end] == ch)
        ++end;
    const int count = int(end - i);
    // A single '~' is "approximately" far more often than strike-through.
    if (ch == u'~' && count != 2) {
        appendText(m_s.sliced(i, count));
        return end;
    }
    const QChar before = i > 0 ? m_s[i - 1] : QChar(u'\n');
    const QChar after = end < m_n ? m_s[end] : QChar(u'\n');
    const bool leftFlanking =
        !after.isSpace() && (!isPunct(after) || before.isSpace() || isPunct(before));
    const bool rightFlanking =
        !before.isSpace() && (!isPunct(before) || after.isSpace() || isPunct(after));
    Piece p{Type::Delimiter, {}, ch.unicode(), count, count};
    if (ch == u'_') { // no emphasis inside words: snake_case stays as written
        p.canOpen = leftFlanking && (!rightFlanking || isPunct(before));
        p.canClose = rightFlanking && (!leftFlanking || isPunct(after));
    } else {
        p.canOpen = leftFlanking;
        p.canClose = rightFlanking;
    }
    if (!p.canOpen && !p.canClose) { // "5 * 3"
        appendText(m_s.sliced(i, count));
        return end;
    }
    p.prev = m_tail;
    m_pieces.push_back(p);
    const int index = int(m_pieces.size() - 1);
    if (m_tail >= 0)
        m_pieces[m_tail].next = index;
    m_tail = index;
    return end;
}

void InlineRenderer::unlink(int k)
{
    Piece &p = m_pieces[k];
    if (p.prev >= 0)
        m_pieces[p.prev].next = p.next;
    if (p.next >= 0)
        m_pieces[p.next].prev = p.prev;
    if (m_tail == k)
        m_tail = p.prev;
    p.prev = p.next = -1;
}

// Matches closers with openers above `bottom` (a piece index), as CommonMark does;
// matched characters vanish, the others stay as text.
void InlineRenderer::processEmphasis(int bottom)
{
    int first = -1;
    for (int k = m_tail; k > bottom; k = m_pieces[k].prev)
        first = k;
    int openersBottom[3][3][2];
    for (auto &a : openersBottom)
        for (auto &b : a)
            b[0] = b[1] = bottom;

    int current = first;
    while (current >= 0) {
        Piece &closer = m_pieces[current];
        if (!closer.canClose) {
            current = closer.next;
            continue;
        }
        const int kind = closer.ch == '*' ? 0 : closer.ch == '_' ? 1 : 2;
        int &floor = openersBottom[kind][closer.original % 3][closer.canOpen ? 1 : 0];
        int opener = closer.prev;
        while (opener > bottom && opener > floor) {
            const Piece &o = m_pieces[opener];
            if (o.ch == closer.ch && o.canOpen) {
                const bool ruleOfThree = closer.ch != '~' && (o.canClose || closer.canOpen)
                                         && (o.original + closer.original) % 3 == 0
                                         && !(o.original % 3 == 0 && closer.original % 3 == 0);
                if (!ruleOfThree)
                    break;
            }
            opener = o.prev;
        }
        if (opener > bottom && opener > floor) {
            Piece &o = m_pieces[opener];
            const int used = (o.count >= 2 && closer.count >= 2) ? 2 : 1;
            o.count -= used;
            closer.count -= used;
            for (int k = o.next; k != current;) {
                const int next = m_pieces[k].next;
                unlink(k);
                k = next;
            }
            if (o.count == 0)
                unlink(opener);
            if (closer.count == 0) {
                const int next = closer.next;
                unlink(current);
                current = next;
            }
        } else {
            floor = closer.prev;
            const int next = closer.next;
            if (!closer.canOpen)
                unlink(current);
            current = next;
        }
    }
    while (m_tail > bottom)
        unlink(m_tail);
}

qsizetype InlineRenderer::closeBracket(qsizetype i)
{
    if (m_brackets.empty() || !m_brackets.back().active) {
        if (!m_brackets.empty())
            m_brackets.pop_back();
        appendText(u']');
        return i + 1;
    }
    const Bracket b = m_brackets.back();
    m_brackets.pop_back();
    const QStringView linkText = m_s.sliced(b.textStart, i - b.textStart);
    qsizetype end = -1;
    if (i + 1 < m_n && m_s[i + 1] == u'(')
        end = inlineLinkEnd(i + 1);
    if (end < 0)
        end = referenceEnd(i + 1, linkText);
    if (end < 0) {
        appendText(u']');
        return i + 1;
    }
    processEmphasis(b.piece);
    m_pieces[b.piece].text.clear();
    if (!b.image) { // links do not nest
        // Below an inactive link bracket all are inactive already: stopping there keeps
        // "[[[[... [a](b) [a](b) ..." linear.
        for (auto k = m_brackets.size(); k > 0; --k) {
            Bracket &outer = m_brackets[k - 1];
            if (outer.image)
                continue;
            if (!outer.active)
                break;
            outer.active = false;
        }
    }
    return end;
}

// The first `c` at or after `from` that no backslash escapes. Callers search from just
// after a quote or parenthesis, never from inside a backslash run, so the answer is the
// same for every start up to the one found, and is remembered.
qsizetype InlineRenderer::findUnescaped(char16_t c, qsizetype from)
{
    Found &found = m_unescaped[c];
    if (found.answers(from))
        return found.at;
    qsizetype at = -1;
    for (qsizetype j = from; j < m_n; ++j) {
        if (m_s[j] == u'\\') {
            ++j;
        } else if (m_s[j] == QChar(c)) {
            at = j;
            break;
        }
    }
    found = {from, at};
    return at;
}

qsizetype InlineRenderer::commentEnd(qsizetype from)
{
    if (!m_commentEnd.answers(from))
        m_commentEnd = {from, m_s.indexOf(u"-->", from)};
    return m_commentEnd.at;
}

// Where the attributes of a tag stop, from `j` just after its name: at '>' (the tag
// ends), at '<' or at the end (it is no tag). Quoted values of opening tags may hold both.
// After a quoted value the scan depends on nothing but the position, and a '<' inside a
// value begins another scan that soon falls into step with this one
// ("<a b=\"<a\" b=\"<a\" ..."), so where it stopped is remembered for each such point.
qsizetype InlineRenderer::attributesEnd(qsizetype j, bool closing)
{
    std::vector<qsizetype> resumed;
    while (j < m_n && m_s[j] != u'>' && m_s[j] != u'<') {
        if (!closing && (m_s[j] == u'"' || m_s[j] == u'\'') && j > 0 && m_s[j - 1] == u'=') {
            const qsizetype close = findUnescaped(m_s[j].unicode(), j + 1);
            if (close < 0)
                break;
            j = close + 1;
            if (const auto known = m_attributesEnd.constFind(j); known != m_attributesEnd.cend()) {
                j = *known;
                break;
            }
            resumed.push_back(j);
            continue;
        }
        ++j;
    }
    for (const qsizetype point : resumed)
        m_attributesEnd.insert(point, j);
    return j;
}

// "(destination "title")" starting at `open`; returns the index after ')' or -1.
qsizetype InlineRenderer::inlineLinkEnd(qsizetype open)
{
    qsizetype j = open + 1;
    auto skipSpace = [&] {
        while (j < m_n && m_s[j].isSpace())
            ++j;
    };
    skipSpace();
    if (j < m_n && m_s[j] == u'<') {
        const qsizetype close = m_s.indexOf(u'>', j);
        if (close < 0 || m_s.sliced(j, close - j).contains(u'\n'))
            return -1;
        j = close + 1;
    } else {
        int depth = 0;
        for (; j < m_n; ++j) {
            const QChar c = m_s[j];
            if (c.isSpace() || c.unicode() < 0x20)
                break;
            if (c == u'\\') {
                ++j;
            } else if (c == u'(') {
                if (++depth > 32) // cmark's limit; also keeps "[a]([a]([a](..." linear
                    return -1;
            } else if (c == u')') {
                if (depth == 0)
                    break;
                --depth;
            }
        }
        if (depth != 0)
            return -1;
    }
    skipSpace();
    if (j < m_n && (m_s[j] == u'"' || m_s[j] == u'\'' || m_s[j] == u'(')) {
        const char16_t closing = m_s[j] == u'(' ? u')' : m_s[j].unicode();
        const qsizetype close = findUnescaped(closing, j + 1);
        if (close < 0)
            return -1;
        j = close + 1;
        skipSpace();
    }
    return (j < m_n && m_s[j] == u')') ? j + 1 : -1;
}

// "[text][ref]", "[text][]" or "[text]" with a defined reference; returns the end or -1.
qsizetype InlineRenderer::referenceEnd(qsizetype afterBracket, QStringView linkText)
{
    if (afterBracket < m_n && m_s[afterBracket] == u'[') {
        const qsizetype close = m_s.indexOf(u']', afterBracket + 1);
        if (close >= 0 && close - afterBracket <= 1000) {
            const QStringView label = m_s.sliced(afterBracket + 1, close - afterBracket - 1);
            if (!label.contains(u'[')) {
                const QStringView key = label.trimmed().isEmpty() ? linkText : label;
                if (m_refs.contains(normalizedLinkLabel(key)))
                    return close + 1;
            }
        }
    }
    if (linkText.size() <= 1000 && m_refs.contains(normalizedLinkLabel(linkText)))
        return afterBracket;
    return -1;
}

// Autolinks keep their address; HTML tags and comments disappear; <br> breaks the line.
qsizetype InlineRenderer::angleBracket(qsizetype i)
{
    qsizetype j = i + 1;
    // Autolink: <scheme:address> or <name@host>.
    qsizetype k = j;
    while (k < m_n && !m_s[k].isSpace() && m_s[k] != u'<' && m_s[k] != u'>')
        ++k;
    if (k < m_n && m_s[k] == u'>' && k > j) {
        const QStringView inner = m_s.sliced(j, k - j);
        const qsizetype colon = inner.indexOf(u':');
        bool scheme = colon >= 2 && colon <= 32 && isAsciiLetter(inner[0].unicode());
        for (qsizetype c = 1; scheme && c < colon; ++c) {
            const char16_t u = inner[c].unicode();
            scheme = isAsciiAlnum(u) || u == '+' || u == '.' || u == '-';
        }
        const qsizetype at = inner.indexOf(u'@');
        if (scheme || (at > 0 && at < inner.size() - 1 && colon < 0)) {
            appendText(inner);
            return k + 1;
        }
    }
    if (m_s.sliced(i).startsWith(u"<!--")) {
        const qsizetype close = commentEnd(i + 4);
        if (close >= 0)
            return close + 3;
    } else {
        const bool closing = j < m_n && m_s[j] == u'/';
        if (closing)
            ++j;
        const qsizetype nameStart = j;
        if (j < m_n && isAsciiLetter(m_s[j].unicode())) {
            while (j < m_n && (isAsciiAlnum(m_s[j].unicode()) || m_s[j] == u'-'))
                ++j;
            const QStringView name = m_s.sliced(nameStart, j - nameStart);
            j = attributesEnd(j, closing);
            if (j < m_n && m_s[j] == u'>') {
                if (!closing && name.compare(u"br", Qt::CaseInsensitive) == 0)
                    appendText(u'\n');
                return j + 1;
            }
        }
    }
    appendText(u'<');
    return i + 1;
}

} // namespace

QString normalizedLinkLabel(QStringView label)
{
    return label.toString().simplified().toCaseFolded();
}

QString renderInline(QStringView source, const QSet<QString> &references)
{
    return InlineRenderer(source, references).run();
}

} // namespace demarche::textimport::detail
