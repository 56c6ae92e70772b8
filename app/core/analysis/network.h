#pragma once

#include "core/analysis/claimscope.h"
#include "core/domain/actor.h"
#include "core/domain/result.h"
#include "core/domain/topic.h"
#include "core/storage/claimfacts.h"

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

namespace demarche {

class ProjectStore;

// Who agrees with whom. Congruence and conflict follow the Discourse Network Analyzer's
// one-mode actor networks, with positions in place of DNA's agreement qualifier;
// affiliation is the two-mode actor x topic network.
enum class NetworkKind { Congruence, Conflict, Affiliation };

struct NetworkOptions
{
    NetworkKind kind = NetworkKind::Congruence;
    // Members count as their top-level actor (a minister as his state); off, every actor
    // is a node of its own.
    bool rollUp = true;
    // The topics that count, each with its sub-topics; empty: every topic.
    QList<TopicId> topics;
    ClaimScope scope; // publication dates, documents, stances
};

struct NetworkNode
{
    enum class Type { Actor, Topic };
    Type type = Type::Actor;
    qint64 id = 0; // the actor's or the topic's id
    QString name;
    QColor color;
    int claims = 0; // claims counted for this node, after roll-up and within the scope
    ActorKind actorKind = ActorKind::State; // actors only: what the codebook says it is

    // Stable across runs and kinds, unique in a two-mode network: "actor-12", "topic-3".
    QString key() const;
};

struct NetworkEdge
{
    int source = -1; // index into Network::nodes; an actor; source < target between actors
    int target = -1; // an actor, or in an affiliation network a topic
    double weight = 0;
    // The topics behind the edge, in codebook order: those that add to its weight (a topic
    // where two actors stand at the same point adds nothing to their conflict).
    QList<TopicId> topics;
    // Affiliation only: the actor's salience-weighted mean position on the topic.
    std::optional<double> meanPosition;
};

struct Network
{
    NetworkKind kind = NetworkKind::Congruence;
    QList<NetworkNode> nodes; // actors in codebook order, then (affiliation) topics
    QList<NetworkEdge> edges; // by source, then target
    // The topics that counted (every topic, or those asked for with their sub-topics), in
    // codebook order, for naming an edge's topics.
    QList<Topic> topics;

    int indexOf(NetworkNode::Type type, qint64 id) const;
};

// Pure arithmetic over claims already read. Definitions: m(i,j) is the salience-weighted
// mean position of actor i's claims on topic j that have a position (after roll-up).
// Congruence(i,k) = sum over topics where both have a mean of 1 - |m(i,j) - m(k,j)| / 200;
// conflict(i,k) = sum over those topics of |m(i,j) - m(k,j)| / 200; an edge where the
// weight is above 0. Affiliation: an edge per (actor, topic) with claims, weighted by
// their number. Nodes are the actors (and topics) with at least one counted claim.
Network buildNetwork(const QList<Actor> &actors, const QList<Topic> &topics,
                     const QList<ClaimFacts> &claims, const NetworkOptions &options,
                     const DocumentDates &dates = {});

// Reads the project's claims (only what counting needs) and builds the network. Fails
// with badInput when the scope names an unknown document or topic or an invalid date.
Result<Network> loadNetwork(const ProjectStore &store, const NetworkOptions &options);

} // namespace demarche
