#pragma once

#include <QString>

namespace demarche {

// A half-open range [start, end) of UTF-16 indexes into a text.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype end = 0;

    bool isEmpty() const { return end <= start; }
    qsizetype length() const { return end - start; }

    friend bool operator==(const TextSpan &a, const TextSpan &b)
    {
        return a.start == b.start && a.end == b.end;
    }
    friend bool operator!=(const TextSpan &a, const TextSpan &b) { return !(a == b); }
};

// What a selection [start, end) of `text` means as a claim: grown to whole words (a
// selection that starts or ends inside a word takes all of it), then without the
// whitespace and punctuation at either end. Bounds are clamped and may come in either
// order; a surrogate pair is never split. Empty when nothing is left.
TextSpan snapToWords(const QString &text, qsizetype start, qsizetype end);

// The selection as the analyst made it, only without whitespace at either end (Alt held
// while selecting). Same clamping and surrogate rules; empty when nothing is left.
TextSpan snapExact(const QString &text, qsizetype start, qsizetype end);

} // namespace demarche
