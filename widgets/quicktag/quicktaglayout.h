#pragma once

#include <QFont>
#include <QPoint>
#include <QRect>
#include <QSize>
#include <QString>

namespace demarche::quicktag {

// Where a popup of `size` goes next to `anchor` (the text selection, in global
// coordinates): below it, above it when there is no room below, and always inside
// `available` (the screen's available geometry) as far as it fits.
QPoint popupPosition(const QRect &anchor, const QSize &size, const QRect &available);

// `text` with its white space collapsed, broken into at most `maxLines` lines of
// `width` pixels in `font`, the last line elided when the text goes on. Lines are
// joined by '\n'.
QString elideToLines(const QString &text, const QFont &font, int width, int maxLines);

} // namespace demarche::quicktag
