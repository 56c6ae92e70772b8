#include "widgets/help/guidelinklabel.h"

#include "widgets/help/userguide.h"

namespace demarche {

GuideLinkLabel::GuideLinkLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("guideLink"));
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setFocusPolicy(Qt::TabFocus);
    setAlignment(Qt::AlignCenter);
    connect(this, &QLabel::linkActivated, this,
            [this](const QString &link) { openGuideLink(this, link); });
}

GuideLinkLabel::GuideLinkLabel(const QString &text, const QString &anchor, QWidget *parent)
    : GuideLinkLabel(parent)
{
    setGuide(text, anchor);
}

void GuideLinkLabel::setGuide(const QString &text, const QString &anchor)
{
    m_anchor = anchor;
    setText(anchor.isEmpty() ? QString() : guideLinkHtml(text, anchor));
    setAccessibleName(text);
}

} // namespace demarche
