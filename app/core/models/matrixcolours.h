#pragma once

#include <QColor>

namespace demarche::matrixcolours {

// The matrix's colour scales, drawn from the view's base colour so that they read in
// light and dark palettes alike.

// Number of claims: from `base` (no claims) to a saturated blue. `fraction` is the
// place on the scale, 0 ... 1; countFraction() gives it for a count.
QColor countColour(const QColor &base, double fraction);
// Square root scale, so that a few claims stand out next to a cell with hundreds; any
// claim at all is at least a visible tint.
double countFraction(int count, int maxCount);

// Mean position: red for -100 through `base` for 0 to blue for +100.
QColor positionColour(const QColor &base, double position);
// Cells with claims but none that has a position: a grey hatch drawn in this colour.
QColor noPositionColour(const QColor &base);

// Black or white, whichever reads better on `background`.
QColor contrastingText(const QColor &background);

} // namespace demarche::matrixcolours
