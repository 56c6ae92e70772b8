#pragma once

#include "core/domain/result.h"
#include "core/exchange/qdpxproject.h"

#include <QList>
#include <QString>

namespace demarche {

class ProjectStore;

struct QdpxImportOptions
{
    // The code whose subtree holds the actors in a file another program wrote: its name,
    // or its path from the top ("Codes/Actors"), without regard to case. Empty: every code
    // becomes a topic. A file Demarche wrote is read back as it was, whatever this says.
    QString actorsUnder;
};

// What an import added, and the loss report: everything that could not be represented.
struct QdpxImportReport
{
    using Loss = QdpxLoss;

    bool writtenByDemarche = false;
    int documents = 0;
    int actors = 0; // new entries; those found in the project by name are reused
    int topics = 0;
    int claims = 0;
    QList<Loss> losses;
};

// Reads the REFI-QDA project (.qdpx) at `qdpxPath` into `store` in one transaction: all of
// it, or nothing when it is refused. Refusals name the file (and the part of it) and the
// problem: not a zip, no or several .qde files, a document type declaration, XML that is
// not well-formed or nested too deeply, a source that is not UTF-8 or is missing, limits
// passed (a zip bomb).
Result<QdpxImportReport> importQdpx(ProjectStore &store, const QString &qdpxPath,
                                    const QdpxImportOptions &options = {});

// The same into a new project made at `projectPath` (with the default topics, as any new
// project); refused when something is there already. When the import is refused the
// project made for it is removed again: nothing half-made is left behind.
Result<QdpxImportReport> importQdpxAsNewProject(const QString &qdpxPath, const QString &projectPath,
                                                const QdpxImportOptions &options = {});

// The file's code tree, for asking which code holds the actors. Reads only the .qde.
Result<QList<QdpxCode>> readQdpxCodeTree(const QString &qdpxPath);

} // namespace demarche
