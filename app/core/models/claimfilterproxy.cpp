#include "core/models/claimfilterproxy.h"

#include "core/domain/namelookup.h"
#include "core/models/modelroles.h"
#include "core/project/project.h"

#include <QRegularExpression>

#include <algorithm>

namespace demarche {
namespace {

// The entry and, when wanted, every entry below it.
template <typename Item, typename IdType>
QSet<IdType> withDescendants(const QList<Item> &items, IdType root, bool descendants)
{
    if (!descendants)
        return root.isValid() ? QSet<IdType>{root} : QSet<IdType>();
    const QList<IdType> ids = subtreeIds(root, items);
    return QSet<IdType>(ids.cbegin(), ids.cend());
}

template <typename IdType>
QList<IdType> sorted(const QSet<IdType> &ids)
{
    QList<IdType> list(ids.cbegin(), ids.cend());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

ClaimFilterProxy::ClaimFilterProxy(const Project &project, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_project(project)
{
    setSortRole(roles::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // Renaming an actor or topic (or reparenting it) can change which rows match.
    connect(&project, &Project::actorsChanged, this, [this]() {
        updateActors();
        if (m_actor.isValid() || !m_words.isEmpty())
            refilter();
    });
    connect(&project, &Project::topicsChanged, this, [this]() {
        updateTopics();
        if (m_topic.isValid() || !m_words.isEmpty())
            refilter();
    });
}

void ClaimFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    m_words = text.split(spaces, Qt::SkipEmptyParts);
    refilter();
}

void ClaimFilterProxy::setActor(ActorId id)
{
    if (id == m_actor)
        return;
    m_actor = id;
    updateActors();
    refilter();
}

void ClaimFilterProxy::setIncludeChildActors(bool include)
{
    if (include == m_includeChildActors)
        return;
    m_includeChildActors = include;
    updateActors();
    refilter();
}

void ClaimFilterProxy::setTopic(TopicId id)
{
    if (id == m_topic)
        return;
    m_topic = id;
    updateTopics();
    refilter();
}

void ClaimFilterProxy::setIncludeSubtopics(bool include)
{
    if (include == m_includeSubtopics)
        return;
    m_includeSubtopics = include;
    updateTopics();
    refilter();
}

void ClaimFilterProxy::setStance(std::optional<Stance> stance)
{
    if (stance == m_stance)
        return;
    m_stance = stance;
    refilter();
}

void ClaimFilterProxy::setDocument(DocumentId id)
{
    if (id == m_document)
        return;
    m_document = id;
    refilter();
}

void ClaimFilterProxy::clearFilters()
{
    if (!isFiltered())
        return;
    m_searchText.clear();
    m_words.clear();
    m_actor = {};
    m_actors.clear();
    m_topic = {};
    m_topics.clear();
    m_stance.reset();
    m_document = {};
    refilter();
}

bool ClaimFilterProxy::isFiltered() const
{
    return !m_words.isEmpty() || m_actor.isValid() || m_topic.isValid() || m_stance
           || m_document.isValid();
}

ClaimFilter ClaimFilterProxy::storeFilter() const
{
    ClaimFilter filter;
    filter.holders = sorted(m_actors);
    filter.topics = sorted(m_topics);
    if (m_document.isValid())
        filter.documents = {m_document};
    return filter;
}

bool ClaimFilterProxy::storeFilterIsExact() const
{
    return m_words.isEmpty() && !m_stance;
}

QList<ClaimId> ClaimFilterProxy::visibleClaimIds() const
{
    QList<ClaimId> ids;
    const int rows = rowCount();
    ids.reserve(rows);
    for (int row = 0; row < rows; ++row)
        ids.append(claimIdAt(row));
    return ids;
}

ClaimId ClaimFilterProxy::claimIdAt(int row) const
{
    return index(row, 0).data(roles::ClaimIdRole).value<ClaimId>();
}

bool ClaimFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_actor.isValid() && !m_actors.contains(source.data(roles::ActorIdRole).value<ActorId>()))
        return false;
    if (m_topic.isValid() && !m_topics.contains(source.data(roles::TopicIdRole).value<TopicId>()))
        return false;
    if (m_stance && source.data(roles::StanceRole).toInt() != int(*m_stance))
        return false;
    if (m_document.isValid()
        && source.data(roles::DocumentIdRole).value<DocumentId>() != m_document)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = source.data(roles::SearchTextRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(), [&text](const QString &word) {
        return text.contains(word, Qt::CaseInsensitive);
    });
}

void ClaimFilterProxy::updateActors()
{
    m_actors = withDescendants(m_project.actors(), m_actor, m_includeChildActors);
}

void ClaimFilterProxy::updateTopics()
{
    m_topics = withDescendants(m_project.topics(), m_topic, m_includeSubtopics);
}

void ClaimFilterProxy::refilter()
{
    invalidateFilter();
    Q_EMIT filterChanged();
}

} // namespace demarche
