#pragma once

#include "domain/result.h"
#include "storage/claimfilter.h"

#include <QString>

namespace demarche {

class ProjectStore;

struct ClaimsExportOptions
{
    ClaimFilter filter;
    bool byteOrderMark = false; // Excel needs it to read UTF-8
    bool formulaEscape = true;  // protect spreadsheets from cells that look like formulas
};

// Writes the claims as CSV (RFC 4180, UTF-8, CRLF, the columns of claimcolumns::all()).
// The file appears complete or not at all. Returns the number of claims written.
Result<qint64> exportClaimsCsv(const ProjectStore &store, const QString &path,
                               const ClaimsExportOptions &options);

} // namespace demarche
