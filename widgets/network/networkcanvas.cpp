#include "widgets/network/networkcanvas.h"

#include <QGraphicsScene>
#include <QKeyEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace demarche {
namespace {

constexpr double largestFit = 1.5; // a small network is not blown up to fill the screen
constexpr double smallestZoom = 0.05;
constexpr double largestZoom = 8;
constexpr double zoomStep = 1.25;

} // namespace

NetworkCanvas::NetworkCanvas(QGraphicsScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setDragMode(QGraphicsView::ScrollHandDrag); // the background pans; nodes drag
    setMinimumSize(320, 220);
}

void NetworkCanvas::fitDrawing()
{
    m_autoFit = true;
    const QRectF drawing = scene()->itemsBoundingRect().adjusted(-24, -24, 24, 24);
    if (drawing.isEmpty())
        return;
    fitInView(drawing, Qt::KeepAspectRatio);
    if (zoom() > largestFit)
        setTransform(QTransform::fromScale(largestFit, largestFit));
    centerOn(drawing.center());
}

void NetworkCanvas::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, smallestZoom, largestZoom);
    if (zoom() <= 0 || !std::isfinite(target))
        return;
    m_autoFit = false;
    const double step = target / zoom();
    scale(step, step);
}

void NetworkCanvas::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta != 0)
        zoomBy(std::pow(zoomStep, delta / 120.0));
    event->accept();
}

void NetworkCanvas::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::ZoomIn)) {
        zoomBy(zoomStep);
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        zoomBy(1 / zoomStep);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void NetworkCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitDrawing();
}

} // namespace demarche
