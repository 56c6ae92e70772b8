#pragma once

#include <QString>

class QWidget;

namespace demarche {

// A page for an empty state: a muted, centred, wrapped message and below it a link to
// the guide's section `anchor` ("How to import an article").
QWidget *emptyStatePage(const QString &text, const QString &linkText, const QString &anchor,
                        QWidget *parent = nullptr);

// New words for a page made by emptyStatePage(), in another language; the link keeps its
// section.
void setEmptyStateTexts(QWidget *page, const QString &text, const QString &linkText);

} // namespace demarche
