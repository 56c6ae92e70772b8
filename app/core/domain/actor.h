#pragma once

#include "core/domain/ids.h"

#include <QColor>
#include <QString>
#include <QStringList>

namespace demarche {

enum class ActorKind { State, Organisation, Person, Faction };

// Someone who holds positions: a state, an organisation, a person or a faction.
// A person or faction may roll up to a parent (a minister to his state).
struct Actor
{
    ActorId id;
    QString name;
    QColor color;
    QStringList aliases;
    ActorKind kind = ActorKind::State;
    ActorId parent;
    int sortOrder = 0; // the order in the codebook, which sets quick-tag numbers
};

} // namespace demarche
