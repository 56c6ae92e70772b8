#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace demarche {

// The result of importing one article: its canonical text plus what the importer
// learnt on the way, so the caller can store the document and tell the user.
struct ImportedText
{
    QString text;         // canonical text: NFC, LF line ends, no leading/trailing blank space
    QString title;        // from <title>, the first Markdown heading or a plain text's
                          // headline (plaintexthead.h); empty when none
    QString source;       // the source a plain text names in a "Source:" line
    QDate date;           // the date a plain text gives in a "Date:" line
    QString format;       // "txt", "md" or "html"
    QString encoding;     // "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "UTF-16BE (BOM)",
                          // "Windows-1252"; empty for pasted text, which was never bytes
    QStringList warnings; // e.g. "<file>: not valid UTF-8; decoded as Windows-1252"
};

} // namespace demarche
