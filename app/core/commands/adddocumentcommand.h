#pragma once

#include "core/commands/projectcommand.h"
#include "core/domain/document.h"
#include "core/storage/projectstore.h"

namespace demarche {

// Imports a document (its text already decoded). Undo removes it again.
class AddDocumentCommand final : public ProjectCommand
{
public:
    AddDocumentCommand(Project &project, const Document &document,
                       ProjectStore::Duplicates duplicates = ProjectStore::Duplicates::Refuse);
    DocumentId documentId() const { return m_document.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Document m_document;
    ProjectStore::Duplicates m_duplicates;
};

} // namespace demarche
