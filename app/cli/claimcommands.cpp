// claim add, export, import-claims
#include "cli/clisupport.h"
#include "cli/command.h"
#include "cli/console.h"
#include "core/domain/namelookup.h"
#include "core/domain/translation.h"
#include "core/domain/vocabulary.h"
#include "core/export/claimsexport.h"
#include "core/import/claimsimport.h"
#include "core/text/documenttext.h"

#include <QCoreApplication>

namespace demarche::cli {
namespace {

// Reads the claim's own fields (not its place in the text) from the options.
Status readClaimFields(const QCommandLineParser &parser, const QList<Actor> &actors,
                       const QList<Topic> &topics, Claim &claim)
{
    auto holder = actorIds(actors, {parser.value(QStringLiteral("actor"))});
    if (!holder)
        return holder.error();
    claim.holder = holder->first();
    auto topic = topicIds(topics, {parser.value(QStringLiteral("topic"))});
    if (!topic)
        return topic.error();
    claim.topic = topic->first();
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
    claim.note = parser.value(QStringLiteral("note"));
    return {};
}

// Sets the claim's offsets from --quote [--occurrence] or from --start/--end.
Status readClaimSpan(const QCommandLineParser &parser, const DocumentText &text, Claim &claim)
{
    const bool byQuote = parser.isSet(QStringLiteral("quote"));
    const bool byOffsets =
        parser.isSet(QStringLiteral("start")) || parser.isSet(QStringLiteral("end"));
    if (byQuote == byOffsets)
        return usageError(CliText::tr("claim add: give either --quote or both --start and --end"));
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
        return usageError(CliText::tr("claim add: --start and --end go together"));
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

int runClaimAdd(const QCommandLineParser &parser, const QStringList &positional)
{
    for (const char *required : {"doc", "actor", "topic"}) {
        if (!parser.isSet(QLatin1String(required)))
            return fail(usageError(
                CliText::tr("claim add: --%1 is required").arg(QLatin1String(required))));
    }
    auto documentId = integerOption(parser, QStringLiteral("doc"));
    if (!documentId)
        return fail(documentId.error());
    auto store = openProject(positional.at(0));
    if (!store)
        return fail(store.error());
    ProjectStore &project = *store.value();
    // The store keeps the prepared text, so addClaim below checks against the same one.
    auto text = project.documentText(DocumentId(*documentId));
    if (!text)
        return fail(text.error());
    auto actors = project.actors();
    if (!actors)
        return fail(actors.error());
    auto topics = project.topics();
    if (!topics)
        return fail(topics.error());

    Claim claim;
    claim.document = DocumentId(*documentId);
    if (Status status = readClaimFields(parser, actors.value(), topics.value(), claim); !status)
        return fail(status.error());
    if (Status status = readClaimSpan(parser, *text.value(), claim); !status)
        return fail(status.error());
    auto added = project.addClaim(claim);
    if (!added)
        return fail(added.error());
    printOut(QStringLiteral("%1\n").arg(added->id.value()));
    return Success;
}

int runExport(const QCommandLineParser &parser, const QStringList &positional)
{
    if (!parser.isSet(QStringLiteral("csv")))
        return fail(usageError(CliText::tr("export: --csv OUT is required")));
    auto store = openProjectToRead(positional.at(0));
    if (!store)
        return fail(store.error());
    ClaimsExportOptions options;
    options.byteOrderMark = parser.isSet(QStringLiteral("bom"));
    options.formulaEscape = !parser.isSet(QStringLiteral("no-formula-escape"));
    auto actors = store.value()->actors();
    auto topics = store.value()->topics();
    if (!actors || !topics)
        return fail(!actors ? actors.error() : topics.error());
    auto holders = actorIds(actors.value(), parser.values(QStringLiteral("actor")));
    if (!holders)
        return fail(holders.error());
    options.filter.holders = holders.value();
    auto topicList = topicIds(topics.value(), parser.values(QStringLiteral("topic")));
    if (!topicList)
        return fail(topicList.error());
    options.filter.topics = topicList.value();
    for (const QString &value : parser.values(QStringLiteral("doc"))) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0)
            return fail(usageError(CliText::tr("--doc: '%1' is not a document id").arg(value)));
        if (auto document = store.value()->document(DocumentId(id)); !document)
            return fail(document.error());
        options.filter.documents.append(DocumentId(id));
    }
    auto written = exportClaimsCsv(*store.value(), parser.value(QStringLiteral("csv")), options);
    if (!written)
        return fail(written.error());
    return Success;
}

int runImportClaims(const QCommandLineParser &parser, const QStringList &positional)
{
    auto store = openProject(positional.at(0));
    if (!store)
        return fail(store.error());
    ClaimsImportOptions options;
    options.createMissing = parser.isSet(QStringLiteral("create-missing"));
    auto summary = importClaimsCsv(*store.value(), positional.at(1), options);
    if (!summary)
        return fail(summary.error());
    printOut(
        CliText::tr("%1 claims imported, %2 already present; %3 actors and %4 topics created\n")
            .arg(summary->imported)
            .arg(summary->alreadyPresent)
            .arg(summary->actorsCreated)
            .arg(summary->topicsCreated));
    return Success;
}

} // namespace

