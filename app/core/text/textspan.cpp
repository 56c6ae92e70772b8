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

} // namespace

TextSpan snapToWords(const QString &text, qsizetype start, qsizetype end)
{
    std::tie(start, end) = normalised(text, start, end);
    if (start == end)
        return {};
    start = wordBoundary(text, start, Direction::Backward);
    end = wordBoundary(text, end, Direction::Forward);
    return trimmed(text, start, end,
                   [](char32_t c) { return isTrimmedSpace(c) || isTrimmedPunctuation(c); });
}

TextSpan snapExact(const QString &text, qsizetype start, qsizetype end)
{
    std::tie(start, end) = normalised(text, start, end);
    return trimmed(text, start, end, [](char32_t c) { return QChar::isSpace(c); });
}

} // namespace demarche
