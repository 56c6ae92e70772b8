#include "core/commands/changedocumentcommand.h"

#include "core/commands/commandtext.h"
#include "core/project/project.h"

#include <QUndoStack>

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

bool changeDocuments(Project &project, const QString &stepText,
                     const QList<std::pair<Document, Document>> &changes)
{
    if (changes.isEmpty())
        return true;
    QUndoStack *stack = project.undoStack();
    stack->beginMacro(stepText);
    bool done = true;
    for (const auto &[before, after] : changes)
        done = done && project.execute(new ChangeDocumentCommand(project, before, after));
    stack->endMacro();
    return done;
}

} // namespace demarche
