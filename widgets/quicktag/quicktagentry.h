#pragma once

#include <QColor>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace demarche {

// One actor or topic as the quick-tag popup lists it, in codebook order.
struct QuickTagEntry
{
    qint64 id = 0;
    QString name;
    QColor color;
    QStringList alsoMatches; // actor aliases or topic keywords: the filter finds these too
    int depth = 0;           // indentation of a child (a minister under his state)
};

} // namespace demarche
