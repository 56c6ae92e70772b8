#include "widgets/network/networkimage.h"

#include "core/io/outputfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace demarche {
namespace {

class NetworkImageText final
{
    Q_DECLARE_TR_FUNCTIONS(NetworkImageText)
};

constexpr double margin = 24;
constexpr double pngScale = 2; // sharp on high-density screens and in print
// A node dragged far away must not ask for a gigapixel image.
constexpr double largestSide = 8000;

QRectF drawing(const QGraphicsScene &scene)
{
    return scene.itemsBoundingRect().adjusted(-margin, -margin, margin, margin);
}

Error writeError(const QString &path, const QString &reason)
{
    return ioError(NetworkImageText::tr("Could not write the network to %1: %2")
                       .arg(OutputFile::displayName(path), reason));
}

QByteArray png(QGraphicsScene &scene)
{
    const QRectF source = drawing(scene);
    const double scale =
        std::min(pngScale, largestSide / std::max({source.width(), source.height(), 1.0}));
    const QSize size(int(std::ceil(source.width() * scale)),
                     int(std::ceil(source.height() * scale)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(scene.backgroundBrush().color());
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(QPointF(), QSizeF(size)), source);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray svg(QGraphicsScene &scene, const QString &title)
{
    const QRectF source = drawing(scene);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(), source.size()));
    generator.setTitle(title);
    {
        QPainter painter(&generator);
        painter.fillRect(QRectF(QPointF(), source.size()), scene.backgroundBrush());
        scene.render(&painter, QRectF(QPointF(), source.size()), source);
    }
    return bytes;
}

} // namespace

Status writeNetworkImage(QGraphicsScene &scene, const QString &path, NetworkImageFormat format,
                         const QString &title)
{
    const QByteArray bytes = format == NetworkImageFormat::Png ? png(scene) : svg(scene, title);
    if (bytes.isEmpty())
        return writeError(path, NetworkImageText::tr("the image could not be drawn"));
    OutputFile file(path);
    if (Status opened = file.open(); !opened)
        return opened;
    if (file.device()->write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancel();
        return writeError(path, reason);
    }
    return file.commit();
}

} // namespace demarche
