// Times Demarche on a project of 1,000 documents and 100,000 claims:
// importing a 10 MB article, exporting every claim to CSV (against sqlite3 -csv dumping the
// same joined rows), reading the CSV back, and comparing two actors. The command-line
// operations run as real demarche-cli processes; peak memory is theirs.
//
//   scripts/bench            (or build/tests/bench/bench_project [--keep DIR])
#include "core/analysis/comparison.h"
#include "core/import/htmltext.h"
#include "core/import/markdowntext.h"
#include "core/import/textimporter.h"
#include "core/storage/projectstore.h"
#include "syntheticproject.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace demarche;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_project: %s\n", message.toUtf8().constData());
    std::exit(1);
}

// Runs a program to completion, its output going to `outputFile` (or discarded); returns ms.
double timed(const QString &program, const QStringList &arguments, const QString &outputFile = {})
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardOutputFile(outputFile.isEmpty() ? QProcess::nullDevice() : outputFile);
    process.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        die(QStringLiteral("%1 %2 failed: %3")
                .arg(program, arguments.join(QLatin1Char(' ')),
                     QString::fromUtf8(process.readAllStandardError())));
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

// The best of a few runs, as a steadier figure on a shared machine.
template <typename Run>
double bestOf(int runs, Run run)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i)
        best = std::min(best, run());
    return best;
}

long peakChildKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

