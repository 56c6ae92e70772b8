#include "core/analysis/timeline.h"

#include "core/analysis/comparison.h"
#include "core/domain/namelookup.h"
#include "core/domain/translation.h"
#include "core/project/project.h"
#include "core/storage/claimfilter.h"
#include "core/storage/projectstore.h"

#include <QMap>

#include <algorithm>

namespace demarche {
namespace {

bool documentOrder(const Claim &left, const Claim &right)
{
    if (left.document != right.document)
        return left.document < right.document;
    if (left.start != right.start)
        return left.start < right.start;
    return left.id < right.id;
}

// Running sums for one date; sums rather than a running mean keep the arithmetic exact.
struct DaySums
{
    TimelinePoint point;
    qint64 weightedPositionSum = 0;
    qint64 salienceSum = 0;

    void add(const Claim &claim)
    {
        ++point.claims;
        point.claimIds.append(claim.id);
        if (!claim.position)
            return;
        // Clamped as in the comparison, so that a stray 0 cannot divide by zero and a
        // negative salience cannot turn a position around.
        const int weight = std::clamp(claim.salience, Claim::MinSalience, Claim::MaxSalience);
        weightedPositionSum += qint64(weight) * *claim.position;
        salienceSum += weight;
        ++point.positioned;
    }
};

Result<Timeline> loadWith(const ProjectStore &store, const QList<Actor> &actors,
                          const QList<Topic> &topics, const DocumentDates &dates,
                          const TimelineOptions &options)
{
    if (!findById(actors, options.actor))
        return badInput(
            ComparisonText::tr("there is no actor with id %1").arg(options.actor.value()));
    if (!findById(topics, options.topic))
        return badInput(
            ComparisonText::tr("there is no topic with id %1").arg(options.topic.value()));

    // Only the subtree's claims are read; a project may hold many more.
    ClaimFilter filter;
    filter.holders =
        options.rollUp ? actorSubtree(options.actor, actors) : QList<ActorId>{options.actor};
    filter.topics = options.includeSubtopics ? topicSubtree(options.topic, topics)
                                             : QList<TopicId>{options.topic};
    auto claims = store.claims(filter);
    if (!claims)
        return claims.error();
    return buildTimeline(actors, topics, claims.value(), dates, options);
}

} // namespace

QDate periodStart(const QDate &date, TimelinePeriod period)
{
    if (!date.isValid())
        return {};
    switch (period) {
    case TimelinePeriod::Day:
        break;
    case TimelinePeriod::Week:
        // dayOfWeek() is 1 for Monday, so this is the Monday of the ISO week, which may
        // lie in the previous year (ISO week 1 of 2021 starts on 4 January, but week 53
        // of 2020 runs to 3 January 2021).
        return date.addDays(1 - date.dayOfWeek());
    case TimelinePeriod::Month:
        return QDate(date.year(), date.month(), 1);
    case TimelinePeriod::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    case TimelinePeriod::Year:
        return QDate(date.year(), 1, 1);
    }
    return date;
}

QDate nextPeriodStart(const QDate &date, TimelinePeriod period)
{
    const QDate start = periodStart(date, period);
    if (!start.isValid())
        return {};
    switch (period) {
    case TimelinePeriod::Day:
        break;
    case TimelinePeriod::Week:
        return start.addDays(7);
    case TimelinePeriod::Month:
        return start.addMonths(1);
    case TimelinePeriod::Quarter:
        return start.addMonths(3);
    case TimelinePeriod::Year:
        return start.addYears(1);
    }
    return start.addDays(1);
}

int Timeline::datedClaims() const
{
    int count = 0;
    for (const TimelinePoint &point : points)
        count += point.claims;
    return count;
}

QList<TopicId> topicSubtree(TopicId root, const QList<Topic> &topics)
{
    return subtreeIds(root, topics);
}

Timeline buildTimeline(const QList<Actor> &actors, const QList<Topic> &topics,
                       const QList<Claim> &claims, const DocumentDates &dates,
                       const TimelineOptions &options)
{
    Timeline timeline;
    timeline.options = options;
    if (!options.actor.isValid() || !options.topic.isValid())
        return timeline;
    const QList<ActorId> holders =
        options.rollUp ? actorSubtree(options.actor, actors) : QList<ActorId>{options.actor};
    const QList<TopicId> subjects = options.includeSubtopics ? topicSubtree(options.topic, topics)
                                                             : QList<TopicId>{options.topic};
    timeline.holders = QSet<ActorId>(holders.cbegin(), holders.cend());
    timeline.topics = QSet<TopicId>(subjects.cbegin(), subjects.cend());

    QList<Claim> counted;
    for (const Claim &claim : claims) {
        if (timeline.covers(claim))
            counted.append(claim);
    }
    std::sort(counted.begin(), counted.end(), documentOrder);

    QMap<QDate, DaySums> days; // by the first day of the period, ordered
    for (const Claim &claim : std::as_const(counted)) {
        const QDate date = dates.value(claim.document);
        timeline.documents.insert(claim.document, date);
        if (!date.isValid()) {
            ++timeline.undatedClaims;
            continue;
        }
        const QDate start = periodStart(date, options.period);
        DaySums &day = days[start];
        day.point.date = start;
        day.point.last = nextPeriodStart(start, options.period).addDays(-1);
        day.add(claim);
    }

    timeline.points.reserve(days.size());
    for (DaySums &day : days) {
        if (day.salienceSum > 0)
            day.point.meanPosition = double(day.weightedPositionSum) / double(day.salienceSum);
        timeline.points.append(std::move(day.point));
    }
    return timeline;
}

Result<Timeline> loadTimeline(const ProjectStore &store, const TimelineOptions &options)
{
    auto actors = store.actors();
    if (!actors)
        return actors.error();
    auto topics = store.topics();
    if (!topics)
        return topics.error();
    auto documents = store.documents(); // a listing without texts, for the dates
    if (!documents)
        return documents.error();
    return loadWith(store, actors.value(), topics.value(), documentDates(documents.value()),
                    options);
}

Result<Timeline> loadTimeline(const Project &project, const TimelineOptions &options)
{
    return loadWith(project.store(), project.actors(), project.topics(),
                    documentDates(project.documents()), options);
}

} // namespace demarche
