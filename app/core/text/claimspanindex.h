#pragma once

#include "core/domain/ids.h"

#include <QtGlobal>

#include <optional>
#include <vector>

namespace demarche {

// Where one claim sits in a text: a half-open range of UTF-16 indexes.
struct ClaimSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    ClaimId id;

    friend bool operator==(const ClaimSpan &a, const ClaimSpan &b)
    {
        return a.start == b.start && a.end == b.end && a.id == b.id;
    }
};

// The claims of one document, answering "which spans meet [from, to)" in O(log n + k)
// for every paragraph the highlighter paints. The spans are kept sorted by start in one
// array that doubles as a balanced binary tree (each range's middle element is its root),
// each node knowing the largest end below it, so whole subtrees that end too early are
// skipped. A change moves part of the array and marks the tree stale; it is rebuilt in
// O(n) on the next query (a fraction of a millisecond for 50,000 claims).
class ClaimSpanIndex final
{
public:
    // Replaces every span at once (one sort instead of n insertions). The ids must differ.
    void assign(std::vector<ClaimSpan> spans);
    void clear();

    // A span with an id already present replaces it.
    void insert(const ClaimSpan &span);
    bool remove(ClaimId id);

    std::optional<ClaimSpan> find(ClaimId id) const;
    qsizetype size() const { return qsizetype(m_spans.size()); }
    bool isEmpty() const { return m_spans.empty(); }

    // Appends to `out`, in order of start, every non-empty span with start < to and
    // end > from.
    void intersecting(qsizetype from, qsizetype to, std::vector<ClaimSpan> &out) const;
    std::vector<ClaimSpan> intersecting(qsizetype from, qsizetype to) const;

    // The spans covering the character at `position`, shortest (innermost) first.
    std::vector<ClaimSpan> at(qsizetype position) const;

private:
    void ensureTree() const;
    qsizetype buildTree(qsizetype low, qsizetype high) const;
    void collect(qsizetype low, qsizetype high, qsizetype from, qsizetype to,
                 std::vector<ClaimSpan> &out) const;

    std::vector<ClaimSpan> m_spans; // sorted by (start, end, id)
    // m_maxEnd[i]: the largest end in the subtree whose root is element i.
    mutable std::vector<qsizetype> m_maxEnd;
    mutable bool m_treeStale = false;
};

} // namespace demarche
