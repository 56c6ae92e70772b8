#include "core/export/comparisoncsv.h"

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
    return ioError(ComparisonText::tr("Could not write the comparison to %1: %2")
                       .arg(OutputFile::displayName(path), reason));
}

QString stanceSummary(const QMap<Stance, int> &counts)
{
    QStringList parts;
    for (const Stance stance : vocabulary::allStances()) {
        const int count = counts.value(stance);
        if (count > 0)
            parts.append(vocabulary::key(stance) + QLatin1Char(':') + QString::number(count));
    }
    return parts.join(QLatin1String("; "));
}

// Names typed by the analyst may begin with = or -, so they are escaped; the figures are
// written as they are, or a negative mean would reach the spreadsheet as text.
CsvField text(const QString &value)
{
    return {value, true};
}

CsvField number(const QString &value)
{
    return {value, false};
}

} // namespace

Status writeComparisonCsv(const Comparison &comparison, const QString &path, bool byteOrderMark)
{
    QHash<TopicId, QString> topicNames;
    topicNames.reserve(comparison.allTopics.size());
    for (const Topic &topic : comparison.allTopics)
        topicNames.insert(topic.id, topic.name);

    OutputFile file(path);
    if (Status opened = file.open(); !opened)
        return opened;

    bool written = false;
    QString reason;
    {
        // The writer is done with the file before commit() closes it.
        CsvWriter writer(file.device());
        writer.setByteOrderMark(byteOrderMark);
        writer.writeRow(QStringList{QStringLiteral("topic"), QStringLiteral("topic_parent"),
                                    QStringLiteral("status"), QStringLiteral("actor_a"),
                                    QStringLiteral("claims_a"), QStringLiteral("mean_position_a"),
                                    QStringLiteral("stances_a"), QStringLiteral("actor_b"),
                                    QStringLiteral("claims_b"), QStringLiteral("mean_position_b"),
                                    QStringLiteral("stances_b"), QStringLiteral("distance")});
        for (const TopicComparison &row : comparison.topics) {
            const QString parent =
                row.topic.parent.isValid() ? topicNames.value(row.topic.parent) : QString();
            writer.writeRow(QList<CsvField>{
                text(row.topic.name),
                text(parent),
                text(statusKey(row.status)),
                text(comparison.a.name),
                number(QString::number(row.a.claims.size())),
                number(csvDecimal(row.a.meanPosition)),
                text(stanceSummary(row.a.stanceCounts)),
                text(comparison.b.name),
                number(QString::number(row.b.claims.size())),
                number(csvDecimal(row.b.meanPosition)),
                text(stanceSummary(row.b.stanceCounts)),
                number(csvDecimal(row.distance)),
            });
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
