#include "core/import/claimsimport.h"

#include "core/csv/csvreader.h"
#include "core/csv/formulaescape.h"
#include "core/domain/namelookup.h"
#include "core/domain/translation.h"
#include "core/domain/vocabulary.h"
#include "core/import/existingclaims.h"
#include "core/storage/projectstore.h"
#include "core/storage/rowreaders.h"
#include "core/text/documenttext.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <memory>

namespace demarche {
namespace {

// One CSV row, its cells found by column name.
class Row final
{
public:
    Row(const QHash<QString, int> &columns, const QStringList &cells, const QString &path,
        int number)
        : m_columns(columns)
        , m_cells(cells)
        , m_path(path)
        , m_number(number)
    {}

    QString text(const QString &column) const
    {
        const int index = m_columns.value(column, -1);
        return index >= 0 && index < m_cells.size() ? m_cells.at(index) : QString();
    }
    // Spreadsheet-escaped cells ('=...) are read as what they stand for.
    QString plain(const QString &column) const { return formula::unescape(text(column)).trimmed(); }

    Error error(const QString &column, const QString &problem) const
    {
        return badInput(ClaimsImportText::tr("%1: row %2, column '%3': %4")
                            .arg(m_path, QString::number(m_number), column, problem));
    }

    Result<qint64> integer(const QString &column, qint64 min, qint64 max) const
    {
        bool ok = false;
        const QString value = plain(column);
        const qint64 number = value.toLongLong(&ok);
        if (!ok)
            return error(column, ClaimsImportText::tr("'%1' is not a whole number").arg(value));
        if (number < min || number > max)
            return error(
                column,
                ClaimsImportText::tr("%1 is outside %2 … %3").arg(number).arg(min).arg(max));
        return number;
    }

private:
    const QHash<QString, int> &m_columns;
    const QStringList &m_cells;
    const QString &m_path;
    int m_number;
};

// Everything the import looks up, loaded once and grown as actors and topics are created.
class ImportContext final
{
public:
    ImportContext(ProjectStore &store, bool createMissing)
        : m_store(store)
        , m_createMissing(createMissing)
    {}

    Status load()
    {
        auto actors = m_store.actors();
        if (!actors)
            return actors.error();
        m_actors = actors.value();
        auto topics = m_store.topics();
        if (!topics)
            return topics.error();
        m_topics = topics.value();
        auto documents = m_store.documents();
        if (!documents)
            return documents.error();
        for (const Document &d : documents.value())
            m_documentIds.insert(d.id);
        return m_store.forEachClaim({}, [this](const Claim &c) { m_existing.add(c); });
    }

    Result<ActorId> actor(const Row &row, const QString &column, const QString &parentColumn)
    {
        const QString name = row.plain(column);
        if (name.isEmpty())
            return ActorId();
        if (const Actor *found = findActorOrAlias(m_actors, name)) {
            const ActorId id = found->id;
            // An actor this import created as someone's target learns its parent when
            // its own row names one.
            if (m_created.contains(id) && !found->parent.isValid() && !parentColumn.isEmpty()
                && !row.plain(parentColumn).isEmpty()) {
                auto parent = this->actor(row, parentColumn, QString());
                if (!parent)
                    return parent.error();
                Actor changed = *findById(m_actors, id); // the list may have grown
                changed.parent = parent.value();
                if (Status updated = m_store.updateActor(changed); !updated)
                    return row.error(parentColumn, updated.error().message);
                for (Actor &actor : m_actors) {
                    if (actor.id == id)
                        actor.parent = changed.parent;
                }
            }
            return id;
        }
        if (!m_createMissing) {
            return row.error(column,
                             ClaimsImportText::tr("no actor named \u201c%1\u201d in the project "
                                                  "(use --create-missing to create it)")
                                 .arg(name));
        }
        Actor actor;
        actor.name = name;
        if (!parentColumn.isEmpty()) {
            auto parent = this->actor(row, parentColumn, QString());
            if (!parent)
                return parent.error();
            actor.parent = parent.value();
        }
        auto added = m_store.addActor(actor);
        if (!added)
            return row.error(column, added.error().message);
        m_actors.append(added.value());
        m_created.insert(added->id);
        ++summary.actorsCreated;
        return added->id;
    }

