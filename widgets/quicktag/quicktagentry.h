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

// An entry the words around the selection point at, and the word that did.
struct QuickTagSuggestion
{
    qint64 id = 0;
    QString word;            // as the article writes it: "Moscow"
    bool inSelection = true; // false: in the sentence around the selection
};

} // namespace demarche
