#include "core/models/comparisonmodel.h"

#include "core/domain/languagechange.h"
#include "core/models/newtexts.h"
#include "core/project/project.h"

#include <algorithm>

namespace demarche {

ComparisonModel::ComparisonModel(Project &project, QObject *parent)
    : QAbstractItemModel(parent)
    , m_project(project)
{
    loadClaims();
    buildNodes();
    connectProject();
    // Headers, summaries, stances and dates read in the new language; rows stay.
    onLanguageChange(this, [this]() { announceNewTexts(*this); });
}

void ComparisonModel::setActors(ActorId a, ActorId b)
{
    if (a == m_a && b == m_b)
        return;
    m_a = a;
    m_b = b;
    m_cells.setActors(a, b);
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
        empty.actors = m_project.actors();
        return empty;
    }
    return compareClaims(*a, *b, m_project.actors(), m_project.topics(), m_held.claims().values(),
                         options(), m_held.dates());
}

int ComparisonModel::topicsWithClaims() const
{
    return m_tree.topicsWithClaims();
}

void ComparisonModel::reset(bool reloadClaims)
{
    beginResetModel();
    if (reloadClaims)
        loadClaims();
    buildNodes();
    endResetModel();
}

void ComparisonModel::loadClaims()
{
    m_comparable = m_a != m_b && m_project.actor(m_a) && m_project.actor(m_b);
    if (!m_comparable) {
        m_held.loadDocuments(m_project.documents());
        return;
    }
    if (demarche::Status loaded = m_held.load(m_project, m_a, m_b); !loaded)
        m_project.reportError(loaded.error().message);
}

void ComparisonModel::buildNodes()
{
    // An actor removed since the claims were loaded leaves nothing to compare.
    m_comparable = m_comparable && m_project.actor(m_a) && m_project.actor(m_b);
    const QList<Topic> &topics = m_project.topics();
    m_tree.rebuild(topics);
    if (!m_comparable)
        return;
    Comparison all = compareClaims(*m_project.actor(m_a), *m_project.actor(m_b), m_project.actors(),
                                   topics, m_held.claims().values(), options(), m_held.dates());
    m_tree.fill(std::move(all.topics), m_showEmpty);
}

// Topic rows carry their parent topic's id; evidence rows too, being children of a topic.
ComparisonModel::RowRef ComparisonModel::rowRef(const QModelIndex &index) const
{
    RowRef ref;
    if (!index.isValid() || index.model() != this)
        return ref;
    const auto parentId = qint64(index.internalId());
    if (parentId == 0) {
        if (index.row() < m_tree.shownRoots().size())
            ref.node = m_tree.node(m_tree.shownRoots().at(index.row()));
        return ref;
    }
    const TopicNode *parent = m_tree.node(TopicId(parentId));
    if (!parent)
        return ref;
    const int evidence = parent->evidenceRows();
    if (index.row() < evidence) {
        ref.node = parent;
        ref.evidence = index.row();
        return ref;
    }
    const int child = index.row() - evidence;
    if (child < parent->shownChildren.size())
        ref.node = m_tree.node(parent->shownChildren.at(child));
    return ref;
}

const Claim *ComparisonModel::claimIn(const RowRef &ref, int column)
{
    if (!ref.node || ref.evidence < 0 || (column != ActorAColumn && column != ActorBColumn))
        return nullptr;
    const TopicComparison &comparison = ref.node->comparison;
    if (ref.evidence >= comparison.rows.size())
        return nullptr;
    const EvidenceRow row = comparison.rows.at(ref.evidence);
    const ActorPosition &side = column == ActorAColumn ? comparison.a : comparison.b;
    const int at = column == ActorAColumn ? row.a : row.b;
    return at >= 0 && at < side.claims.size() ? &side.claims.at(at) : nullptr;
}

QModelIndex ComparisonModel::topicIndex(TopicId id, int column) const
{
    const TopicNode *found = m_tree.node(id);
    if (!found || !found->shown || column < 0 || column >= ColumnCount)
        return {};
    const int row = m_tree.rowInParent(*found);
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
        return int(m_tree.shownRoots().size());
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
        return m_cells.topicData(*ref.node, index.column(), role);
    return m_cells.evidenceData(claimIn(ref, index.column()), index.column(), role);
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
            return m_project.actor(m_a) ? m_cells.actorName(m_a) : tr("Actor A");
        case ComparisonColumn:
            return tr("Comparison");
        case ActorBColumn:
            return m_project.actor(m_b) ? m_cells.actorName(m_b) : tr("Actor B");
        default:
            return {};
        }
    }
    return QAbstractItemModel::headerData(section, orientation, role);
}

// How the model follows the project: claims and document dates change only the topic rows
// they touch; codebook changes and reloads start afresh.

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
    if (m_comparable)
        refreshTopics(m_held.add(claims));
}

void ComparisonModel::changeClaim(const Claim &before, const Claim &after)
{
    if (m_comparable)
        refreshTopics(m_held.change(before, after));
}

void ComparisonModel::removeClaims(const QList<Claim> &claims)
{
    if (m_comparable)
        refreshTopics(m_held.remove(claims));
}

void ComparisonModel::documentAdded(const Document &document)
{
    m_held.addDocument(document);
}

void ComparisonModel::documentChanged(const Document &document)
{
    refreshTopics(m_held.changeDocument(document));
}

void ComparisonModel::documentRemoved(const Document &document)
{
    const QSet<TopicId> touched = m_held.removeDocument(document);
    if (m_comparable)
        refreshTopics(touched);
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
    TopicNode *found = m_tree.node(id);
    if (!found)
        return;
    TopicNode &node = *found;
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
    Comparison result = compareClaims(*a, *b, m_project.actors(), {topic}, m_held.onTopic(topic.id),
                                      options(), m_held.dates());
    return result.topics.isEmpty() ? empty : result.topics.takeFirst();
}

// The pairs are re-dealt in date order, so rows are added or dropped at the end of the
// evidence and every row kept is announced as changed.
void ComparisonModel::replaceEvidence(TopicNode &node, TopicComparison fresh)
{
    const QModelIndex topic = topicIndex(node.topic.id);
    const int before = node.evidenceRows();
    const int after = int(fresh.rows.size());
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

void ComparisonModel::showWithAncestors(TopicId id)
{
    const ComparisonTree::Branch branch = m_tree.branchToShow(id);
    beginInsertRows(branch.parent.isValid() ? topicIndex(branch.parent) : QModelIndex(), branch.row,
                    branch.row);
    m_tree.show(branch);
    endInsertRows();
}

void ComparisonModel::hideWithAncestors(TopicId id, TopicComparison fresh)
{
    const ComparisonTree::Branch branch = m_tree.branchToHide(id, m_showEmpty);
    beginRemoveRows(branch.parent.isValid() ? topicIndex(branch.parent) : QModelIndex(), branch.row,
                    branch.row);
    m_tree.node(id)->comparison = std::move(fresh);
    m_tree.hide(branch);
    endRemoveRows();
}
} // namespace demarche
