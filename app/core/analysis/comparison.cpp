#include "core/analysis/comparison.h"

#include "core/domain/namelookup.h"
#include "core/domain/translation.h"
#include "core/storage/claimfilter.h"
#include "core/storage/projectstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace demarche {
namespace {

enum class Side { None, A, B };

// Decides which of the two actors a claim's holder speaks for. The store refuses parent
// loops, but hand-built or damaged codebooks may still have them, so every walk up the
// chain is bounded by the number of actors.
class SideFinder final
{
public:
    SideFinder(ActorId a, ActorId b, const QList<Actor> &actors, bool rollUp)
        : m_a(a)
        , m_b(b)
        , m_rollUp(rollUp)
    {
        if (m_rollUp) {
            m_parents.reserve(actors.size());
            for (const Actor &actor : actors)
                m_parents.insert(actor.id, actor.parent);
        }
    }

    Side sideOf(ActorId holder)
    {
        if (!m_rollUp)
            return holder == m_a ? Side::A : holder == m_b ? Side::B : Side::None;
        const auto known = m_cache.constFind(holder);
        if (known != m_cache.cend())
            return known.value();
        // The first of the two met on the way up is the nearer one; stopping there keeps
        // a claim from counting for both when one actor is the other's descendant.
        Side side = Side::None;
        ActorId current = holder;
        for (qsizetype steps = 0; current.isValid() && steps <= m_parents.size(); ++steps) {
            if (current == m_a) {
                side = Side::A;
                break;
            }
            if (current == m_b) {
                side = Side::B;
                break;
            }
            current = m_parents.value(current);
        }
        m_cache.insert(holder, side);
        return side;
    }

private:
    ActorId m_a;
    ActorId m_b;
    bool m_rollUp;
    QHash<ActorId, ActorId> m_parents;
    QHash<ActorId, Side> m_cache;
};

bool documentOrder(const Claim &left, const Claim &right)
{
    if (left.document != right.document)
        return left.document < right.document;
    if (left.start != right.start)
        return left.start < right.start;
    if (left.end != right.end)
        return left.end < right.end;
    return left.id < right.id;
}

// The compare view reads each side as a story in time: by publication date, then in
// document order. Undated documents go last, where "date unknown" belongs.
class DateOrder final
{
public:
    explicit DateOrder(const DocumentDates &dates)
        : m_dates(dates)
    {}

    bool operator()(const Claim &left, const Claim &right) const
    {
        if (!m_dates.isEmpty() && left.document != right.document) {
            const qint64 leftDay = day(left.document);
            const qint64 rightDay = day(right.document);
            if (leftDay != rightDay)
                return leftDay < rightDay;
        }
        return documentOrder(left, right);
    }

private:
    qint64 day(DocumentId document) const
    {
        const QDate date = m_dates.value(document);
        return date.isValid() ? date.toJulianDay() : std::numeric_limits<qint64>::max();
    }

    const DocumentDates &m_dates;
};

void sortByDate(QList<Claim> &claims, const DocumentDates &dates)
{
    std::sort(claims.begin(), claims.end(), DateOrder(dates));
}

// Each of A's claims takes the first of B's not yet taken that is related to it; the rows
// then follow the date order of their first claim, so that pairs and single claims
// interleave as they happened.
QList<EvidenceRow> pairEvidence(const ActorPosition &a, const ActorPosition &b,
                                const DocumentDates &dates)
{
    QList<int> partnerOfA(a.claims.size(), -1);
    QList<bool> taken(b.claims.size(), false);
    for (qsizetype i = 0; i < a.claims.size(); ++i) {
        for (qsizetype j = 0; j < b.claims.size(); ++j) {
            if (!taken.at(j) && relatedClaims(a.claims.at(i), b.claims.at(j))) {
                partnerOfA[i] = int(j);
                taken[j] = true;
                break;
            }
        }
    }
    const DateOrder before(dates);
    QList<EvidenceRow> rows;
    rows.reserve(a.claims.size() + b.claims.size());
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.claims.size() || j < b.claims.size()) {
        if (j < b.claims.size() && taken.at(j)) {
            ++j; // placed beside its partner
            continue;
        }
        const bool takeA = i < a.claims.size()
                           && (j >= b.claims.size() || !before(b.claims.at(j), a.claims.at(i)));
        if (takeA) {
            rows.append({int(i), partnerOfA.at(i)});
            ++i;
        } else {
            rows.append({-1, int(j)});
            ++j;
        }
    }
    return rows;
}

