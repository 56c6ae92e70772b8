#include "cli/claimoptions.h"

#include "cli/clisupport.h"
#include "core/domain/translation.h"
#include "core/domain/vocabulary.h"
#include "core/text/documenttext.h"

namespace demarche::cli {

QList<QCommandLineOption> claimOptions()
{
    return {
        valueOption(QStringLiteral("doc"), CliText::tr("The document's id."), CliText::tr("ID")),
        valueOption(QStringLiteral("quote"), CliText::tr("The text of the claim, as it stands."),
                    CliText::tr("TEXT")),
        valueOption(QStringLiteral("occurrence"),
                    CliText::tr("Which occurrence of the quote (from 1)."), CliText::tr("N")),
        valueOption(QStringLiteral("start"), CliText::tr("Start offset in code points."),
                    CliText::tr("N")),
        valueOption(QStringLiteral("end"), CliText::tr("End offset in code points (exclusive)."),
                    CliText::tr("N")),
        valueOption(QStringLiteral("actor"), CliText::tr("Who holds the position."),
                    CliText::tr("NAME")),
        valueOption(QStringLiteral("topic"), CliText::tr("What it is about."), CliText::tr("NAME")),
        valueOption(QStringLiteral("target"), CliText::tr("Whom it addresses."),
                    CliText::tr("NAME")),
        valueOption(QStringLiteral("stance"), vocabulary::stanceKeys() + QLatin1Char('.'),
                    CliText::tr("S")),
        valueOption(QStringLiteral("position"), CliText::tr("-100 … 100 on the topic's scale."),
                    CliText::tr("V")),
        valueOption(QStringLiteral("salience"), CliText::tr("1 … 5 (default 3)."),
                    CliText::tr("N")),
        valueOption(QStringLiteral("attribution"), vocabulary::attributionKeys() + QLatin1Char('.'),
                    CliText::tr("A")),
        valueOption(QStringLiteral("note"), CliText::tr("The analyst's note."),
                    CliText::tr("TEXT"))};
}

Status readClaimFields(const QCommandLineParser &parser, const QList<Actor> &actors,
                       const QList<Topic> &topics, Claim &claim)
{
    if (parser.isSet(QStringLiteral("actor"))) {
        auto holder = actorIds(actors, {parser.value(QStringLiteral("actor"))});
        if (!holder)
            return holder.error();
        claim.holder = holder->first();
    }
    if (parser.isSet(QStringLiteral("topic"))) {
        auto topic = topicIds(topics, {parser.value(QStringLiteral("topic"))});
        if (!topic)
            return topic.error();
        claim.topic = topic->first();
    }
    if (parser.isSet(QStringLiteral("target"))) {
        auto target = actorIds(actors, {parser.value(QStringLiteral("target"))});
        if (!target)
            return target.error();
        claim.target = target->first();
    }
    if (parser.isSet(QStringLiteral("stance"))) {
        const auto stance = vocabulary::stanceFromKey(parser.value(QStringLiteral("stance")));
        if (!stance) {
            return usageError(
                CliText::tr("--stance: '%1' is not one of %2")
                    .arg(parser.value(QStringLiteral("stance")), vocabulary::stanceKeys()));
        }
        claim.stance = *stance;
    }
    if (parser.isSet(QStringLiteral("attribution"))) {
        const auto attribution =
            vocabulary::attributionFromKey(parser.value(QStringLiteral("attribution")));
        if (!attribution) {
            return usageError(CliText::tr("--attribution: '%1' is not one of %2")
                                  .arg(parser.value(QStringLiteral("attribution")),
                                       vocabulary::attributionKeys()));
        }
        claim.attribution = *attribution;
    }
    if (parser.isSet(QStringLiteral("position"))) {
        auto position = integerOption(parser, QStringLiteral("position"));
        if (!position)
            return position.error();
        if (*position < Claim::MinPosition || *position > Claim::MaxPosition)
            return badInput(CliText::tr("--position: %1 is outside -100 … 100").arg(*position));
        claim.position = int(*position);
    }
    if (parser.isSet(QStringLiteral("salience"))) {
        auto salience = integerOption(parser, QStringLiteral("salience"));
        if (!salience)
            return salience.error();
        if (*salience < Claim::MinSalience || *salience > Claim::MaxSalience)
            return badInput(CliText::tr("--salience: %1 is outside 1 … 5").arg(*salience));
        claim.salience = int(*salience);
    }
    if (parser.isSet(QStringLiteral("note")))
        claim.note = parser.value(QStringLiteral("note"));
    return {};
}

Status readClaimSpan(const QCommandLineParser &parser, const DocumentText &text,
                     const QString &command, Claim &claim)
{
    const bool byQuote = parser.isSet(QStringLiteral("quote"));
    const bool byOffsets =
        parser.isSet(QStringLiteral("start")) || parser.isSet(QStringLiteral("end"));
    if (byQuote == byOffsets)
        return usageError(
            CliText::tr("%1: give either --quote or both --start and --end").arg(command));
    if (byQuote) {
        int occurrence = 1;
        if (parser.isSet(QStringLiteral("occurrence"))) {
            auto n = integerOption(parser, QStringLiteral("occurrence"));
            if (!n)
                return n.error();
            if (*n < 1)
                return usageError(CliText::tr("--occurrence: counts from 1"));
            occurrence = int(*n);
        }
        const QString quote = parser.value(QStringLiteral("quote"));
        const auto [start, end] = text.find(quote, occurrence);
        if (start < 0) {
            return badInput(
                occurrence == 1
                    ? CliText::tr("--quote: \u201c%1\u201d is not in document %2")
                          .arg(quote, QString::number(claim.document.value()))
                    : CliText::tr("--quote: \u201c%1\u201d does not occur %3 times in document %2")
                          .arg(quote, QString::number(claim.document.value()),
                               QString::number(occurrence)));
        }
        claim.start = start;
        claim.end = end;
        return {};
    }
    if (!parser.isSet(QStringLiteral("start")) || !parser.isSet(QStringLiteral("end")))
        return usageError(CliText::tr("%1: --start and --end go together").arg(command));
    auto start = integerOption(parser, QStringLiteral("start"));
    if (!start)
        return start.error();
    auto end = integerOption(parser, QStringLiteral("end"));
    if (!end)
        return end.error();
    claim.start = *start;
    claim.end = *end;
    return {};
}

} // namespace demarche::cli
