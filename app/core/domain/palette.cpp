#include "core/domain/palette.h"

#include <iterator>

namespace demarche::palette {

QColor color(int index)
{
    // A qualitative palette chosen so that neighbouring entries differ in hue and all of
    // them stay legible behind black text.
    static const QRgb colors[] = {
        0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948,
        0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac, 0x1f9e89, 0xd37295,
    };
    const int count = int(std::size(colors));
    return QColor(colors[((index % count) + count) % count]);
}

} // namespace demarche::palette
