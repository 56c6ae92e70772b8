#pragma once

#include "core/domain/document.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace demarche {

// The result of importing one article: its canonical text plus what the importer
// learnt on the way, so the caller can store the document and tell the user.
struct ImportedText
{
    QString text;           // canonical text: NFC, LF line ends, no leading/trailing blank space
    QString title;          // from <title>, the first Markdown heading, a plain text's headline
                            // (plaintexthead.h) or a file's metadata; empty when none
    QString author;         // the author a PDF, DOCX or ODT file's metadata names
    QString source;         // the source a plain text names in a "Source:" line
    QDate date;             // a plain text's "Date:" line or a file's metadata
    QString format;         // the import format's key: "txt", "md", "html", "pdf", ...
    QString encoding;       // "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "UTF-16BE (BOM)",
                            // "Windows-1252"; empty for pasted text, which was never bytes
    QStringList warnings;   // e.g. "<file>: not valid UTF-8; decoded as Windows-1252"
    QStringList notes;      // what was cleaned away, e.g. "<file>: 14 running headers left out"
    QList<PageStart> pages; // offsets into `text`, which must already be canonical
};

} // namespace demarche
