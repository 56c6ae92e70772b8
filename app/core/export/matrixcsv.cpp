#include "core/export/matrixcsv.h"

#include "core/csv/csvwriter.h"
#include "core/domain/translation.h"
#include "core/domain/vocabulary.h"
#include "core/export/csvnumber.h"
#include "core/io/outputfile.h"

#include <QCoreApplication>
#include <QHash>

namespace demarche {
namespace {

Error writeError(const QString &path, const QString &reason)
{
    return ioError(ComparisonText::tr("Could not write the matrix to %1: %2")
                       .arg(OutputFile::displayName(path), reason));
}

template <typename Item, typename Id>
QHash<Id, QString> namesById(const QList<Item> &items)
{
    QHash<Id, QString> names;
    names.reserve(items.size());
    for (const Item &item : items)
        names.insert(item.id, item.name);
    return names;
}

QList<CsvField> header()
{
    QList<CsvField> fields;
    for (const char *name : {"actor", "actor_parent", "topic", "topic_parent", "claims",
                             "positioned", "mean_position"})
        fields.append({QString::fromLatin1(name), false});
    for (const Stance stance : vocabulary::allStances())
        fields.append({vocabulary::key(stance), false});
    return fields;
}

} // namespace

Status writeMatrixCsv(const ActorTopicMatrix &matrix, const QString &path, bool byteOrderMark)
{
    const auto actorNames = namesById<Actor, ActorId>(matrix.actors());
    const auto topicNames = namesById<Topic, TopicId>(matrix.topics());
    const QList<Stance> stances = vocabulary::allStances();

    OutputFile file(path);
    if (Status opened = file.open(); !opened)
        return opened;

    bool written = false;
    QString reason;
    {
        // The writer is done with the file before commit() closes it.
        CsvWriter writer(file.device());
        writer.setByteOrderMark(byteOrderMark);
        writer.writeRow(header());
        QList<CsvField> fields;
        for (int row = 0; row < matrix.rowCount(); ++row) {
            const Actor &actor = matrix.actors().at(row);
            for (int column = 0; column < matrix.columnCount(); ++column) {
                const Topic &topic = matrix.topics().at(column);
                const MatrixCell &cell = matrix.cell(row, column);
                fields.clear();
                // Names typed by the analyst may begin with = or -; the figures may not be
                // escaped, or a negative mean would reach the spreadsheet as text.
                fields.append({actor.name, true});
                fields.append({actorNames.value(actor.parent), true});
                fields.append({topic.name, true});
                fields.append({topicNames.value(topic.parent), true});
                fields.append({QString::number(cell.claims), false});
                fields.append({QString::number(cell.positioned), false});
                fields.append({csvDecimal(cell.meanPosition()), false});
                for (const Stance stance : stances)
                    fields.append({QString::number(cell.stanceCount(stance)), false});
                writer.writeRow(fields);
            }
        }
        written = writer.flush();
        // The writer's own message repeats "could not write"; the device's says why.
        if (!written)
            reason = file.errorString().isEmpty() ? writer.errorString() : file.errorString();
    }
    if (!written) {
        file.cancel();
        return writeError(path, reason);
    }
    return file.commit();
}

} // namespace demarche
