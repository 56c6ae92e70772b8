#pragma once

#include "core/commands/projectcommand.h"
#include "core/domain/claim.h"

#include <QList>

namespace demarche {

// Removes claims; undo puts them back under their ids with every field.
class RemoveClaimsCommand final : public ProjectCommand
{
public:
    RemoveClaimsCommand(Project &project, const QList<ClaimId> &ids);

protected:
    Status apply() override;
    Status revert() override;

private:
    QList<ClaimId> m_ids;
    QList<Claim> m_removed;
};

} // namespace demarche
