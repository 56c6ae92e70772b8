#include "core/project/projectselection.h"

#include "core/project/project.h"

namespace demarche {

ProjectSelection::ProjectSelection(Project &project)
    : QObject(&project)
    , m_project(project)
{
    connect(&project, &Project::claimsRemoved, this, [this](const QList<Claim> &claims) {
        for (const Claim &claim : claims) {
            if (claim.id == m_claim)
                setCurrentClaim(ClaimId());
        }
    });
    connect(&project, &Project::documentRemoved, this, [this](const Document &document) {
        if (document.id == m_document)
            setCurrentDocument(DocumentId());
    });
    connect(&project, &Project::reloaded, this, &ProjectSelection::dropMissing);
}

void ProjectSelection::setCurrentDocument(DocumentId id)
{
    if (id == m_document)
        return;
    m_document = id;
    Q_EMIT currentDocumentChanged(id);
}

void ProjectSelection::setCurrentClaim(ClaimId id)
{
    if (id == m_claim)
        return;
    m_claim = id;
    Q_EMIT currentClaimChanged(id);
}

void ProjectSelection::dropMissing()
{
    if (m_document.isValid() && !m_project.documentInfo(m_document))
        setCurrentDocument(DocumentId());
    if (m_claim.isValid() && !claimExists(m_claim))
        setCurrentClaim(ClaimId());
}

bool ProjectSelection::claimExists(ClaimId id) const
{
    return static_cast<bool>(m_project.store().claim(id));
}

} // namespace demarche
