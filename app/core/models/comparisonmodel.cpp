#include "core/models/comparisonmodel.h"

#include "core/models/codebookentry.h"
#include "core/models/codebooktree.h"
#include "core/project/project.h"

#include <algorithm>

namespace demarche {

int ComparisonModel::TopicNode::evidenceRows() const
{
    return int(std::max(comparison.a.claims.size(), comparison.b.claims.size()));
}

ComparisonModel::ComparisonModel(Project &project, QObject *parent)
    : QAbstractItemModel(parent)
    , m_project(project)
{
    loadClaims();
    buildNodes();
    connectProject();
}

void ComparisonModel::setActors(ActorId a, ActorId b)
{
    if (a == m_a && b == m_b)
        return;
    m_a = a;
    m_b = b;
    reset(true);
    Q_EMIT headerDataChanged(Qt::Horizontal, ActorAColumn, ActorBColumn);
}

void ComparisonModel::setRollUp(bool rollUp)
{
    if (rollUp == m_rollUp)
        return;
    m_rollUp = rollUp;
    reset(false); // the claims held already cover both subtrees
}

void ComparisonModel::setScope(const ClaimScope &scope)
{
    m_scope = scope;
    reset(false);
}

void ComparisonModel::setShowEmptyTopics(bool show)
{
    if (show == m_showEmpty)
        return;
    m_showEmpty = show;
    reset(false);
}

ComparisonOptions ComparisonModel::options() const
{
    ComparisonOptions options;
    options.a = m_a;
    options.b = m_b;
    options.rollUp = m_rollUp;
    options.scope = m_scope;
    return options;
}

Comparison ComparisonModel::comparison() const
{
    const Actor *a = m_project.actor(m_a);
    const Actor *b = m_project.actor(m_b);
    if (!m_comparable || !a || !b) {
        Comparison empty;
        empty.a = a ? *a : Actor();
        empty.b = b ? *b : Actor();
        empty.rollUp = m_rollUp;
        empty.scope = m_scope;
        empty.allTopics = m_project.topics();
        return empty;
    }
    return compareClaims(*a, *b, m_project.actors(), m_project.topics(), m_claims.values(),
                         options(), m_dates);
}

int ComparisonModel::topicsWithClaims() const
{
    return int(std::count_if(m_nodes.cbegin(), m_nodes.cend(),
                             [](const TopicNode &node) { return node.hasClaims(); }));
}

void ComparisonModel::reset(bool reloadClaims)
{
    beginResetModel();
    if (reloadClaims)
        loadClaims();
    buildNodes();
    endResetModel();
}

// Both subtrees' claims are held whatever the roll-up, so that switching it needs no
// second trip to the store.
void ComparisonModel::loadClaims()
{
    m_claims.clear();
    m_holders.clear();
    m_documents.clear();
    for (const Document &document : m_project.documents())
        m_documents.insert(document.id, document);
    m_dates = documentDates(m_project.documents());
    m_comparable = m_a != m_b && m_project.actor(m_a) && m_project.actor(m_b);
    if (!m_comparable)
        return;
    ClaimFilter filter;
    for (const ActorId root : {m_a, m_b}) {
        for (const ActorId id : actorSubtree(root, m_project.actors())) {
            if (!m_holders.contains(id)) {
                m_holders.insert(id);
                filter.holders.append(id);
            }
        }
    }
    auto claims = m_project.store().claims(filter);
    if (!claims) {
        m_project.reportError(claims.error().message);
        return;
    }
    for (const Claim &claim : std::as_const(claims.value()))
        m_claims.insert(claim.id, claim);
}

void ComparisonModel::buildNodes()
{
    m_nodes.clear();
    m_roots.clear();
    m_shownRoots.clear();
    // An actor removed since the claims were loaded leaves nothing to compare.
    m_comparable = m_comparable && m_project.actor(m_a) && m_project.actor(m_b);

    const QList<Topic> &topics = m_project.topics();
    const CodebookTree tree = codebookTreeOf(topics); // tolerates missing parents and loops
    for (const Topic &topic : topics) {
        TopicNode node;
        node.topic = topic;
        node.comparison.topic = topic;
        node.parent = TopicId(tree.parentOf(topic.id.value()));
        for (const qint64 child : tree.children(topic.id.value()))
            node.children.append(TopicId(child));
        m_nodes.insert(topic.id, node);
    }
    for (const qint64 root : tree.children(0))
        m_roots.append(TopicId(root));
    if (!m_comparable)
        return;

    Comparison all = compareClaims(*m_project.actor(m_a), *m_project.actor(m_b), m_project.actors(),
                                   topics, m_claims.values(), options(), m_dates);
    for (TopicComparison &row : all.topics) {
        const auto found = m_nodes.find(row.topic.id);
        if (found != m_nodes.end())
            found->comparison = std::move(row);
    }
    for (const TopicId root : std::as_const(m_roots)) {
        if (placeShown(root))
            m_shownRoots.append(root);
    }
}

// Marks a topic shown when it has claims, when empty topics are wanted, or when one of
// its sub-topics is shown; fills the shown children on the way.
bool ComparisonModel::placeShown(TopicId id)
{
    // Lookups only: nothing is inserted, so the reference stays valid through the recursion.
    TopicNode &node = m_nodes[id];
    for (const TopicId child : std::as_const(node.children)) {
        if (placeShown(child))
            node.shownChildren.append(child);
    }
    node.shown = node.hasClaims() || m_showEmpty || !node.shownChildren.isEmpty();
    return node.shown;
}

// Topic rows carry their parent topic's id; evidence rows too, being children of a topic.
ComparisonModel::RowRef ComparisonModel::rowRef(const QModelIndex &index) const
{
    RowRef ref;
    if (!index.isValid() || index.model() != this)
        return ref;
    const auto parentId = qint64(index.internalId());
    if (parentId == 0) {
        if (index.row() < m_shownRoots.size())
            ref.node = &*m_nodes.constFind(m_shownRoots.at(index.row()));
        return ref;
    }
    const auto parent = m_nodes.constFind(TopicId(parentId));
    if (parent == m_nodes.cend())
        return ref;
    const int evidence = parent->evidenceRows();
    if (index.row() < evidence) {
        ref.node = &*parent;
        ref.evidence = index.row();
        return ref;
    }
    const int child = index.row() - evidence;
    if (child < parent->shownChildren.size())
        ref.node = &*m_nodes.constFind(parent->shownChildren.at(child));
    return ref;
}

int ComparisonModel::rowInParent(const TopicNode &node) const
{
    if (!node.parent.isValid())
        return int(m_shownRoots.indexOf(node.topic.id));
    const TopicNode &parent = *m_nodes.constFind(node.parent);
    const qsizetype child = parent.shownChildren.indexOf(node.topic.id);
    return child < 0 ? -1 : parent.evidenceRows() + int(child);
}

const Claim *ComparisonModel::claimIn(const RowRef &ref, int column)
{
    if (!ref.node || ref.evidence < 0 || (column != ActorAColumn && column != ActorBColumn))
        return nullptr;
    const ActorPosition &side =
        column == ActorAColumn ? ref.node->comparison.a : ref.node->comparison.b;
    return ref.evidence < side.claims.size() ? &side.claims.at(ref.evidence) : nullptr;
}

QModelIndex ComparisonModel::topicIndex(TopicId id, int column) const
{
    const auto found = m_nodes.constFind(id);
    if (found == m_nodes.cend() || !found->shown || column < 0 || column >= ColumnCount)
        return {};
    const int row = rowInParent(*found);
    return row < 0 ? QModelIndex() : createIndex(row, column, quintptr(found->parent.value()));
}

ComparisonModel::RowKind ComparisonModel::rowKind(const QModelIndex &index) const
{
    return rowRef(index).evidence >= 0 ? RowKind::Evidence : RowKind::Topic;
}

TopicId ComparisonModel::topicAt(const QModelIndex &index) const
{
    const RowRef ref = rowRef(index);
    return ref.node ? ref.node->topic.id : TopicId();
}

ClaimId ComparisonModel::claimAt(const QModelIndex &index) const
{
    const Claim *claim = claimIn(rowRef(index), index.column());
    return claim ? claim->id : ClaimId();
}

QModelIndex ComparisonModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(topicAt(parent).value()));
}

