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
};

} // namespace demarche
