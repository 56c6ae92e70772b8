#include "core/cues/cuesuggestions.h"

#include "core/cues/cuematcher.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <optional>

namespace demarche {
namespace {

// A codebook whose parents loop (which the editor prevents) must not hang the popup.
constexpr int MaxDepth = 32;

// The paragraphs that hold [start, end), as findCues() splits them: sentences never cross
// them, and the rest of a long article need not be read.
std::pair<qsizetype, qsizetype> paragraphsAround(QStringView text, qsizetype start, qsizetype end)
{
    qsizetype from = start;
    while (from > 0 && !isCueParagraphBreak(text[from - 1]))
        --from;
    qsizetype to = end;
    while (to < text.size() && !isCueParagraphBreak(text[to]))
        ++to;
    return {from, to};
}

bool isWhiteSpace(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

// Each entry of `kind` the cues in [from, to) name, in the order first named.
QList<CueSuggestion> tally(QStringView text, const QList<Cue> &cues,
                           const QList<QList<CueEntry>> &groups, CueKind kind, qsizetype from,
                           qsizetype to, CueSource source)
{
    QList<CueSuggestion> found;
    for (const Cue &cue : cues) {
        if (cue.end <= from || cue.start >= to || cue.group < 0 || cue.group >= groups.size())
            continue;
        for (const CueEntry &entry : groups.at(cue.group)) {
            if (entry.kind != kind)
                continue;
            const auto it = std::find_if(found.begin(), found.end(),
                                         [&entry](const auto &s) { return s.entry == entry; });
            if (it != found.end()) {
                ++it->count;
                continue;
            }
            found.append(
                {entry, text.mid(cue.start, cue.end - cue.start).toString(), cue.start, 1, source});
        }
    }
    return found;
}

// `found` in the order first named; see rankCueSuggestions() for the order it leaves.
void rank(QList<CueSuggestion> &found, const CueParents &parents)
{
    if (found.size() < 2)
        return;
    std::stable_sort(
        found.begin() + 1, found.end(),
        [](const CueSuggestion &a, const CueSuggestion &b) { return a.count > b.count; });

    struct Key
    {
        qsizetype family; // the best rank among the entry and its named ancestors
        int depth;        // how many of its ancestors are named
        qsizetype rank;
    };
    const auto rankOf = [&found](CueEntry entry) -> std::optional<qsizetype> {
        for (qsizetype i = 0; i < found.size(); ++i) {
            if (found.at(i).entry == entry)
                return i;
        }
        return std::nullopt;
    };
    QList<std::pair<Key, CueSuggestion>> keyed;
    keyed.reserve(found.size());
    for (qsizetype i = 0; i < found.size(); ++i) {
        Key key{i, 0, i};
        CueEntry ancestor = found.at(i).entry;
        for (int step = 0; step < MaxDepth; ++step) {
            ancestor.id = parents.parentOf(ancestor);
            if (ancestor.id == 0)
                break;
            if (const auto named = rankOf(ancestor)) {
                key.family = std::min(key.family, *named);
                ++key.depth;
            }
        }
        keyed.append({key, found.at(i)});
    }
    std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
        if (a.first.family != b.first.family)
            return a.first.family < b.first.family;
        if (a.first.depth != b.first.depth)
            return a.first.depth > b.first.depth;
        return a.first.rank < b.first.rank;
    });
    for (qsizetype i = 0; i < keyed.size(); ++i)
        found[i] = keyed.at(i).second;
}

} // namespace

CueParents CueParents::fromCodebook(const QList<Actor> &actors, const QList<Topic> &topics)
{
    CueParents parents;
    for (const Actor &actor : actors) {
        if (actor.parent.isValid())
            parents.m_actors.insert(actor.id.value(), actor.parent.value());
    }
    for (const Topic &topic : topics) {
        if (topic.parent.isValid())
            parents.m_topics.insert(topic.id.value(), topic.parent.value());
    }
    return parents;
}

void CueParents::setParent(CueEntry child, qint64 parentId)
{
    (child.kind == CueKind::Actor ? m_actors : m_topics).insert(child.id, parentId);
}

qint64 CueParents::parentOf(CueEntry entry) const
{
    return (entry.kind == CueKind::Actor ? m_actors : m_topics).value(entry.id, 0);
}

std::pair<qsizetype, qsizetype> cueSentenceAround(QStringView text, qsizetype start, qsizetype end,
                                                  const QList<Cue> &cues)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    const auto [from, to] = paragraphsAround(text, start, end);
    const QStringView paragraphs = text.mid(from, to - from);

    // Where a name such as "U.S." ends, Unicode sees the end of a sentence before a
    // capital; a cue says it is a name.
    QList<qsizetype> nameEnds;
    for (const Cue &cue : cues) {
        if (cue.start >= from && cue.end <= to && cue.end > cue.start
            && text[cue.end - 1] == QLatin1Char('.')) {
            nameEnds.append(cue.end);
        }
    }
    const auto endsAName = [&](qsizetype boundary) {
        return std::any_of(nameEnds.cbegin(), nameEnds.cend(), [&](qsizetype nameEnd) {
            return nameEnd <= boundary && isWhiteSpace(text.mid(nameEnd, boundary - nameEnd));
        });
    };

    qsizetype sentenceStart = from;
    qsizetype sentenceEnd = to;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, paragraphs.data(), paragraphs.size());
    for (qsizetype b = finder.toNextBoundary(); b > 0 && b < paragraphs.size();
         b = finder.toNextBoundary()) {
        const qsizetype boundary = from + b;
        if (endsAName(boundary))
            continue;
        if (boundary <= start) {
            sentenceStart = boundary;
        } else if (boundary >= end) {
            sentenceEnd = boundary;
            break;
        }
    }
    return {sentenceStart, sentenceEnd};
}

CueSuggestions rankCueSuggestions(QStringView text, qsizetype start, qsizetype end,
                                  const QList<Cue> &cues, const QList<QList<CueEntry>> &groups,
                                  const CueParents &parents)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    std::optional<std::pair<qsizetype, qsizetype>> sentence;
    const auto suggest = [&](CueKind kind) {
        QList<CueSuggestion> found =
            tally(text, cues, groups, kind, start, end, CueSource::Selection);
        if (found.isEmpty()) {
            if (!sentence)
                sentence = cueSentenceAround(text, start, end, cues);
            found = tally(text, cues, groups, kind, sentence->first, sentence->second,
                          CueSource::Sentence);
        }
        rank(found, parents);
        return found;
    };
    CueSuggestions suggestions;
    suggestions.actors = suggest(CueKind::Actor);
    suggestions.topics = suggest(CueKind::Topic);
    return suggestions;
}

CueSuggestions suggestFromCues(CueMatcher &matcher, QStringView text, qsizetype start,
                               qsizetype end, const CueParents &parents)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    const auto [from, to] = paragraphsAround(text, start, end);
    QList<Cue> cues = findCues(matcher, text.mid(from, to - from));
    for (Cue &cue : cues) {
        cue.start += from;
        cue.end += from;
    }
    return rankCueSuggestions(text, start, end, cues, matcher.book().groups(), parents);
}

} // namespace demarche
