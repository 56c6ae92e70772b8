#include "core/import/pdflayout.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace demarche::pdfimport {

namespace {

// Deeper than any real layout; keeps hostile pages (thousands of bands) linear enough.
constexpr int MaxCutDepth = 24;
// Lone lines peeled off at each end of a page: a running header above a subtitle line.
constexpr int MaxPeeledLines = 2;
constexpr std::size_t MaxGutterTries = 8;

using Words = std::vector<const PdfWord *>;

struct Span
{
    double from = 0;
    double to = 0;
};

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

// The empty bands between the words' extents along one axis, in order.
std::vector<Span> emptyBands(const Words &words, bool alongX)
{
    std::vector<Span> spans;
    spans.reserve(words.size());
    for (const PdfWord *word : words) {
        const QRectF &box = word->box;
        spans.push_back(alongX ? Span{box.left(), box.right()} : Span{box.top(), box.bottom()});
    }
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.from < b.from; });
    std::vector<Span> gaps;
    double reach = spans.empty() ? 0 : spans.front().to;
    for (const Span &span : spans) {
        if (span.from > reach)
            gaps.push_back({reach, span.from});
        reach = std::max(reach, span.to);
    }
    return gaps;
}

double extent(const Words &words)
{
    double top = words.front()->box.top();
    double bottom = words.front()->box.bottom();
    for (const PdfWord *word : words) {
        top = std::min(top, word->box.top());
        bottom = std::max(bottom, word->box.bottom());
    }
    return bottom - top;
}

std::pair<Words, Words> splitAt(const Words &words, double at, bool alongX)
{
    Words before;
    Words after;
    for (const PdfWord *word : words) {
        const double centre = alongX ? word->box.center().x() : word->box.center().y();
        (centre < at ? before : after).push_back(word);
    }
    return {std::move(before), std::move(after)};
}

struct Layout
{
    double lineHeight = 1; // the page's typical word height
    std::vector<Words> regions;

    // Columns first, the widest gutter first: a band between them must run through several lines on
    // both sides, so that word spaces that happen to line up never cut a paragraph in two.
    bool splitColumns(const Words &words, int depth)
    {
        std::vector<Span> gaps = emptyBands(words, true);
        std::sort(gaps.begin(), gaps.end(),
                  [](const Span &a, const Span &b) { return a.to - a.from > b.to - b.from; });
        // A few tries: each costs a pass over the words, and a hostile page has many gaps.
        if (gaps.size() > MaxGutterTries)
            gaps.resize(MaxGutterTries);
        for (const Span &gap : gaps) {
            if (gap.to - gap.from < 0.8 * lineHeight)
                break;
            auto [left, right] = splitAt(words, (gap.from + gap.to) / 2, true);
            if (left.size() < 3 || right.size() < 3 || extent(left) < 2.5 * lineHeight
                || extent(right) < 2.5 * lineHeight)
                continue;
            cut(left, depth + 1);
            cut(right, depth + 1);
            return true;
        }
        return false;
    }

    // Otherwise across, at the widest band if it is wide enough to part a title from
    // the columns below it.
    bool splitBands(const Words &words, int depth)
    {
        const std::vector<Span> gaps = emptyBands(words, false);
        const auto widest =
            std::max_element(gaps.begin(), gaps.end(), [](const Span &a, const Span &b) {
                return a.to - a.from < b.to - b.from;
            });
        if (widest == gaps.end() || widest->to - widest->from < lineHeight)
            return false;
        auto [above, below] = splitAt(words, (widest->from + widest->to) / 2, false);
        if (above.empty() || below.empty())
            return false;
        cut(above, depth + 1);
        cut(below, depth + 1);
        return true;
    }

    void cut(const Words &words, int depth)
    {
        if (words.empty())
            return;
        if (depth < MaxCutDepth && words.size() > 1
            && (splitColumns(words, depth) || splitBands(words, depth)))
            return;
        regions.push_back(words);
    }
};

struct LineBox
{
    PdfLine line;
    double left = 0;
    double right = 0;
    double top = 0;
    double bottom = 0;
    double height = 0; // the typical height of its words: a superscript does not count
};

LineBox makeLine(Words words)
{
    std::sort(words.begin(), words.end(),
              [](const PdfWord *a, const PdfWord *b) { return a->box.left() < b->box.left(); });
    LineBox result;
    result.left = words.front()->box.left();
    result.top = words.front()->box.top();
    result.bottom = words.front()->box.bottom();
    std::vector<double> heights;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const PdfWord &word = *words[i];
        result.right = std::max(result.right, word.box.right());
        result.top = std::min(result.top, word.box.top());
        result.bottom = std::max(result.bottom, word.box.bottom());
        heights.push_back(word.box.height());
        PdfWord copy = word;
        if (i + 1 < words.size()) {
            // Poppler's flag speaks of its own order; the gap decides when that differs.
            const double gap = words[i + 1]->box.left() - word.box.right();
            copy.spaceAfter = word.spaceAfter || gap > 0.3 * word.box.height();
        } else {
            copy.spaceAfter = false;
        }
        result.line.words.append(std::move(copy));
    }
    result.height = median(std::move(heights));
    return result;
}

