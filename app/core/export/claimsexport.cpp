#include "export/claimsexport.h"

#include "csv/csvwriter.h"
#include "domain/namelookup.h"
#include "domain/translation.h"
#include "domain/vocabulary.h"
#include "export/claimcolumns.h"
#include "storage/projectstore.h"
#include "storage/rowreaders.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>

namespace demarche {
namespace {

template <typename Item, typename IdType>
QString nameOf(const QHash<IdType, const Item *> &index, IdType id)
{
    const Item *item = index.value(id);
    return item ? item->name : QString();
}

template <typename Item>
auto indexById(const QList<Item> &items)
{
    QHash<decltype(Item::id), const Item *> index;
    for (const Item &item : items)
        index.insert(item.id, &item);
    return index;
}

} // namespace

Result<qint64> exportClaimsCsv(const ProjectStore &store, const QString &path,
                               const ClaimsExportOptions &options)
{
    auto documents = store.documents();
    if (!documents)
        return documents.error();
    auto actors = store.actors();
    if (!actors)
        return actors.error();
    auto topics = store.topics();
    if (!topics)
        return topics.error();
    const auto documentIndex = indexById(documents.value());
    const auto actorIndex = indexById(actors.value());
    const auto topicIndex = indexById(topics.value());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(
            ClaimsExportText::tr("%1: cannot be written: %2").arg(path, file.errorString()));
    CsvWriter writer(&file);
    writer.setByteOrderMark(options.byteOrderMark);
    writer.writeRow(claimcolumns::all());

    const bool escape = options.formulaEscape;
    auto text = [escape](const QString &value) { return CsvField{value, escape}; };
    auto number = [](qint64 value) { return CsvField{QString::number(value), false}; };

    qint64 written = 0;
    QList<CsvField> row;
    row.reserve(claimcolumns::all().size());
    Status status = store.forEachClaim(options.filter, [&](const Claim &claim) {
        const Document *document = documentIndex.value(claim.document);
        const Actor *holder = actorIndex.value(claim.holder);
        const Topic *topic = topicIndex.value(claim.topic);
        row.clear();
        row << number(claim.id.value()) << number(claim.document.value())
            << text(document ? document->title : QString())
            << text(document && document->date.isValid() ? document->date.toString(Qt::ISODate)
                                                         : QString())
            << text(document ? document->source : QString())
            << text(holder ? holder->name : QString())
            << text(holder ? nameOf(actorIndex, holder->parent) : QString())
            << text(nameOf(actorIndex, claim.target)) << text(topic ? topic->name : QString())
            << text(topic ? nameOf(topicIndex, topic->parent) : QString())
            << text(vocabulary::key(claim.stance))
            << CsvField{claim.position ? QString::number(*claim.position) : QString(), false}
            << number(claim.salience) << text(vocabulary::key(claim.attribution))
            << text(claim.quote) << number(claim.start) << number(claim.end) << text(claim.note)
            << text(claim.analyst) << text(rows::timeText(claim.createdAt))
            << text(rows::timeText(claim.updatedAt)) << text(document ? document->url : QString());
        writer.writeRow(row);
        ++written;
    });
    if (!status)
        return status.error();
    if (!writer.flush())
        return ioError(
            ClaimsExportText::tr("%1: cannot be written: %2").arg(path, writer.errorString()));
    if (!file.commit())
        return ioError(
            ClaimsExportText::tr("%1: cannot be written: %2").arg(path, file.errorString()));
    return written;
}

} // namespace demarche
