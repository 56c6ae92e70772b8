#pragma once

#include <QList>
#include <QString>

namespace demarche {

// Converts between Unicode code point offsets (what exports and the CLI speak, so that
// Python's text[start:end] works) and QString's UTF-16 indexes. Texts without characters
// outside the Basic Multilingual Plane need no table at all.
class TextIndex final
{
public:
    explicit TextIndex(const QString &text);

    qsizetype codePointCount() const { return m_codePoints; }

    // -1 when the offset is outside 0 ... codePointCount().
    qsizetype toUtf16(qsizetype codePoint) const;
    // -1 when the index is outside the text or inside a surrogate pair.
    qsizetype toCodePoint(qsizetype utf16Index) const;

private:
    QList<qsizetype> m_pairs; // UTF-16 indexes of the high surrogates of surrogate pairs
    qsizetype m_utf16Length = 0;
    qsizetype m_codePoints = 0;
};

} // namespace demarche
