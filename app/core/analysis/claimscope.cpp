#include "core/analysis/claimscope.h"

#include "core/domain/translation.h"

#include <QCoreApplication>

namespace demarche {
namespace {

quint32 stanceBit(Stance stance)
{
    return quint32(1) << unsigned(stance);
}

} // namespace

DocumentDates documentDates(const QList<Document> &documents)
{
    DocumentDates dates;
    dates.reserve(documents.size());
    for (const Document &document : documents)
        dates.insert(document.id, document.date);
    return dates;
}

Status validateScope(const ClaimScope &scope, const QList<Document> &documents)
{
    if ((scope.from && !scope.from->isValid()) || (scope.to && !scope.to->isValid()))
        return badInput(ComparisonText::tr("the date range has an invalid date"));
    if (scope.documents.isEmpty())
        return {};
    QSet<DocumentId> known;
    known.reserve(documents.size());
    for (const Document &document : documents)
        known.insert(document.id);
    for (const DocumentId id : scope.documents) {
        if (!known.contains(id))
            return badInput(ComparisonText::tr("there is no document with id %1").arg(id.value()));
    }
    return {};
}

ClaimScopeCheck::ClaimScopeCheck(const ClaimScope &scope, DocumentDates dates)
    : m_dates(std::move(dates))
    , m_documents(scope.documents.cbegin(), scope.documents.cend())
    , m_from(scope.from)
    , m_to(scope.to)
{
    for (const Stance stance : scope.stances)
        m_stances |= stanceBit(stance);
}

bool ClaimScopeCheck::accepts(DocumentId document, Stance stance) const
{
    if (m_stances != 0 && (m_stances & stanceBit(stance)) == 0)
        return false;
    if (!m_documents.isEmpty() && !m_documents.contains(document))
        return false;
    if (m_from || m_to) {
        const QDate date = m_dates.value(document);
        if (!date.isValid() || (m_from && date < *m_from) || (m_to && date > *m_to))
            return false;
    }
    return true;
}

void ClaimScopeCheck::setDocumentDate(DocumentId document, const QDate &date)
{
    m_dates.insert(document, date);
}

} // namespace demarche
