#include "core/commands/changeclaimcommand.h"

#include "core/commands/commandtext.h"
#include "core/project/project.h"

namespace demarche {
namespace {
constexpr int ChangeClaimId = 1001;
} // namespace

ChangeClaimCommand::ChangeClaimCommand(Project &project, const Claim &before, const Claim &after,
                                       const QString &field)
    : ProjectCommand(project, CommandText::tr("Edit claim"))
    , m_before(before)
    , m_after(after)
    , m_field(field)
{}

int ChangeClaimCommand::id() const
{
    return ChangeClaimId;
}

bool ChangeClaimCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeClaimCommand *>(other);
    if (m_field.isEmpty() || next->m_field != m_field || next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    return true;
}

Status ChangeClaimCommand::apply()
{
    auto changed = project().changeClaim(m_after);
    return changed ? Status() : Status(changed.error());
}

Status ChangeClaimCommand::revert()
{
    auto changed = project().changeClaim(m_before);
    return changed ? Status() : Status(changed.error());
}

} // namespace demarche
