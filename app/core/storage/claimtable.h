#pragma once

#include "core/domain/claim.h"
#include "core/domain/result.h"
#include "core/storage/claimfacts.h"
#include "core/storage/claimfilter.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;

namespace demarche {

class DocumentTable;
class DocumentText;
class StoreConnection;

// The claims table. A claim's quote is taken from its document at the given offsets,
// and its analyst and times are filled in when empty.
class ClaimTable final
{
public:
    ClaimTable(StoreConnection &connection, const DocumentTable &documents);
    ~ClaimTable();
    ClaimTable(const ClaimTable &) = delete;
    ClaimTable &operator=(const ClaimTable &) = delete;

    Result<Claim> add(Claim claim);
    // All or none; stops at the first invalid claim and names it through `describe`.
    Result<QList<ClaimId>> addMany(QList<Claim> claims,
                                   const std::function<QString(int index)> &describe);
    Status restore(const QList<Claim> &claims); // under their old ids, all or none
    Status update(const Claim &claim);
    Status remove(ClaimId id);
    Result<Claim> claim(ClaimId id) const;
    Result<QList<Claim>> claims(const ClaimFilter &filter) const;
    // In document and offset order, without holding them all in memory.
    Status forEach(const ClaimFilter &filter,
                   const std::function<void(const Claim &)> &visit) const;
    Result<qint64> count() const;
    Result<QList<ActorId>> holders() const;
    // The light read for counting every claim, in no particular order.
    Status forEachFacts(const ClaimFilter &filter,
                        const std::function<void(const ClaimFacts &)> &visit) const;
    Result<QList<ClaimFacts>> facts(const ClaimFilter &filter) const;
    Result<QList<ClaimExtent>> extents(DocumentId document) const;

    // The name of the person editing, stored with each claim they make.
    static QString currentAnalyst();

private:
    Status insert(Claim &claim, const DocumentText &text);

    StoreConnection &m_connection;
    const DocumentTable &m_documents;
    // Prepared once: bulk imports insert claims by the hundred thousand.
    std::unique_ptr<QSqlQuery> m_insert;
};

} // namespace demarche
