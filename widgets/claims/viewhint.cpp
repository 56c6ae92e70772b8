#include "widgets/claims/viewhint.h"

#include <QAbstractScrollArea>
#include <QEvent>

namespace demarche {

ViewHint::ViewHint(QAbstractScrollArea *view)
    : QLabel(view->viewport())
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(24);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    applyMutedColor();
    view->viewport()->installEventFilter(this);
    setGeometry(view->viewport()->rect());
}

bool ViewHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QLabel::eventFilter(watched, event);
}

void ViewHint::changeEvent(QEvent *event)
{
    // Follows a switch between light and dark palettes.
    if (event->type() == QEvent::PaletteChange && !m_settingPalette)
        applyMutedColor();
    QLabel::changeEvent(event);
}

void ViewHint::applyMutedColor()
{
    m_settingPalette = true;
    QPalette muted = parentWidget()->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    setPalette(muted);
    m_settingPalette = false;
}

} // namespace demarche
