#include "core/analysis/matrix.h"

#include "core/storage/claimfilter.h"
#include "core/storage/projectstore.h"

#include <algorithm>

namespace demarche {

std::optional<double> MatrixCell::meanPosition() const
{
    if (positioned == 0 || salienceSum <= 0)
        return std::nullopt;
    return double(weightedPositionSum) / double(salienceSum);
}

bool operator==(const MatrixCell &left, const MatrixCell &right)
{
    return left.claims == right.claims && left.positioned == right.positioned
           && left.weightedPositionSum == right.weightedPositionSum
           && left.salienceSum == right.salienceSum && left.stances == right.stances;
}

ActorTopicMatrix::ActorTopicMatrix(const QList<Actor> &actors, const QList<Topic> &topics,
                                   const MatrixOptions &options, const DocumentDates &dates)
    : m_actors(actors)
    , m_topics(topics)
    , m_options(options)
    , m_scope(options.scope, dates)
{
    m_rows.reserve(m_actors.size());
    for (int row = 0; row < rowCount(); ++row)
        m_rows.insert(m_actors.at(row).id, row);
    m_columns.reserve(m_topics.size());
    for (int column = 0; column < columnCount(); ++column)
        m_columns.insert(m_topics.at(column).id, column);

    // The chains are worked out once, so that counting a claim never walks the codebook.
    // A damaged codebook may hold a parent loop; a chain stops where it would repeat.
    m_chains.resize(m_actors.size());
    for (int row = 0; row < rowCount(); ++row) {
        QList<int> &chain = m_chains[row];
        chain.append(row);
        if (!m_options.rollUp)
            continue;
        int current = rowOf(m_actors.at(row).parent);
        while (current >= 0 && !chain.contains(current)) {
            chain.append(current);
            current = rowOf(m_actors.at(current).parent);
        }
    }
    m_cells.resize(qsizetype(rowCount()) * columnCount());
}

const MatrixCell &ActorTopicMatrix::cell(int row, int column) const
{
    return m_cells.at(qsizetype(row) * columnCount() + column);
}

const MatrixCell &ActorTopicMatrix::cell(ActorId actor, TopicId topic) const
{
    static const MatrixCell empty;
    const int row = rowOf(actor);
    const int column = columnOf(topic);
    return row < 0 || column < 0 ? empty : cell(row, column);
}

QList<int> ActorTopicMatrix::rowsFor(ActorId holder) const
{
    const int row = rowOf(holder);
    return row < 0 ? QList<int>() : m_chains.at(row);
}

bool ActorTopicMatrix::accepts(const ClaimFacts &claim) const
{
    return m_rows.contains(claim.holder) && m_columns.contains(claim.topic)
           && m_scope.accepts(claim.document, claim.stance);
}

bool ActorTopicMatrix::addClaim(const ClaimFacts &claim)
{
    if (!accepts(claim) || m_counted.contains(claim.id))
        return false;
    Entry entry;
    entry.row = rowOf(claim.holder);
    entry.column = columnOf(claim.topic);
    entry.stance = claim.stance;
    // Clamped as in the comparison: a stray salience of 0 must not divide by zero.
    entry.salience = std::clamp(claim.salience, Claim::MinSalience, Claim::MaxSalience);
    entry.position = claim.position;
    m_counted.insert(claim.id, entry);
    apply(entry, +1);
    return true;
}

bool ActorTopicMatrix::removeClaim(ClaimId id)
{
    const auto found = m_counted.constFind(id);
    if (found == m_counted.cend())
        return false;
    const Entry entry = found.value();
    m_counted.erase(found);
    apply(entry, -1);
    return true;
}

std::pair<int, int> ActorTopicMatrix::placeOf(ClaimId id) const
{
    const auto found = m_counted.constFind(id);
    if (found == m_counted.cend())
        return {-1, -1};
    return {found->row, found->column};
}

void ActorTopicMatrix::forEachCounted(
    const std::function<void(ClaimId id, int row, int column)> &visit) const
{
    for (auto it = m_counted.cbegin(); it != m_counted.cend(); ++it)
        visit(it.key(), it->row, it->column);
}

void ActorTopicMatrix::setDocumentDate(DocumentId document, const QDate &date)
{
    m_scope.setDocumentDate(document, date);
}

void ActorTopicMatrix::apply(const Entry &entry, int sign)
{
    for (const int row : std::as_const(m_chains.at(entry.row))) {
        MatrixCell &target = m_cells[qsizetype(row) * columnCount() + entry.column];
        target.claims += sign;
        target.stances[std::size_t(entry.stance)] += sign;
        if (entry.position) {
            target.positioned += sign;
            target.weightedPositionSum += qint64(sign) * entry.salience * *entry.position;
            target.salienceSum += qint64(sign) * entry.salience;
        }
    }
}

ActorTopicMatrix buildMatrix(const QList<Actor> &actors, const QList<Topic> &topics,
                             const QList<Claim> &claims, const MatrixOptions &options,
                             const DocumentDates &dates)
{
    ActorTopicMatrix matrix(actors, topics, options, dates);
    matrix.reserve(claims.size());
    for (const Claim &claim : claims)
        matrix.addClaim(claim);
    return matrix;
}

Result<ActorTopicMatrix> loadMatrix(const ProjectStore &store, const MatrixOptions &options)
{
    auto actors = store.actors();
    if (!actors)
        return actors.error();
    auto topics = store.topics();
    if (!topics)
        return topics.error();
    // The document listing (it counts each document's claims) is read only when the scope
    // needs it: a tenth of the whole load on a large project.
    QList<Document> documents;
    if (!options.scope.documents.isEmpty() || options.scope.hasDateRange()) {
        auto listed = store.documents();
        if (!listed)
            return listed.error();
        documents = std::move(listed).value();
    }
    if (Status valid = validateScope(options.scope, documents); !valid)
        return valid.error();

    ActorTopicMatrix matrix(actors.value(), topics.value(), options, documentDates(documents));
    if (auto count = store.claimCount())
        matrix.reserve(count.value());
    ClaimFilter filter;
    filter.documents = options.scope.documents;
    // Streamed: the matrix keeps a few numbers per claim, not the claims themselves.
    if (Status read = store.forEachClaimFacts(
            filter, [&matrix](const ClaimFacts &claim) { matrix.addClaim(claim); });
        !read)
        return read.error();
    return matrix;
}

} // namespace demarche
