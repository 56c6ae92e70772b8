#include "core/text/claimspanindex.h"

#include <algorithm>

namespace demarche {

namespace {

bool startsBefore(const ClaimSpan &a, const ClaimSpan &b)
{
    if (a.start != b.start)
        return a.start < b.start;
    if (a.end != b.end)
        return a.end < b.end;
    return a.id < b.id;
}

} // namespace

void ClaimSpanIndex::assign(std::vector<ClaimSpan> spans)
{
    std::sort(spans.begin(), spans.end(), startsBefore);
    m_spans = std::move(spans);
    m_treeStale = true;
}

void ClaimSpanIndex::clear()
{
    m_spans.clear();
    m_maxEnd.clear();
    m_treeStale = false;
}

void ClaimSpanIndex::insert(const ClaimSpan &span)
{
    remove(span.id);
    m_spans.insert(std::upper_bound(m_spans.begin(), m_spans.end(), span, startsBefore), span);
    m_treeStale = true;
}

bool ClaimSpanIndex::remove(ClaimId id)
{
    const auto it = std::find_if(m_spans.begin(), m_spans.end(),
                                 [id](const ClaimSpan &span) { return span.id == id; });
    if (it == m_spans.end())
        return false;
    m_spans.erase(it);
    m_treeStale = true;
    return true;
}

std::optional<ClaimSpan> ClaimSpanIndex::find(ClaimId id) const
{
    const auto it = std::find_if(m_spans.begin(), m_spans.end(),
                                 [id](const ClaimSpan &span) { return span.id == id; });
    if (it == m_spans.end())
        return std::nullopt;
    return *it;
}

void ClaimSpanIndex::ensureTree() const
{
    if (!m_treeStale)
        return;
    m_maxEnd.resize(m_spans.size());
    buildTree(0, qsizetype(m_spans.size()));
    m_treeStale = false;
}

// Returns the largest end in [low, high); fills m_maxEnd for that subtree.
qsizetype ClaimSpanIndex::buildTree(qsizetype low, qsizetype high) const
{
    if (low >= high)
        return -1;
    const qsizetype middle = low + (high - low) / 2;
    const qsizetype largest = std::max(
        {m_spans[size_t(middle)].end, buildTree(low, middle), buildTree(middle + 1, high)});
    m_maxEnd[size_t(middle)] = largest;
    return largest;
}

void ClaimSpanIndex::collect(qsizetype low, qsizetype high, qsizetype from, qsizetype to,
                             std::vector<ClaimSpan> &out) const
{
    while (low < high) {
        const qsizetype middle = low + (high - low) / 2;
        if (m_maxEnd[size_t(middle)] <= from)
            return; // everything below ends before the range
        collect(low, middle, from, to, out);
        const ClaimSpan &span = m_spans[size_t(middle)];
        if (span.start >= to)
            return; // and everything to the right starts after it
        if (span.end > from && span.end > span.start)
            out.push_back(span);
        low = middle + 1; // the right subtree, without another level of recursion
    }
}

void ClaimSpanIndex::intersecting(qsizetype from, qsizetype to, std::vector<ClaimSpan> &out) const
{
    if (from >= to || m_spans.empty())
        return;
    ensureTree();
    collect(0, qsizetype(m_spans.size()), from, to, out);
}

std::vector<ClaimSpan> ClaimSpanIndex::intersecting(qsizetype from, qsizetype to) const
{
    std::vector<ClaimSpan> out;
    intersecting(from, to, out);
    return out;
}

std::vector<ClaimSpan> ClaimSpanIndex::at(qsizetype position) const
{
    std::vector<ClaimSpan> spans = intersecting(position, position + 1);
    std::stable_sort(spans.begin(), spans.end(), [](const ClaimSpan &a, const ClaimSpan &b) {
        return a.end - a.start < b.end - b.start;
    });
    return spans;
}

} // namespace demarche
