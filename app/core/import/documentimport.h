#pragma once

#include "core/domain/document.h"
#include "core/domain/result.h"
#include "core/storage/projectstore.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace demarche {

// What the analyst says about a document at import; empty fields are left to the file.
struct DocumentDetails
{
    QString title;
    QString source;
    QString url;
    QDate date;
};

// Titles made from a line of text are cut to about this many characters.
constexpr qsizetype MaxDerivedTitleLength = 80;

// Reads and converts a file of one of the import formats (importformats.h) into a
// document ready to store (no id yet; contentHash set). The title is details.title, else
// the file's own title, else the file name without its extension; the date likewise; the source
// is details.source, else the file's, else the author its metadata names. Every error names the
// file; `warnings` receives doubts such as an encoding guess, `notes` what was cleaned away
// (running headers, hyphenation). Page starts (PDF) are kept in Document::pages.
Result<Document> readDocument(const QString &path, const DocumentDetails &details,
                              QStringList *warnings, QStringList *notes = nullptr);

// Pasted text as a document: canonical text, format "txt", titled `title` or else by its
// first line (cut to about MaxDerivedTitleLength characters). Empty or binary-looking
// text is refused.
Result<Document> documentFromText(const QString &text, const QString &title = {});

// The hash the store compares to refuse a document as a duplicate: SHA-256 of the UTF-8
// text, in hex, as ProjectStore::addDocument() computes it.
QByteArray documentContentHash(const QString &text);

// The first document of `documents` (a listing, without text) with the same text as
// `document`, or nullptr. Lets a caller refuse a duplicate in its own words before the
// store would.
const Document *findDuplicate(const QList<Document> &documents, const Document &document);

// readDocument(), then adds the document to the store.
Result<Document> importDocument(ProjectStore &store, const QString &path,
                                const DocumentDetails &details, ProjectStore::Duplicates duplicates,
                                QStringList *warnings, QStringList *notes = nullptr);

} // namespace demarche
