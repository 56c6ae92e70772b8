#include "core/storage/documenttable.h"

#include "core/domain/names.h"
#include "core/domain/translation.h"
#include "core/storage/rowreaders.h"
#include "core/storage/sqlsupport.h"
#include "core/storage/storeconnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>

namespace demarche {
namespace {

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

// Titles are shown and printed on one line, in NFC like every name; the other details
// are one line of plain text too.
Status prepareDetails(Document &document)
{
    document.title = names::normalized(document.title.simplified());
    if (document.title.isEmpty())
        return badInput(StoreText::tr("the document has no title"));
    const std::pair<QString, const QString *> fields[] = {
        {StoreText::tr("Title"), &document.title},
        {StoreText::tr("Source"), &document.source},
        {StoreText::tr("URL"), &document.url},
        {StoreText::tr("Language"), &document.language},
        {StoreText::tr("File name"), &document.fileName},
        {StoreText::tr("Format"), &document.format},
    };
    for (const auto &[field, text] : fields) {
        if (Status status = names::checkOneLine(field, *text); !status)
            return status;
    }
    return {};
}

} // namespace

DocumentTable::DocumentTable(StoreConnection &connection)
    : m_connection(connection)
{}

Result<QList<Document>> DocumentTable::documents() const
{
    auto query = sql::run(m_connection.db(),
                          QStringLiteral("SELECT %1 FROM documents ORDER BY id")
                              .arg(QLatin1String(rows::documentColumns)),
                          {}, m_connection.path());
    if (!query)
        return query.error();
    QList<Document> list;
    while (query->next())
        list.append(rows::document(query.value(), false));
    return list;
}

Result<Document> DocumentTable::document(DocumentId id) const
{
    auto query = sql::run(m_connection.db(),
                          QStringLiteral("SELECT %1, text FROM documents WHERE id = ?")
                              .arg(QLatin1String(rows::documentColumns)),
                          {id.value()}, m_connection.path());
    if (!query)
        return query.error();
    if (!query->next())
        return badInput(StoreText::tr("no document with id %1 in the project").arg(id.value()));
    return rows::document(query.value(), true);
}

Result<Document> DocumentTable::add(Document document, Duplicates duplicates)
{
    if (document.text.trimmed().isEmpty())
        return badInput(StoreText::tr("the document contains no text"));
    if (Status status = prepareDetails(document); !status)
        return status.error();
    document.contentHash =
        QCryptographicHash::hash(document.text.toUtf8(), QCryptographicHash::Sha256).toHex();
    if (!document.id.isValid() || !document.importedAt.isValid())
        document.importedAt = QDateTime::currentDateTimeUtc();

    Status status = m_connection.transaction([&]() -> Status {
        if (duplicates == Duplicates::Refuse) {
            auto same = sql::run(m_connection.db(),
                                 QStringLiteral("SELECT id, title FROM documents "
                                                "WHERE content_hash = ? ORDER BY id LIMIT 1"),
                                 {QString::fromLatin1(document.contentHash)}, m_connection.path());
            if (!same)
                return same.error();
            if (same->next()) {
                return badInput(
                    StoreText::tr("the same text is already in the project as document %1 "
                                  "(\u201c%2\u201d); use --allow-duplicate to import it again")
                        .arg(same->value(0).toLongLong())
                        .arg(same->value(1).toString()));
            }
        }
        auto inserted = sql::run(
            m_connection.db(),
            QStringLiteral("INSERT INTO documents (title, source, url, published, language, "
                           "file_name, format, text, content_hash, imported_at, pages, id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {document.title, document.source, document.url, dateValue(document.date),
             document.language, document.fileName, document.format, document.text,
             QString::fromLatin1(document.contentHash), rows::timeText(document.importedAt),
             rows::pagesText(document.pages), sql::idOrNull(document.id.value())},
            m_connection.path());
        if (!inserted)
            return inserted.error();
        document.id = DocumentId(inserted->lastInsertId().toLongLong());
        return {};
    });
    if (!status)
        return status.error();
    document.claimCount = 0;
    return document;
}

Status DocumentTable::updateDetails(const Document &details)
{
    Document document = details;
    if (Status status = prepareDetails(document); !status)
        return status;
    return m_connection.transaction([&]() -> Status {
        auto updated =
            sql::run(m_connection.db(),
                     QStringLiteral("UPDATE documents SET title = ?, source = ?, url = ?, "
                                    "published = ?, language = ? WHERE id = ?"),
                     {document.title, document.source, document.url, dateValue(document.date),
                      document.language, document.id.value()},
                     m_connection.path());
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() != 1)
            return badInput(
                StoreText::tr("no document with id %1 in the project").arg(document.id.value()));
        return {};
    });
}

Result<std::shared_ptr<const DocumentText>> DocumentTable::text(DocumentId id) const
{
    constexpr qsizetype MaxCachedTexts = 64;
    if (auto cached = m_texts.value(id))
        return cached;
    auto document = this->document(id);
    if (!document)
        return document.error();
    if (m_texts.size() >= MaxCachedTexts)
        m_texts.clear(); // claims come grouped by document, so a plain reset is enough
    auto text = std::make_shared<const DocumentText>(document->text);
    m_texts.insert(id, text);
    return text;
}

Status DocumentTable::remove(DocumentId id)
{
    m_texts.remove(id); // its id may be given to the next document
    return m_connection.transaction([&]() -> Status {
        auto removed =
            sql::run(m_connection.db(), QStringLiteral("DELETE FROM documents WHERE id = ?"),
                     {id.value()}, m_connection.path());
        if (!removed)
            return removed.error();
        if (removed->numRowsAffected() != 1)
            return badInput(StoreText::tr("no document with id %1 in the project").arg(id.value()));
        return {};
    });
}

} // namespace demarche
