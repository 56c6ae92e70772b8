#include "core/exchange/qdpxtextmap.h"

#include "core/import/textimporter.h"
#include "core/text/nfc.h"

#include <algorithm>

namespace demarche {
namespace {

QStringView withoutBom(const QString &stored)
{
    QStringView view(stored);
    return view.startsWith(QChar(0xFEFF)) ? view.sliced(1) : view;
}

char32_t codePointAt(QStringView s, qsizetype i)
{
    const QChar c = s.at(i);
    if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(c, s.at(i + 1));
    return c.unicode();
}

// Each step below rebuilds one part of canonicalText() and says, for every boundary of
// its input, which boundary of its output it became (-1: inside a character). A character
// left out maps to where the next kept one lands, so a range keeps what it held.
using Map = std::vector<qint32>;

// CRLF and lone CR to LF; lone surrogates to U+FFFD; NUL and byte order marks left out.
QString lineEndsAndUnicode(QStringView s, Map &map)
{
    QString out;
    out.reserve(s.size());
    map.assign(size_t(s.size() + 1), 0);
    for (qsizetype i = 0; i < s.size(); ++i) {
        map[size_t(i)] = qint32(out.size());
        const QChar c = s.at(i);
        if (c == u'\r') {
            out.append(u'\n');
            if (i + 1 < s.size() && s.at(i + 1) == u'\n')
                map[size_t(++i)] = -1;
        } else if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(s.at(++i));
            map[size_t(i)] = -1;
        } else if (c.isSurrogate()) {
            out.append(QChar(QChar::ReplacementCharacter));
        } else if (c.unicode() != 0 && c.unicode() != 0xFEFF) {
            out.append(c);
        }
    }
    map[size_t(s.size())] = qint32(out.size());
    return out;
}

// NFC, piece by piece between the boundaries toNfc() cuts at: a piece NFC leaves as it
// is keeps its positions; inside one it changes, every position splits a character.
QString composed(const QString &s, Map &map)
{
    map.assign(size_t(s.size() + 1), 0);
    const QString whole = textimport::toNfc(s);
    if (whole == s) {
        for (qsizetype i = 0; i <= s.size(); ++i)
            map[size_t(i)] = qint32(i);
        return s;
    }
    QString out;
    out.reserve(s.size());
    qsizetype start = 0;
    while (start < s.size()) {
        qsizetype end = start + (s.at(start).isHighSurrogate() && start + 1 < s.size() ? 2 : 1);
        while (end < s.size()
               && (s.at(end).isLowSurrogate() || !textimport::isNfcBoundary(codePointAt(s, end))))
            ++end;
        map[size_t(start)] = qint32(out.size());
        if (end == start + 1 && s.at(start).unicode() < 0x300) { // NFC already
            out.append(s.at(start));
            start = end;
            continue;
        }
        const QStringView piece = QStringView(s).sliced(start, end - start);
        const QString normal = piece.toString().normalized(QString::NormalizationForm_C);
        const bool same = normal == piece;
        for (qsizetype i = start + 1; i < end; ++i)
            map[size_t(i)] = same ? qint32(out.size() + (i - start)) : -1;
        if (same && piece.size() == 2 && piece.at(0).isHighSurrogate())
            map[size_t(start + 1)] = -1;
        out.append(normal);
        start = end;
    }
    map[size_t(s.size())] = qint32(out.size());
    return out;
}

// Trailing blanks on each line left out, at most one blank line in a row, no blank space
// at either end: the kept characters, chosen as canonicalText() keeps them.
QString trimmedLines(const QString &s, Map &map)
{
    std::vector<bool> keep(size_t(s.size()), false);
    std::vector<qsizetype> held; // the line ends since the last line with text
    bool anyKept = false;
    qsizetype lineStart = 0;
    while (lineStart <= s.size()) {
        qsizetype lineEnd = s.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = s.size();
        qsizetype e = lineEnd;
        while (e > lineStart && (s.at(e - 1) == u' ' || s.at(e - 1) == u'\t'))
            --e;
        if (e > lineStart) {
            if (anyKept) {
                for (size_t k = 0; k < std::min<size_t>(held.size(), 2); ++k)
                    keep[size_t(held[k])] = true;
            }
            for (qsizetype i = lineStart; i < e; ++i)
                keep[size_t(i)] = true;
            anyKept = true;
            held.clear();
        }
        if (lineEnd < s.size())
            held.push_back(lineEnd);
        lineStart = lineEnd + 1;
    }
    // QString::trimmed(): white space at either end, line ends included.
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!keep[size_t(i)])
            continue;
        if (!s.at(i).isSpace())
            break;
        keep[size_t(i)] = false;
    }
    for (qsizetype i = s.size() - 1; i >= 0; --i) {
        if (!keep[size_t(i)])
            continue;
        if (!s.at(i).isSpace())
            break;
        keep[size_t(i)] = false;
    }
    QString out;
    out.reserve(s.size());
    map.assign(size_t(s.size() + 1), 0);
    for (qsizetype i = 0; i < s.size(); ++i) {
        map[size_t(i)] = qint32(out.size());
        if (keep[size_t(i)])
            out.append(s.at(i));
    }
    map[size_t(s.size())] = qint32(out.size());
    return out;
}

void follow(Map &total, const Map &next)
{
    for (qint32 &position : total) {
        if (position >= 0)
            position = next[size_t(position)];
    }
}

} // namespace

QdpxTextMap::QdpxTextMap(const QString &stored)
    : m_text(textimport::canonicalText(stored))
    , m_storedIndex(withoutBom(stored).toString())
    , m_textIndex(m_text)
{
    m_identity = m_text == withoutBom(stored);
    if (!m_identity)
        build(stored);
}

void QdpxTextMap::build(const QString &stored)
{
    Map step;
    const QString unicode = lineEndsAndUnicode(withoutBom(stored), m_map);
    const QString nfc = composed(unicode, step);
    follow(m_map, step);
    const QString trimmed = trimmedLines(nfc, step);
    follow(m_map, step);
    // toNfc() also breaks runs of more than 30 combining marks, which no position can
    // follow; such a text keeps its canonical form and its selections are reported.
    m_traceable = trimmed == m_text;
}

QdpxTextMap::Range QdpxTextMap::map(qint64 start, qint64 end) const
{
    Range range;
    const qsizetype from = start < 0 ? -1 : m_storedIndex.toUtf16(qsizetype(start));
    const qsizetype to = end < 0 ? -1 : m_storedIndex.toUtf16(qsizetype(end));
    if (from < 0 || to < 0 || end < start) {
        range.problem = Problem::OutOfRange;
        return range;
    }
    qsizetype newFrom = from;
    qsizetype newTo = to;
    if (!m_identity) {
        if (!m_traceable) {
            range.problem = Problem::Untraceable;
            return range;
        }
        newFrom = m_map[size_t(from)];
        newTo = m_map[size_t(to)];
        if (newFrom < 0 || newTo < 0) {
            range.problem = Problem::SplitsCharacter;
            return range;
        }
    }
    range.start = m_textIndex.toCodePoint(newFrom);
    range.end = m_textIndex.toCodePoint(newTo);
    if (range.end <= range.start && end > start)
        range.problem = Problem::NothingLeft;
    return range;
}

} // namespace demarche
