#pragma once

#include "core/domain/result.h"
#include "core/import/importedtext.h"

#include <QByteArray>
#include <QString>

namespace demarche::textimport {

// A PDF's text layer as an article (pdflayout.h orders it, pdfcleanup.h cleans it), with
// the page each paragraph begins on. Title from the file's metadata, else its first
// heading; author and date (the creation date, else the last change) from its metadata.
// Refused, each message beginning with `fileName`: a file poppler cannot open
// ("damaged"), one that needs a password ("encrypted"; one that only restricts printing
// or copying opens and is read), and one without a text layer ("no text layer — scanned
// PDF?"). Very long files stop after MaxPdfPages pages or MaxPdfWords words, or after
// MaxPdfSeconds, with a warning.
Result<ImportedText> pdfText(const QByteArray &bytes, const QString &fileName);

constexpr int MaxPdfPages = 5000;
constexpr qsizetype MaxPdfWords = 3'000'000;
constexpr int MaxPdfSeconds = 120;

} // namespace demarche::textimport
