#pragma once

#include "core/commands/projectcommand.h"
#include "core/domain/claim.h"
#include "core/domain/document.h"

#include <QList>

namespace demarche {

// Removes a document with its claims; undo restores both under their ids.
class RemoveDocumentCommand final : public ProjectCommand
{
public:
    RemoveDocumentCommand(Project &project, DocumentId id);

protected:
    Status apply() override;
    Status revert() override;

private:
    DocumentId m_id;
    Document m_document;
    QList<Claim> m_claims;
};

} // namespace demarche
