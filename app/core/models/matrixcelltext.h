#pragma once

#include "core/analysis/matrix.h"

#include <QString>

namespace demarche {

// A mean position for people: rounded, with a sign ("−42", "+17", "0").
QString positionText(double position);

// The tooltip of a matrix cell, one line per fact:
//   Russia on Ukraine: 12 claims — 5 Demand, 4 Assessment, 3 Refusal / red line
//   mean position −42 (9 with a position)
//   4 of them by members
// Stances by count, most first. `byMembers` counts the claims that reached the cell
// through the roll-up; the last line is left out when there are none. Empty for a
// cell without claims.
QString describeMatrixCell(const QString &actor, const QString &topic, const MatrixCell &cell,
                           int byMembers);

} // namespace demarche
