#include "core/analysis/network.h"

#include "core/domain/namelookup.h"
#include "core/domain/translation.h"
#include "core/storage/claimfilter.h"
#include "core/storage/projectstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <utility>

namespace demarche {
namespace {

// One node on one topic: sums rather than means, as in the matrix, so that the mean is
// taken once from exact integers.
struct Cell
{
    int claims = 0;
    qint64 weightedPositionSum = 0;
    qint64 salienceSum = 0;

    std::optional<double> mean() const
    {
        if (salienceSum <= 0)
            return std::nullopt;
        return double(weightedPositionSum) / double(salienceSum);
    }
};

// The topics that count: every topic, or those asked for with their sub-topics, in
// codebook order.
QList<Topic> wantedTopics(const QList<Topic> &topics, const QList<TopicId> &asked)
{
    if (asked.isEmpty())
        return topics;
    QSet<TopicId> wanted;
    for (const TopicId root : asked) {
        for (const TopicId id : subtreeIds(root, topics))
            wanted.insert(id);
    }
    QList<Topic> kept;
    for (const Topic &topic : topics) {
        if (wanted.contains(topic.id))
            kept.append(topic);
    }
    return kept;
}

// Counts claims into an actor-by-topic grid whose rows are the network's actors: each
// actor's top-level ancestor with roll-up, the actor itself without.
class Tally final
{
public:
    Tally(const QList<Actor> &actors, QList<Topic> topics, const NetworkOptions &options,
          DocumentDates dates)
        : m_actors(actors)
        , m_topics(std::move(topics))
        , m_scope(options.scope, std::move(dates))
    {
        QHash<ActorId, int> rows;
        rows.reserve(actors.size());
        for (int row = 0; row < int(actors.size()); ++row)
            rows.insert(actors.at(row).id, row);
        m_rowOf.reserve(actors.size());
        for (int row = 0; row < int(actors.size()); ++row)
            m_rowOf.insert(actors.at(row).id, options.rollUp ? topRow(row, rows) : row);
        m_columnOf.reserve(m_topics.size());
        for (int column = 0; column < int(m_topics.size()); ++column)
            m_columnOf.insert(m_topics.at(column).id, column);
        m_cells.resize(qsizetype(actors.size()) * m_topics.size());
    }

    void add(const ClaimFacts &claim)
    {
        const auto row = m_rowOf.constFind(claim.holder);
        if (row == m_rowOf.cend())
            return;
        const auto column = m_columnOf.constFind(claim.topic);
        if (column == m_columnOf.cend() || !m_scope.accepts(claim.document, claim.stance))
            return;
        Cell &cell = m_cells[qsizetype(*row) * m_topics.size() + *column];
        ++cell.claims;
        if (claim.position) {
            // Clamped as in the matrix: a stray salience of 0 must not divide by zero.
            const int salience = std::clamp(claim.salience, Claim::MinSalience, Claim::MaxSalience);
            cell.weightedPositionSum += qint64(salience) * *claim.position;
            cell.salienceSum += salience;
        }
    }

    Network finish(NetworkKind kind) const;

private:
    // The row of the actor's top-level ancestor. A damaged codebook may hold a parent loop;
    // the walk stops before it would repeat.
    int topRow(int row, const QHash<ActorId, int> &rows) const
    {
        QList<int> seen{row};
        int parent = rows.value(m_actors.at(row).parent, -1);
        while (parent >= 0 && !seen.contains(parent)) {
            seen.append(parent);
            row = parent;
            parent = rows.value(m_actors.at(row).parent, -1);
        }
        return row;
    }

    const Cell &cell(int row, int column) const
    {
        return m_cells.at(qsizetype(row) * m_topics.size() + column);
    }

    void addActorNodes(Network &network, QList<int> &rows) const;
    void addPairEdges(Network &network, const QList<int> &rows) const;
    void addAffiliation(Network &network, const QList<int> &rows) const;

