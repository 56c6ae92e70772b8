#include "core/storage/claimtable.h"

#include "core/domain/names.h"
#include "core/domain/translation.h"
#include "core/domain/vocabulary.h"
#include "core/storage/documenttable.h"
#include "core/storage/rowreaders.h"
#include "core/storage/sqlsupport.h"
#include "core/storage/storeconnection.h"
#include "core/text/documenttext.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace demarche {
namespace {

QVariant positionValue(const std::optional<int> &position)
{
    return position ? QVariant(*position) : QVariant();
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

template <typename IdType>
QList<qint64> values(const QList<IdType> &ids)
{
    QList<qint64> list;
    for (IdType id : ids)
        list.append(id.value());
    return list;
}

// Ids are integers we produce, so they are written into the statement, not bound.
QString whereClause(const ClaimFilter &filter)
{
    QStringList conditions;
    if (!filter.holders.isEmpty())
        conditions.append(QStringLiteral("holder_id IN (%1)").arg(idList(values(filter.holders))));
    if (!filter.topics.isEmpty())
        conditions.append(QStringLiteral("topic_id IN (%1)").arg(idList(values(filter.topics))));
    if (!filter.documents.isEmpty())
        conditions.append(
            QStringLiteral("document_id IN (%1)").arg(idList(values(filter.documents))));
    if (filter.claims) {
        conditions.append(filter.claims->isEmpty()
                              ? QStringLiteral("0 = 1")
                              : QStringLiteral("id IN (%1)").arg(idList(values(*filter.claims))));
    }
    if (conditions.isEmpty())
        return QString();
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// "CASE stance WHEN 'demand' THEN 0 ... ELSE stance END": a stance key as its Stance
// number. The keys are our own identifiers, so they are written into the statement.
QString stanceNumberExpression()
{
    QString expression = QStringLiteral("CASE stance");
    for (const Stance stance : vocabulary::allStances())
        expression +=
            QStringLiteral(" WHEN '%1' THEN %2").arg(vocabulary::key(stance)).arg(int(stance));
    return expression + QStringLiteral(" ELSE stance END");
}

// Refuses a claim the store must not hold, with a message fit to show a user.
Status checkClaimFields(const Claim &claim)
{
    if (!claim.holder.isValid())
        return badInput(StoreText::tr("the claim has no actor"));
    if (!claim.topic.isValid())
        return badInput(StoreText::tr("the claim has no topic"));
    if (claim.target.isValid() && claim.target == claim.holder)
        return badInput(
            StoreText::tr("the target actor must differ from the actor who holds the claim"));
    if (claim.position
        && (*claim.position < Claim::MinPosition || *claim.position > Claim::MaxPosition)) {
        return badInput(StoreText::tr("position %1 is outside %2 … %3")
                            .arg(*claim.position)
                            .arg(Claim::MinPosition)
                            .arg(Claim::MaxPosition));
    }
    if (claim.salience < Claim::MinSalience || claim.salience > Claim::MaxSalience) {
        return badInput(StoreText::tr("salience %1 is outside %2 … %3")
                            .arg(claim.salience)
                            .arg(Claim::MinSalience)
                            .arg(Claim::MaxSalience));
    }
    return {};
}

} // namespace

ClaimTable::ClaimTable(StoreConnection &connection, const DocumentTable &documents)
    : m_connection(connection)
    , m_documents(documents)
{}

ClaimTable::~ClaimTable() = default;

Status ClaimTable::insert(Claim &claim, const DocumentText &text)
{
    if (Status status = checkClaimFields(claim); !status)
        return status;
    auto quote = text.slice(claim.start, claim.end);
    if (!quote)
        return quote.error();
    claim.quote = quote.value();
    if (claim.analyst.isEmpty())
        claim.analyst = currentAnalyst();
    if (Status status = names::checkOneLine(StoreText::tr("Analyst"), claim.analyst); !status)
        return status;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!claim.createdAt.isValid())
        claim.createdAt = now;
    if (!claim.updatedAt.isValid())
        claim.updatedAt = claim.createdAt;

    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(m_connection.db());
        if (!m_insert->prepare(QStringLiteral(
                "INSERT INTO claims (document_id, start_offset, end_offset, quote, holder_id, "
                "target_id, topic_id, stance, position, salience, attribution, note, analyst, "
                "created_at, updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?)"))) {
            const Error error = sql::errorFrom(m_insert->lastError(), m_connection.path());
            m_insert.reset();
            return error;
        }
    }
    QSqlQuery &insert = *m_insert;
    const QVariant values[] = {claim.document.value(),
                               claim.start,
                               claim.end,
                               claim.quote,
                               claim.holder.value(),
                               sql::idOrNull(claim.target.value()),
                               claim.topic.value(),
                               vocabulary::key(claim.stance),
                               positionValue(claim.position),
                               claim.salience,
                               vocabulary::key(claim.attribution),
                               claim.note,
                               claim.analyst,
                               rows::timeText(claim.createdAt),
                               rows::timeText(claim.updatedAt),
                               sql::idOrNull(claim.id.value())};
    for (int i = 0; i < int(std::size(values)); ++i)
        insert.bindValue(i, sql::storable(values[i]));
    if (!insert.exec()) {
        const Error error = sql::errorFrom(insert.lastError(), m_connection.path());
        insert.finish();
        // Foreign keys catch an actor, target or topic that does not exist.
        if (error.message.contains(QLatin1String("FOREIGN KEY")))
            return badInput(
                StoreText::tr("the claim's actor, target or topic is not in the project"));
        return error;
    }
    claim.id = ClaimId(insert.lastInsertId().toLongLong());
    insert.finish();
    return {};
}

