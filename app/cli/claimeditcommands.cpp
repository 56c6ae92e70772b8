// claim edit, claim remove
#include "cli/claimoptions.h"
#include "cli/clisupport.h"
#include "cli/command.h"
#include "cli/console.h"
#include "core/domain/translation.h"
#include "core/text/documenttext.h"

namespace demarche::cli {
namespace {

Result<ClaimId> claimIdArgument(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return usageError(CliText::tr("'%1' is not a claim id").arg(text));
    return ClaimId(id);
}

int runClaimEdit(const QCommandLineParser &parser, const QStringList &positional)
{
    if (parser.isSet(QStringLiteral("doc")))
        return fail(usageError(CliText::tr("claim edit: a claim stays in its document")));
    const auto id = claimIdArgument(positional.at(1));
    if (!id)
        return fail(id.error());
    auto store = openProject(positional.at(0));
    if (!store)
        return fail(store.error());
    ProjectStore &project = *store.value();
    auto claim = project.claim(id.value());
    if (!claim)
        return fail(claim.error());
    auto actors = project.actors();
    if (!actors)
        return fail(actors.error());
    auto topics = project.topics();
    if (!topics)
        return fail(topics.error());

    Claim edited = claim.value();
    if (Status status = readClaimFields(parser, actors.value(), topics.value(), edited); !status)
        return fail(status.error());
    const bool moves = parser.isSet(QStringLiteral("quote"))
                       || parser.isSet(QStringLiteral("start"))
                       || parser.isSet(QStringLiteral("end"));
    if (moves) {
        auto text = project.documentText(edited.document);
        if (!text)
            return fail(text.error());
        if (Status status =
                readClaimSpan(parser, *text.value(), QStringLiteral("claim edit"), edited);
            !status) {
            return fail(status.error());
        }
    }
    if (Status updated = project.updateClaim(edited); !updated)
        return fail(updated.error());
    return Success;
}

// All the named claims go, or none.
int runClaimRemove(const QCommandLineParser &, const QStringList &positional)
{
    return removeAllOrNone(positional, claimIdArgument, [](ProjectStore &project, ClaimId id) {
        if (auto claim = project.claim(id); !claim)
            return Status(claim.error());
        return project.removeClaim(id);
    });
}

} // namespace

QList<Command> claimEditCommands()
{
    return {
        {QStringLiteral("claim edit"),
         QStringLiteral("PROJECT ID [--quote TEXT [--occurrence N] | --start N --end N] "
                        "[--actor NAME] [--topic NAME] [--target NAME] [--stance S] "
                        "[--position V] [--salience N] [--attribution A] [--note TEXT]"),
         CliText::tr("Changes the given fields of a claim, or moves it within its document."),
         claimOptions(), 2, 2, runClaimEdit},
        {QStringLiteral("claim remove"),
         QStringLiteral("PROJECT ID..."),
         CliText::tr("Removes claims: all of them, or none when one is missing."),
         {},
         2,
         -1,
         runClaimRemove},
    };
}

} // namespace demarche::cli
