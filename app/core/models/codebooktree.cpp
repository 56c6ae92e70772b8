#include "core/models/codebooktree.h"

#include <algorithm>

namespace demarche {
namespace {

// False when following the parents from `id` comes back round (a damaged file; the
// store refuses such loops) instead of reaching the top level.
bool reachesTopLevel(qint64 id, const QHash<qint64, qint64> &parents)
{
    qint64 current = parents.value(id);
    for (qsizetype steps = 0; current != 0; ++steps) {
        if (current == id || steps > parents.size())
            return false;
        current = parents.value(current);
    }
    return true;
}

} // namespace

CodebookTree::CodebookTree(const QList<CodebookEntry> &entries)
{
    QHash<qint64, qint64> parents;
    for (const CodebookEntry &entry : entries)
        parents.insert(entry.id, entry.parent);
    // A parent that is not in the codebook counts as none.
    for (auto it = parents.begin(); it != parents.end(); ++it) {
        if (!parents.contains(it.value()))
            it.value() = 0;
    }
    for (const CodebookEntry &entry : entries) {
        Node node;
        node.entry = entry;
        node.parent = reachesTopLevel(entry.id, parents) ? parents.value(entry.id) : 0;
        node.position = int(m_order.size());
        m_order.append(entry.id);
        m_nodes.insert(entry.id, node);
    }
    for (qint64 id : std::as_const(m_order)) {
        Node &node = m_nodes[id];
        QList<qint64> &siblings = node.parent != 0 ? m_nodes[node.parent].children : m_roots;
        node.row = int(siblings.size());
        siblings.append(id);
    }
}

const CodebookEntry *CodebookTree::entry(qint64 id) const
{
    const auto it = m_nodes.constFind(id);
    return it != m_nodes.cend() ? &it->entry : nullptr;
}

qint64 CodebookTree::parentOf(qint64 id) const
{
    const auto it = m_nodes.constFind(id);
    return it != m_nodes.cend() ? it->parent : 0;
}

const QList<qint64> &CodebookTree::children(qint64 parent) const
{
    if (parent == 0)
        return m_roots;
    static const QList<qint64> none;
    const auto it = m_nodes.constFind(parent);
    return it != m_nodes.cend() ? it->children : none;
}

int CodebookTree::rowOf(qint64 id) const
{
    const auto it = m_nodes.constFind(id);
    return it != m_nodes.cend() ? it->row : -1;
}

int CodebookTree::positionOf(qint64 id) const
{
    const auto it = m_nodes.constFind(id);
    return it != m_nodes.cend() ? it->position : -1;
}

bool CodebookTree::hasSameEntries(const CodebookTree &other) const
{
    if (m_nodes.size() != other.m_nodes.size())
        return false;
    return std::all_of(m_order.cbegin(), m_order.cend(),
                       [&other](qint64 id) { return other.contains(id); });
}

bool CodebookTree::hasSameShape(const CodebookTree &other) const
{
    if (!hasSameEntries(other))
        return false;
    return std::all_of(m_order.cbegin(), m_order.cend(), [this, &other](qint64 id) {
        return parentOf(id) == other.parentOf(id) && rowOf(id) == other.rowOf(id);
    });
}

bool CodebookTree::canMove(qint64 id, int step) const
{
    const int row = rowOf(id);
    const int target = row + step;
    return row >= 0 && step != 0 && target >= 0 && target < children(parentOf(id)).size();
}

QList<qint64> CodebookTree::orderAfterMove(qint64 id, int step) const
{
    if (!canMove(id, step))
        return {};
    CodebookTree moved = *this;
    const qint64 parent = parentOf(id);
    QList<qint64> &siblings = parent != 0 ? moved.m_nodes[parent].children : moved.m_roots;
    const int row = rowOf(id);
    siblings.move(row, row + step);
    QList<qint64> order;
    order.reserve(m_order.size());
    moved.appendDepthFirst(moved.m_roots, order);
    return order;
}

QList<std::pair<qint64, int>> CodebookTree::depthFirst() const
{
    QList<std::pair<qint64, int>> out;
    out.reserve(m_order.size());
    appendWithDepth(m_roots, 0, out);
    return out;
}

void CodebookTree::appendWithDepth(const QList<qint64> &ids, int depth,
                                   QList<std::pair<qint64, int>> &out) const
{
    for (qint64 id : ids) {
        out.append({id, depth});
        appendWithDepth(children(id), depth + 1, out);
    }
}

void CodebookTree::appendDepthFirst(const QList<qint64> &ids, QList<qint64> &out) const
{
    for (qint64 id : ids) {
        out.append(id);
        appendDepthFirst(children(id), out);
    }
}

} // namespace demarche
