#pragma once

#include "core/domain/ids.h"

#include <QColor>
#include <QString>
#include <QStringList>

namespace demarche {

// A file the negotiations touch (Ukraine, Syria, Iran, ...), optionally under a parent.
struct Topic
{
    TopicId id;
    QString name;
    QColor color;
    TopicId parent;
    QStringList keywords;
    int sortOrder = 0;
    // What a position of -100 and of +100 means on this topic; a position is read against
    // these. Both empty: the scale is not defined yet.
    QString negativePole;
    QString positivePole;
    QString scaleNote; // how to score, for the analysts; may be empty

    bool hasScale() const { return !negativePole.isEmpty() || !positivePole.isEmpty(); }
};

} // namespace demarche
