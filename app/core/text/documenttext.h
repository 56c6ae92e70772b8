#pragma once

#include "core/domain/result.h"
#include "core/text/textindex.h"

#include <QString>
#include <QTextBoundaryFinder>

namespace demarche {

// A document's text prepared for checking claim offsets: code point conversion and
// grapheme boundaries are computed once, however many claims point into it.
class DocumentText final
{
public:
    explicit DocumentText(const QString &text);

    const QString &text() const { return m_text; }
    const TextIndex &index() const { return m_index; }

    // The quote at code point offsets [start, end), or an error saying what is wrong
    // with the offsets (outside the text, empty, splitting a character).
    Result<QString> slice(qint64 start, qint64 end) const;

    // Code point offsets of the `occurrence`-th (1-based) match of `quote`, or -1s.
    std::pair<qint64, qint64> find(const QString &quote, int occurrence = 1) const;

private:
    bool isBoundary(qsizetype utf16Index) const;

    QString m_text;
    TextIndex m_index;
    mutable QTextBoundaryFinder m_graphemes;
};

} // namespace demarche
