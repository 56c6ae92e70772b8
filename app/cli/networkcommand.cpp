// network
#include "cli/clisupport.h"
#include "cli/command.h"
#include "cli/console.h"
#include "cli/scopeoptions.h"
#include "core/analysis/network.h"
#include "core/domain/translation.h"
#include "core/export/graphml.h"
#include "core/io/outputfile.h"

#include <QCoreApplication>

#include <optional>

namespace demarche::cli {
namespace {

std::optional<NetworkKind> kindFromName(const QString &name)
{
    if (name == QLatin1String("congruence"))
        return NetworkKind::Congruence;
    if (name == QLatin1String("conflict"))
        return NetworkKind::Conflict;
    if (name == QLatin1String("affiliation"))
        return NetworkKind::Affiliation;
    return std::nullopt;
}

int runNetwork(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString kindName = parser.value(QStringLiteral("kind"));
    if (kindName.isEmpty())
        return fail(usageError(CliText::tr("network: give --kind congruence, conflict or "
                                           "affiliation")));
    const auto kind = kindFromName(kindName);
    if (!kind)
        return fail(usageError(CliText::tr("--kind: '%1' is not one of congruence, conflict, "
                                           "affiliation")
                                   .arg(kindName)));
    const QString output = parser.value(QStringLiteral("graphml"));
    if (output.isEmpty())
        return fail(usageError(CliText::tr("network: give --graphml OUT")));
    auto scope = scopeFromOptions(parser);
    if (!scope)
        return fail(scope.error());
    auto store = openProjectToRead(positional.at(0));
    if (!store)
        return fail(store.error());
    // Checked before the network is worked out; the project must be open first, for any
    // name of it to be recognised.
    if (Status safe = OutputFile::check(output); !safe)
        return fail(safe.error());
    auto topics = store.value()->topics();
    if (!topics)
        return fail(topics.error());
    auto topicList = topicIds(topics.value(), parser.values(QStringLiteral("topic")));
    if (!topicList)
        return fail(topicList.error());

    NetworkOptions options;
    options.kind = *kind;
    options.rollUp = rollUpFromOptions(parser);
    options.topics = topicList.value();
    options.scope = scope.value();
    auto network = loadNetwork(*store.value(), options);
    if (!network)
        return fail(network.error());
    if (Status written = writeGraphmlFile(network.value(), output); !written)
        return fail(written.error());
    // The summary would corrupt a GraphML written to standard output.
    if (output != QLatin1String("-")) {
        const QStringList parts = {CliText::tr("%n node(s)", nullptr, int(network->nodes.size())),
                                   CliText::tr("%n edge(s)", nullptr, int(network->edges.size()))};
        printOut(parts.join(QStringLiteral("; ")) + QLatin1Char('\n'));
    }
    return Success;
}

} // namespace

QList<Command> networkCommands()
{
    QList<QCommandLineOption> options{
        valueOption(
            QStringLiteral("kind"),
            CliText::tr("congruence, conflict or affiliation. m(i,j) is the salience-weighted "
                        "mean position of actor i's claims on topic j that have a position. "
                        "Congruence of actors i and k is the sum, over the topics where both "
                        "have a mean, of 1 - |m(i,j) - m(k,j)| / 200; conflict is the sum of "
                        "|m(i,j) - m(k,j)| / 200; two actors are joined where the weight is "
                        "above 0. Affiliation joins each actor to each topic it has claims on, "
                        "weighted by their number, with the mean position."),
            CliText::tr("KIND")),
        valueOption(QStringLiteral("graphml"),
                    CliText::tr("Write the network to this GraphML file (Gephi, visone)."),
                    CliText::tr("OUT")),
        valueOption(QStringLiteral("topic"),
                    CliText::tr("Only this topic and its sub-topics (repeatable)."),
                    CliText::tr("T")),
        flagOption(QStringLiteral("no-roll-up"),
                   CliText::tr("Make every actor a node of its own; by default members count "
                               "as their top-level actor (a minister as his state).")),
    };
    options << scopeOptions();

    return {
        {QStringLiteral("network"),
         QStringLiteral("PROJECT --kind congruence|conflict|affiliation --graphml OUT "
                        "[--no-roll-up] [--topic T]... [--from DATE] [--to DATE] [--stance S]..."),
         CliText::tr("Writes who agrees with whom as a GraphML network for Gephi or visone."),
         options, 1, 1, runNetwork},
    };
}

} // namespace demarche::cli
