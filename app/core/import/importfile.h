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
Result<ImportedText> readImportFile(const QString &path);

} // namespace demarche
