#pragma once

#include "core/domain/result.h"

#include <QString>

#include <functional>

namespace demarche {

class ProjectStore;

struct QdpxExportOptions
{
    // Told the claims written so far and the total: before the first, after every
    // `progressInterval` claims and after the last. Returning false cancels the export,
    // which then writes no file and returns an error. A GUI keeps itself responsive here.
    std::function<bool(qint64 written, qint64 total)> progress;
    qint64 progressInterval = 1000;
    // The Project's origin attribute; empty: "Demarche <application version>".
    QString origin;
};

struct QdpxExportSummary
{
    qint64 documents = 0;
    qint64 claims = 0;
};

// Writes the whole project as a REFI-QDA project (.qdpx, docs/REFI-QDA.md): a zip of
// project.qde and one sources/<GUID>.txt per document. `path` is checked as
// OutputFile::checkFile says: the open project, any SQLite file, a folder, a pipe, a
// device and standard output are refused; the file appears complete or not at all.
// Claims are streamed from the store, never all held at once. Every error names the file.
Result<QdpxExportSummary> exportQdpx(const ProjectStore &store, const QString &path,
                                     const QdpxExportOptions &options = {});

} // namespace demarche
