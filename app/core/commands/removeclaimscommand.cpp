#include "commands/removeclaimscommand.h"

#include "commands/commandtext.h"
#include "project/project.h"

namespace demarche {

RemoveClaimsCommand::RemoveClaimsCommand(Project &project, const QList<ClaimId> &ids)
    : ProjectCommand(project, ids.size() == 1
                                  ? CommandText::tr("Delete claim")
                                  : CommandText::tr("Delete %n claims", nullptr, int(ids.size())))
    , m_ids(ids)
{}

Status RemoveClaimsCommand::apply()
{
    m_removed.clear();
    for (ClaimId id : m_ids) {
        auto claim = project().store().claim(id);
        if (!claim)
            return claim.error();
        m_removed.append(claim.value());
    }
    return project().deleteClaims(m_ids);
}

Status RemoveClaimsCommand::revert()
{
    return project().restoreClaims(m_removed);
}

} // namespace demarche