// Sorts the claims gathered for one side and works out the summary figures.
void summarise(ActorPosition &position, const DocumentDates &dates)
{
    sortByDate(position.claims, dates);
    double weightedSum = 0.0;
    double weights = 0.0;
    for (const Claim &claim : std::as_const(position.claims)) {
        ++position.stanceCounts[claim.stance];
        if (!claim.position)
            continue;
        // The store keeps salience within 1 ... 5; clamping here keeps a stray 0 or a
        // negative value from dividing by zero or turning a position around.
        const int weight = std::clamp(claim.salience, Claim::MinSalience, Claim::MaxSalience);
        weightedSum += double(weight) * double(*claim.position);
        weights += weight;
        ++position.positionedClaims;
    }
    if (position.positionedClaims > 0)
        position.meanPosition = weightedSum / weights;
}

const Actor *findActor(const QList<Actor> &actors, ActorId id)
{
    for (const Actor &actor : actors) {
        if (actor.id == id)
            return &actor;
    }
    return nullptr;
}

} // namespace

QString statusKey(ComparisonStatus status)
{
    switch (status) {
    case ComparisonStatus::Both:
        return QStringLiteral("both");
    case ComparisonStatus::OnlyA:
        return QStringLiteral("only-a");
    case ComparisonStatus::OnlyB:
        return QStringLiteral("only-b");
    }
    return QStringLiteral("both");
}

bool relatedClaims(const Claim &a, const Claim &b)
{
    if (a.topic != b.topic)
        return false;
    return a.document == b.document || (a.target.isValid() && a.target == b.target);
}

const Actor *memberSpeaker(const Claim &claim, const Actor &side, const QList<Actor> &actors)
{
    if (claim.holder == side.id)
        return nullptr;
    return findActor(actors, claim.holder);
}

std::pair<ActorId, ActorId> defaultComparisonPair(const QList<Actor> &actors,
                                                  const QSet<ActorId> &holders)
{
    const auto topLevel = [&actors](const Actor &actor) {
        return !actor.parent.isValid() || !findActor(actors, actor.parent);
    };
    const auto spoke = [&actors, &holders](const Actor &actor) {
        const QList<ActorId> subtree = subtreeIds(actor.id, actors);
        return std::any_of(subtree.cbegin(), subtree.cend(),
                           [&holders](ActorId id) { return holders.contains(id); });
    };
    QList<ActorId> pair;
    const auto pick = [&pair, &actors](const auto &wanted) {
        for (const Actor &actor : actors) {
            if (pair.size() == 2)
                return;
            if (!pair.contains(actor.id) && wanted(actor))
                pair.append(actor.id);
        }
    };
    pick([&](const Actor &actor) { return topLevel(actor) && spoke(actor); });
    pick(topLevel);
    // Fewer than two top-level actors: an actor outside the first one's subtree, if any.
    pick([&](const Actor &actor) {
        return pair.isEmpty() || !subtreeIds(pair.constFirst(), actors).contains(actor.id);
    });
    pick([](const Actor &) { return true; });
    return {pair.value(0), pair.value(1)};
}

QList<ActorId> actorSubtree(ActorId root, const QList<Actor> &actors)
{
    return subtreeIds(root, actors);
}

