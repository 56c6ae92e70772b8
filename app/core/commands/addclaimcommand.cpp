#include "core/commands/addclaimcommand.h"

#include "core/commands/commandtext.h"
#include "core/project/project.h"

namespace demarche {

AddClaimCommand::AddClaimCommand(Project &project, const Claim &claim)
    : ProjectCommand(project, CommandText::tr("Add claim"))
    , m_claim(claim)
{}

Status AddClaimCommand::apply()
{
    auto added = project().insertClaim(m_claim);
    if (!added)
        return added.error();
    m_claim = added.value();
    return {};
}

Status AddClaimCommand::revert()
{
    auto removed = project().deleteClaims({m_claim.id});
    return removed ? Status() : Status(removed.error());
}

} // namespace demarche
