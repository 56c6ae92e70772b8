#include "core/cues/builtincuematcher.h"

#include <algorithm>

namespace demarche {

namespace {

char32_t codePointAt(QStringView text, int offset)
{
    const QChar c = text[offset];
    if (c.isHighSurrogate() && offset + 1 < text.size() && text[offset + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(c, text[offset + 1]);
    return c.unicode();
}

// Folded code point by code point, as QString::compare(…, Qt::CaseInsensitive) folds, so
// that equal keys are exactly the words that compare equal there.
QString foldedKey(QStringView text)
{
    QString key;
    key.reserve(text.size());
    for (int i = 0; i < text.size();) {
        const char32_t c = codePointAt(text, i);
        const char32_t folded = QChar::toCaseFolded(c);
        if (QChar::requiresSurrogates(folded)) {
            key.append(QChar(QChar::highSurrogate(folded)));
            key.append(QChar(QChar::lowSurrogate(folded)));
        } else {
            key.append(QChar(char16_t(folded)));
        }
        i += QChar::requiresSurrogates(c) ? 2 : 1;
    }
    return key;
}

} // namespace

void BuiltinCueMatcher::setBook(const CueBook &book)
{
    m_book = book;
    m_phrases.clear();
    m_words.clear();
    for (const CueTerm &term : book.terms()) {
        if (term.singleWord)
            m_words.insert(foldedKey(term.text), term.group);
        else
            m_phrases[cueInitialKey(term.text)].append({term.text, term.group});
    }
    for (QList<Phrase> &phrases : m_phrases) {
        std::stable_sort(phrases.begin(), phrases.end(), [](const Phrase &a, const Phrase &b) {
            return a.text.size() > b.text.size();
        });
    }
}

int BuiltinCueMatcher::wordGroup(QStringView word) const
{
    return m_words.value(foldedKey(word), -1);
}

int BuiltinCueMatcher::phraseAt(QStringView line, int offset, int *group) const
{
    const auto found = m_phrases.constFind(cueInitialKey(line, offset));
    if (found == m_phrases.cend())
        return -1;
    for (const Phrase &phrase : *found) {
        const int end = offset + int(phrase.text.size());
        if (end > line.size())
            continue;
        if (line.mid(offset, phrase.text.size()).compare(phrase.text, Qt::CaseInsensitive) != 0)
            continue;
        if (end == line.size() || isCueDelimiter(line[end]) || isCueDelimiter(line[end - 1])) {
            *group = phrase.group;
            return end;
        }
    }
    return -1;
}

void BuiltinCueMatcher::matchLine(QStringView line, std::vector<CueSpan> &out)
{
    const size_t firstOfLine = out.size();
    const auto emit = [&out, firstOfLine](int start, int end, int group) {
        if (out.size() > firstOfLine && out.back().group == group
            && out.back().start + out.back().length == start)
            out.back().length = end - out.back().start;
        else
            out.push_back({start, end - start, group});
    };
    const int size = int(line.size());
    int offset = 0;
    while (offset < size) {
        const bool delimiter = isCueDelimiter(line[offset]);
        if (offset > 0 && !delimiter && !isCueDelimiter(line[offset - 1])) {
            ++offset; // inside a word: no term starts here
            continue;
        }
        int group = -1;
        const int phraseEnd = m_phrases.isEmpty() ? -1 : phraseAt(line, offset, &group);
        if (phraseEnd > offset) {
            emit(offset, phraseEnd, group);
            offset = phraseEnd;
            continue;
        }
        if (delimiter) {
            ++offset;
            continue;
        }
        int wordEnd = offset + 1;
        while (wordEnd < size && !isCueDelimiter(line[wordEnd]))
            ++wordEnd;
        group = wordGroup(line.mid(offset, wordEnd - offset));
        if (group >= 0)
            emit(offset, wordEnd, group);
        offset = wordEnd;
    }
}

} // namespace demarche
