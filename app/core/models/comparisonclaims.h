#pragma once

#include "core/analysis/claimscope.h"
#include "core/domain/claim.h"
#include "core/domain/document.h"
#include "core/domain/ids.h"
#include "core/domain/result.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace demarche {

class Project;

// The claims a comparison of two actors counts, with the dates of their documents, kept in
// step with the project's changes. Both actors' subtrees are held whatever the roll-up, so
// that switching it needs no second trip to the store. Each change answers which topics
// it touched, so that the comparison model recomputes only those rows.
class ComparisonClaims final
{
public:
    // Reads the claims of `a`'s and `b`'s subtrees, and every document's date.
    Status load(const Project &project, ActorId a, ActorId b);
    // Holds no claims, only the documents' dates: for when there is nothing to compare.
    void loadDocuments(const QList<Document> &documents);

    const QHash<ClaimId, Claim> &claims() const { return m_claims; }
    QList<Claim> onTopic(TopicId topic) const;
    const DocumentDates &dates() const { return m_dates; }

    QSet<TopicId> add(const QList<Claim> &claims);
    // A retag may move a claim between topics or sides, or out of both actors' claims.
    QSet<TopicId> change(const Claim &before, const Claim &after);
    QSet<TopicId> remove(const QList<Claim> &claims);
    void addDocument(const Document &document);
    // Touches the topics of the document's claims only when its date, title or source
    // changed: a new URL or language shows nowhere in a comparison.
    QSet<TopicId> changeDocument(const Document &document);
    // The project announces a document's claims as removed first; this catches any left.
    QSet<TopicId> removeDocument(const Document &document);

private:
    QHash<ClaimId, Claim> m_claims;          // the claims of both actors' subtrees, in any scope
    QSet<ActorId> m_holders;                 // whose claims m_claims holds
    QHash<DocumentId, Document> m_documents; // listings, to tell which changes show
    DocumentDates m_dates;
};

} // namespace demarche
