#pragma once

#include "core/domain/result.h"
#include "core/storage/claimfilter.h"

#include <QString>

#include <functional>

namespace demarche {

class ProjectStore;

struct ClaimsExportOptions
{
    ClaimFilter filter;
    bool byteOrderMark = false; // Excel needs it to read UTF-8
    bool formulaEscape = true;  // protect spreadsheets from cells that look like formulas
    // Told the claims written so far and the total: before the first row, after every
    // `progressInterval` rows and after the last. Returning false cancels the export,
    // which then writes no file and returns an error. A GUI keeps itself responsive here.
    std::function<bool(qint64 written, qint64 total)> progress;
    qint64 progressInterval = 1000;
};

// Writes the claims as CSV (RFC 4180, UTF-8, CRLF, the columns of claimcolumns::all()).
// `path` is checked and written as io/outputfile.h says: a file appears complete or not
// at all; a pipe or device is streamed into; the open project is refused. Returns the number of
// claims written. A cancelled export returns an error and leaves any earlier file at `path`
// untouched.
Result<qint64> exportClaimsCsv(const ProjectStore &store, const QString &path,
                               const ClaimsExportOptions &options);

} // namespace demarche
