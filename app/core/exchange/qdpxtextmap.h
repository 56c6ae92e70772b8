#pragma once

#include "core/text/textindex.h"

#include <QString>

#include <vector>

namespace demarche {

// A source's text as another program stored it, made into Demarche's canonical text
// (textimport::canonicalText: no BOM, LF line ends, NFC, no trailing blanks), together
// with where each of its positions went, so that a selection still points at the same
// characters. Positions count code points of the text without its BOM, as REFI-QDA's do.
class QdpxTextMap final
{
public:
    enum class Problem {
        None,
        OutOfRange,      // a bound outside the text, or the end before the start
        SplitsCharacter, // a bound between CR and LF, or inside a sequence NFC composes
        NothingLeft,     // the selection holds only what the canonical text leaves out
        Untraceable,     // the text changed in a way positions cannot follow
    };

    struct Range
    {
        qint64 start = 0;
        qint64 end = 0;
        Problem problem = Problem::None;
    };

    explicit QdpxTextMap(const QString &stored);

    const QString &text() const { return m_text; }
    // The code point range [start, end) of the stored text, in the canonical text.
    Range map(qint64 start, qint64 end) const;

private:
    void build(const QString &stored);

    QString m_text;
    TextIndex m_storedIndex;
    TextIndex m_textIndex;
    bool m_identity = false;
    bool m_traceable = true;
    // For each UTF-16 boundary of the stored text, the boundary of the canonical text it
    // became, or -1 where it splits a character.
    std::vector<qint32> m_map;
};

} // namespace demarche
