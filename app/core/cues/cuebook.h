#pragma once

#include "core/domain/actor.h"
#include "core/domain/topic.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringView>

namespace demarche {

enum class CueKind { Actor, Topic };

// One codebook entry a cue points at.
struct CueEntry
{
    CueKind kind = CueKind::Actor;
    qint64 id = 0;

    friend bool operator==(const CueEntry &a, const CueEntry &b)
    {
        return a.kind == b.kind && a.id == b.id;
    }
};

// A word or phrase to find in the text, and which entries it names. Terms that differ only
// in case are one term: "EU" as an actor's alias and a topic's keyword names both.
struct CueTerm
{
    QString text;           // NFC, as first listed
    int group = 0;          // index into CueBook::groups()
    bool singleWord = true; // no delimiter inside: looked up as a whole word
};

// What the cue engines match: the codebook's actor names and aliases and topic names and
// keywords, each term once whatever its case, with the entries it names. A group is the
// set of entries one term names, in codebook order, actors first: "Kyiv" as an alias of
// the actor Ukraine and a keyword of the topic Ukraine is one group of two entries, which
// every term naming exactly those two shares. Terms that cannot be matched are left out:
// blank ones, those made only of delimiters, and those with control characters, unpaired
// surrogates or noncharacters.
class CueBook
{
public:
    CueBook() = default;
    static CueBook fromCodebook(const QList<Actor> &actors, const QList<Topic> &topics);

    const QList<CueTerm> &terms() const { return m_terms; }
    const QList<QList<CueEntry>> &groups() const { return m_groups; }
    bool isEmpty() const { return m_terms.isEmpty(); }

    friend bool operator==(const CueBook &a, const CueBook &b);

private:
    QList<CueTerm> m_terms;
    QList<QList<CueEntry>> m_groups;
};

// The characters that end a word, shared by both engines: the delimiters of Kate's syntax
// definitions (ASCII space and punctuation) and, added to them, apostrophes, quotation
// marks, dashes, ellipses, # and @ (tags in posts) and the Unicode spaces, so that
// "Lavrov's", “Moscow”, «Київ» and #Moscow end where the name does.
const QString &cueDefaultDelimiters();
const QString &cueAdditionalDelimiters();
bool isCueDelimiter(QChar c);

// What a term is filed under by both engines: its first UTF-16 unit, case-folded where
// that unit is a character of its own; a text at `offset` may start the terms filed
// under cueInitialKey(text, offset).
char16_t cueInitialKey(QStringView text, qsizetype offset = 0);
// Every character of the Basic Multilingual Plane with that key.
const QString &charactersWithInitialKey(char16_t key);

} // namespace demarche
