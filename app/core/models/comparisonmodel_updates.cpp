// How the comparison model follows the project: claims and document dates change only
// the topic rows they touch; codebook changes and reloads start afresh.
#include "core/models/comparisonmodel.h"
#include "core/project/project.h"

#include <algorithm>

namespace demarche {

void ComparisonModel::connectProject()
{
    connect(&m_project, &Project::claimsAdded, this, &ComparisonModel::addClaims);
    connect(&m_project, &Project::claimChanged, this, &ComparisonModel::changeClaim);
    connect(&m_project, &Project::claimsRemoved, this, &ComparisonModel::removeClaims);
    connect(&m_project, &Project::documentAdded, this, &ComparisonModel::documentAdded);
    connect(&m_project, &Project::documentChanged, this, &ComparisonModel::documentChanged);
    connect(&m_project, &Project::documentRemoved, this, &ComparisonModel::documentRemoved);
    // The actors' tree decides whose claims count, so their claims are read again.
    const auto reloadAll = [this]() {
        reset(true);
        Q_EMIT headerDataChanged(Qt::Horizontal, ActorAColumn, ActorBColumn);
    };
    connect(&m_project, &Project::actorsChanged, this, reloadAll);
    connect(&m_project, &Project::reloaded, this, reloadAll);
    connect(&m_project, &Project::topicsChanged, this, [this]() { reset(false); });
}

void ComparisonModel::addClaims(const QList<Claim> &claims)
{
    if (!m_comparable)
        return;
    QSet<TopicId> touched;
    for (const Claim &claim : claims) {
        if (!m_holders.contains(claim.holder))
            continue;
        m_claims.insert(claim.id, claim);
        touched.insert(claim.topic);
    }
    refreshTopics(touched);
}

// A retag may move a claim between topics or sides, or out of both actors' claims.
void ComparisonModel::changeClaim(const Claim &before, const Claim &after)
{
    if (!m_comparable)
        return;
    QSet<TopicId> touched;
    const auto held = m_claims.constFind(before.id);
    if (held != m_claims.cend()) {
        touched.insert(held->topic);
        m_claims.erase(held);
    }
    if (m_holders.contains(after.holder)) {
        m_claims.insert(after.id, after);
        touched.insert(after.topic);
    }
    refreshTopics(touched);
}

void ComparisonModel::removeClaims(const QList<Claim> &claims)
{
    if (!m_comparable)
        return;
    QSet<TopicId> touched;
    for (const Claim &claim : claims) {
        const auto held = m_claims.constFind(claim.id);
        if (held == m_claims.cend())
            continue;
        touched.insert(held->topic);
        m_claims.erase(held);
    }
    refreshTopics(touched);
}

void ComparisonModel::documentAdded(const Document &document)
{
    m_documents.insert(document.id, document);
    m_dates.insert(document.id, document.date);
}

// Only a new date, title or source shows here; a new URL or language does not.
void ComparisonModel::documentChanged(const Document &document)
{
    const auto known = m_documents.constFind(document.id);
    const bool shownFieldsChanged = known == m_documents.cend() || known->date != document.date
                                    || known->title != document.title
                                    || known->source != document.source;
    m_documents.insert(document.id, document);
    m_dates.insert(document.id, document.date);
    if (!shownFieldsChanged)
        return;
    // A new date may reorder the evidence, or move it in or out of the date range.
    QSet<TopicId> touched;
    for (const Claim &claim : std::as_const(m_claims)) {
        if (claim.document == document.id)
            touched.insert(claim.topic);
    }
    refreshTopics(touched);
}

void ComparisonModel::documentRemoved(const Document &document)
{
    // The project announces the document's claims as removed first; this catches any left.
    QList<Claim> left;
    for (const Claim &claim : std::as_const(m_claims)) {
        if (claim.document == document.id)
            left.append(claim);
    }
    if (!left.isEmpty())
        removeClaims(left);
    m_documents.remove(document.id);
    m_dates.remove(document.id);
}

void ComparisonModel::refreshTopics(const QSet<TopicId> &topics)
{
    if (topics.isEmpty())
        return;
    for (const Topic &topic : m_project.topics()) { // codebook order, for steady updates
        if (topics.contains(topic.id))
            refreshTopic(topic.id);
    }
}

void ComparisonModel::refreshTopic(TopicId id)
{
    const auto found = m_nodes.find(id);
    if (found == m_nodes.end())
        return;
    TopicNode &node = found.value();
    TopicComparison fresh = compareTopic(node.topic);
    if (!node.shown) {
        node.comparison = std::move(fresh);
        if (node.hasClaims())
            showWithAncestors(id);
        return;
    }
    const bool freshHasClaims = !fresh.a.claims.isEmpty() || !fresh.b.claims.isEmpty();
    if (!freshHasClaims && !m_showEmpty && node.shownChildren.isEmpty()) {
        hideWithAncestors(id, std::move(fresh));
        return;
    }
    replaceEvidence(node, std::move(fresh));
}

TopicComparison ComparisonModel::compareTopic(const Topic &topic) const
{
    TopicComparison empty;
    empty.topic = topic;
    const Actor *a = m_project.actor(m_a);
    const Actor *b = m_project.actor(m_b);
    if (!a || !b)
        return empty;
    QList<Claim> claims;
    for (const Claim &claim : std::as_const(m_claims)) {
        if (claim.topic == topic.id)
            claims.append(claim);
    }
    Comparison result =
        compareClaims(*a, *b, m_project.actors(), {topic}, claims, options(), m_dates);
    return result.topics.isEmpty() ? empty : result.topics.takeFirst();
}

// The pairs are re-dealt in date order, so rows are added or dropped at the end of the
// evidence and every row kept is announced as changed.
void ComparisonModel::replaceEvidence(TopicNode &node, TopicComparison fresh)
{
    const QModelIndex topic = topicIndex(node.topic.id);
    const int before = node.evidenceRows();
    const int after = int(std::max(fresh.a.claims.size(), fresh.b.claims.size()));
    if (after > before) {
        beginInsertRows(topic, before, after - 1);
        node.comparison = std::move(fresh);
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows(topic, after, before - 1);
        node.comparison = std::move(fresh);
        endRemoveRows();
    } else {
        node.comparison = std::move(fresh);
    }
    const int kept = std::min(before, after);
    Q_EMIT dataChanged(topic, topic.siblingAtColumn(ColumnCount - 1));
    if (kept > 0)
        Q_EMIT dataChanged(index(0, 0, topic), index(kept - 1, ColumnCount - 1, topic));
}

// A topic that gains claims appears, and with it any parent that was hidden: one row
// inserted under the nearest shown ancestor brings the whole branch.
void ComparisonModel::showWithAncestors(TopicId id)
{
    QList<TopicId> chain{id};
    TopicId parent = m_nodes[id].parent;
    while (parent.isValid() && !m_nodes[parent].shown) {
        chain.append(parent);
        parent = m_nodes[parent].parent;
    }
    const TopicId top = chain.last();
    const QModelIndex parentIndex = parent.isValid() ? topicIndex(parent) : QModelIndex();
    const int row =
        (parent.isValid() ? m_nodes[parent].evidenceRows() : 0) + shownPosition(parent, top);
    beginInsertRows(parentIndex, row, row);
    for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
        TopicNode &node = m_nodes[*it];
        node.shown = true;
        shownSiblings(node.parent).insert(shownPosition(node.parent, *it), *it);
    }
    endInsertRows();
}