Result<Claim> ClaimTable::add(Claim claim)
{
    claim.id = ClaimId();
    auto text = m_documents.text(claim.document);
    if (!text)
        return text.error();
    Status status = m_connection.transaction([&]() { return insert(claim, *text.value()); });
    if (!status)
        return status.error();
    return claim;
}

Result<QList<ClaimId>> ClaimTable::addMany(QList<Claim> claims,
                                           const std::function<QString(int)> &describe)
{
    QList<ClaimId> ids;
    ids.reserve(claims.size());
    // Held for the whole call: claims may come in any document order, and preparing a
    // text again for every claim would cost more than the memory it saves.
    QHash<DocumentId, std::shared_ptr<const DocumentText>> texts;
    Status status = m_connection.transaction([&]() -> Status {
        for (int i = 0; i < claims.size(); ++i) {
            Claim &claim = claims[i];
            claim.id = ClaimId(); // new claims; restoreClaims() keeps ids
            auto &text = texts[claim.document];
            if (!text) {
                auto prepared = m_documents.text(claim.document);
                if (!prepared)
                    return prepared.error();
                text = prepared.value();
            }
            if (Status inserted = insert(claim, *text); !inserted) {
                if (describe)
                    return Error{inserted.error().kind,
                                 describe(i) + QLatin1String(": ") + inserted.error().message};
                return inserted;
            }
            ids.append(claim.id);
        }
        return {};
    });
    if (!status)
        return status.error();
    return ids;
}

Status ClaimTable::restore(const QList<Claim> &claims)
{
    QList<Claim> restored = claims;
    return m_connection.transaction([&]() -> Status {
        for (Claim &claim : restored) {
            auto text = m_documents.text(claim.document);
            if (!text)
                return text.error();
            if (Status inserted = insert(claim, *text.value()); !inserted)
                return inserted;
        }
        return {};
    });
}

Status ClaimTable::update(const Claim &claim)
{
    if (Status status = checkClaimFields(claim); !status)
        return status;
    auto existing = this->claim(claim.id);
    if (!existing)
        return existing.error();
    auto text = m_documents.text(existing->document);
    if (!text)
        return text.error();
    auto quote = text.value()->slice(claim.start, claim.end);
    if (!quote)
        return quote.error();
    return m_connection.transaction([&]() -> Status {
        auto updated = sql::run(
            m_connection.db(),
            QStringLiteral("UPDATE claims SET start_offset = ?, end_offset = ?, quote = ?, "
                           "holder_id = ?, target_id = ?, topic_id = ?, stance = ?, position = ?, "
                           "salience = ?, attribution = ?, note = ?, updated_at = ? WHERE id = ?"),
            {claim.start, claim.end, quote.value(), claim.holder.value(),
             sql::idOrNull(claim.target.value()), claim.topic.value(),
             vocabulary::key(claim.stance), positionValue(claim.position), claim.salience,
             vocabulary::key(claim.attribution), claim.note,
             rows::timeText(QDateTime::currentDateTimeUtc()), claim.id.value()},
            m_connection.path());
        if (!updated) {
            if (updated.error().message.contains(QLatin1String("FOREIGN KEY")))
                return badInput(
                    StoreText::tr("the claim's actor, target or topic is not in the project"));
            return updated.error();
        }
        return {};
    });
}

Status ClaimTable::remove(ClaimId id)
{
    return m_connection.transaction([&]() -> Status {
        auto removed =
            sql::run(m_connection.db(), QStringLiteral("DELETE FROM claims WHERE id = ?"),
                     {id.value()}, m_connection.path());
        if (!removed)
            return removed.error();
        if (removed->numRowsAffected() != 1)
            return badInput(StoreText::tr("no claim with id %1 in the project").arg(id.value()));
        return {};
    });
}

