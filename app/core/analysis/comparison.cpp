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
void sortByDate(QList<Claim> &claims, const DocumentDates &dates)
{
    if (dates.isEmpty()) {
        std::sort(claims.begin(), claims.end(), documentOrder);
        return;
    }
    const auto day = [&dates](DocumentId document) {
        const QDate date = dates.value(document);
        return date.isValid() ? date.toJulianDay() : std::numeric_limits<qint64>::max();
    };
    std::sort(claims.begin(), claims.end(), [&day](const Claim &left, const Claim &right) {
        if (left.document != right.document) {
            const qint64 leftDay = day(left.document);
            const qint64 rightDay = day(right.document);
            if (leftDay != rightDay)
                return leftDay < rightDay;
        }
        return documentOrder(left, right);
    });
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
