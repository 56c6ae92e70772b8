#pragma once

#include "core/analysis/claimscope.h"
#include "core/domain/actor.h"
#include "core/domain/claim.h"
#include "core/domain/ids.h"
#include "core/domain/result.h"
#include "core/domain/topic.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>
#include <utility>

namespace demarche {

class ProjectStore;

// Whether both actors spoke on a topic or only one of them did.
enum class ComparisonStatus { Both, OnlyA, OnlyB };

// "both", "only-a", "only-b": the stable key used in exports.
QString statusKey(ComparisonStatus status);

struct ComparisonOptions
{
    ActorId a;
    ActorId b;
    QList<TopicId> topics; // empty means every topic
    // Count the claims of an actor's descendants (a minister under his state) as its own.
    bool rollUp = true;
    ClaimScope scope; // documents, publication dates and stances; unrestricted by default
};

// One actor's side of one topic.
struct ActorPosition
{
    // By publication date, undated documents last, then by document and offset.
    QList<Claim> claims;
    QMap<Stance, int> stanceCounts; // only stances that occur
    // Salience-weighted mean of the claims that have a position: sum(s * p) / sum(s).
    // Empty when none of the claims has a position.
    std::optional<double> meanPosition;
    int positionedClaims = 0;
};

// One line of a topic's evidence: an index into A's claims, into B's, or both when the two
// claims are related (see relatedClaims); -1 for the side left empty.
struct EvidenceRow
{
    int a = -1;
    int b = -1;
};

struct TopicComparison
{
    Topic topic;
    ActorPosition a;
    ActorPosition b;
    // Every claim of both sides once, in date order; related claims share a row.
    QList<EvidenceRow> rows;
    std::optional<double> distance; // |meanA - meanB| when both means exist
    ComparisonStatus status = ComparisonStatus::Both;
};

struct Comparison
{
    Actor a;
    Actor b;
    bool rollUp = true;
    QList<TopicId> onlyTopics; // the topic filter it was made with; empty means every topic
    ClaimScope scope;
    QList<TopicComparison> topics; // in codebook order; topics neither actor spoke on are left out
    // The whole codebook the comparison was made against, so that exports can name a
    // topic's parent even when the parent itself is not among the compared topics.
    QList<Topic> allTopics;
    // The codebook's actors, to name who said a member's claim (Lavrov under Russia).
    QList<Actor> actors;
};

// Two claims of the two sides answer each other, and so share an evidence row, when they
// are on the same topic and either come from the same document (one report of one
// exchange) or address the same target actor. Claims from different documents with no
// common target are not paired: side by side they would read as a debate that never was.
bool relatedClaims(const Claim &a, const Claim &b);

// Who said `claim` when it was not `side` itself but one of its members (Lavrov's claim
// counted for Russia): the holder, looked up in `actors`. Null when `side` spoke itself or
// the holder is unknown.
const Actor *memberSpeaker(const Claim &claim, const Actor &side, const QList<Actor> &actors);

// The pair a comparison opens on when none was chosen: two top-level actors, those whose
// subtree holds a claim (`holders`) first, in codebook order. Only when the codebook has
// fewer than two top-level actors does a member make up the pair, never one under the
// first actor while another actor is free: Russia against its own minister compares
// nothing. Either id is invalid when the codebook has fewer actors.
std::pair<ActorId, ActorId> defaultComparisonPair(const QList<Actor> &actors,
                                                  const QSet<ActorId> &holders);

// The ids of `root` and of every actor that rolls up to it through its parent chain,
// root first, the others in the order of `actors`. Loops in the chain are tolerated.
QList<ActorId> actorSubtree(ActorId root, const QList<Actor> &actors);

// Pure arithmetic over claims already loaded. `topics` is the codebook in its order;
// claims on a topic not in it are ignored. A claim counts for at most one side: with
// roll-up, for whichever of the two actors comes first on its holder's parent chain, so
// comparing Russia with Lavrov gives Lavrov's claims to Lavrov and not also to Russia.
// `dates` gives the publication dates for the scope's date range and for the order of the
// claims; without them, a date range keeps nothing and claims are in document order.
Comparison compareClaims(const Actor &a, const Actor &b, const QList<Actor> &actors,
                         const QList<Topic> &topics, const QList<Claim> &claims,
                         const ComparisonOptions &options, const DocumentDates &dates = {});

// Loads the codebook, the document dates and only the claims of the two actors' subtrees,
// then compares them. Fails with badInput when an actor, topic or document id is unknown,
// a date is invalid, or both actors are the same.
Result<Comparison> compareActors(const ProjectStore &store, const ComparisonOptions &options);

} // namespace demarche