// A topic left without claims disappears, and with it the parents that were shown only
// for its sake.
void ComparisonModel::hideWithAncestors(TopicId id, TopicComparison fresh)
{
    QList<TopicId> chain{id};
    for (TopicId parent = m_nodes[id].parent; parent.isValid(); parent = m_nodes[parent].parent) {
        const TopicNode &above = m_nodes[parent];
        if (above.hasClaims() || m_showEmpty || above.shownChildren.size() > 1)
            break;
        chain.append(parent);
    }
    const TopicNode &top = m_nodes[chain.last()];
    const QModelIndex parentIndex = top.parent.isValid() ? topicIndex(top.parent) : QModelIndex();
    const int row = rowInParent(top);
    beginRemoveRows(parentIndex, row, row);
    m_nodes[id].comparison = std::move(fresh);
    for (const TopicId hidden : std::as_const(chain)) {
        TopicNode &node = m_nodes[hidden];
        node.shown = false;
        node.shownChildren.clear();
        shownSiblings(node.parent).removeOne(hidden);
    }
    endRemoveRows();
}

// Where `id` goes among the shown children of `parent`: after the shown siblings that come
// before it in the codebook.
int ComparisonModel::shownPosition(TopicId parent, TopicId id) const
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

QList<TopicId> &ComparisonModel::shownSiblings(TopicId parent)
{
    return parent.isValid() ? m_nodes[parent].shownChildren : m_shownRoots;
}

} // namespace demarche
