// import-qdpx
#include "cli/clisupport.h"
#include "cli/command.h"
#include "cli/console.h"
#include "core/domain/names.h"
#include "core/domain/translation.h"
#include "core/exchange/qdpximport.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace demarche::cli {
namespace {

void printReport(const QdpxImportReport &report)
{
    printOut(CliText::tr("%n document(s) added", nullptr, report.documents) + u'\n');
    printOut(CliText::tr("%n new actor(s)", nullptr, report.actors) + u'\n');
    printOut(CliText::tr("%n new topic(s)", nullptr, report.topics) + u'\n');
    printOut(CliText::tr("%n claim(s) added", nullptr, report.claims) + u'\n');
    if (report.losses.isEmpty()) {
        printOut(CliText::tr("Loss report: nothing was lost.") + u'\n');
        return;
    }
    printOut(CliText::tr("Loss report: %n item(s)", nullptr, int(report.losses.size())) + u'\n');
    for (const QdpxImportReport::Loss &loss : report.losses)
        printOut(QStringLiteral("  %1: %2\n")
                     .arg(names::printable(loss.where), names::printable(loss.what)));
}

int runImportQdpx(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString &projectPath = positional.at(0);
    QdpxImportOptions options;
    options.actorsUnder = parser.value(QStringLiteral("actors-under"));
    // A missing project is made, as `init` would, and removed again when the import is
    // refused: a REFI-QDA file is a whole project, and nothing half-made is left behind.
    if (!QFileInfo::exists(projectPath)) {
        auto report = importQdpxAsNewProject(positional.at(1), projectPath, options);
        if (!report)
            return fail(report.error());
        printReport(report.value());
        return Success;
    }
    auto store = openProject(projectPath);
    if (!store)
        return fail(store.error());
    auto report = importQdpx(*store.value(), positional.at(1), options);
    if (!report)
        return fail(report.error());
    printReport(report.value());
    return Success;
}

} // namespace

QList<Command> qdpxCommands()
{
    return {
        {QStringLiteral("import-qdpx"),
         QStringLiteral("PROJECT IN.qdpx [--actors-under CODE]"),
         CliText::tr("Imports a REFI-QDA project (QualCoder, MAXQDA, ATLAS.ti, NVivo) in one "
                     "step, making PROJECT when it does not exist; prints what was added and "
                     "the loss report."),
         {valueOption(QStringLiteral("actors-under"),
                      CliText::tr("The code whose subcodes are actors (its name, or its path "
                                  "as in Codes/Actors); every other code becomes a topic."),
                      CliText::tr("CODE"))},
         2,
         2,
         runImportQdpx},
    };
}

} // namespace demarche::cli
