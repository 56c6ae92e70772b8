#pragma once

#include "core/cues/cuematcher.h"

#include <QHash>
#include <QList>
#include <QString>

namespace demarche {

// The cue engine of builds without KSyntaxHighlighting: the same rules, with the terms
// indexed so that each position costs one or two lookups.
class BuiltinCueMatcher final : public CueMatcher
{
public:
    void setBook(const CueBook &book) override;
    void matchLine(QStringView line, std::vector<CueSpan> &out) override;

private:
    struct Phrase
    {
        QString text;
        int group;
    };
    // The group of the single-word term `word`, or -1.
    int wordGroup(QStringView word) const;
    // The end of the longest phrase at `offset`, and its group; or -1.
    int phraseAt(QStringView line, int offset, int *group) const;

    // Phrases (terms with delimiters) by their first character, case-folded, longest first.
    QHash<char16_t, QList<Phrase>> m_phrases;
    // Single words, case-folded.
    QHash<QString, int> m_words;
};

} // namespace demarche
