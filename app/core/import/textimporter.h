#pragma once

#include "core/domain/result.h"
#include "core/import/importedtext.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace demarche::textimport {

// The text formats; importformats.h names their file suffixes.
enum class Format { PlainText, Markdown, Html };

QString formatKey(Format format); // "txt", "md", "html"

// True for decoded "text" that is really binary data: it holds a NUL, or more than one in
// ten of its first 8192 characters are C0 controls other than tab, LF, CR and FF.
bool looksBinary(QStringView text);

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

} // namespace demarche::textimport
