#pragma once

#include "core/analysis/claimscope.h"
#include "core/domain/actor.h"
#include "core/domain/claim.h"
#include "core/domain/ids.h"
#include "core/domain/result.h"
#include "core/domain/topic.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace demarche {

class Project;
class ProjectStore;

// How finely claims are grouped along the time axis: by publication date, by ISO week
// (Monday to Sunday), by calendar month, quarter or year.
enum class TimelinePeriod { Day, Week, Month, Quarter, Year };

// The first day of the period that holds `date`: itself, the Monday of its ISO week, the
// first of its month, of its quarter or of its year. Invalid for an invalid date.
QDate periodStart(const QDate &date, TimelinePeriod period);
// The first day of the period after the one that starts on periodStart(date, period).
QDate nextPeriodStart(const QDate &date, TimelinePeriod period);

struct TimelineOptions
{
    ActorId actor;
    TopicId topic;
    // Count the claims of the actor's members (Lavrov for Russia) as its own.
    bool rollUp = true;
    // Count claims on topics under the chosen one (Grain under Ukraine) as on it.
    bool includeSubtopics = true;
    // Claims are grouped into points per period.
    TimelinePeriod period = TimelinePeriod::Day;
};

// What one actor said on one topic in the articles of one period (one publication date
// when grouped by day).
struct TimelinePoint
{
    QDate date; // the first day of the period
    QDate last; // its last day; the same as `date` for a day
    int claims = 0;
    int positioned = 0; // claims that have a position
    // Salience-weighted mean of the positions, as in the comparison: sum(s * p) / sum(s).
    // Empty when none of the day's claims has a position.
    std::optional<double> meanPosition;
    QList<ClaimId> claimIds; // in document order
};

struct Timeline
{
    TimelineOptions options;
    QSet<ActorId> holders;       // the actor and, with roll-up, its members
    QSet<TopicId> topics;        // the topic and, with sub-topics, those under it
    QList<TimelinePoint> points; // one per period with claims, oldest first
    // Claims in articles without a publication date: counted here, not plotted.
    int undatedClaims = 0;
    // The documents of the counted claims with the date each was counted under, so that
    // a view knows when a changed document moves its points.
    DocumentDates documents;

    // Whether a claim by this holder on this topic belongs to the timeline.
    bool covers(const Claim &claim) const
    {
        return holders.contains(claim.holder) && topics.contains(claim.topic);
    }
    int datedClaims() const;
    int totalClaims() const { return datedClaims() + undatedClaims; }
};

// The ids of `root` and of every topic under it through the parent chain, root first,
// the others in the order of `topics`. Loops in the chain are tolerated.
QList<TopicId> topicSubtree(TopicId root, const QList<Topic> &topics);

// Pure arithmetic over claims already loaded; claims outside the actor and topic are
// ignored, so `claims` may be the whole project. `dates` gives each document's
// publication date; a claim whose document has none (or is not listed) is undated.
Timeline buildTimeline(const QList<Actor> &actors, const QList<Topic> &topics,
                       const QList<Claim> &claims, const DocumentDates &dates,
                       const TimelineOptions &options);

// Reads only the claims of the actor's subtree on the topic's subtree from the store.
// Fails with badInput when the actor or topic is unknown.
Result<Timeline> loadTimeline(const ProjectStore &store, const TimelineOptions &options);
// The same, taking the codebook and the document dates from the project's caches.
Result<Timeline> loadTimeline(const Project &project, const TimelineOptions &options);

} // namespace demarche
