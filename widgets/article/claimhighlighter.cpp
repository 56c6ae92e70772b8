#include "widgets/article/claimhighlighter.h"

#include <QElapsedTimer>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace demarche {

namespace {

// More distinct looks than this only come from pathological data; starting over keeps
// the cache small (formats already applied stay valid: they are shared values).
constexpr qsizetype MaxCachedFormats = 1024;

// The selected claim counts this many times in the mix, so that its colour leads.
constexpr int SelectedWeight = 3;

// Channels are rounded to this step before a format is looked up: differences below it
// cannot be seen behind text, and the rounding keeps the number of distinct formats small
// where dozens of claims overlap (each one the layouts use stays in the document's format
// collection for good, and every new one costs a lookup there).
constexpr int ChannelStep = 8;

int rounded(qreal channel)
{
    return std::min(255, int(std::lround(channel / ChannelStep)) * ChannelStep);
}

} // namespace

ClaimHighlighter::ClaimHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(0);
    connect(&m_idle, &QTimer::timeout, this, &ClaimHighlighter::highlightSomePending);
}

ClaimHighlighter::~ClaimHighlighter() = default;

void ClaimHighlighter::resetClaims(std::vector<ClaimSpan> spans, QHash<ClaimId, QRgb> colors)
{
    m_spans.assign(std::move(spans));
    m_colors = std::move(colors);
    m_selected = ClaimId();
    m_formats.clear();
    m_idle.stop();
    m_pending.clear();
    m_pendingCount = 0;
    m_nextPending = 0;
}

void ClaimHighlighter::setClaim(const ClaimSpan &span, QColor color)
{
    const std::optional<ClaimSpan> old = m_spans.find(span.id);
    m_spans.insert(span);
    m_colors.insert(span.id, color.rgb());
    if (old)
        rehighlightRange(old->start, old->end);
    rehighlightRange(span.start, span.end);
}

void ClaimHighlighter::removeClaim(ClaimId id)
{
    const std::optional<ClaimSpan> old = m_spans.find(id);
    m_spans.remove(id);
    m_colors.remove(id);
    if (m_selected == id)
        m_selected = ClaimId();
    if (old)
        rehighlightRange(old->start, old->end);
}

void ClaimHighlighter::setColors(QHash<ClaimId, QRgb> colors)
{
    if (takeColors(std::move(colors)))
        rehighlightSoon();
}

bool ClaimHighlighter::takeColors(QHash<ClaimId, QRgb> colors)
{
    if (colors == m_colors)
        return false;
    m_colors = std::move(colors);
    m_formats.clear();
    return true;
}

void ClaimHighlighter::setPageColor(QColor color)
{
    if (color == m_page)
        return;
    m_page = color;
    m_formats.clear();
    pageColorChanged();
    rehighlightSoon();
}

void ClaimHighlighter::setSelectedClaim(ClaimId id)
{
    if (id == m_selected)
        return;
    const ClaimId previous = m_selected;
    m_selected = id;
    rehighlightSpan(previous);
    rehighlightSpan(id);
}

void ClaimHighlighter::rehighlightSpan(ClaimId id)
{
    if (!id.isValid())
        return;
    if (const std::optional<ClaimSpan> span = m_spans.find(id))
        rehighlightRange(span->start, span->end);
}

void ClaimHighlighter::rehighlightRange(qsizetype from, qsizetype to)
{
    const QTextDocument *doc = document();
    if (!doc)
        return;
    QTextBlock block = doc->findBlock(int(from));
    if (!block.isValid())
        return;
    // A claim that ends where a paragraph starts does not touch that paragraph.
    do {
        rehighlightBlock(block);
        block = block.next();
    } while (block.isValid() && block.position() < to);
}

void ClaimHighlighter::deferBeyond(qsizetype eagerCharacters)
{
    m_idle.stop();
    m_pending.clear();
    m_pendingCount = 0;
    m_nextPending = 0;
    m_deferFrom = eagerCharacters;
}

void ClaimHighlighter::endDeferral()
{
    m_deferFrom = -1;
    if (m_pendingCount > 0)
        m_idle.start();
}

void ClaimHighlighter::rehighlightSoon()
{
    const QTextDocument *doc = document();
    if (!doc)
        return;
    // Paragraphs keep their old look until their turn; none of them is on screen.
    m_pending.assign(size_t(doc->blockCount()), true);
    m_pendingCount = doc->blockCount();
    m_nextPending = 0;
    Q_EMIT pendingAdded();
    if (m_pendingCount > 0)
        m_idle.start();
}

void ClaimHighlighter::setPending(int blockNumber, bool pending)
{
    if (blockNumber < 0)
        return;
    if (size_t(blockNumber) >= m_pending.size()) {
        if (!pending)
            return;
        m_pending.resize(size_t(blockNumber) + 1, false);
    }
    if (m_pending[size_t(blockNumber)] != pending) {
        m_pending[size_t(blockNumber)] = pending;
        m_pendingCount += pending ? 1 : -1;
    }
}

bool ClaimHighlighter::isPending(int blockNumber) const
{
    return blockNumber >= 0 && size_t(blockNumber) < m_pending.size()
           && m_pending[size_t(blockNumber)];
}

void ClaimHighlighter::highlightPendingIn(qsizetype from, qsizetype to)
{
    const QTextDocument *doc = document();
    if (!doc || m_pendingCount == 0)
        return;
    for (QTextBlock block = doc->findBlock(int(from)); block.isValid() && block.position() <= to;
         block = block.next()) {
        if (isPending(block.blockNumber()))
            rehighlightBlock(block);
    }
}

