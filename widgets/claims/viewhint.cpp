#include "widgets/claims/viewhint.h"

#include "widgets/help/guidelinklabel.h"

#include <QAbstractScrollArea>
#include <QEvent>

#include <algorithm>

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
        place();
    return QLabel::eventFilter(watched, event);
}

void ViewHint::setGuideLink(const QString &text, const QString &anchor)
{
    if (!m_link) {
        if (anchor.isEmpty())
            return;
        m_link = new GuideLinkLabel(parentWidget());
    }
    m_link->setGuide(text, anchor);
    m_link->setVisible(isVisibleTo(parentWidget()) && !anchor.isEmpty());
    place();
}

void ViewHint::setVisible(bool visible)
{
    QLabel::setVisible(visible);
    if (m_link)
        m_link->setVisible(visible && !m_link->anchor().isEmpty());
    place(); // the text may have changed with the state
}

void ViewHint::place()
{
    const QRect area = parentWidget()->rect();
    if (!m_link || m_link->anchor().isEmpty()) {
        setGeometry(area);
        return;
    }
    // The text and the link as one block in the middle; only the link takes clicks.
    const int textHeight = std::min(heightForWidth(area.width()), area.height());
    const QSize linkSize = m_link->sizeHint();
    const int top = std::max(0, (area.height() - textHeight - linkSize.height()) / 2);
    setGeometry(0, top, area.width(), textHeight);
    m_link->setGeometry((area.width() - linkSize.width()) / 2, top + textHeight - margin() / 2,
                        linkSize.width(), linkSize.height());
    m_link->raise();
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
