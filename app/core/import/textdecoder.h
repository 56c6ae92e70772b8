#pragma once

#include <QByteArray>
#include <QString>

namespace demarche {

struct DecodedText
{
    QString text;
    QString encoding;      // a name fit to show: "UTF-8", "UTF-16LE (BOM)", "Windows-1252", ...
    bool fallback = false; // true when the bytes were not valid UTF-8 and nothing better was known
};

namespace textimport {

// Turns the bytes of a text file into text. A byte order mark wins; then valid UTF-8;
// then the charset the file itself declares (an HTML <meta>); then Windows-1252, which
// can decode any byte and is what undeclared non-UTF-8 articles almost always are.
DecodedText decodeText(const QByteArray &bytes, const QByteArray &declaredCharset = {});

// The Windows-1252 character for one byte. The five bytes the code page leaves undefined
// map to the C1 control of the same value, as browsers do, so no byte is ever lost.
char16_t windows1252ToUnicode(uchar byte);

} // namespace textimport
} // namespace demarche
