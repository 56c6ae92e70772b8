#include "widgets/help/emptystate.h"

#include "widgets/help/guidelinklabel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace demarche {

QWidget *emptyStatePage(const QString &text, const QString &linkText, const QString &anchor,
                        QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *message = new QLabel(text, page);
    message->setObjectName(QStringLiteral("emptyStateText"));
    message->setTextFormat(Qt::PlainText);
    message->setAlignment(Qt::AlignCenter);
    message->setWordWrap(true);
    message->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(message);
    layout->addWidget(new GuideLinkLabel(linkText, anchor, page));
    layout->addStretch(1);
    return page;
}

void setEmptyStateTexts(QWidget *page, const QString &text, const QString &linkText)
{
    if (auto *message = page->findChild<QLabel *>(QStringLiteral("emptyStateText")))
        message->setText(text);
    if (auto *link = page->findChild<GuideLinkLabel *>())
        link->setGuide(linkText, link->anchor());
}

} // namespace demarche