QList<Command> claimCommands()
{
    return {
        {QStringLiteral("claim add"),
         QStringLiteral("PROJECT --doc ID (--quote TEXT [--occurrence N] | --start N --end N) "
                        "--actor NAME --topic NAME [--target NAME] [--stance S] [--position V] "
                        "[--salience N] [--attribution A] [--note TEXT]"),
         CliText::tr("Marks a claim; prints its id."),
         {valueOption(QStringLiteral("doc"), CliText::tr("The document's id."), CliText::tr("ID")),
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
          valueOption(QStringLiteral("topic"), CliText::tr("What it is about."),
                      CliText::tr("NAME")),
          valueOption(QStringLiteral("target"), CliText::tr("Whom it addresses."),
                      CliText::tr("NAME")),
          valueOption(QStringLiteral("stance"), vocabulary::stanceKeys() + QLatin1Char('.'),
                      CliText::tr("S")),
          valueOption(QStringLiteral("position"), CliText::tr("-100 … 100 on the topic's scale."),
                      CliText::tr("V")),
          valueOption(QStringLiteral("salience"), CliText::tr("1 … 5 (default 3)."),
                      CliText::tr("N")),
          valueOption(QStringLiteral("attribution"),
                      vocabulary::attributionKeys() + QLatin1Char('.'), CliText::tr("A")),
          valueOption(QStringLiteral("note"), CliText::tr("The analyst's note."),
                      CliText::tr("TEXT"))},
         1,
         1,
         runClaimAdd},
        {QStringLiteral("export"),
         QStringLiteral("PROJECT --csv OUT [--bom] [--no-formula-escape] [--actor NAME]... "
                        "[--topic NAME]... [--doc ID]..."),
         CliText::tr(
             "Exports claims to CSV (RFC 4180, UTF-8); the file is replaced only when complete."),
         {valueOption(QStringLiteral("csv"), CliText::tr("The CSV file to write."),
                      CliText::tr("OUT")),
          flagOption(QStringLiteral("bom"),
                     CliText::tr("Start with a byte order mark, for Excel.")),
          flagOption(QStringLiteral("no-formula-escape"),
                     CliText::tr("Do not prefix cells starting with = + - @ with an apostrophe.")),
          valueOption(QStringLiteral("actor"),
                      CliText::tr("Only this actor's claims (repeatable)."), CliText::tr("NAME")),
          valueOption(QStringLiteral("topic"),
                      CliText::tr("Only claims on this topic (repeatable)."), CliText::tr("NAME")),
          valueOption(QStringLiteral("doc"),
                      CliText::tr("Only claims in this document (repeatable)."),
                      CliText::tr("ID"))},
         1,
         1,
         runExport},
        {QStringLiteral("import-claims"),
         QStringLiteral("PROJECT CLAIMS.csv [--create-missing]"),
         CliText::tr("Reads claims back from a CSV in the export format; all rows or none."),
         {flagOption(QStringLiteral("create-missing"),
                     CliText::tr("Create actors and topics the project does not have."))},
         2,
         2,
         runImportClaims},
    };
}

} // namespace demarche::cli
