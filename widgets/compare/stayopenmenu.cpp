#include "widgets/compare/stayopenmenu.h"

#include <QMouseEvent>

namespace demarche {

StayOpenMenu::StayOpenMenu(QWidget *parent)
    : QMenu(parent)
{}

void StayOpenMenu::mouseReleaseEvent(QMouseEvent *event)
{
    QAction *action = actionAt(event->position().toPoint());
    if (action && action->isCheckable() && action->isEnabled()) {
        action->trigger();
        return;
    }
    QMenu::mouseReleaseEvent(event);
}

} // namespace demarche