QModelIndex ComparisonModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return topicIndex(TopicId(qint64(child.internalId())));
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_shownRoots.size());
    if (parent.column() != TopicColumn)
        return 0;
    const RowRef ref = rowRef(parent);
    if (!ref.node || ref.evidence >= 0)
        return 0;
    return ref.node->evidenceRows() + int(ref.node->shownChildren.size());
}

int ComparisonModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const RowRef ref = rowRef(index);
    if (!ref.node)
        return {};
    if (role == roles::RowKindRole)
        return int(ref.evidence >= 0 ? RowKind::Evidence : RowKind::Topic);
    if (role == roles::TopicIdRole)
        return QVariant::fromValue(ref.node->topic.id);
    if (role == roles::ColorRole
        && (index.column() == ActorAColumn || index.column() == ActorBColumn))
        return m_project.actorColor(index.column() == ActorAColumn ? m_a : m_b);
    if (ref.evidence < 0)
        return topicData(*ref.node, index.column(), role);
    return evidenceData(claimIn(ref, index.column()), index.column(), role);
}

Qt::ItemFlags ComparisonModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    const RowRef ref = rowRef(index);
    if (ref.evidence < 0)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    // An empty evidence cell is there only to keep the pairs side by side.
    const bool emptySide = (index.column() == ActorAColumn || index.column() == ActorBColumn)
                           && !claimIn(ref, index.column());
    return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren
           | (emptySide ? Qt::NoItemFlags : Qt::ItemIsSelectable);
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractItemModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TopicColumn:
            return tr("Topic");
        case ActorAColumn:
            return m_project.actor(m_a) ? actorName(m_a) : tr("Actor A");
        case ComparisonColumn:
            return tr("Comparison");
        case ActorBColumn:
            return m_project.actor(m_b) ? actorName(m_b) : tr("Actor B");
        default:
            return {};
        }
    }
    return QAbstractItemModel::headerData(section, orientation, role);
}

} // namespace demarche
