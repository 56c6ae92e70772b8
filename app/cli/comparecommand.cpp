// compare
#include "cli/clisupport.h"
#include "cli/command.h"
#include "cli/console.h"
#include "cli/scopeoptions.h"
#include "core/analysis/comparison.h"
#include "core/domain/names.h"
#include "core/domain/translation.h"
#include "core/domain/vocabulary.h"
#include "core/export/comparisoncsv.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace demarche::cli {
namespace {

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 1) : QStringLiteral("–");
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(std::round(*value * 10.0) / 10.0) : QJsonValue();
}

// Each quote names its holder, also when a member said it for the side (Lavrov for Russia).
QString holderName(const Claim &claim, const Actor &side, const QList<Actor> &actors)
{
    const Actor *speaker = memberSpeaker(claim, side, actors);
    return speaker ? speaker->name : side.name;
}

QJsonObject sideJson(const ActorPosition &side, const Actor &actor, const QList<Actor> &actors)
{
    QJsonObject stances;
    for (auto it = side.stanceCounts.cbegin(); it != side.stanceCounts.cend(); ++it)
        stances.insert(vocabulary::key(it.key()), it.value());
    QJsonArray claims;
    for (const Claim &claim : side.claims) {
        claims.append(QJsonObject{
            {QStringLiteral("claim_id"), claim.id.value()},
            {QStringLiteral("document_id"), claim.document.value()},
            {QStringLiteral("holder"), holderName(claim, actor, actors)},
            {QStringLiteral("stance"), vocabulary::key(claim.stance)},
            {QStringLiteral("position"),
             claim.position ? QJsonValue(*claim.position) : QJsonValue()},
            {QStringLiteral("salience"), claim.salience},
            {QStringLiteral("quote"), claim.quote},
        });
    }
    return QJsonObject{{QStringLiteral("claims"), int(side.claims.size())},
                       {QStringLiteral("mean_position"), jsonNumber(side.meanPosition)},
                       {QStringLiteral("stances"), stances},
                       {QStringLiteral("evidence"), claims}};
}

QByteArray renderJson(const Comparison &comparison)
{
    QJsonArray topics;
    for (const TopicComparison &row : comparison.topics) {
        topics.append(
            QJsonObject{{QStringLiteral("topic"), row.topic.name},
                        {QStringLiteral("status"), statusKey(row.status)},
                        {QStringLiteral("negative_pole"), row.topic.negativePole},
                        {QStringLiteral("positive_pole"), row.topic.positivePole},
                        {QStringLiteral("distance"), jsonNumber(row.distance)},
                        {QStringLiteral("a"), sideJson(row.a, comparison.a, comparison.actors)},
                        {QStringLiteral("b"), sideJson(row.b, comparison.b, comparison.actors)}});
    }
    const QJsonObject root{{QStringLiteral("actor_a"), comparison.a.name},
                           {QStringLiteral("actor_b"), comparison.b.name},
                           {QStringLiteral("rollup"), comparison.rollUp},
                           {QStringLiteral("topics"), topics}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString renderTable(const Comparison &comparison)
{
    // Names come from the project file, which may have been written by anything.
    const QStringList header = {CliText::tr("topic"),
                                CliText::tr("status"),
                                names::printable(comparison.a.name),
                                CliText::tr("mean"),
                                names::printable(comparison.b.name),
                                CliText::tr("mean"),
                                CliText::tr("distance")};
    QList<QStringList> lines{header};
    for (const TopicComparison &row : comparison.topics) {
        lines.append({names::printable(row.topic.name), statusKey(row.status),
                      QString::number(row.a.claims.size()), number(row.a.meanPosition),
                      QString::number(row.b.claims.size()), number(row.b.meanPosition),
                      number(row.distance)});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &line : lines) {
        for (int i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line.at(i).size());
    }
    QString text;
    for (const QStringList &line : lines) {
        QString out;
        for (int i = 0; i < line.size(); ++i)
            out += line.at(i).leftJustified(widths.at(i) + 2);
        text += out.trimmed() + QLatin1Char('\n');
    }
    if (comparison.topics.isEmpty())
        text += CliText::tr("Neither actor has claims on these topics.\n");
    return text;
}

int runCompare(const QCommandLineParser &parser, const QStringList &positional)
{
    const QStringList names = parser.values(QStringLiteral("actor"));
    if (names.size() != 2)
        return fail(usageError(CliText::tr("compare: give exactly two --actor options")));
    const QString format = parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("table") && format != QLatin1String("json"))
        return fail(
            usageError(CliText::tr("--format: '%1' is not one of table, json").arg(format)));
    auto store = openProjectToRead(positional.at(0));
    if (!store)
        return fail(store.error());
    auto actors = store.value()->actors();
    auto topics = store.value()->topics();
    if (!actors || !topics)
        return fail(!actors ? actors.error() : topics.error());
    auto pair = actorIds(actors.value(), names);
    if (!pair)
        return fail(pair.error());
    ComparisonOptions options;
    options.a = pair->at(0);
    options.b = pair->at(1);
    options.rollUp = rollUpFromOptions(parser);
    auto topicList = topicIds(topics.value(), parser.values(QStringLiteral("topic")));
    if (!topicList)
        return fail(topicList.error());
    options.topics = topicList.value();

    auto comparison = compareActors(*store.value(), options);
    if (!comparison)
        return fail(comparison.error());
    if (parser.isSet(QStringLiteral("csv"))) {
        if (Status written =
                writeComparisonCsv(comparison.value(), parser.value(QStringLiteral("csv")),
                                   parser.isSet(QStringLiteral("bom")));
            !written)
            return fail(written.error());
        if (format.isEmpty())
            return Success; // the CSV was asked for; print only when a format is named too
    }
    if (format == QLatin1String("json"))
        printRaw(renderJson(comparison.value()));
    else
        printOut(renderTable(comparison.value()));
    return Success;
}

} // namespace

QList<Command> compareCommands()
{
    return {
        {QStringLiteral("compare"),
         QStringLiteral("PROJECT --actor A --actor B [--topic T]... [--no-roll-up] [--csv OUT] "
                        "[--format table|json]"),
         CliText::tr("Compares two actors' positions topic by topic."),
         {valueOption(QStringLiteral("actor"),
                      CliText::tr("One of the two actors (give it twice)."), CliText::tr("NAME")),
          valueOption(QStringLiteral("topic"), CliText::tr("Only this topic (repeatable)."),
                      CliText::tr("T")),
          noRollUpOption(),
          valueOption(QStringLiteral("csv"),
                      CliText::tr("Also write the comparison to this CSV file."),
                      CliText::tr("OUT")),
          flagOption(QStringLiteral("bom"),
                     CliText::tr("Start the CSV with a byte order mark, for Excel.")),
          valueOption(QStringLiteral("format"), CliText::tr("table (default) or json."),
                      CliText::tr("FORMAT"))},
         1,
         1,
         runCompare},
    };
}

} // namespace demarche::cli