    Result<TopicId> topic(const Row &row, const QString &column, const QString &parentColumn)
    {
        const QString name = row.plain(column);
        if (name.isEmpty())
            return TopicId();
        if (const Topic *found = findTopicOrKeyword(m_topics, name))
            return found->id;
        if (!m_createMissing) {
            return row.error(column,
                             ClaimsImportText::tr("no topic named \u201c%1\u201d in the project "
                                                  "(use --create-missing to create it)")
                                 .arg(name));
        }
        Topic topic;
        topic.name = name;
        if (!parentColumn.isEmpty()) {
            auto parent = this->topic(row, parentColumn, QString());
            if (!parent)
                return parent.error();
            topic.parent = parent.value();
            // The row's own topic (not its parent) brings its scale from an export.
            topic.negativePole = row.plain(QStringLiteral("topic_negative_pole"));
            topic.positivePole = row.plain(QStringLiteral("topic_positive_pole"));
        }
        auto added = m_store.addTopic(topic);
        if (!added)
            return row.error(column, added.error().message);
        m_topics.append(added.value());
        ++summary.topicsCreated;
        return added->id;
    }

    Result<std::shared_ptr<const DocumentText>> documentText(const Row &row, DocumentId id)
    {
        if (!m_documentIds.contains(id))
            return row.error(
                QStringLiteral("document_id"),
                ClaimsImportText::tr("no document with id %1 in the project").arg(id.value()));
        auto text = m_store.documentText(id);
        if (!text)
            return row.error(QStringLiteral("document_id"), text.error().message);
        return text;
    }

    // Uses up the existing claim that `claim` repeats, if there is one.
    bool isPresent(const Claim &claim) { return m_existing.take(claim); }

    ClaimsImportSummary summary;

private:
    ProjectStore &m_store;
    bool m_createMissing;
    QList<Actor> m_actors;
    QSet<ActorId> m_created;
    QList<Topic> m_topics;
    QSet<DocumentId> m_documentIds;
    ExistingClaims m_existing;
};

Result<Claim> readClaim(const Row &row, ImportContext &context)
{
    Claim claim;
    auto documentId =
        row.integer(QStringLiteral("document_id"), 1, std::numeric_limits<qint64>::max());
    if (!documentId)
        return documentId.error();
    claim.document = DocumentId(documentId.value());
    auto text = context.documentText(row, claim.document);
    if (!text)
        return text.error();
    const qint64 length = text.value()->index().codePointCount();
    auto start = row.integer(QStringLiteral("start"), 0, length);
    if (!start)
        return start.error();
    auto end = row.integer(QStringLiteral("end"), 0, length);
    if (!end)
        return end.error();
    claim.start = start.value();
    claim.end = end.value();
    auto quote = text.value()->slice(claim.start, claim.end);
    if (!quote)
        return row.error(QStringLiteral("start"), quote.error().message);
    const QString given = row.text(QStringLiteral("quote"));
    if (given != quote.value() && formula::unescape(given) != quote.value()) {
        return row.error(
            QStringLiteral("quote"),
            ClaimsImportText::tr(
                "does not match the document text at %1–%2, which reads \u201c%3\u201d")
                .arg(claim.start)
                .arg(claim.end)
                .arg(quote.value().left(80)));
    }

    auto holder = context.actor(row, QStringLiteral("actor"), QStringLiteral("actor_parent"));
    if (!holder)
        return holder.error();
    if (!holder->isValid())
        return row.error(QStringLiteral("actor"),
                         ClaimsImportText::tr("is empty; every claim needs an actor"));
    claim.holder = holder.value();
    auto target = context.actor(row, QStringLiteral("target_actor"), QString());
    if (!target)
        return target.error();
    claim.target = target.value();
    auto topic = context.topic(row, QStringLiteral("topic"), QStringLiteral("topic_parent"));
    if (!topic)
        return topic.error();
    if (!topic->isValid())
        return row.error(QStringLiteral("topic"),
                         ClaimsImportText::tr("is empty; every claim needs a topic"));
    claim.topic = topic.value();

    if (const QString stance = row.plain(QStringLiteral("stance")); !stance.isEmpty()) {
        const auto value = vocabulary::stanceFromKey(stance);
        if (!value) {
            return row.error(QStringLiteral("stance"),
                             ClaimsImportText::tr("unknown stance '%1'; expected one of %2")
                                 .arg(stance, vocabulary::stanceKeys()));
        }
        claim.stance = *value;
    }
    if (!row.plain(QStringLiteral("position")).isEmpty()) {
        auto position =
            row.integer(QStringLiteral("position"), Claim::MinPosition, Claim::MaxPosition);
        if (!position)
            return position.error();
        claim.position = int(position.value());
    }
    if (!row.plain(QStringLiteral("salience")).isEmpty()) {
        auto salience =
            row.integer(QStringLiteral("salience"), Claim::MinSalience, Claim::MaxSalience);
        if (!salience)
            return salience.error();
        claim.salience = int(salience.value());
    }
    if (const QString attribution = row.plain(QStringLiteral("attribution"));
        !attribution.isEmpty()) {
        const auto value = vocabulary::attributionFromKey(attribution);
        if (!value) {
            return row.error(QStringLiteral("attribution"),
                             ClaimsImportText::tr("unknown attribution '%1'; expected one of %2")
                                 .arg(attribution, vocabulary::attributionKeys()));
        }
        claim.attribution = *value;
    }
    claim.note = formula::unescape(row.text(QStringLiteral("note")));
    claim.analyst = row.plain(QStringLiteral("analyst"));
    if (claim.analyst.isEmpty())
        claim.analyst = ProjectStore::currentAnalyst(); // as the store would fill it in
    for (const auto &[column, time] : {std::pair{QStringLiteral("created_at"), &claim.createdAt},
                                       std::pair{QStringLiteral("updated_at"), &claim.updatedAt}}) {
        const QString value = row.plain(column);
        if (value.isEmpty())
            continue;
        *time = rows::timeFrom(value);
        if (!time->isValid())
            return row.error(
                column, ClaimsImportText::tr("'%1' is not a date and time (ISO 8601)").arg(value));
    }
    return claim;
}

// Column name -> index. A name given twice is refused: which of the two would count?
Result<QHash<QString, int>> readHeader(const QStringList &header, const QString &path)
{
    QHash<QString, int> columns;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (name.isEmpty())
            continue; // names no column; its cells are ignored like any unknown column's
        if (const auto seen = columns.constFind(name); seen != columns.cend()) {
            return badInput(
                ClaimsImportText::tr("%1: the column '%2' appears twice (columns %3 and %4)")
                    .arg(path, header.at(i).trimmed())
                    .arg(seen.value() + 1)
                    .arg(i + 1));
        }
        columns.insert(name, i);
    }
    for (const char *required : {"document_id", "start", "end", "quote", "actor", "topic"}) {
        if (!columns.contains(QLatin1String(required)))
            return badInput(ClaimsImportText::tr("%1: the column '%2' is missing")
                                .arg(path, QLatin1String(required)));
    }
    return columns;
}

// A cell past the last named column would be dropped without a word.
Status checkRowWidth(const QStringList &cells, qsizetype columnCount, const QString &path,
                     int rowNumber)
{
    for (qsizetype i = columnCount; i < cells.size(); ++i) {
        if (!cells.at(i).trimmed().isEmpty())
            return badInput(ClaimsImportText::tr("%1: row %2 has a value in field %3, but the "
                                                 "header names only %4 columns")
                                .arg(path, QString::number(rowNumber))
                                .arg(i + 1)
                                .arg(columnCount));
    }
    return {};
}

} // namespace

