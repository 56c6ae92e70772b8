#pragma once

#include "core/analysis/matrix.h"
#include "core/domain/result.h"

#include <QString>

namespace demarche {

// Writes one row per cell of the matrix, actors in codebook order and for each actor
// every topic in codebook order, empty cells included so that a pivot sees the whole grid:
//   actor, actor_parent, topic, topic_parent, claims, positioned, mean_position,
//   then one column per stance key (demand, proposal, ...) in the vocabulary's order.
// The mean has one decimal and a '.', and is empty without positions. Names are escaped
// against formulas; figures are not.
//
// `path` is checked and written as io/outputfile.h says: never the open project or another
// database, a pipe or device as a stream, a file replaced only once complete. Errors name
// the path.
Status writeMatrixCsv(const ActorTopicMatrix &matrix, const QString &path, bool byteOrderMark);

} // namespace demarche
