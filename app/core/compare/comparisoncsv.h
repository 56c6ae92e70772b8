#pragma once

#include "compare/comparison.h"
#include "domain/result.h"

#include <QString>

namespace demarche {

// Writes one row per compared topic:
//   topic, topic_parent, status, actor_a, claims_a, mean_position_a, stances_a,
//   actor_b, claims_b, mean_position_b, stances_b, distance
// Means and the distance have one decimal and a '.' whatever the locale, and are empty
// when absent; stances read "demand:2; refusal:1" in the vocabulary's order.
//
// The file is replaced only when everything was written (QSaveFile): a failed export
// leaves an earlier file of the same name as it was. Errors name the path.
Status writeComparisonCsv(const Comparison &comparison, const QString &path, bool byteOrderMark);

} // namespace demarche
