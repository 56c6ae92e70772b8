#include "core/commands/removedocumentcommand.h"

#include "core/commands/commandtext.h"
#include "core/project/project.h"

namespace demarche {

RemoveDocumentCommand::RemoveDocumentCommand(Project &project, DocumentId id)
    : ProjectCommand(project, CommandText::tr("Remove document"))
    , m_id(id)
{
    if (const Document *listed = project.documentInfo(id))
        setText(CommandText::tr("Remove “%1”").arg(listed->title));
}

Status RemoveDocumentCommand::apply()
{
    auto document = project().store().document(m_id);
    if (!document)
        return document.error();
    ClaimFilter filter;
    filter.documents = {m_id};
    auto claims = project().store().claims(filter);
    if (!claims)
        return claims.error();
    m_document = document.value();
    m_claims = claims.value();
    return project().deleteDocument(m_id);
}

Status RemoveDocumentCommand::revert()
{
    auto restored = project().insertDocument(m_document, ProjectStore::Duplicates::Allow);
    if (!restored)
        return restored.error();
    return project().restoreClaims(m_claims);
}

} // namespace demarche
