#pragma once

#include "core/cues/cuebook.h"

#include <QStringView>

#include <vector>

namespace demarche {

// One cue in a line: [start, start + length) in UTF-16 units of that line, naming the
// entries of one group of the book.
struct CueSpan
{
    int start = 0;
    int length = 0;
    int group = 0;

    friend bool operator==(const CueSpan &a, const CueSpan &b)
    {
        return a.start == b.start && a.length == b.length && a.group == b.group;
    }
};

// Finds the book's terms in text, one line (paragraph) at a time. Both engines follow the
// same rules, those of Kate's syntax definitions:
//  - a term is found case-insensitively (Unicode simple case folding), at a position where
//    the previous character or the term's first character is a delimiter, and where the
//    next character or the term's last character is a delimiter;
//  - the text is read from the start; at each position the longest term found there wins,
//    and the search goes on after it;
//  - a term without delimiters only matches a whole word (the run of non-delimiters).
// Adjacent cues of one group come out as one span, as the syntax engine reports them.
class CueMatcher
{
public:
    virtual ~CueMatcher();

    virtual void setBook(const CueBook &book) = 0;
    const CueBook &book() const { return m_book; }

    // Appends the cues of `line` (no line breaks) to `out`, in order, never overlapping.
    virtual void matchLine(QStringView line, std::vector<CueSpan> &out) = 0;

protected:
    CueBook m_book;
};

} // namespace demarche
