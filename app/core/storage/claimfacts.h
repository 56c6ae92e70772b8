#pragma once

#include "core/domain/claim.h"
#include "core/domain/ids.h"

#include <optional>

namespace demarche {

// What counting a claim needs, without its quote, note and times: a light row for
// summaries (the actor x topic matrix) that read every claim of a project.
struct ClaimFacts
{
    ClaimId id;
    DocumentId document;
    ActorId holder;
    TopicId topic;
    Stance stance = Stance::Assessment;
    std::optional<int> position;
    int salience = 3;

    static ClaimFacts of(const Claim &claim)
    {
        return {claim.id,     claim.document, claim.holder,  claim.topic,
                claim.stance, claim.position, claim.salience};
    }
};

} // namespace demarche
