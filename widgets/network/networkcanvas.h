#pragma once

#include <QGraphicsView>

namespace demarche {

// The network's view port: Ctrl+wheel (and Ctrl+plus, Ctrl+minus) zooms around the
// mouse, the wheel alone scrolls, and the drawing fits the window until the analyst zooms.
class NetworkCanvas final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkCanvas)

public:
    explicit NetworkCanvas(QGraphicsScene *scene, QWidget *parent = nullptr);

    // The whole drawing in view, never enlarged past 1.5 times; fits again on resizes.
    void fitDrawing();
    void zoomBy(double factor);
    double zoom() const { return transform().m11(); }
    bool fitsAutomatically() const { return m_autoFit; }

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool m_autoFit = true;
};

} // namespace demarche
