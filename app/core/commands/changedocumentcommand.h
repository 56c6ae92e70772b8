#pragma once

#include "core/commands/projectcommand.h"
#include "core/domain/document.h"

#include <QList>
#include <QString>

#include <utility>

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

// Applies each (before, after) pair whose documents differ as one undo step named
// `stepText`. False when the project refused one (it has said why); nothing to change is
// success.
bool changeDocuments(Project &project, const QString &stepText,
                     const QList<std::pair<Document, Document>> &changes);

} // namespace demarche
