#include "widgets/common/focusring.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QPainter>

namespace demarche {
namespace {

constexpr int RingWidth = 2;

} // namespace

FocusRing *FocusRing::attach(QAbstractScrollArea *area)
{
    if (!area)
        return nullptr;
    if (auto *ring = area->findChild<FocusRing *>(QString(), Qt::FindDirectChildrenOnly))
        return ring;
    return new FocusRing(area);
}

FocusRing::FocusRing(QAbstractScrollArea *area)
    : QWidget(area)
    , m_area(area)
{
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    area->installEventFilter(this);
    follow();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_area) {
        switch (event->type()) {
        case QEvent::FocusIn:
        case QEvent::FocusOut:
        case QEvent::Resize:
        case QEvent::ChildAdded: // a new scroll bar must stay below the ring
            follow();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRing::follow()
{
    setGeometry(m_area->rect());
    setVisible(m_area->hasFocus());
    raise();
}

void FocusRing::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    QPen pen(palette().color(QPalette::Active, QPalette::Highlight), RingWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.drawRect(QRectF(rect()).adjusted(RingWidth / 2.0, RingWidth / 2.0, -RingWidth / 2.0,
                                             -RingWidth / 2.0));
}

} // namespace demarche
