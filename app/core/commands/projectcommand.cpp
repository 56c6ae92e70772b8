#include "core/commands/projectcommand.h"

#include "core/project/project.h"

namespace demarche {

ProjectCommand::ProjectCommand(Project &project, const QString &text)
    : QUndoCommand(text)
    , m_project(project)
{}

void ProjectCommand::redo()
{
    check(m_project.transaction([this]() { return apply(); }));
}

void ProjectCommand::undo()
{
    check(m_project.transaction([this]() { return revert(); }));
}

void ProjectCommand::check(const Status &status)
{
    if (status)
        return;
    setObsolete(true);
    m_project.reportError(status.error().message);
}

} // namespace demarche
