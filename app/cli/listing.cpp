#include "cli/listing.h"

#include "cli/clisupport.h"
#include "core/csv/csvwriter.h"
#include "core/domain/namelookup.h"
#include "core/domain/names.h"
#include "core/domain/translation.h"
#include "core/domain/vocabulary.h"
#include "core/storage/projectstore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace demarche::cli {
namespace {

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

template <typename Item, typename IdType>
QVariant nameOf(const QList<Item> &items, IdType id)
{
    const Item *item = findById(items, id);
    return item ? QVariant(item->name) : QVariant();
}

// Text as it reaches a terminal or a spreadsheet: names and quotes come from the project
// file, which anything may have written, so control characters are shown, not sent.
QString cellText(const QVariant &value)
{
    if (value.isNull())
        return QString();
    if (value.userType() == QMetaType::QStringList)
        return names::printable(value.toStringList().join(QLatin1String("; ")));
    return names::printable(value.toString());
}

QByteArray renderTable(const Listing &listing)
{
    constexpr int MaxWidth = 60; // long quotes and titles are cut in a table, not in csv/json
    auto clip = [](QString text) {
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (text.size() > MaxWidth)
            text = text.left(MaxWidth - 1) + QChar(0x2026);
        return text;
    };
    QList<qsizetype> widths;
    for (const QString &column : listing.columns)
        widths.append(column.size());
    QList<QStringList> cells;
    for (const QVariantList &row : listing.rows) {
        QStringList line;
        for (int i = 0; i < row.size(); ++i) {
            line.append(clip(cellText(row.at(i))));
            widths[i] = std::max(widths[i], line.last().size());
        }
        cells.append(line);
    }
    auto renderLine = [&widths](const QStringList &line) -> QString {
        QString text;
        for (int i = 0; i < line.size(); ++i) {
            text += i + 1 < line.size() ? line.at(i).leftJustified(widths.at(i) + 2) : line.at(i);
        }
        return text.trimmed() + QLatin1Char('\n');
    };
    QString text = renderLine(listing.columns);
    for (const QStringList &line : cells)
        text += renderLine(line);
    return text.toUtf8();
}

QByteArray renderCsv(const Listing &listing)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeRow(listing.columns);
    for (const QVariantList &row : listing.rows) {
        QList<CsvField> fields;
        for (const QVariant &value : row) {
            const bool isText = value.userType() == QMetaType::QString
                                || value.userType() == QMetaType::QStringList;
            fields.append(CsvField{cellText(value), isText});
        }
        writer.writeRow(fields);
    }
    writer.flush();
    return buffer.data();
}

QByteArray renderJson(const Listing &listing)
{
    QJsonArray array;
    for (const QVariantList &row : listing.rows) {
        QJsonObject object;
        for (int i = 0; i < row.size(); ++i)
            object.insert(listing.columns.at(i), QJsonValue::fromVariant(row.at(i)));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

Result<Listing> documentListing(const ProjectStore &store)
{
    auto documents = store.documents();
    if (!documents)
        return documents.error();
    Listing listing{{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("date"),
                     QStringLiteral("source"), QStringLiteral("claims"), QStringLiteral("format"),
                     QStringLiteral("file_name"), QStringLiteral("url")},
                    {}};
    for (const Document &d : documents.value()) {
        listing.rows.append({d.id.value(), d.title,
                             d.date.isValid() ? QVariant(d.date.toString(Qt::ISODate)) : QVariant(),
                             orNull(d.source), qint64(d.claimCount), d.format, orNull(d.fileName),
                             orNull(d.url)});
    }
    return listing;
}

Result<Listing> actorListing(const ProjectStore &store)
{
    auto actors = store.actors();
    if (!actors)
        return actors.error();
    Listing listing{{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
                     QStringLiteral("parent"), QStringLiteral("color"), QStringLiteral("aliases")},
                    {}};
    for (const Actor &a : actors.value()) {
        listing.rows.append({a.id.value(), a.name, vocabulary::key(a.kind),
                             nameOf(actors.value(), a.parent), a.color.name(), a.aliases});
    }
    return listing;
}

Result<Listing> topicListing(const ProjectStore &store)
{
    auto topics = store.topics();
    if (!topics)
        return topics.error();
    Listing listing{{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("parent"),
                     QStringLiteral("color"), QStringLiteral("keywords"),
                     QStringLiteral("negative_pole"), QStringLiteral("positive_pole"),
                     QStringLiteral("scale_note")},
                    {}};
    for (const Topic &t : topics.value()) {
        listing.rows.append({t.id.value(), t.name, nameOf(topics.value(), t.parent), t.color.name(),
                             t.keywords, orNull(t.negativePole), orNull(t.positivePole),
                             orNull(t.scaleNote)});
    }
    return listing;
}

Result<Listing> claimListing(const ProjectStore &store)
{
    auto actors = store.actors();
    if (!actors)
        return actors.error();
    auto topics = store.topics();
    if (!topics)
        return topics.error();
    Listing listing{{QStringLiteral("id"), QStringLiteral("document_id"), QStringLiteral("actor"),
                     QStringLiteral("target_actor"), QStringLiteral("topic"),
                     QStringLiteral("stance"), QStringLiteral("position"),
                     QStringLiteral("salience"), QStringLiteral("start"), QStringLiteral("end"),
                     QStringLiteral("quote")},
                    {}};
    Status status = store.forEachClaim({}, [&](const Claim &c) {
        listing.rows.append({c.id.value(), c.document.value(), nameOf(actors.value(), c.holder),
                             nameOf(actors.value(), c.target), nameOf(topics.value(), c.topic),
                             vocabulary::key(c.stance),
                             c.position ? QVariant(qint64(*c.position)) : QVariant(),
                             qint64(c.salience), c.start, c.end, c.quote});
    });
    if (!status)
        return status.error();
    return listing;
}

} // namespace

Result<ListingKind> listingKind(const QString &text)
{
    if (text == QLatin1String("documents"))
        return ListingKind::Documents;
    if (text == QLatin1String("actors"))
        return ListingKind::Actors;
    if (text == QLatin1String("topics"))
        return ListingKind::Topics;
    if (text == QLatin1String("claims"))
        return ListingKind::Claims;
    return usageError(
        CliText::tr("list: '%1' is not one of documents, actors, topics, claims").arg(text));
}

Result<ListingFormat> listingFormat(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("table"))
        return ListingFormat::Table;
    if (text == QLatin1String("csv"))
        return ListingFormat::Csv;
    if (text == QLatin1String("json"))
        return ListingFormat::Json;
    return usageError(CliText::tr("--format: '%1' is not one of table, csv, json").arg(text));
}

Result<Listing> buildListing(const ProjectStore &store, ListingKind kind)
{
    switch (kind) {
    case ListingKind::Documents:
        return documentListing(store);
    case ListingKind::Actors:
        return actorListing(store);
    case ListingKind::Topics:
        return topicListing(store);
    case ListingKind::Claims:
        return claimListing(store);
    }
    return documentListing(store);
}

QCommandLineOption listingFormatOption()
{
    return valueOption(QStringLiteral("format"), CliText::tr("table (default), csv or json."),
                       CliText::tr("FORMAT"));
}

QByteArray renderListing(const Listing &listing, ListingFormat format)
{
    switch (format) {
    case ListingFormat::Table:
        return renderTable(listing);
    case ListingFormat::Csv:
        return renderCsv(listing);
    case ListingFormat::Json:
        return renderJson(listing);
    }
    return renderTable(listing);
}

} // namespace demarche::cli
