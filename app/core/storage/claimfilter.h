#pragma once

#include "core/domain/ids.h"

#include <QList>

#include <optional>

namespace demarche {

// Which claims a listing or export wants. An empty list means "any".
struct ClaimFilter
{
    QList<ActorId> holders;
    QList<TopicId> topics;
    QList<DocumentId> documents;
    // Exactly these claims, when set (even to none): what a searched table shows.
    std::optional<QList<ClaimId>> claims;
};

} // namespace demarche
