#include "core/text/textspan.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <tuple>
#include <utility>

namespace demarche {

namespace {

// Word boundaries are decided by a few characters of context, and every line break is
// one, so a finder over the surrounding paragraph (capped, for texts without line
// breaks) answers exactly what a finder over the whole text would, without a pass over
// a megabyte-long article for each selection.
constexpr qsizetype BoundaryContext = 1024;

qsizetype contextStart(const QString &text, qsizetype position)
{
    const qsizetype floor = std::max<qsizetype>(0, position - BoundaryContext);
    for (qsizetype i = position; i > floor; --i) {
        if (text.at(i - 1) == u'\n')
            return i;
    }
    return floor;
}

qsizetype contextEnd(const QString &text, qsizetype position)
{
    const qsizetype ceiling = std::min<qsizetype>(text.size(), position + BoundaryContext);
    for (qsizetype i = position; i < ceiling; ++i) {
        if (text.at(i) == u'\n')
            return i;
    }
    return ceiling;
}

enum class Direction { Backward, Forward };

// The word boundary at or next to `position` in the given direction.
qsizetype wordBoundary(const QString &text, qsizetype position, Direction direction)
{
    const qsizetype from = contextStart(text, position);
    const qsizetype to = contextEnd(text, position);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text.constData() + from, to - from);
    finder.setPosition(position - from);
    if (finder.isAtBoundary())
        return position;
    const qsizetype found =
        direction == Direction::Backward ? finder.toPreviousBoundary() : finder.toNextBoundary();
    return found < 0 ? position : from + found;
}

bool isPairStart(const QString &text, qsizetype i)
{
    return i + 1 < text.size() && text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate();
}

bool insidePair(const QString &text, qsizetype i)
{
    return i > 0 && i < text.size() && isPairStart(text, i - 1);
}

char32_t codePointAt(const QString &text, qsizetype i)
{
    return isPairStart(text, i) ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
                                : text.at(i).unicode();
}

char32_t codePointBefore(const QString &text, qsizetype i)
{
    return i >= 2 && isPairStart(text, i - 2) ? codePointAt(text, i - 2) : text.at(i - 1).unicode();
}

bool isTrimmedSpace(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return QChar::isSpace(c) || category == QChar::Other_Format || category == QChar::Other_Control;
}

// Punctuation that a reader does not count as part of the words it surrounds. A few marks
// stay because they belong to the word next to them: 50 %, #tag, @name, § 5.
bool isTrimmedPunctuation(char32_t c)
{
    switch (c) {
    case U'%':
    case U'\u2030': // per mille
    case U'\u2031': // per ten thousand
    case U'#':
    case U'@':
    case U'&':
    case U'\u00a7': // section sign
        return false;
    default:
        return QChar::isPunct(c);
    }
}

// Clamps and orders the bounds and widens them so that neither falls inside a pair.
std::pair<qsizetype, qsizetype> normalised(const QString &text, qsizetype start, qsizetype end)
{
    if (start > end)
        std::swap(start, end);
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, 0, text.size());
    if (insidePair(text, start))
        --start;
    if (insidePair(text, end))
        ++end;
    return {start, end};
}

template <typename Trimmed>
TextSpan trimmed(const QString &text, qsizetype start, qsizetype end, Trimmed isTrimmed)
{
    while (start < end && isTrimmed(codePointAt(text, start)))
        start += isPairStart(text, start) ? 2 : 1;
    while (end > start && isTrimmed(codePointBefore(text, end)))
        end -= end >= 2 && isPairStart(text, end - 2) ? 2 : 1;
    if (start >= end)
        return {};
    return {start, end};
}

bool isQuotationMark(char32_t c)
{
    switch (c) {
    case U'"':
    case U'\'':
    case U'\u00ab': // «
    case U'\u00bb': // »
    case U'\u2018': // ‘
    case U'\u2019': // ’
    case U'\u201a': // ‚
    case U'\u201c': // “
    case U'\u201d': // ”
    case U'\u201e': // „
    case U'\u2039': // ‹
    case U'\u203a': // ›
        return true;
    default:
        return false;
    }
}

