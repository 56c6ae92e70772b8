#pragma once

#include "core/domain/result.h"
#include "core/exchange/qdpxproject.h"

#include <QByteArray>
#include <QString>

namespace demarche::qdpx {

// Code trees deeper than this are flattened at this depth (and reported); XML nested
// deeper than MaxXmlDepth is refused. No real codebook comes near either.
inline constexpr int MaxCodeDepth = 64;
inline constexpr int MaxXmlDepth = 256;

// Reads a project.qde. `fileName` names it in every refusal ("team.qdpx: project.qde:
// ..."). A document type declaration is refused before any entity could be expanded:
// REFI-QDA needs none, and it is how entity bombs and external entities come in.
Result<QdpxProject> parseProject(const QByteArray &xml, const QString &fileName);

} // namespace demarche::qdpx
