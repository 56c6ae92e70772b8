// report, matrix
#include "cli/clisupport.h"
#include "cli/command.h"
#include "cli/console.h"
#include "cli/scopeoptions.h"
#include "core/analysis/comparison.h"
#include "core/analysis/matrix.h"
#include "core/domain/translation.h"
#include "core/export/matrixcsv.h"
#include "core/io/outputfile.h"
#include "core/report/comparisonreport.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace demarche::cli {
namespace {

int runReport(const QCommandLineParser &parser, const QStringList &positional)
{
    const QStringList names = parser.values(QStringLiteral("actor"));
    if (names.size() != 2)
        return fail(usageError(CliText::tr("report: give exactly two --actor options")));
    const QString pdf = parser.value(QStringLiteral("pdf"));
    const QString html = parser.value(QStringLiteral("html"));
    if (pdf.isEmpty() && html.isEmpty())
        return fail(usageError(CliText::tr("report: give --pdf OUT or --html OUT (or both)")));
    auto scope = scopeFromOptions(parser);
    if (!scope)
        return fail(scope.error());
    const QString &projectPath = positional.at(0);
    auto store = openProjectToRead(projectPath);
    if (!store)
        return fail(store.error());
    // Both outputs are checked before either is written; the project must be open first,
    // for any name of it to be recognised.
    for (const QString &output : {html, pdf}) {
        if (output.isEmpty())
            continue;
        if (Status safe = OutputFile::check(output); !safe)
            return fail(safe.error());
    }
    auto actors = store.value()->actors();
    auto topics = store.value()->topics();
    auto documents = store.value()->documents();
    if (!actors || !topics || !documents)
        return fail(!actors ? actors.error() : !topics ? topics.error() : documents.error());
    auto pair = actorIds(actors.value(), names);
    if (!pair)
        return fail(pair.error());
    auto topicList = topicIds(topics.value(), parser.values(QStringLiteral("topic")));
    if (!topicList)
        return fail(topicList.error());
    ComparisonOptions options;
    options.a = pair->at(0);
    options.b = pair->at(1);
    options.topics = topicList.value();
    options.rollUp = rollUpFromOptions(parser);
    options.scope = scope.value();

    auto comparison = compareActors(*store.value(), options);
    if (!comparison)
        return fail(comparison.error());
    ComparisonReport report(comparison.value(), documents.value());
    report.setProjectName(QFileInfo(projectPath).completeBaseName());
    if (!html.isEmpty()) {
        if (Status written = report.writeHtml(html); !written)
            return fail(written.error());
    }
    if (!pdf.isEmpty()) {
        if (Status written = report.writePdf(pdf); !written)
            return fail(written.error());
    }
    return Success;
}

int runMatrix(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString csv = parser.value(QStringLiteral("csv"));
    if (csv.isEmpty())
        return fail(usageError(CliText::tr("matrix: give --csv OUT")));
    auto scope = scopeFromOptions(parser);
    if (!scope)
        return fail(scope.error());
    auto store = openProjectToRead(positional.at(0));
    if (!store)
        return fail(store.error());
    MatrixOptions options;
    options.rollUp = rollUpFromOptions(parser);
    options.scope = scope.value();
    auto matrix = loadMatrix(*store.value(), options);
    if (!matrix)
        return fail(matrix.error());
    if (Status written = writeMatrixCsv(matrix.value(), csv, parser.isSet(QStringLiteral("bom")));
        !written)
        return fail(written.error());
    return Success;
}

} // namespace

QList<Command> reportCommands()
{
    QList<QCommandLineOption> reportOptions{
        valueOption(QStringLiteral("actor"), CliText::tr("One of the two actors (give it twice)."),
                    CliText::tr("NAME")),
        valueOption(QStringLiteral("pdf"), CliText::tr("Write the report as an A4 PDF."),
                    CliText::tr("OUT")),
        valueOption(QStringLiteral("html"), CliText::tr("Write the report as one HTML file."),
                    CliText::tr("OUT")),
        valueOption(QStringLiteral("topic"), CliText::tr("Only this topic (repeatable)."),
                    CliText::tr("T")),
        noRollUpOption()};
    reportOptions << scopeOptions();

    QList<QCommandLineOption> matrixOptions{
        valueOption(QStringLiteral("csv"), CliText::tr("Write the matrix to this CSV file."),
                    CliText::tr("OUT")),
        flagOption(QStringLiteral("bom"),
                   CliText::tr("Start the CSV with a byte order mark, for Excel.")),
        noRollUpOption()};
    matrixOptions << scopeOptions();

    return {
        {QStringLiteral("report"),
         QStringLiteral("PROJECT --actor A --actor B (--pdf OUT | --html OUT) [--topic T]... "
                        "[--no-roll-up] [--from DATE] [--to DATE] [--stance S]..."),
         CliText::tr("Writes a printable report comparing two actors, with the quotes as "
                     "evidence."),
         reportOptions, 1, 1, runReport},
        {QStringLiteral("matrix"),
         QStringLiteral("PROJECT --csv OUT [--no-roll-up] [--from DATE] [--to DATE] "
                        "[--stance S]... [--bom]"),
         CliText::tr("Writes the actor \u00d7 topic matrix (claims, stances, mean positions) "
                     "to CSV."),
         matrixOptions, 1, 1, runMatrix},
    };
}

} // namespace demarche::cli
