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

// Where a claim sits and whose it is: what painting a document's claims needs.
struct ClaimExtent
{
    ClaimId id;
    qint64 start = 0; // code points, end exclusive
    qint64 end = 0;
    ActorId holder;
};

} // namespace demarche
