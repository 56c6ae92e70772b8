#pragma once

#include "domain/ids.h"

#include <QList>

namespace demarche {

// Which claims a listing or export wants. An empty list means "any".
struct ClaimFilter
{
    QList<ActorId> holders;
    QList<TopicId> topics;
    QList<DocumentId> documents;
};

} // namespace demarche
