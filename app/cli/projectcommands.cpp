// init, import, text, list
#include "cli/clisupport.h"
#include "cli/command.h"
#include "cli/console.h"
#include "cli/listing.h"
#include "core/domain/translation.h"
#include "core/import/documentimport.h"
#include "core/import/importformats.h"

#include <QCoreApplication>

namespace demarche::cli {
namespace {

int runInit(const QCommandLineParser &, const QStringList &positional)
{
    auto store = ProjectStore::create(positional.at(0));
    if (!store)
        return fail(store.error());
    return Success;
}

int runImport(const QCommandLineParser &parser, const QStringList &positional)
{
    DocumentDetails details;
    details.title = parser.value(QStringLiteral("title"));
    details.source = parser.value(QStringLiteral("source"));
    details.url = parser.value(QStringLiteral("url"));
    if (parser.isSet(QStringLiteral("date"))) {
        const QString date = parser.value(QStringLiteral("date"));
        details.date = QDate::fromString(date, QStringLiteral("yyyy-MM-dd"));
        if (!details.date.isValid())
            return fail(
                usageError(CliText::tr("--date: '%1' is not a date like 2024-03-31").arg(date)));
    }
    const QStringList files = positional.mid(1);
    if (files.size() > 1 && parser.isSet(QStringLiteral("title")))
        return fail(usageError(CliText::tr("--title: give one file when naming its title")));

    auto store = openProject(positional.at(0));
    if (!store)
        return fail(store.error());
    const auto duplicates = parser.isSet(QStringLiteral("allow-duplicate"))
                                ? ProjectStore::Duplicates::Allow
                                : ProjectStore::Duplicates::Refuse;
    // Each file is its own transaction: a bad file is reported and the others still go in.
    int exitCode = Success;
    for (const QString &file : files) {
        QStringList warnings;
        QStringList notes;
        auto document =
            importDocument(*store.value(), file, details, duplicates, &warnings, &notes);
        for (const QString &message : warnings + notes)
            printError(message);
        if (!document) {
            exitCode = std::max(exitCode, fail(document.error()));
            continue;
        }
        printOut(QStringLiteral("%1\t%2\n").arg(document->id.value()).arg(document->title));
    }
    return exitCode;
}

int runText(const QCommandLineParser &, const QStringList &positional)
{
    const auto id = documentIdArgument(positional.at(1));
    if (!id)
        return fail(id.error());
    auto store = openProjectToRead(positional.at(0));
    if (!store)
        return fail(store.error());
    auto document = store.value()->document(id.value());
    if (!document)
        return fail(document.error());
    printRaw(document->text.toUtf8());
    return Success;
}

int runList(const QCommandLineParser &parser, const QStringList &positional)
{
    auto what = listingKind(positional.at(1));
    if (!what)
        return fail(what.error());
    auto format = listingFormat(parser.value(QStringLiteral("format")));
    if (!format)
        return fail(format.error());
    auto store = openProjectToRead(positional.at(0));
    if (!store)
        return fail(store.error());
    auto table = buildListing(*store.value(), what.value());
    if (!table)
        return fail(table.error());
    printRaw(renderListing(table.value(), format.value()));
    return Success;
}

} // namespace

QList<Command> projectCommands()
{
    return {
        {QStringLiteral("init"),
         QStringLiteral("PROJECT"),
         CliText::tr("Creates a project file with the default topics (Ukraine, Syria, Iran)."),
         {},
         1,
         1,
         runInit},
        {QStringLiteral("import"),
         QStringLiteral("PROJECT FILE... [--title T] [--source S] [--url U] [--date YYYY-MM-DD] "
                        "[--allow-duplicate]"),
         CliText::tr("Imports %1 articles; prints \"id<TAB>title\" for each new one.")
             .arg(formatSuffixes()),
         {valueOption(QStringLiteral("title"), CliText::tr("The document's title."),
                      CliText::tr("T")),
          valueOption(QStringLiteral("source"), CliText::tr("Where it was published."),
                      CliText::tr("S")),
          valueOption(QStringLiteral("url"), CliText::tr("Its address."), CliText::tr("U")),
          valueOption(QStringLiteral("date"), CliText::tr("Publication date."),
                      CliText::tr("YYYY-MM-DD")),
          flagOption(QStringLiteral("allow-duplicate"),
                     CliText::tr("Import text that is already in the project."))},
         2,
         -1,
         runImport},
        {QStringLiteral("text"),
         QStringLiteral("PROJECT DOC_ID"),
         CliText::tr("Writes a document's canonical text, byte for byte, to standard output."),
         {},
         2,
         2,
         runText},
        {QStringLiteral("list"),
         QStringLiteral("PROJECT documents|actors|topics|claims [--format table|csv|json]"),
         CliText::tr("Lists what the project holds."),
         {listingFormatOption()},
         2,
         2,
         runList},
    };
}

} // namespace demarche::cli
