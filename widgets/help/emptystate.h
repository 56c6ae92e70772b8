#pragma once

#include <QString>

class QWidget;

namespace demarche {

// A page for an empty state: a muted, centred, wrapped message and below it a link to
// the guide's section `anchor` ("How to import an article").
QWidget *emptyStatePage(const QString &text, const QString &linkText, const QString &anchor,
                        QWidget *parent = nullptr);

} // namespace demarche
