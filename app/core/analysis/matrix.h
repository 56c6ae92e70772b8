#pragma once

#include "core/analysis/claimscope.h"
#include "core/domain/actor.h"
#include "core/domain/claim.h"
#include "core/domain/ids.h"
#include "core/domain/result.h"
#include "core/domain/topic.h"
#include "core/storage/claimfacts.h"

#include <QHash>
#include <QList>

#include <array>
#include <functional>
#include <optional>
#include <utility>

namespace demarche {

class ProjectStore;

// One counter per Stance value in a matrix cell.
inline constexpr int stanceValueCount = int(Stance::Assessment) + 1;

struct MatrixOptions
{
    // With roll-up, a claim counts in its holder's row and in the row of every ancestor:
    // Lavrov's claim on Ukraine is in Lavrov's row and in Russia's. Each row then answers
    // "what does this actor say, its members included", which is how a row is read and
    // how the comparison rolls up an actor against a foreign one. The price is that rows
    // overlap, so a column's claims no longer add up to the topic's total; turn roll-up
    // off for disjoint rows. Topics never roll up: a sub-topic is its own column.
    bool rollUp = true;
    ClaimScope scope; // documents, publication dates and stances
};

// One actor on one topic. Sums rather than means, so that adding and removing a claim is
// exact and a live matrix never drifts from a full recount.
struct MatrixCell
{
    int claims = 0;
    int positioned = 0;             // claims that have a position
    qint64 weightedPositionSum = 0; // sum of salience * position over those claims
    qint64 salienceSum = 0;         // sum of their salience
    std::array<int, stanceValueCount> stances{};

    // Salience-weighted mean position, as in the comparison; empty with no positions.
    std::optional<double> meanPosition() const;
    int stanceCount(Stance stance) const { return stances[std::size_t(stance)]; }

    friend bool operator==(const MatrixCell &left, const MatrixCell &right);
    friend bool operator!=(const MatrixCell &left, const MatrixCell &right)
    {
        return !(left == right);
    }
};

// Actors (rows, in codebook order) by topics (columns, in codebook order). Built once from
// loaded claims, then kept current claim by claim: addClaim and removeClaim touch one cell
// per row the claim counts for, O(depth of the holder's parent chain).
class ActorTopicMatrix final
{
public:
    ActorTopicMatrix() = default;
    ActorTopicMatrix(const QList<Actor> &actors, const QList<Topic> &topics,
                     const MatrixOptions &options, const DocumentDates &dates = {});

    const QList<Actor> &actors() const { return m_actors; }
    const QList<Topic> &topics() const { return m_topics; }
    const MatrixOptions &options() const { return m_options; }
    int rowCount() const { return int(m_actors.size()); }
    int columnCount() const { return int(m_topics.size()); }
    int rowOf(ActorId actor) const { return m_rows.value(actor, -1); }
    int columnOf(TopicId topic) const { return m_columns.value(topic, -1); }

    const MatrixCell &cell(int row, int column) const;
    // An empty cell for an actor or topic the matrix does not have.
    const MatrixCell &cell(ActorId actor, TopicId topic) const;

    // The rows whose cells a claim by `holder` changes: its own, then with roll-up its
    // ancestors', nearest first. Empty for an unknown actor. For views' dataChanged().
    QList<int> rowsFor(ActorId holder) const;

    // Whether the claim would be counted: a known holder and topic, inside the scope.
    bool accepts(const Claim &claim) const { return accepts(ClaimFacts::of(claim)); }
    bool accepts(const ClaimFacts &claim) const;
    // Claims are known by id. Adding a claim outside the matrix or one already counted
    // changes nothing and returns false; so does removing one that is not counted.
    // Removal takes back what was added under that id, so a stale copy of the claim
    // (before a retag) removes it correctly; a retag is removeClaim(old) + addClaim(new).
    bool addClaim(const Claim &claim) { return addClaim(ClaimFacts::of(claim)); }
    bool addClaim(const ClaimFacts &claim);
    bool removeClaim(const Claim &claim) { return removeClaim(claim.id); }
    bool removeClaim(ClaimId id);
    bool contains(ClaimId id) const { return m_counted.contains(id); }
    // Where a counted claim was put: its holder's row and its topic's column (the cell
    // it counts in before any roll-up); -1 and -1 when it is not counted.
    std::pair<int, int> placeOf(ClaimId id) const;
    // Every counted claim with its place, in no particular order: for views that list
    // a cell's claims.
    void forEachCounted(const std::function<void(ClaimId id, int row, int column)> &visit) const;
    void reserve(qsizetype claims) { m_counted.reserve(claims); }
    int countedClaims() const { return int(m_counted.size()); } // each claim once

    // For a document added after the matrix was built, so its claims meet the date range.
    // Changing the date of a document whose claims are counted needs a rebuild.
    void setDocumentDate(DocumentId document, const QDate &date);

private:
    // What one counted claim added, kept so that it can be taken back exactly.
    struct Entry
    {
        int row = -1;
        int column = -1;
        Stance stance = Stance::Assessment;
        int salience = 0;
        std::optional<int> position;
    };
    void apply(const Entry &entry, int sign);

    QList<Actor> m_actors;
    QList<Topic> m_topics;
    MatrixOptions m_options;
    ClaimScopeCheck m_scope;
    QHash<ActorId, int> m_rows;
    QHash<TopicId, int> m_columns;
    QList<QList<int>> m_chains; // per row: the rows a claim of that row's actor counts for
    QList<MatrixCell> m_cells;  // row by row
    QHash<ClaimId, Entry> m_counted;
};

// Pure arithmetic over claims already loaded.
ActorTopicMatrix buildMatrix(const QList<Actor> &actors, const QList<Topic> &topics,
                             const QList<Claim> &claims, const MatrixOptions &options,
                             const DocumentDates &dates = {});

// Streams the project's claims into a matrix over its whole codebook, reading only what
// counting needs (ProjectStore::forEachClaimFacts). Fails with
// badInput when the scope names an unknown document or an invalid date.
Result<ActorTopicMatrix> loadMatrix(const ProjectStore &store, const MatrixOptions &options);

} // namespace demarche
