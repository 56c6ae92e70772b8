#pragma once

#include "core/domain/result.h"

#include <QString>

namespace demarche {

// Where the bundled sample lives: three articles and sample.json, compiled into the core.
inline QString sampleResourceFolder()
{
    return QStringLiteral(":/sample");
}

// Creates a new project at `path` holding the sample in `folder`: its articles, imported
// exactly as the same files would be, its actors and topics, and its claims, each found
// in its article by its quote. Refuses an existing path. All or nothing: on any error
// (which names the file and the claim at fault) no project is left behind.
Status createSampleProject(const QString &path, const QString &folder = sampleResourceFolder());

} // namespace demarche
