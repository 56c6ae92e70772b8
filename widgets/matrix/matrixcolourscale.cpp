#include "widgets/matrix/matrixcolourscale.h"

#include <algorithm>
#include <cmath>

namespace demarche {
namespace {

// The end of ColorBrewer's Blues scale: distinct for most colour vision.
const QColor countHigh(8, 81, 156);
// The mean position runs from magenta through the base to green (after ColorBrewer's
// PiYG): a diverging scale safe for red-green colour blindness, in hues that political
// actors seldom wear and that lie away from the actors' default palette, so that a cell
// cannot be read as an actor's. A dark base gets lighter tones of the same hues, so that
// a strong position stands out from the dark rather than sinking into it.
const QColor positionLowOnLight(197, 27, 125);
const QColor positionHighOnLight(39, 100, 25);
const QColor positionLowOnDark(230, 90, 200);
const QColor positionHighOnDark(150, 215, 90);
const QColor grey(128, 128, 128);

// The lightest tint a counted cell gets, so that one claim among thousands still shows.
constexpr double minimumTint = 0.12;

QColor mix(const QColor &from, const QColor &to, double fraction)
{
    const double t = std::clamp(fraction, 0.0, 1.0);
    auto channel = [t](double a, double b) { return a + (b - a) * t; };
    return QColor::fromRgbF(float(channel(from.redF(), to.redF())),
                            float(channel(from.greenF(), to.greenF())),
                            float(channel(from.blueF(), to.blueF())));
}

} // namespace

MatrixColourScale::MatrixColourScale(Mode mode, const QColor &base)
    : m_mode(mode)
    , m_base(base)
{}

QBrush MatrixColourScale::cellBrush(int count, int maxCount, std::optional<double> mean) const
{
    if (count <= 0)
        return {};
    if (m_mode == Mode::ByPosition && !mean)
        return QBrush(noPositionColour(), Qt::BDiagPattern);
    return QBrush(cellColour(count, maxCount, mean));
}

QColor MatrixColourScale::cellText(int count, int maxCount, std::optional<double> mean) const
{
    if (count <= 0)
        return {};
    return contrastingText(cellColour(count, maxCount, mean));
}

QColor MatrixColourScale::cellColour(int count, int maxCount, std::optional<double> mean) const
{
    if (m_mode == Mode::ByCount)
        return countColour(countFraction(count, maxCount));
    if (mean)
        return positionColour(*mean);
    return m_base;
}

QColor MatrixColourScale::countColour(double fraction) const
{
    return mix(m_base, countHigh, fraction);
}

double MatrixColourScale::countFraction(int count, int maxCount)
{
    if (count <= 0 || maxCount <= 0)
        return 0.0;
    const double share = std::min(1.0, double(count) / double(maxCount));
    return minimumTint + (1.0 - minimumTint) * std::sqrt(share);
}

QColor MatrixColourScale::positionColour(double position) const
{
    const double strength = std::min(1.0, std::abs(position) / 100.0);
    const bool dark = m_base.lightnessF() < 0.5;
    const QColor low = dark ? positionLowOnDark : positionLowOnLight;
    const QColor high = dark ? positionHighOnDark : positionHighOnLight;
    return mix(m_base, position < 0 ? low : high, strength);
}

QColor MatrixColourScale::noPositionColour() const
{
    return mix(m_base, grey, 0.45);
}

QColor MatrixColourScale::contrastingText(const QColor &background)
{
    const double luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance < 0.55 ? QColor(Qt::white) : QColor(Qt::black);
}

} // namespace demarche
