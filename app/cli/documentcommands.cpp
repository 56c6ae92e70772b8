// document edit, document remove
#include "cli/clisupport.h"
#include "cli/command.h"
#include "cli/console.h"
#include "core/domain/translation.h"

#include <QCoreApplication>

namespace demarche::cli {
namespace {

int runDocumentEdit(const QCommandLineParser &parser, const QStringList &positional)
{
    const auto id = documentIdArgument(positional.at(1));
    if (!id)
        return fail(id.error());
    // An empty --date clears it.
    const bool clearsDate =
        parser.isSet(QStringLiteral("date")) && parser.value(QStringLiteral("date")).isEmpty();
    auto date = clearsDate ? std::optional<QDate>() : dateOption(parser, QStringLiteral("date"));
    if (!date)
        return fail(date.error());
    auto store = openProject(positional.at(0));
    if (!store)
        return fail(store.error());
    auto document = store.value()->document(id.value());
    if (!document)
        return fail(document.error());
    Document edited = document.value();
    edited.text.clear(); // details only
    if (parser.isSet(QStringLiteral("title")))
        edited.title = parser.value(QStringLiteral("title"));
    if (parser.isSet(QStringLiteral("source")))
        edited.source = parser.value(QStringLiteral("source"));
    if (parser.isSet(QStringLiteral("url")))
        edited.url = parser.value(QStringLiteral("url"));
    if (parser.isSet(QStringLiteral("date")))
        edited.date = date.value().value_or(QDate());
    if (Status updated = store.value()->updateDocumentDetails(edited); !updated)
        return fail(updated.error());
    return Success;
}

// All the named documents go with their claims, or nothing does.
int runDocumentRemove(const QCommandLineParser &, const QStringList &positional)
{
    return removeAllOrNone(
        positional, documentIdArgument,
        [](ProjectStore &project, DocumentId id) { return project.removeDocument(id); });
}

} // namespace

QList<Command> documentCommands()
{
    return {
        {QStringLiteral("document edit"),
         QStringLiteral("PROJECT DOC_ID [--title T] [--source S] [--url U] [--date YYYY-MM-DD]"),
         CliText::tr("Changes the given details of a document; an empty --source, --url or "
                     "--date clears it."),
         {valueOption(QStringLiteral("title"), CliText::tr("The document's title."),
                      CliText::tr("T")),
          valueOption(QStringLiteral("source"), CliText::tr("Where it was published."),
                      CliText::tr("S")),
          valueOption(QStringLiteral("url"), CliText::tr("Its address."), CliText::tr("U")),
          valueOption(QStringLiteral("date"), CliText::tr("Publication date."),
                      CliText::tr("YYYY-MM-DD"))},
         2,
         2,
         runDocumentEdit},
        {QStringLiteral("document remove"),
         QStringLiteral("PROJECT DOC_ID..."),
         CliText::tr("Removes documents and their claims: all of them, or none when one is "
                     "missing."),
         {},
         2,
         -1,
         runDocumentRemove},
    };
}

} // namespace demarche::cli
