#pragma once

#include "core/domain/result.h"
#include "core/import/importedtext.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace demarche::textimport {

// Files larger than this are refused before a byte is read: no article is this long, and
// reading a mistaken choice (a video, a disk image) must not exhaust memory.
constexpr qint64 MaxFileSize = 50LL * 1024 * 1024;

enum class Format { PlainText, Markdown, Html };

// .txt .text -> PlainText; .md .markdown -> Markdown; .html .htm .xhtml -> Html; any case.
std::optional<Format> formatForFileName(const QString &fileName);
QString formatKey(Format format); // "txt", "md", "html"

// The form every document's text is stored in, so that claim offsets stay valid: NFC,
// LF line ends, no byte order mark, no trailing spaces or tabs on a line, at most one
// blank line in a row, no blank space at either end. Lone surrogates become U+FFFD and
// NUL characters are dropped, so the result is always valid Unicode. More than 30
// combining characters in a row are broken up (see toNfc() in nfc.h).
QString canonicalText(const QString &text);

// Convert a file's bytes (`displayName` names it in messages), or pasted text. Refused
// with badInput(): binary content, and input with no text once converted.
Result<ImportedText> fromBytes(const QByteArray &bytes, Format format, const QString &displayName);
Result<ImportedText> fromString(const QString &text, Format format, const QString &displayName);

// Reads and converts one file; the format follows from its extension. Every refusal's
// message begins with `path` as given, then ": ".
Result<ImportedText> readFile(const QString &path);

} // namespace demarche::textimport
