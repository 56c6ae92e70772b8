#pragma once

#include "core/domain/claim.h"
#include "core/domain/document.h"
#include "core/domain/ids.h"
#include "core/domain/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace demarche {

// Publication dates by document; a document without a date maps to an invalid QDate.
using DocumentDates = QHash<DocumentId, QDate>;

DocumentDates documentDates(const QList<Document> &documents);

// Which claims a comparison or a matrix counts, beyond actors and topics. An empty list
// and an unset date mean "any".
struct ClaimScope
{
    QList<DocumentId> documents;
    // Inclusive bounds on the document's publication date. Once either bound is set, claims
    // in documents without a date are left out: nothing says they fall inside the range,
    // and counting them would let undated articles colour every period alike.
    std::optional<QDate> from;
    std::optional<QDate> to;
    QList<Stance> stances;

    bool hasDateRange() const { return from.has_value() || to.has_value(); }
    bool isUnrestricted() const
    {
        return documents.isEmpty() && !hasDateRange() && stances.isEmpty();
    }
};

// Refuses document ids that `documents` does not list and dates that are set but invalid.
Status validateScope(const ClaimScope &scope, const QList<Document> &documents);

// A ClaimScope prepared for testing many claims: hash lookups instead of list scans.
class ClaimScopeCheck final
{
public:
    ClaimScopeCheck() = default;
    ClaimScopeCheck(const ClaimScope &scope, DocumentDates dates);

    bool accepts(const Claim &claim) const { return accepts(claim.document, claim.stance); }
    bool accepts(DocumentId document, Stance stance) const;
    QDate dateOf(DocumentId document) const { return m_dates.value(document); }
    // A document added after the check was made; its date matters for the range.
    void setDocumentDate(DocumentId document, const QDate &date);

private:
    DocumentDates m_dates;
    QSet<DocumentId> m_documents;
    std::optional<QDate> m_from;
    std::optional<QDate> m_to;
    quint32 m_stances = 0; // one bit per Stance; 0 means every stance
};

} // namespace demarche
