#include "core/commands/changedocumentcommand.h"

#include "core/commands/commandtext.h"
#include "core/project/project.h"

namespace demarche {

ChangeDocumentCommand::ChangeDocumentCommand(Project &project, const Document &before,
                                             const Document &after)
    : ProjectCommand(project, CommandText::tr("Edit document details"))
    , m_before(before)
    , m_after(after)
{}

Status ChangeDocumentCommand::apply()
{
    return project().changeDocument(m_after);
}

Status ChangeDocumentCommand::revert()
{
    return project().changeDocument(m_before);
}

} // namespace demarche
