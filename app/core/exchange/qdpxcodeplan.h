#pragma once

#include "core/domain/actor.h"
#include "core/domain/claim.h"
#include "core/domain/result.h"
#include "core/domain/topic.h"
#include "core/exchange/qdpxproject.h"

#include <QHash>
#include <QList>
#include <QString>

namespace demarche::qdpx {

// What each code of a project becomes: an actor, a topic, a stance, or nothing. A file
// Demarche wrote has its Actors, Topics and Stances trees; in another program's file every
// code is a topic, except those under the code `actorsUnder` names, which are actors.
struct CodePlan
{
    enum class Role { Neither, Actor, Topic, Stance };

    template <typename Item>
    struct Planned
    {
        Item item; // without id or parent; name, colour and details set
        QString guid;
        QString parentGuid; // the code above it, when that is of the same kind
        QString path;       // "Topics/Energy/Gas", for the loss report
    };

    bool writtenByDemarche = false;
    QList<Planned<Actor>> actors; // in codebook order, each after its parent
    QList<Planned<Topic>> topics;
    QHash<QString, Role> roles; // by GUID
    QHash<QString, Stance> stances;
    QHash<QString, QString> paths; // every code's path, by GUID
    QStringList containers;        // the GUIDs of the codes that only hold others
    QList<QdpxLoss> losses;
};

// Whether the code tree is one Demarche wrote: its Actors, Topics and Stances codes at the
// top. Such a file is read back as it was, with no question which code holds the actors.
bool isDemarcheCodeTree(const QList<QdpxCode> &codes);

// Refused when `actorsUnder` names no code, or several.
Result<CodePlan> planCodes(const QList<QdpxCode> &codes, const QString &actorsUnder);

} // namespace demarche::qdpx