// Which way a quotation mark faces is read from its neighbours, not from the glyph: the
// same “ opens in English and closes in German, and » opens in Danish. A mark after a
// space, a bracket, a dash or another mark and before a non-space opens; a mark after a
// non-space and before a space, punctuation or the end closes; one between two letters
// is an apostrophe and neither.
enum class Facing { None, Opening, Closing };

bool opensAfter(QChar c)
{
    const QChar::Category category = c.category();
    return c.isSpace() || category == QChar::Punctuation_Open || category == QChar::Punctuation_Dash
           || isQuotationMark(c.unicode());
}

Facing facing(const QString &text, qsizetype i)
{
    if (!isQuotationMark(text.at(i).unicode()))
        return Facing::None;
    const bool atStart = i == 0;
    const bool atEnd = i + 1 == text.size();
    // French sets its guillemets apart with a (narrow) space: « paix ».
    const QChar mark = text.at(i);
    const bool spaceBefore = atStart || text.at(i - 1).isSpace();
    const bool spaceAfter = atEnd || text.at(i + 1).isSpace();
    if (spaceBefore && spaceAfter && (mark == u'\u00ab' || mark == u'\u2039'))
        return Facing::Opening;
    if (spaceBefore && (spaceAfter || text.at(i + 1).isPunct())
        && (mark == u'\u00bb' || mark == u'\u203a'))
        return Facing::Closing;
    if ((atStart || opensAfter(text.at(i - 1))) && !atEnd && !text.at(i + 1).isSpace())
        return Facing::Opening;
    if (!atStart && !text.at(i - 1).isSpace()
        && (atEnd || text.at(i + 1).isSpace() || text.at(i + 1).isPunct()))
        return Facing::Closing;
    return Facing::None;
}

// Quotation marks are kept or dropped in pairs: trimming may have cut the closing mark of
// a quotation that opens inside the span (or the opening mark of one that closes inside
// it), and then the span grows back to take it. Quotation marks are never surrogates.
// Punctuation, or the space inside French guillemets, between the words and a mark.
bool isAttached(const QString &text, qsizetype i, qsizetype step)
{
    const QChar c = text.at(i);
    if (c.isPunct())
        return true;
    const qsizetype next = i + step;
    if (!c.isSpace() || c == u'\n' || next < 0 || next >= text.size())
        return false;
    const QChar mark = text.at(next);
    return mark == u'\u00ab' || mark == u'\u00bb' || mark == u'\u2039' || mark == u'\u203a';
}

TextSpan keepQuotationPairs(const QString &text, TextSpan span)
{
    if (span.isEmpty())
        return span;
    int open = 0;   // opened inside the span and not closed there
    int closed = 0; // closed inside the span without being opened there
    for (qsizetype i = span.start; i < span.end; ++i) {
        switch (facing(text, i)) {
        case Facing::Opening:
            ++open;
            break;
        case Facing::Closing:
            if (open > 0)
                --open;
            else
                ++closed;
            break;
        case Facing::None:
            break;
        }
    }
    // The missing mark is looked for in the punctuation attached to the words, inside the
    // selection or just beyond it: “… important.” and „Frieden“.
    for (qsizetype i = span.end; open > 0 && i < text.size() && isAttached(text, i, 1); ++i) {
        if (facing(text, i) == Facing::Closing) {
            --open;
            span.end = i + 1;
        }
    }
    for (qsizetype i = span.start; closed > 0 && i > 0 && isAttached(text, i - 1, -1); --i) {
        if (facing(text, i - 1) == Facing::Opening) {
            --closed;
            span.start = i - 1;
        }
    }
    return span;
}

} // namespace

TextSpan snapToWords(const QString &text, qsizetype start, qsizetype end)
{
    std::tie(start, end) = normalised(text, start, end);
    if (start == end)
        return {};
    start = wordBoundary(text, start, Direction::Backward);
    end = wordBoundary(text, end, Direction::Forward);
    const TextSpan words = trimmed(
        text, start, end, [](char32_t c) { return isTrimmedSpace(c) || isTrimmedPunctuation(c); });
    return keepQuotationPairs(text, words);
}

TextSpan snapExact(const QString &text, qsizetype start, qsizetype end)
{
    std::tie(start, end) = normalised(text, start, end);
    return trimmed(text, start, end, [](char32_t c) { return QChar::isSpace(c); });
}

} // namespace demarche
