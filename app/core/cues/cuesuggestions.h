#pragma once

#include "core/cues/cuebook.h"
#include "core/cues/documentcues.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

namespace demarche {

class CueMatcher;

// Where the cues behind a suggestion were found.
enum class CueSource {
    Selection, // in the selected words
    Sentence,  // in the sentence around them: the selection had no cue of that kind
};

// One codebook entry offered for tagging a selection, and why.
struct CueSuggestion
{
    CueEntry entry;
    QString word;        // its first cue, as written in the text ("Moscow", "U.S.")
    qsizetype start = 0; // where that cue starts, in UTF-16 units of the text
    int count = 0;       // how many cues name the entry
    CueSource source = CueSource::Selection;
};

// Actors and topics, each best first.
struct CueSuggestions
{
    QList<CueSuggestion> actors;
    QList<CueSuggestion> topics;
};

// Which entry rolls up to which: a minister to his state, a subtopic to its topic.
class CueParents
{
public:
    static CueParents fromCodebook(const QList<Actor> &actors, const QList<Topic> &topics);

    void setParent(CueEntry child, qint64 parentId);
    // 0 for a top-level entry.
    qint64 parentOf(CueEntry entry) const;

private:
    QHash<qint64, qint64> m_actors;
    QHash<qint64, qint64> m_topics;
};

// The UTF-16 range of the sentence, or the run of sentences, that holds [start, end):
// Unicode sentence boundaries, except that a cue ending in a full stop ("U.S.") does not
// end a sentence. `cues` are the cues of at least that range, in order.
std::pair<qsizetype, qsizetype> cueSentenceAround(QStringView text, qsizetype start, qsizetype end,
                                                  const QList<Cue> &cues);

// Ranks the entries the cues name as tags for the selection [start, end) of `text` (UTF-16
// units). For each kind apart: the cues that overlap the selection, or, when none of them
// names an entry of that kind, the cues of the sentence around it. Then:
//  1. the entry mentioned first (in a claim, usually the speaker);
//  2. the others by how often they are named, the first mentioned first among equals;
//  3. a member named in its own right moves to just before its parent (Rubio before the
//     United States, even after "Washington"), members by rank among themselves.
// A cue naming an actor and a topic counts for both. `cues` are those of at least the
// sentence around the selection, in order; `groups` is the book's.
CueSuggestions rankCueSuggestions(QStringView text, qsizetype start, qsizetype end,
                                  const QList<Cue> &cues, const QList<QList<CueEntry>> &groups,
                                  const CueParents &parents);

// The same, finding the cues with `matcher` in the paragraphs that hold the selection.
CueSuggestions suggestFromCues(CueMatcher &matcher, QStringView text, qsizetype start,
                               qsizetype end, const CueParents &parents);

} // namespace demarche
