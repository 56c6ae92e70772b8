#pragma once

#include "core/cues/cuematcher.h"

#include <QList>
#include <QStringView>

namespace demarche {

// A cue in a whole text: [start, end) in UTF-16 units of the text.
struct Cue
{
    qsizetype start = 0;
    qsizetype end = 0;
    int group = 0;

    friend bool operator==(const Cue &a, const Cue &b)
    {
        return a.start == b.start && a.end == b.end && a.group == b.group;
    }
};

// Where a paragraph ends: a line feed or U+2029, as in the article view. No cue and no
// sentence crosses it.
inline bool isCueParagraphBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QChar::ParagraphSeparator;
}

// Every cue of `text`, paragraph by paragraph, in order.
QList<Cue> findCues(CueMatcher &matcher, QStringView text);

} // namespace demarche
