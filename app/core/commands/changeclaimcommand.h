#pragma once

#include "core/commands/projectcommand.h"
#include "core/domain/claim.h"

namespace demarche {

// Changes the fields of one claim (retagging, stance, position, note, ...). Successive
// changes of the same field of the same claim, such as the steps of a slider drag or
// the keystrokes of a note, merge into one undo step.
class ChangeClaimCommand final : public ProjectCommand
{
public:
    // `field` names what changed, for merging; empty means "never merge".
    ChangeClaimCommand(Project &project, const Claim &before, const Claim &after,
                       const QString &field = {});

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    Status apply() override;
    Status revert() override;

private:
    Claim m_before;
    Claim m_after;
    QString m_field;
};

} // namespace demarche