Result<ClaimsImportSummary> importClaimsCsv(ProjectStore &store, const QString &path,
                                            const ClaimsImportOptions &options)
{
    auto data = readTextInput(path, options.input);
    if (!data)
        return data.error();
    CsvReader reader(data.value(), path);
    data = QByteArray(); // the reader keeps its own decoded copy
    QStringList header;
    if (!reader.readRow(header)) {
        if (reader.hasError())
            return badInput(reader.errorString());
        return badInput(
            ClaimsImportText::tr("%1: is empty; expected a header row and claims").arg(path));
    }
    auto columns = readHeader(header, path);
    if (!columns)
        return columns.error();

    ImportContext context(store, options.createMissing);
    Status status = store.transaction([&]() -> Status {
        if (Status loaded = context.load(); !loaded)
            return loaded;
        QList<Claim> claims;
        QList<int> rowNumbers;
        QStringList cells;
        while (reader.readRow(cells)) {
            if (Status wide = checkRowWidth(cells, header.size(), path, reader.rowNumber()); !wide)
                return wide;
            const Row row(columns.value(), cells, path, reader.rowNumber());
            auto claim = readClaim(row, context);
            if (!claim)
                return claim.error();
            claims.append(claim.value());
            rowNumbers.append(reader.rowNumber());
        }
        if (reader.hasError())
            return badInput(reader.errorString());

        // Rows that give their times first, so that an undated row cannot take the claim
        // a dated one names exactly (ExistingClaims::take).
        QList<bool> present(claims.size(), false);
        for (const bool dated : {true, false}) {
            for (qsizetype i = 0; i < claims.size(); ++i) {
                if (claims.at(i).createdAt.isValid() == dated)
                    present[i] = context.isPresent(claims.at(i));
            }
        }
        QList<Claim> added;
        QList<int> addedRows;
        for (qsizetype i = 0; i < claims.size(); ++i) {
            if (present.at(i)) {
                ++context.summary.alreadyPresent;
            } else {
                added.append(claims.at(i));
                addedRows.append(rowNumbers.at(i));
            }
        }
        claims.clear();
        auto ids = store.addClaims(std::move(added), [&](int index) {
            return ClaimsImportText::tr("%1: row %2")
                .arg(path, QString::number(addedRows.at(index)));
        });
        if (!ids)
            return ids.error();
        context.summary.imported = ids->size();
        return {};
    });
    if (!status)
        return status.error();
    return context.summary;
}

} // namespace demarche
