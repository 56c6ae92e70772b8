#pragma once

#include "core/domain/result.h"
#include "core/import/importedtext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace demarche {

// One kind of file a document can be imported from. A new format (PDF, DOCX, ODT) is a
// new row in importFormats(): the file dialogs, the folder scan, the "unsupported file
// type" message and demarche-cli's help all read that table.
struct ImportFormat
{
    // The file's bytes (at most MaxImportFileSize, importfile.h) as canonical text and what the
    // file says about itself; `fileName` names the file in messages. A refusal is badInput() whose
    // message begins with `fileName` and ": ".
    using Converter = Result<ImportedText> (*)(const QByteArray &bytes, const QString &fileName);

    QString key;                // stored as Document::format: "txt", "md", "html"
    const char *name = nullptr; // untranslated, in context "ImportFormats": "Plain text"
    QStringList suffixes;       // lower case, no dot, named in messages; the first names the format
    QStringList aliases;        // accepted as well, never named in messages
    Converter convert = nullptr;
    // The file's metadata names its title, author and date (PDF, DOCX, ODT): guesses that
    // the window shows for confirmation after an import.
    bool hasMetadata = false;

    // Translated when asked, so that a change of language shows at once.
    QString displayName() const { return QCoreApplication::translate("ImportFormats", name); }
    QStringList allSuffixes() const { return suffixes + aliases; }
};

// Every format, in the order lists and filters show them.
const QList<ImportFormat> &importFormats();

// The format a file name's last suffix stands for, in any case; nullptr when none does.
const ImportFormat *importFormatForFileName(const QString &fileName);

// Whether documents of the format `key` (Document::format) took their title and date from
// the file's metadata.
bool hasFileMetadata(const QString &key);

// Every suffix a document may be imported from, lower case, without the dot.
QStringList importableSuffixes();

// "*.txt", "*.text", ...: every importable suffix as a file name pattern.
QStringList importFilePatterns();

// ".txt, .md, .html or .htm": the suffixes named in messages, for "expected ...".
QString expectedSuffixes();

// ".txt, .md and .html": each format by its first suffix.
QString formatSuffixes();

} // namespace demarche
