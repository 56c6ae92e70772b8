#pragma once

#include "core/domain/result.h"
#include "core/import/importedtext.h"

#include <QString>

namespace demarche {

// Files larger than this are refused before a byte is read: no article is this long, and
// reading a mistaken choice (a video, a disk image) must not exhaust memory.
constexpr qint64 MaxImportFileSize = 50LL * 1024 * 1024;

// Reads one regular file and converts it with the format its suffix names
// (importformats.h). Every refusal's message begins with `path` as given, then ": ".
// Not readTextInput() (textinput.h): that one takes pipes and stops at the first byte
// that is not UTF-8, while a document may be Windows-1252, UTF-16 or not text at all.
Result<ImportedText> readImportFile(const QString &path);

} // namespace demarche
