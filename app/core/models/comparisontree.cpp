#include "core/models/comparisontree.h"

#include "core/models/codebookentry.h"
#include "core/models/codebooktree.h"

#include <algorithm>

namespace demarche {

int ComparisonTree::Node::evidenceRows() const
{
    return int(comparison.rows.size());
}

void ComparisonTree::rebuild(const QList<Topic> &topics)
{
    m_nodes.clear();
    m_roots.clear();
    m_shownRoots.clear();
    const CodebookTree tree = codebookTreeOf(topics); // tolerates missing parents and loops
    for (const Topic &topic : topics) {
        Node node;
        node.topic = topic;
        node.comparison.topic = topic;
        node.parent = TopicId(tree.parentOf(topic.id.value()));
        for (const qint64 child : tree.children(topic.id.value()))
            node.children.append(TopicId(child));
        m_nodes.insert(topic.id, node);
    }
    for (const qint64 root : tree.children(0))
        m_roots.append(TopicId(root));
}

void ComparisonTree::fill(QList<TopicComparison> comparison, bool showEmpty)
{
    for (TopicComparison &row : comparison) {
        const auto found = m_nodes.find(row.topic.id);
        if (found != m_nodes.end())
            found->comparison = std::move(row);
    }
    for (const TopicId root : std::as_const(m_roots)) {
        if (placeShown(root, showEmpty))
            m_shownRoots.append(root);
    }
}

// Marks a topic shown when it has claims, when empty topics are wanted, or when one of
// its sub-topics is shown; fills the shown children on the way.
bool ComparisonTree::placeShown(TopicId id, bool showEmpty)
{
    // Lookups only: nothing is inserted, so the reference stays valid through the recursion.
    Node &node = m_nodes[id];
    for (const TopicId child : std::as_const(node.children)) {
        if (placeShown(child, showEmpty))
            node.shownChildren.append(child);
    }
    node.shown = node.hasClaims() || showEmpty || !node.shownChildren.isEmpty();
    return node.shown;
}

const ComparisonTree::Node *ComparisonTree::node(TopicId id) const
{
    const auto found = m_nodes.constFind(id);
    return found == m_nodes.cend() ? nullptr : &*found;
}

ComparisonTree::Node *ComparisonTree::node(TopicId id)
{
    const auto found = m_nodes.find(id);
    return found == m_nodes.end() ? nullptr : &*found;
}

int ComparisonTree::rowInParent(const Node &node) const
{
    if (!node.parent.isValid())
        return int(m_shownRoots.indexOf(node.topic.id));
    const Node &parent = *m_nodes.constFind(node.parent);
    const qsizetype child = parent.shownChildren.indexOf(node.topic.id);
    return child < 0 ? -1 : parent.evidenceRows() + int(child);
}

int ComparisonTree::topicsWithClaims() const
{
    return int(std::count_if(m_nodes.cbegin(), m_nodes.cend(),
                             [](const Node &node) { return node.hasClaims(); }));
}

ComparisonTree::Branch ComparisonTree::branchToShow(TopicId id) const
{
    Branch branch;
    branch.chain.append(id);
    TopicId parent = m_nodes.value(id).parent;
    while (parent.isValid() && !m_nodes.value(parent).shown) {
        branch.chain.append(parent);
        parent = m_nodes.value(parent).parent;
    }
    branch.parent = parent;
    branch.row = (parent.isValid() ? m_nodes.value(parent).evidenceRows() : 0)
                 + shownPosition(parent, branch.chain.last());
    return branch;
}

void ComparisonTree::show(const Branch &branch)
{
    for (auto it = branch.chain.crbegin(); it != branch.chain.crend(); ++it) {
        Node &node = m_nodes[*it];
        node.shown = true;
        shownSiblings(node.parent).insert(shownPosition(node.parent, *it), *it);
    }
}

ComparisonTree::Branch ComparisonTree::branchToHide(TopicId id, bool showEmpty) const
{
    Branch branch;
    branch.chain.append(id);
    for (TopicId parent = m_nodes.value(id).parent; parent.isValid();
         parent = m_nodes.value(parent).parent) {
        const Node &above = *m_nodes.constFind(parent);
        if (above.hasClaims() || showEmpty || above.shownChildren.size() > 1)
            break;
        branch.chain.append(parent);
    }
    const Node &top = *m_nodes.constFind(branch.chain.last());
    branch.parent = top.parent;
    branch.row = rowInParent(top);
    return branch;
}

void ComparisonTree::hide(const Branch &branch)
{
    for (const TopicId hidden : branch.chain) {
        Node &node = m_nodes[hidden];
        node.shown = false;
        node.shownChildren.clear();
        shownSiblings(node.parent).removeOne(hidden);
    }
}

// Where `id` goes among the shown children of `parent`: after the shown siblings that come
// before it in the codebook.
int ComparisonTree::shownPosition(TopicId parent, TopicId id) const
{
    const QList<TopicId> &siblings =
        parent.isValid() ? m_nodes.constFind(parent)->children : m_roots;
    int position = 0;
    for (const TopicId sibling : siblings) {
        if (sibling == id)
            break;
        if (m_nodes.constFind(sibling)->shown)
            ++position;
    }
    return position;
}

QList<TopicId> &ComparisonTree::shownSiblings(TopicId parent)
{
    return parent.isValid() ? m_nodes[parent].shownChildren : m_shownRoots;
}

} // namespace demarche
