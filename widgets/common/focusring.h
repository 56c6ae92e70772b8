#pragma once

#include <QWidget>

class QAbstractScrollArea;

namespace demarche {

// A line in the highlight colour around a text or a table while it has the keyboard:
// the article and the tables draw no frame of their own, so without it the analyst
// cannot see where Tab or Alt+1…4 went. It lies over the area and lets the mouse through.
class FocusRing final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusRing)

public:
    // The ring belongs to `area`; attaching twice adds nothing.
    static FocusRing *attach(QAbstractScrollArea *area);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    explicit FocusRing(QAbstractScrollArea *area);
    void follow();

    // Only as a widget: focus events still come while the area is being destroyed.
    QWidget *m_area;
};

} // namespace demarche
