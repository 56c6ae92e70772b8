#pragma once

#include "core/commands/projectcommand.h"
#include "core/domain/claim.h"

namespace demarche {

// Tags a span: a new claim. Undo removes it; redo brings it back under the same id.
class AddClaimCommand final : public ProjectCommand
{
public:
    AddClaimCommand(Project &project, const Claim &claim);
    ClaimId claimId() const { return m_claim.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Claim m_claim;
};

} // namespace demarche
