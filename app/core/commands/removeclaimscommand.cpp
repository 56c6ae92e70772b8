#include "core/commands/removeclaimscommand.h"

#include "core/commands/commandtext.h"
#include "core/project/project.h"

namespace demarche {

RemoveClaimsCommand::RemoveClaimsCommand(Project &project, const QList<ClaimId> &ids)
    : ProjectCommand(project, CommandText::tr("Delete %n claim(s)", nullptr, int(ids.size())))
    , m_ids(ids)
{}

Status RemoveClaimsCommand::apply()
{
    // Kept as they were, for undo.
    auto removed = project().deleteClaims(m_ids);
    if (!removed)
        return removed.error();
    m_removed = removed.value();
    return {};
}

Status RemoveClaimsCommand::revert()
{
    return project().restoreClaims(m_removed);
}

} // namespace demarche
