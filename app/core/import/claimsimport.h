#pragma once

#include "core/domain/result.h"
#include "core/import/textinput.h"

#include <QString>

namespace demarche {

class ProjectStore;

struct ClaimsImportOptions
{
    // Create actors and topics the project does not know yet (with their parents),
    // instead of refusing the file.
    bool createMissing = false;
    // How much is read, and how long a pipe may stay silent; the defaults suit people.
    TextInputLimits input;
};

struct ClaimsImportSummary
{
    qint64 imported = 0;
    qint64 alreadyPresent = 0; // rows equal to a claim the project has (ExistingClaims)
    int actorsCreated = 0;
    int topicsCreated = 0;
};

// Reads claims back from a CSV in the export's format (columns found by name, each named
// once). `path` may be a file or a pipe (textinput.h). Actors and topics are found as
// `claim add` finds them: by name, alias or keyword. All rows go in, or none: the first
// bad row refuses the whole file, naming its row and column.
Result<ClaimsImportSummary> importClaimsCsv(ProjectStore &store, const QString &path,
                                            const ClaimsImportOptions &options);

} // namespace demarche
