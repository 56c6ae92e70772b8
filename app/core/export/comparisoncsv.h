#pragma once

#include "core/analysis/comparison.h"
#include "core/domain/result.h"

#include <QString>

namespace demarche {

// Writes one row per compared topic:
//   topic, topic_parent, status, actor_a, claims_a, mean_position_a, stances_a,
//   actor_b, claims_b, mean_position_b, stances_b, distance
// Means and the distance have one decimal and a '.' whatever the locale, and are empty
// when absent; stances read "demand:2; refusal:1" in the vocabulary's order.
//
// `path` is checked and written as io/outputfile.h says: never the open project or another
// database, a pipe or device as a stream, a file replaced only when everything was
// written, so a failed export leaves an earlier file as it was. Errors name the path.
Status writeComparisonCsv(const Comparison &comparison, const QString &path, bool byteOrderMark);

} // namespace demarche
