#pragma once

#include <QEvent>
#include <QKeyEvent>

namespace demarche {

// A press of Return, or of Enter on the keypad: what opens the current item of a view.
inline bool isEnterPress(const QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const int key = static_cast<const QKeyEvent *>(event)->key();
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}

} // namespace demarche
