#include "core/cues/documentcues.h"

namespace demarche {

QList<Cue> findCues(CueMatcher &matcher, QStringView text)
{
    QList<Cue> cues;
    if (matcher.book().isEmpty())
        return cues;
    std::vector<CueSpan> spans;
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = lineStart;
        while (lineEnd < text.size() && !isCueParagraphBreak(text[lineEnd]))
            ++lineEnd;
        spans.clear();
        matcher.matchLine(text.mid(lineStart, lineEnd - lineStart), spans);
        for (const CueSpan &span : spans)
            cues.append({lineStart + span.start, lineStart + span.start + span.length, span.group});
        lineStart = lineEnd + 1;
    }
    return cues;
}

} // namespace demarche