    QList<Actor> m_actors; // implicitly shared with the caller's list
    QList<Topic> m_topics;
    ClaimScopeCheck m_scope;
    QHash<ActorId, int> m_rowOf; // holder -> the row its claims count in
    QHash<TopicId, int> m_columnOf;
    QList<Cell> m_cells; // row by row
};

void Tally::addActorNodes(Network &network, QList<int> &rows) const
{
    for (int row = 0; row < int(m_actors.size()); ++row) {
        int claims = 0;
        for (int column = 0; column < int(m_topics.size()); ++column)
            claims += cell(row, column).claims;
        if (claims == 0)
            continue;
        const Actor &actor = m_actors.at(row);
        NetworkNode node;
        node.type = NetworkNode::Type::Actor;
        node.id = actor.id.value();
        node.name = actor.name;
        node.color = actor.color;
        node.claims = claims;
        node.actorKind = actor.kind;
        network.nodes.append(node);
        rows.append(row);
    }
}

void Tally::addPairEdges(Network &network, const QList<int> &rows) const
{
    const int topicCount = int(m_topics.size());
    // Each actor's means once, not once per pair.
    QList<std::optional<double>> means(rows.size() * topicCount);
    for (int node = 0; node < int(rows.size()); ++node) {
        for (int column = 0; column < topicCount; ++column)
            means[qsizetype(node) * topicCount + column] = cell(rows.at(node), column).mean();
    }
    const bool conflict = network.kind == NetworkKind::Conflict;
    for (int source = 0; source < int(rows.size()); ++source) {
        for (int target = source + 1; target < int(rows.size()); ++target) {
            NetworkEdge edge;
            edge.source = source;
            edge.target = target;
            for (int column = 0; column < topicCount; ++column) {
                const auto &a = means.at(qsizetype(source) * topicCount + column);
                const auto &b = means.at(qsizetype(target) * topicCount + column);
                if (!a || !b)
                    continue;
                const double distance = std::abs(*a - *b) / 200.0;
                const double share = conflict ? distance : 1.0 - distance;
                edge.weight += share;
                // A topic that adds nothing (the same mean in a conflict network, opposite
                // ends of the scale in a congruence one) is not behind the edge.
                if (share > 0)
                    edge.topics.append(m_topics.at(column).id);
            }
            if (edge.weight > 0)
                network.edges.append(edge);
        }
    }
}

void Tally::addAffiliation(Network &network, const QList<int> &rows) const
{
    const int actorNodes = int(network.nodes.size());
    QList<int> topicNode(m_topics.size(), -1);
    for (int column = 0; column < int(m_topics.size()); ++column) {
        int claims = 0;
        for (const int row : rows)
            claims += cell(row, column).claims;
        if (claims == 0)
            continue;
        const Topic &topic = m_topics.at(column);
        NetworkNode node;
        node.type = NetworkNode::Type::Topic;
        node.id = topic.id.value();
        node.name = topic.name;
        node.color = topic.color;
        node.claims = claims;
        topicNode[column] = int(network.nodes.size());
        network.nodes.append(node);
    }
    for (int source = 0; source < actorNodes; ++source) {
        for (int column = 0; column < int(m_topics.size()); ++column) {
            const Cell &counted = cell(rows.at(source), column);
            if (counted.claims == 0)
                continue;
            NetworkEdge edge;
            edge.source = source;
            edge.target = topicNode.at(column);
            edge.weight = counted.claims;
            edge.topics = {m_topics.at(column).id};
            edge.meanPosition = counted.mean();
            network.edges.append(edge);
        }
    }
}

Network Tally::finish(NetworkKind kind) const
{
    Network network;
    network.kind = kind;
    network.topics = m_topics;
    QList<int> rows; // per actor node, its row in the tally
    addActorNodes(network, rows);
    if (kind == NetworkKind::Affiliation)
        addAffiliation(network, rows);
    else
        addPairEdges(network, rows);
    return network;
}

} // namespace

QString NetworkNode::key() const
{
    return (type == Type::Actor ? QStringLiteral("actor-") : QStringLiteral("topic-"))
           + QString::number(id);
}

int Network::indexOf(NetworkNode::Type type, qint64 id) const
{
    for (int index = 0; index < int(nodes.size()); ++index) {
        if (nodes.at(index).type == type && nodes.at(index).id == id)
            return index;
    }
    return -1;
}

Network buildNetwork(const QList<Actor> &actors, const QList<Topic> &topics,
                     const QList<ClaimFacts> &claims, const NetworkOptions &options,
                     const DocumentDates &dates)
{
    Tally tally(actors, wantedTopics(topics, options.topics), options, dates);
    for (const ClaimFacts &claim : claims)
        tally.add(claim);
    return tally.finish(options.kind);
}

Result<Network> loadNetwork(const ProjectStore &store, const NetworkOptions &options)
{
    auto actors = store.actors();
    if (!actors)
        return actors.error();
    auto topics = store.topics();
    if (!topics)
        return topics.error();
    for (const TopicId id : options.topics) {
        if (!findById(topics.value(), id))
            return badInput(ComparisonText::tr("there is no topic with id %1").arg(id.value()));
    }
    // The document listing is read only when the scope needs it, as for the matrix.
    QList<Document> documents;
    if (!options.scope.documents.isEmpty() || options.scope.hasDateRange()) {
        auto listed = store.documents();
        if (!listed)
            return listed.error();
        documents = std::move(listed).value();
    }
    if (Status valid = validateScope(options.scope, documents); !valid)
        return valid.error();

    QList<Topic> wanted = wantedTopics(topics.value(), options.topics);
    ClaimFilter filter;
    filter.documents = options.scope.documents;
    if (!options.topics.isEmpty()) {
        for (const Topic &topic : std::as_const(wanted))
            filter.topics.append(topic.id);
    }
    Tally tally(actors.value(), std::move(wanted), options, documentDates(documents));
    // Streamed: the tally keeps a few numbers per actor and topic, not the claims.
    if (Status read = store.forEachClaimFacts(
            filter, [&tally](const ClaimFacts &claim) { tally.add(claim); });
        !read)
        return read.error();
    return tally.finish(options.kind);
}

} // namespace demarche