// A region's words as lines, top to bottom: a word joins the line whose band holds its centre.
std::vector<LineBox> linesOf(Words words)
{
    std::sort(words.begin(), words.end(), [](const PdfWord *a, const PdfWord *b) {
        return a->box.center().y() < b->box.center().y();
    });
    std::vector<LineBox> lines;
    Words current;
    double top = 0;
    double bottom = 0;
    for (const PdfWord *word : words) {
        const double centre = word->box.center().y();
        if (!current.empty() && centre > bottom) {
            lines.push_back(makeLine(std::move(current)));
            current.clear();
        }
        if (current.empty()) {
            top = word->box.top();
            bottom = word->box.bottom();
        } else {
            top = std::min(top, word->box.top());
            bottom = std::max(bottom, std::min(word->box.bottom(), top + 2 * (bottom - top)));
        }
        current.push_back(word);
    }
    if (!current.empty())
        lines.push_back(makeLine(std::move(current)));
    return lines;
}

bool endsSentence(const PdfLine &line)
{
    if (line.words.isEmpty())
        return false;
    QString text = line.words.constLast().text;
    while (!text.isEmpty() && QStringLiteral("\"'”’»)]").contains(text.back()))
        text.chop(1);
    return !text.isEmpty() && QStringLiteral(".!?:").contains(text.back());
}

void addBlocks(const Words &region, PdfPage &page)
{
    const std::vector<LineBox> lines = linesOf(region);
    if (lines.empty())
        return;
    double leftEdge = lines.front().left;
    double rightEdge = lines.front().right;
    std::vector<double> heights;
    for (const LineBox &line : lines) {
        leftEdge = std::min(leftEdge, line.left);
        rightEdge = std::max(rightEdge, line.right);
        heights.push_back(line.height);
    }
    const double h = std::max(1.0, median(heights));
    std::size_t full = 0;
    for (const LineBox &line : lines) {
        if (line.right >= rightEdge - 0.5 * h)
            ++full;
    }
    const bool justified = lines.size() >= 3 && full * 2 >= lines.size();
    const auto indented = [&](const LineBox &line) { return line.left > leftEdge + 0.5 * h; };
    const auto reachesRight = [&](const LineBox &line) {
        return line.right >= rightEdge - 0.5 * h;
    };

    const qsizetype first = page.size();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const LineBox &line = lines[i];
        bool starts = i == 0;
        if (!starts) {
            const LineBox &prev = lines[i - 1];
            const double lineH = std::max(prev.height, line.height);
            const bool wideGap = line.top - prev.bottom > 0.45 * lineH;
            const bool newSize =
                std::abs(line.height - prev.height) > 0.2 * std::min(line.height, prev.height);
            const bool indent = indented(line) && !indented(prev);
            const bool shortEnd = justified && !reachesRight(prev) && endsSentence(prev.line);
            starts = wideGap || newSize || indent || shortEnd;
        }
        if (starts) {
            PdfBlock block;
            block.indentedStart = indented(line);
            page.append(block);
        }
        page.last().lines.append(line.line);
        page.last().openEnd = justified && reachesRight(line);
    }
    page[first].columnStart = true;
}

void addMarginBlocks(const Words &band, PdfPage &page)
{
    const qsizetype first = page.size();
    addBlocks(band, page);
    for (qsizetype i = first; i < page.size(); ++i)
        page[i].margin = true;
}

} // namespace

PdfPage layoutPage(QList<PdfWord> words)
{
    words.erase(std::remove_if(words.begin(), words.end(),
                               [](const PdfWord &word) {
                                   // NaN or infinite corners would break sorting.
                                   const QRectF &box = word.box;
                                   return word.text.trimmed().isEmpty() || !box.isValid()
                                          || !std::isfinite(box.x()) || !std::isfinite(box.y())
                                          || !std::isfinite(box.width())
                                          || !std::isfinite(box.height());
                               }),
                words.end());
    PdfPage page;
    if (words.isEmpty())
        return page;
    Words all;
    all.reserve(std::size_t(words.size()));
    std::vector<double> heights;
    for (const PdfWord &word : words) {
        all.push_back(&word);
        heights.push_back(word.box.height());
    }
    Layout layout;
    layout.lineHeight = std::max(1.0, median(std::move(heights)));

    // Lone lines at either end, set apart by a gap: headers, footers, page numbers.
    std::vector<Words> head;
    std::vector<Words> foot;
    for (int end = 0; end < 2; ++end) {
        for (int n = 0; n < MaxPeeledLines && all.size() > 1; ++n) {
            const std::vector<Span> gaps = emptyBands(all, false);
            if (gaps.empty())
                break;
            const Span &gap = end == 0 ? gaps.front() : gaps.back();
            auto [above, below] = splitAt(all, (gap.from + gap.to) / 2, false);
            Words &lone = end == 0 ? above : below;
            if (gap.to - gap.from < 0.8 * layout.lineHeight || lone.empty()
                || extent(lone) > 2 * layout.lineHeight || (end == 0 ? below : above).empty())
                break;
            (end == 0 ? head : foot).push_back(std::move(lone));
            all = std::move(end == 0 ? below : above);
        }
    }
    for (const Words &band : head)
        addMarginBlocks(band, page);
    layout.cut(all, 0);
    for (const Words &region : layout.regions)
        addBlocks(region, page);
    std::reverse(foot.begin(), foot.end());
    for (const Words &band : foot)
        addMarginBlocks(band, page);
    return page;
}

} // namespace demarche::pdfimport