Result<Claim> ClaimTable::claim(ClaimId id) const
{
    auto query = sql::run(
        m_connection.db(),
        QStringLiteral("SELECT %1 FROM claims WHERE id = ?").arg(QLatin1String(rows::claimColumns)),
        {id.value()}, m_connection.path());
    if (!query)
        return query.error();
    if (!query->next())
        return badInput(StoreText::tr("no claim with id %1 in the project").arg(id.value()));
    return rows::claim(query.value());
}

Status ClaimTable::forEach(const ClaimFilter &filter,
                           const std::function<void(const Claim &)> &visit) const
{
    auto query = sql::run(m_connection.db(),
                          QStringLiteral("SELECT %1 FROM claims%2 ORDER BY document_id, "
                                         "start_offset, end_offset, id")
                              .arg(QLatin1String(rows::claimColumns), whereClause(filter)),
                          {}, m_connection.path());
    if (!query)
        return query.error();
    while (query->next())
        visit(rows::claim(query.value()));
    return {};
}

Status ClaimTable::forEachFacts(const ClaimFilter &filter,
                                const std::function<void(const ClaimFacts &)> &visit) const
{
    // No ORDER BY: a sort over every claim would cost more than the rest of the read.
    // SQLite turns the stored stance keys into numbers, which spares a string per row;
    // a key it does not know comes back as text and is read as rows::claim reads it.
    auto query = sql::run(m_connection.db(),
                          QStringLiteral("SELECT id, document_id, holder_id, topic_id, %1, "
                                         "position, salience FROM claims%2")
                              .arg(stanceNumberExpression(), whereClause(filter)),
                          {}, m_connection.path());
    if (!query)
        return query.error();
    ClaimFacts facts;
    while (query->next()) {
        facts.id = ClaimId(query->value(0).toLongLong());
        facts.document = DocumentId(query->value(1).toLongLong());
        facts.holder = ActorId(query->value(2).toLongLong());
        facts.topic = TopicId(query->value(3).toLongLong());
        const QVariant stance = query->value(4);
        facts.stance =
            stance.userType() == QMetaType::QString
                ? vocabulary::stanceFromKey(stance.toString()).value_or(Stance::Assessment)
                : Stance(stance.toInt());
        const QVariant position = query->value(5);
        facts.position = position.isNull() ? std::nullopt : std::optional<int>(position.toInt());
        facts.salience = query->value(6).toInt();
        visit(facts);
    }
    return {};
}

Result<QList<ClaimFacts>> ClaimTable::facts(const ClaimFilter &filter) const
{
    QList<ClaimFacts> list;
    Status status = forEachFacts(filter, [&list](const ClaimFacts &facts) { list.append(facts); });
    if (!status)
        return status.error();
    return list;
}

Result<QList<ClaimExtent>> ClaimTable::extents(DocumentId document) const
{
    auto query =
        sql::run(m_connection.db(),
                 QStringLiteral("SELECT id, start_offset, end_offset, holder_id FROM claims "
                                "WHERE document_id = ?"),
                 {document.value()}, m_connection.path());
    if (!query)
        return query.error();
    QList<ClaimExtent> list;
    while (query->next()) {
        list.append({ClaimId(query->value(0).toLongLong()), query->value(1).toLongLong(),
                     query->value(2).toLongLong(), ActorId(query->value(3).toLongLong())});
    }
    return list;
}

Result<QList<Claim>> ClaimTable::claims(const ClaimFilter &filter) const
{
    QList<Claim> list;
    Status status = forEach(filter, [&list](const Claim &c) { list.append(c); });
    if (!status)
        return status.error();
    return list;
}

Result<qint64> ClaimTable::count() const
{
    auto query = sql::run(m_connection.db(), QStringLiteral("SELECT COUNT(*) FROM claims"), {},
                          m_connection.path());
    if (!query)
        return query.error();
    query->next();
    return query->value(0).toLongLong();
}

Result<QList<ActorId>> ClaimTable::holders() const
{
    auto query =
        sql::run(m_connection.db(), QStringLiteral("SELECT DISTINCT holder_id FROM claims"), {},
                 m_connection.path());
    if (!query)
        return query.error();
    QList<ActorId> holders;
    while (query->next())
        holders.append(ActorId(query->value(0).toLongLong()));
    return holders;
}

QString ClaimTable::currentAnalyst()
{
    for (const char *variable : {"DEMARCHE_ANALYST", "USER", "USERNAME", "LOGNAME"}) {
        QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return QStringLiteral("analyst");
}

} // namespace demarche