Comparison compareClaims(const Actor &a, const Actor &b, const QList<Actor> &actors,
                         const QList<Topic> &topics, const QList<Claim> &claims,
                         const ComparisonOptions &options, const DocumentDates &dates)
{
    Comparison result;
    result.a = a;
    result.b = b;
    result.rollUp = options.rollUp;
    result.onlyTopics = options.topics;
    result.scope = options.scope;
    result.allTopics = topics;
    result.actors = actors;
    const ClaimScopeCheck scope(options.scope, dates);

    QSet<TopicId> wanted;
    for (const Topic &topic : topics) {
        if (options.topics.isEmpty() || options.topics.contains(topic.id))
            wanted.insert(topic.id);
    }

    SideFinder sides(a.id, b.id, actors, options.rollUp);
    QHash<TopicId, TopicComparison> byTopic;
    for (const Claim &claim : claims) {
        if (!wanted.contains(claim.topic) || !scope.accepts(claim))
            continue;
        const Side side = sides.sideOf(claim.holder);
        if (side == Side::None)
            continue;
        TopicComparison &entry = byTopic[claim.topic];
        (side == Side::A ? entry.a : entry.b).claims.append(claim);
    }

    // Walking the codebook, not the hash, keeps the topics in the analyst's order.
    for (const Topic &topic : topics) {
        const auto found = byTopic.find(topic.id);
        if (found == byTopic.end())
            continue;
        TopicComparison &entry = found.value();
        entry.topic = topic;
        summarise(entry.a, dates);
        summarise(entry.b, dates);
        entry.rows = pairEvidence(entry.a, entry.b, dates);
        if (entry.a.claims.isEmpty())
            entry.status = ComparisonStatus::OnlyB;
        else if (entry.b.claims.isEmpty())
            entry.status = ComparisonStatus::OnlyA;
        else
            entry.status = ComparisonStatus::Both;
        if (entry.a.meanPosition && entry.b.meanPosition)
            entry.distance = std::abs(*entry.a.meanPosition - *entry.b.meanPosition);
        result.topics.append(std::move(entry));
        byTopic.erase(found); // each topic id appears once in a sound codebook; be safe
    }
    return result;
}

Result<Comparison> compareActors(const ProjectStore &store, const ComparisonOptions &options)
{
    auto actors = store.actors();
    if (!actors)
        return actors.error();
    const Actor *a = findActor(actors.value(), options.a);
    if (!a)
        return badInput(ComparisonText::tr("there is no actor with id %1").arg(options.a.value()));
    const Actor *b = findActor(actors.value(), options.b);
    if (!b)
        return badInput(ComparisonText::tr("there is no actor with id %1").arg(options.b.value()));
    if (a->id == b->id)
        return badInput(
            ComparisonText::tr("%1 cannot be compared with itself; choose two different actors")
                .arg(a->name));

    auto topics = store.topics();
    if (!topics)
        return topics.error();
    for (const TopicId id : options.topics) {
        const bool known = std::any_of(topics->cbegin(), topics->cend(),
                                       [id](const Topic &topic) { return topic.id == id; });
        if (!known)
            return badInput(ComparisonText::tr("there is no topic with id %1").arg(id.value()));
    }

    auto documents = store.documents(); // a listing without texts, for the dates
    if (!documents)
        return documents.error();
    if (Status valid = validateScope(options.scope, documents.value()); !valid)
        return valid.error();

    // Only the two actors' claims are loaded; a project may hold many more.
    ClaimFilter filter;
    filter.topics = options.topics;
    filter.documents = options.scope.documents;
    if (options.rollUp) {
        filter.holders = actorSubtree(a->id, actors.value());
        // When one actor is under the other the subtrees overlap; list each holder once.
        for (const ActorId id : actorSubtree(b->id, actors.value())) {
            if (!filter.holders.contains(id))
                filter.holders.append(id);
        }
    } else {
        filter.holders = {a->id, b->id};
    }
    auto claims = store.claims(filter);
    if (!claims)
        return claims.error();
    return compareClaims(*a, *b, actors.value(), topics.value(), claims.value(), options,
                         documentDates(documents.value()));
}

} // namespace demarche