const char *const joinedRowsSql =
    "SELECT c.id, c.document_id, d.title, d.published, d.source, a.name, pa.name, ta.name, "
    "t.name, pt.name, c.stance, c.position, c.salience, c.attribution, c.quote, c.start_offset, "
    "c.end_offset, c.note, c.analyst, c.created_at, c.updated_at, d.url "
    "FROM claims c JOIN documents d ON d.id = c.document_id "
    "JOIN actors a ON a.id = c.holder_id LEFT JOIN actors pa ON pa.id = a.parent_id "
    "LEFT JOIN actors ta ON ta.id = c.target_id JOIN topics t ON t.id = c.topic_id "
    "LEFT JOIN topics pt ON pt.id = t.parent_id "
    "ORDER BY c.document_id, c.start_offset, c.end_offset, c.id";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString cli = QStringLiteral(DEMARCHE_CLI_PATH);
    QTemporaryDir temporary;
    QString dir = temporary.path();
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--keep"));
        at >= 0 && at + 1 < args.size()) {
        dir = args.at(at + 1);
        QDir().mkpath(dir);
    }
    const QString project = dir + QStringLiteral("/bench.demarche");
    const QString emptyCopy = dir + QStringLiteral("/bench-empty.demarche");
    const QString csv = dir + QStringLiteral("/claims.csv");
    QFile::remove(project);
    QFile::remove(emptyCopy);

    std::mt19937 random(20241127);
    SyntheticProjectSize size;
    QElapsedTimer timer;
    timer.start();
    {
        auto store = ProjectStore::create(project);
        if (!store)
            die(store.error().message);
        if (Status s = addSyntheticCodebookAndDocuments(*store.value(), size, random); !s)
            die(s.error().message);
    }
    // A copy with the same documents and codebook but no claims, for reading the CSV back.
    if (!QFile::copy(project, emptyCopy))
        die(QStringLiteral("cannot copy the project"));
    say(QStringLiteral("setup: %1 documents, %2 actors, %3 topics in %4 ms")
            .arg(size.documents)
            .arg(size.actors)
            .arg(size.topics)
            .arg(timer.elapsed()));

    {
        auto store = ProjectStore::open(project);
        if (!store)
            die(store.error().message);
        timer.restart();
        if (Status s = addSyntheticClaims(*store.value(), size.claims, random); !s)
            die(s.error().message);
        say(QStringLiteral("add %1 claims (core, one transaction): %2 ms")
                .arg(size.claims)
                .arg(timer.elapsed()));

        // Comparison in the core, as the GUI will call it (no process start-up).
        const auto actors = store.value()->actors().value();
        ComparisonOptions options;
        options.a = actors.at(0).id;
        options.b = actors.at(1).id;
        const double compareCore = bestOf(5, [&]() {
            QElapsedTimer t;
            t.start();
            auto comparison = compareActors(*store.value(), options);
            if (!comparison)
                die(comparison.error().message);
            return double(t.nsecsElapsed()) / 1e6;
        });
        say(QStringLiteral("compare two actors (core, roll-up on): %1 ms")
                .arg(compareCore, 0, 'f', 1));
    }

    const QString article = dir + QStringLiteral("/article-10mb.txt");
    {
        QFile file(article);
        if (!file.open(QIODevice::WriteOnly))
            die(QStringLiteral("cannot write %1").arg(article));
        file.write(syntheticProse(10 * 1024 * 1024, random).toUtf8().left(10 * 1024 * 1024));
    }

    {
        // The converters alone, on 10 MB of HTML and of Markdown made from the same prose.
        const QStringList paragraphs =
            syntheticProse(10 * 1024 * 1024, random).split(QStringLiteral("\n\n"));
        QString html = QStringLiteral("<html><head><title>Read-out</title></head><body>");
        QString markdown = QStringLiteral("# Read-out\n\n");
        for (const QString &paragraph : paragraphs) {
            html += QStringLiteral("<p>") + paragraph.toHtmlEscaped()
                    + QStringLiteral(" &mdash; <b>minister</b></p>\n");
            markdown += paragraph + QStringLiteral(" *minister* [link](http://x)\n\n");
        }
        auto time = [](auto &&work) {
            return bestOf(3, [&]() {
                QElapsedTimer t;
                t.start();
                work();
                return double(t.nsecsElapsed()) / 1e6;
            });
        };
        QString sink;
        const double htmlMs = time([&]() { sink = textimport::htmlToText(html); });
        const double markdownMs = time([&]() { sink = textimport::markdownToText(markdown); });
        const double canonicalMs = time([&]() { sink = textimport::canonicalText(html); });
        say(QStringLiteral("HTML to text, %1 MB: %2 ms; Markdown to text, %3 MB: %4 ms; "
                           "canonical text of %1 MB: %5 ms")
                .arg(html.size() / (1024 * 1024))
                .arg(htmlMs, 0, 'f', 0)
                .arg(markdown.size() / (1024 * 1024))
                .arg(markdownMs, 0, 'f', 0)
                .arg(canonicalMs, 0, 'f', 0));
    }

    const double importMs = timed(cli, {QStringLiteral("import"), project, article});
    say(QStringLiteral("import a 10 MB text file (demarche-cli import): %1 ms")
            .arg(importMs, 0, 'f', 0));

    const double exportMs = bestOf(3, [&]() {
        return timed(cli, {QStringLiteral("export"), project, QStringLiteral("--csv"), csv});
    });
    const double sqliteMs = bestOf(3, [&]() {
        return timed(QStringLiteral("sqlite3"),
                     {QStringLiteral("-csv"), project, QString::fromLatin1(joinedRowsSql)},
                     dir + QStringLiteral("/sqlite3.csv"));
    });
    say(QStringLiteral("export %1 claims to CSV (demarche-cli export): %2 ms")
            .arg(size.claims)
            .arg(exportMs, 0, 'f', 0));
    say(QStringLiteral("same joined rows with sqlite3 -csv: %1 ms; ratio %2")
            .arg(sqliteMs, 0, 'f', 0)
            .arg(exportMs / sqliteMs, 0, 'f', 2));

    const double importClaimsMs = timed(cli, {QStringLiteral("import-claims"), emptyCopy, csv});
    say(QStringLiteral("import %1 claims from CSV (demarche-cli import-claims): %2 ms")
            .arg(size.claims)
            .arg(importClaimsMs, 0, 'f', 0));

    const double compareCli = bestOf(3, [&]() {
        return timed(cli, {QStringLiteral("compare"), project, QStringLiteral("--actor"),
                           QStringLiteral("Actor 1"), QStringLiteral("--actor"),
                           QStringLiteral("Actor 2")});
    });
    say(QStringLiteral("compare two actors (demarche-cli compare, incl. start-up): %1 ms")
            .arg(compareCli, 0, 'f', 0));
    say(QStringLiteral("peak memory of any demarche-cli run: %1 MB")
            .arg(double(peakChildKilobytes()) / 1024.0, 0, 'f', 1));
    say(QStringLiteral("project file: %1 MB")
            .arg(double(QFileInfo(project).size()) / (1024.0 * 1024.0), 0, 'f', 1));
    return 0;
}