// A few milliseconds of pending paragraphs, then back to the event loop.
void ClaimHighlighter::highlightSomePending()
{
    constexpr qint64 SliceNs = 4'000'000;
    const QTextDocument *doc = document();
    if (!doc)
        return;
    QElapsedTimer slice;
    slice.start();
    QTextBlock block = doc->findBlockByNumber(m_nextPending);
    if (!block.isValid())
        block = doc->firstBlock();
    const int first = block.blockNumber();
    bool wrapped = false;
    while (m_pendingCount > 0 && slice.nsecsElapsed() < SliceNs) {
        if (isPending(block.blockNumber()))
            rehighlightBlock(block);
        block = block.next();
        if (!block.isValid()) {
            block = doc->firstBlock();
            wrapped = true;
        }
        if (wrapped && block.blockNumber() >= first) {
            // A whole round found no more: what is left pending is not in this text.
            m_pending.clear();
            m_pendingCount = 0;
        }
    }
    m_nextPending = block.blockNumber();
    if (m_pendingCount > 0)
        m_idle.start();
}

void ClaimHighlighter::highlightBlock(const QString &text)
{
    const int number = currentBlock().blockNumber();
    if (m_deferFrom >= 0 && currentBlock().position() >= m_deferFrom) {
        setPending(number, true);
        return;
    }
    setPending(number, false);
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();
    m_blockSpans.clear();
    m_spans.intersecting(blockStart, blockEnd, m_blockSpans);
    if (!m_blockSpans.empty())
        highlightClaims(blockStart, blockEnd);
    highlightCues(text);
}

void ClaimHighlighter::highlightCues(const QString &text)
{
    Q_UNUSED(text)
}

void ClaimHighlighter::Look::add(QRgb color, int sign, bool isSelected)
{
    const int weight = sign * (isSelected ? SelectedWeight : 1);
    red += qRed(color) * weight;
    green += qGreen(color) * weight;
    blue += qBlue(color) * weight;
    weights += weight;
    layers += sign;
    if (isSelected)
        selected = sign > 0 ? color : 0;
}

// Sweeps the paragraph from cut to cut (every place a claim starts or ends), keeping the
// sums over the claims that cover the current piece; each piece gets one format.
void ClaimHighlighter::highlightClaims(qsizetype blockStart, qsizetype blockEnd)
{
    m_cuts.clear();
    for (const ClaimSpan &span : m_blockSpans) {
        const QRgb color = m_colors.value(span.id, qRgb(0x80, 0x80, 0x80));
        const bool isSelected = span.id == m_selected;
        m_cuts.push_back({std::max(span.start, blockStart), color, 1, isSelected});
        m_cuts.push_back({std::min(span.end, blockEnd), color, -1, isSelected});
    }
    std::sort(m_cuts.begin(), m_cuts.end(),
              [](const Cut &a, const Cut &b) { return a.position < b.position; });

    Look look;
    qsizetype pieceStart = blockStart;
    for (const Cut &cut : m_cuts) {
        if (cut.position > pieceStart && look.layers > 0) {
            setFormat(int(pieceStart - blockStart), int(cut.position - pieceStart),
                      formatFor(look));
        }
        pieceStart = cut.position;
        look.add(cut.color, cut.sign, cut.selected);
    }
}

// The colours mix (a weighted mean, so the order of the claims does not matter) and every
// claim adds opacity, as if each were a sheet of tinted glass: overlaps show darker.
const QTextCharFormat &ClaimHighlighter::formatFor(const Look &look)
{
    const bool selected = look.selected != 0;
    const int plainLayers = selected ? look.layers - 1 : look.layers;
    const qreal clear =
        std::pow(1 - LayerOpacity, plainLayers) * (selected ? 1 - SelectedLayerOpacity : 1);
    QRgb background =
        qRgba(rounded(qreal(look.red) / look.weights), rounded(qreal(look.green) / look.weights),
              rounded(qreal(look.blue) / look.weights), rounded(255 * (1 - clear)));
    if (m_page.isValid()) {
        const qreal alpha = qAlpha(background) / 255.0;
        const auto over = [alpha](int layer, int page) {
            return int(std::lround(layer * alpha + page * (1 - alpha)));
        };
        background =
            qRgb(over(qRed(background), m_page.red()), over(qGreen(background), m_page.green()),
                 over(qBlue(background), m_page.blue()));
    }
    const quint64 key = quint64(background) | quint64(look.selected) << 32;
    const auto found = m_formats.constFind(key);
    if (found != m_formats.cend())
        return *found;
    if (m_formats.size() >= MaxCachedFormats)
        m_formats.clear();

    QTextCharFormat format;
    format.setBackground(QColor::fromRgba(background));
    if (selected) {
        format.setFontUnderline(true);
        format.setUnderlineColor(QColor(look.selected).darker(140));
    }
    return *m_formats.insert(key, format);
}

void ClaimHighlighter::mergeFormat(int start, int count, const QTextCharFormat &format)
{
    const int end = std::min(start + count, currentBlock().length() - 1);
    int i = std::max(start, 0);
    while (i < end) {
        const QTextCharFormat current = QSyntaxHighlighter::format(i);
        int j = i + 1;
        while (j < end && QSyntaxHighlighter::format(j) == current)
            ++j;
        QTextCharFormat merged = current;
        merged.merge(format);
        if (current.fontUnderline()) { // the selected claim's
            merged.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            merged.setUnderlineColor(current.underlineColor());
        }
        setFormat(i, j - i, merged);
        i = j;
    }
}

} // namespace demarche
