#pragma once

#include "core/domain/ids.h"

#include <QObject>

namespace demarche {

class Project;

// The document open in the article and the claim the analyst is working on, for the
// whole window: views set them and listen to the change signals instead of telling each
// other. It follows the project: a removed claim or document stops being current, and a
// reload keeps what still exists.
class ProjectSelection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectSelection)

public:
    // Owned by the project, which makes it before anything else listens to it, so that
    // the selection has followed a change by the time the views hear of it.
    explicit ProjectSelection(Project &project);

    DocumentId currentDocument() const { return m_document; }
    ClaimId currentClaim() const { return m_claim; }

    // Each emits its change signal only when the value changes.
    void setCurrentDocument(DocumentId id);
    void setCurrentClaim(ClaimId id);

Q_SIGNALS:
    void currentDocumentChanged(demarche::DocumentId id);
    void currentClaimChanged(demarche::ClaimId id);

private:
    void dropMissing();
    bool claimExists(ClaimId id) const;

    Project &m_project;
    DocumentId m_document;
    ClaimId m_claim;
};

} // namespace demarche
