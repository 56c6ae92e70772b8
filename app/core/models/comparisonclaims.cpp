#include "core/models/comparisonclaims.h"

#include "core/analysis/comparison.h"
#include "core/project/project.h"

namespace demarche {

void ComparisonClaims::loadDocuments(const QList<Document> &documents)
{
    m_claims.clear();
    m_holders.clear();
    m_documents.clear();
    for (const Document &document : documents)
        m_documents.insert(document.id, document);
    m_dates = documentDates(documents);
}

Status ComparisonClaims::load(const Project &project, ActorId a, ActorId b)
{
    loadDocuments(project.documents());
    ClaimFilter filter;
    for (const ActorId root : {a, b}) {
        for (const ActorId id : actorSubtree(root, project.actors())) {
            if (!m_holders.contains(id)) {
                m_holders.insert(id);
                filter.holders.append(id);
            }
        }
    }
    auto claims = project.store().claims(filter);
    if (!claims)
        return claims.error();
    for (const Claim &claim : std::as_const(claims.value()))
        m_claims.insert(claim.id, claim);
    return {};
}

QList<Claim> ComparisonClaims::onTopic(TopicId topic) const
{
    QList<Claim> claims;
    for (const Claim &claim : m_claims) {
        if (claim.topic == topic)
            claims.append(claim);
    }
    return claims;
}

QSet<TopicId> ComparisonClaims::add(const QList<Claim> &claims)
{
    QSet<TopicId> touched;
    for (const Claim &claim : claims) {
        if (!m_holders.contains(claim.holder))
            continue;
        m_claims.insert(claim.id, claim);
        touched.insert(claim.topic);
    }
    return touched;
}

QSet<TopicId> ComparisonClaims::change(const Claim &before, const Claim &after)
{
    QSet<TopicId> touched;
    const auto held = m_claims.constFind(before.id);
    if (held != m_claims.cend()) {
        touched.insert(held->topic);
        m_claims.erase(held);
    }
    if (m_holders.contains(after.holder)) {
        m_claims.insert(after.id, after);
        touched.insert(after.topic);
    }
    return touched;
}

QSet<TopicId> ComparisonClaims::remove(const QList<Claim> &claims)
{
    QSet<TopicId> touched;
    for (const Claim &claim : claims) {
        const auto held = m_claims.constFind(claim.id);
        if (held == m_claims.cend())
            continue;
        touched.insert(held->topic);
        m_claims.erase(held);
    }
    return touched;
}

void ComparisonClaims::addDocument(const Document &document)
{
    m_documents.insert(document.id, document);
    m_dates.insert(document.id, document.date);
}

QSet<TopicId> ComparisonClaims::changeDocument(const Document &document)
{
    const auto known = m_documents.constFind(document.id);
    const bool shownFieldsChanged = known == m_documents.cend() || known->date != document.date
                                    || known->title != document.title
                                    || known->source != document.source;
    m_documents.insert(document.id, document);
    m_dates.insert(document.id, document.date);
    if (!shownFieldsChanged)
        return {};
    // A new date may reorder the evidence, or move it in or out of the date range.
    QSet<TopicId> touched;
    for (const Claim &claim : std::as_const(m_claims)) {
        if (claim.document == document.id)
            touched.insert(claim.topic);
    }
    return touched;
}

QSet<TopicId> ComparisonClaims::removeDocument(const Document &document)
{
    QList<Claim> left;
    for (const Claim &claim : std::as_const(m_claims)) {
        if (claim.document == document.id)
            left.append(claim);
    }
    m_documents.remove(document.id);
    m_dates.remove(document.id);
    return remove(left);
}

} // namespace demarche
