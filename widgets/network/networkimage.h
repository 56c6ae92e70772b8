#pragma once

#include "core/domain/result.h"

#include <QString>

class QGraphicsScene;

namespace demarche {

enum class NetworkImageFormat { Png, Svg };

// Writes the drawing of `scene` (its items, with a margin, on its background) as a PNG
// at twice the screen's scale, or as an SVG with `title` in its metadata. Written
// through OutputFile, so never onto the project; the error names the file.
Status writeNetworkImage(QGraphicsScene &scene, const QString &path, NetworkImageFormat format,
                         const QString &title);

} // namespace demarche
