#pragma once

#include "core/commands/projectcommand.h"
#include "core/domain/document.h"

namespace demarche {

// Changes a document's details: title, source, URL, date, language.
class ChangeDocumentCommand final : public ProjectCommand
{
public:
    ChangeDocumentCommand(Project &project, const Document &before, const Document &after);

protected:
    Status apply() override;
    Status revert() override;

private:
    Document m_before;
    Document m_after;
};

} // namespace demarche
