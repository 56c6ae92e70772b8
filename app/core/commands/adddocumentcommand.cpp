#include "core/commands/adddocumentcommand.h"

#include "core/commands/commandtext.h"
#include "core/project/project.h"

namespace demarche {

AddDocumentCommand::AddDocumentCommand(Project &project, const Document &document,
                                       ProjectStore::Duplicates duplicates)
    : ProjectCommand(project, CommandText::tr("Import “%1”").arg(document.title))
    , m_document(document)
    , m_duplicates(duplicates)
{}

Status AddDocumentCommand::apply()
{
    // Once added, a redo puts back the same document, duplicate or not.
    const auto duplicates =
        m_document.id.isValid() ? ProjectStore::Duplicates::Allow : m_duplicates;
    auto added = project().insertDocument(m_document, duplicates);
    if (!added)
        return added.error();
    m_document = added.value();
    return {};
}

Status AddDocumentCommand::revert()
{
    return project().deleteDocument(m_document.id);
}

} // namespace demarche
