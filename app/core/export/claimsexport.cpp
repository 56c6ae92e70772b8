#include "core/export/claimsexport.h"

#include "core/csv/csvwriter.h"
#include "core/domain/namelookup.h"
#include "core/domain/translation.h"
#include "core/domain/vocabulary.h"
#include "core/export/claimcolumns.h"
#include "core/io/outputfile.h"
#include "core/storage/projectstore.h"
#include "core/storage/rowreaders.h"

#include <QCoreApplication>
#include <QHash>

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

// How many claims the filter selects, for progress reports. The document listing already
// counts each document's claims; only a filter by actor or topic needs a pass of its own.
Result<qint64> countClaims(const ProjectStore &store, const QList<Document> &documents,
                           const ClaimFilter &filter)
{
    if (filter.claims && filter.holders.isEmpty() && filter.topics.isEmpty()
        && filter.documents.isEmpty())
        return qint64(filter.claims->size());
    if (filter.holders.isEmpty() && filter.topics.isEmpty() && !filter.claims) {
        qint64 total = 0;
        for (const Document &document : documents) {
            if (filter.documents.isEmpty() || filter.documents.contains(document.id))
                total += document.claimCount;
        }
        return total;
    }
    qint64 total = 0;
    Status counted = store.forEachClaim(filter, [&total](const Claim &) { ++total; });
    if (!counted)
        return counted.error();
    return total;
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

    qint64 total = 0;
    if (options.progress) {
        auto counted = countClaims(store, documents.value(), options.filter);
        if (!counted)
            return counted.error();
        total = counted.value();
    }
    const qint64 interval = qMax<qint64>(1, options.progressInterval);
    bool cancelled = false;
    auto report = [&](qint64 written) {
        if (options.progress && !cancelled)
            cancelled = !options.progress(written, qMax(total, written));
    };

    OutputFile file(path);
    if (Status opened = file.open(); !opened)
        return opened.error();
    CsvWriter writer(file.device());
    writer.setByteOrderMark(options.byteOrderMark);
    writer.writeRow(claimcolumns::all());
    report(0);

    const bool escape = options.formulaEscape;
    auto text = [escape](const QString &value) { return CsvField{value, escape}; };
    auto number = [](qint64 value) { return CsvField{QString::number(value), false}; };

    qint64 written = 0;
    QList<CsvField> row;
    row.reserve(claimcolumns::all().size());
    Status status = store.forEachClaim(options.filter, [&](const Claim &claim) {
        if (cancelled)
            return; // the store has no early stop; the remaining rows are only skipped
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
            << text(rows::timeText(claim.updatedAt)) << text(document ? document->url : QString())
            << text(topic ? topic->negativePole : QString())
            << text(topic ? topic->positivePole : QString())
            << CsvField{document && pageAt(document->pages, claim.start) > 0
                            ? QString::number(pageAt(document->pages, claim.start))
                            : QString(),
                        false};
        writer.writeRow(row);
        if (++written % interval == 0)
            report(written);
    });
    if (!status) {
        file.cancel();
        return status.error();
    }
    if (written % interval != 0)
        report(written);
    if (cancelled) {
        file.cancel();
        return usageError(ClaimsExportText::tr("%1: the export was cancelled")
                              .arg(OutputFile::displayName(path)));
    }
    if (!writer.flush()) {
        file.cancel();
        return ioError(ClaimsExportText::tr("%1: cannot be written: %2")
                           .arg(OutputFile::displayName(path), writer.errorString()));
    }
    if (Status committed = file.commit(); !committed)
        return committed.error();
    return written;
}

} // namespace demarche
