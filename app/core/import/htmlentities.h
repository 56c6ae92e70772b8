#pragma once

#include <QString>
#include <QStringView>

// Character references, shared by the HTML and the Markdown importers. Not public API:
// callers outside import/ use decodeHtmlEntities() from htmltext.h.
namespace demarche::textimport::detail {

// If s[pos] starts a character reference (&amp; &#8212; &#x2014; ...), appends what it
// stands for to `out` and returns how many characters it spans; otherwise returns 0 and
// leaves `out` alone. Invalid code points (NUL, surrogates, beyond U+10FFFF, C0 controls
// other than white space) become U+FFFD so they never reach a document's text; a soft
// hyphen (&shy;) becomes nothing.
qsizetype decodeEntityAt(QStringView s, qsizetype pos, QString &out);

} // namespace demarche::textimport::detail
