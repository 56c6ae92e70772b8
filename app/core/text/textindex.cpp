#include "core/text/textindex.h"

#include <algorithm>

namespace demarche {

TextIndex::TextIndex(const QString &text)
    : m_utf16Length(text.size())
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            m_pairs.append(i);
            ++i;
        }
    }
    m_codePoints = m_utf16Length - m_pairs.size();
}

qsizetype TextIndex::toUtf16(qsizetype codePoint) const
{
    if (codePoint < 0 || codePoint > m_codePoints)
        return -1;
    // The k-th pair starts at UTF-16 index m_pairs[k], which is code point m_pairs[k] - k.
    // Every pair that starts before the wanted code point adds one UTF-16 unit.
    qsizetype low = 0;
    qsizetype high = m_pairs.size();
    while (low < high) {
        const qsizetype mid = (low + high) / 2;
        if (m_pairs.at(mid) - mid < codePoint)
            low = mid + 1;
        else
            high = mid;
    }
    return codePoint + low;
}

qsizetype TextIndex::toCodePoint(qsizetype utf16Index) const
{
    if (utf16Index < 0 || utf16Index > m_utf16Length)
        return -1;
    const auto it = std::lower_bound(m_pairs.cbegin(), m_pairs.cend(), utf16Index);
    if (it != m_pairs.cbegin() && *(it - 1) == utf16Index - 1)
        return -1; // between the two halves of a surrogate pair
    return utf16Index - (it - m_pairs.cbegin());
}

} // namespace demarche
