#pragma once

#include "core/domain/result.h"

#include <QString>

namespace demarche {

// Lays `html` out on A4 pages (QTextDocument) and writes them as a PDF (QPdfWriter), with
// `title` in the PDF's properties and in each page's footer beside "Page n of m".
// `path` is written as io/outputfile.h says: replaced only once the whole file is
// written, streamed into when a pipe or device, refused when the open project. Needs a
// QGuiApplication, for the fonts; without one it fails with a message instead of crashing.
Status writeHtmlAsPdf(const QString &html, const QString &path, const QString &title);

} // namespace demarche
