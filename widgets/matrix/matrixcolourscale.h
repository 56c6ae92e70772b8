#pragma once

#include <QBrush>
#include <QColor>

#include <optional>

namespace demarche {

// The matrix's colour scales, drawn from a base colour (the palette's Base) so that they
// read in light and dark palettes alike: by number of claims from the base to a saturated
// blue, or by mean position from magenta through the base to green, a diverging scale
// unlike the actors' colours.
class MatrixColourScale final
{
public:
    enum class Mode { ByCount, ByPosition };

    MatrixColourScale(Mode mode, const QColor &base);

    Mode mode() const { return m_mode; }
    QColor base() const { return m_base; }

    // A cell of `count` claims, where the fullest cell has `maxCount`, whose positions
    // average `mean` (none when no claim gives one). Empty cells get no brush and no
    // text colour; cells without positions, when coloured by position, a grey hatch.
    QBrush cellBrush(int count, int maxCount, std::optional<double> mean) const;
    QColor cellText(int count, int maxCount, std::optional<double> mean) const;

    // `fraction` is the place on the count scale, 0 ... 1; countFraction() gives it.
    QColor countColour(double fraction) const;
    // Square root scale, so that a few claims stand out next to a cell with hundreds;
    // any claim at all is at least a visible tint.
    static double countFraction(int count, int maxCount);
    // A position -100 ... 100: magenta below zero, green above, the base at zero; on a
    // dark base the lighter tones of the same hues.
    QColor positionColour(double position) const;
    // The hatch of cells with claims but none that has a position.
    QColor noPositionColour() const;
    // Black or white, whichever reads better on `background`.
    static QColor contrastingText(const QColor &background);

private:
    // The colour a cell's text stands on; for a hatched cell, the base under the hatch.
    QColor cellColour(int count, int maxCount, std::optional<double> mean) const;

    Mode m_mode;
    QColor m_base;
};

} // namespace demarche
