// claim add, export (CSV and REFI-QDA), import-claims
#include "cli/claimoptions.h"
#include "cli/clisupport.h"
#include "cli/command.h"
#include "cli/console.h"
#include "core/domain/namelookup.h"
#include "core/domain/translation.h"
#include "core/domain/vocabulary.h"
#include "core/exchange/qdpxwriter.h"
#include "core/export/claimsexport.h"
#include "core/import/claimsimport.h"
#include "core/io/outputfile.h"
#include "core/text/documenttext.h"

#include <QCoreApplication>

namespace demarche::cli {
namespace {

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
    if (Status status = readClaimSpan(parser, *text.value(), QStringLiteral("claim add"), claim);
        !status)
        return fail(status.error());
    auto added = project.addClaim(claim);
    if (!added)
        return fail(added.error());
    printOut(QStringLiteral("%1\n").arg(added->id.value()));
    return Success;
}

int runExport(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString csv = parser.value(QStringLiteral("csv"));
    const QString qdpx = parser.value(QStringLiteral("qdpx"));
    if (!parser.isSet(QStringLiteral("csv")) && !parser.isSet(QStringLiteral("qdpx")))
        return fail(usageError(CliText::tr("export: give --csv OUT or --qdpx OUT (or both)")));
    auto store = openProjectToRead(positional.at(0));
    if (!store)
        return fail(store.error());
    // Both outputs are checked before either is written; the project must be open first,
    // for any name of it to be recognised.
    if (parser.isSet(QStringLiteral("csv"))) {
        if (Status safe = OutputFile::check(csv); !safe)
            return fail(safe.error());
    }
    if (parser.isSet(QStringLiteral("qdpx"))) {
        if (Status safe = OutputFile::checkFile(qdpx); !safe)
            return fail(safe.error());
    }
    if (parser.isSet(QStringLiteral("qdpx"))) {
        auto exported = exportQdpx(*store.value(), qdpx);
        if (!exported)
            return fail(exported.error());
    }
    if (!parser.isSet(QStringLiteral("csv")))
        return Success;
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
    auto written = exportClaimsCsv(*store.value(), csv, options);
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
    // One counted message per number: each language words its own plural.
    const QStringList parts = {
        CliText::tr("%n claim(s) imported", nullptr, int(summary->imported)),
        CliText::tr("%n already present", nullptr, int(summary->alreadyPresent)),
        CliText::tr("%n actor(s) created", nullptr, int(summary->actorsCreated)),
        CliText::tr("%n topic(s) created", nullptr, int(summary->topicsCreated))};
    printOut(parts.join(QStringLiteral("; ")) + QLatin1Char('\n'));
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
         CliText::tr("Marks a claim; prints its id."), claimOptions(), 1, 1, runClaimAdd},
        {QStringLiteral("export"),
         QStringLiteral("PROJECT [--csv OUT] [--qdpx OUT] [--bom] [--no-formula-escape] "
                        "[--actor NAME]... [--topic NAME]... [--doc ID]..."),
         CliText::tr("Exports claims to CSV (RFC 4180, UTF-8), the whole project as a REFI-QDA "
                     "project (.qdpx) for QualCoder, MAXQDA, ATLAS.ti or NVivo, or both; each "
                     "file is replaced only when complete."),
         {valueOption(QStringLiteral("csv"), CliText::tr("The CSV file to write."),
                      CliText::tr("OUT")),
          valueOption(QStringLiteral("qdpx"),
                      CliText::tr("The REFI-QDA project to write: every document, the codebook "
                                  "and every claim (the filters below apply to the CSV only)."),
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
