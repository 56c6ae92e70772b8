// Times the comparison, the actor x topic matrix and the report on the synthetic project
// of 1,000 documents, 50 actors, 30 topics and 100,000 claims: from the store (as a view
// opens), from claims already in memory (as a live view recomputes), and one claim added
// to or removed from a live matrix.
//
//   build/tests/bench/bench_compare [--keep DIR]   (DIR keeps and reuses the project)
#include "benchtiming.h"
#include "core/analysis/comparison.h"
#include "core/analysis/matrix.h"
#include "core/export/matrixcsv.h"
#include "core/report/comparisonreport.h"
#include "core/storage/projectstore.h"
#include "syntheticproject.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace demarche;
using namespace demarche::bench;

namespace {

std::unique_ptr<ProjectStore> openOrBuild(const QString &path)
{
    prepareSyntheticProject(path);
    return take(ProjectStore::open(path));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the report's layout needs fonts
    QTemporaryDir temporary;
    QString dir = temporary.path();
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--keep"));
        at >= 0 && at + 1 < args.size()) {
        dir = args.at(at + 1);
        QDir().mkpath(dir);
    }
    const auto store = openOrBuild(dir + QStringLiteral("/bench-compare.demarche"));
    const QList<Actor> actors = take(store->actors());
    const QList<Topic> topics = take(store->topics());
    const QList<Document> documents = take(store->documents());
    const qint64 claimCount = take(store->claimCount());
    say(QStringLiteral("project: %1 documents, %2 actors, %3 topics, %4 claims")
            .arg(documents.size())
            .arg(actors.size())
            .arg(topics.size())
            .arg(claimCount));

    // Actor 1 has four members (Actor 11, 21, 31, 41) that roll up to it.
    ComparisonOptions options;
    options.a = actors.at(0).id;
    options.b = actors.at(1).id;
    Comparison comparison;
    const Timing compareStore =
        bestOf(5, [&]() { comparison = take(compareActors(*store, options)); });
    qsizetype compared = 0;
    for (const TopicComparison &row : comparison.topics)
        compared += row.a.claims.size() + row.b.claims.size();
    say(QStringLiteral("compare two actors from the store (roll-up, %1 claims): %2")
            .arg(compared)
            .arg(ms(compareStore)));

    ComparisonOptions dated = options;
    dated.scope.from = QDate(2022, 6, 1);
    dated.scope.to = QDate(2022, 12, 31);
    dated.scope.stances = {Stance::Demand, Stance::Refusal, Stance::Proposal};
    const Timing compareScoped = bestOf(5, [&]() { (void)take(compareActors(*store, dated)); });
    say(QStringLiteral("  with a date range and three stances: %1").arg(ms(compareScoped)));

    ClaimFilter subtrees;
    subtrees.holders = actorSubtree(options.a, actors) + actorSubtree(options.b, actors);
    QList<Claim> sideClaims = take(store->claims(subtrees));
    const DocumentDates dates = documentDates(documents);
    const Timing compareMemory = bestOf(20, [&]() {
        comparison =
            compareClaims(actors.at(0), actors.at(1), actors, topics, sideClaims, options, dates);
    });
    say(QStringLiteral("compare again from claims in memory (a live view's update): %1")
            .arg(ms(compareMemory)));

    MatrixOptions matrixOptions;
    ActorTopicMatrix matrix;
    const Timing matrixStore =
        bestOf(5, [&]() { matrix = take(loadMatrix(*store, matrixOptions)); });
    say(QStringLiteral("matrix from the store (roll-up, %1 claims): %2")
            .arg(matrix.countedClaims())
            .arg(ms(matrixStore)));

    // How much of that is reading the rows: the same claim facts streamed and dropped.
    const Timing readFacts = bestOf(3, [&]() {
        if (Status s = store->forEachClaimFacts({}, [](const ClaimFacts &) {}); !s)
            die(s.error().message);
    });
    say(QStringLiteral("  of which reading 100,000 claim facts from SQLite: %1")
            .arg(ms(readFacts)));
    // Against reading the full claims, as the matrix did before.
    const Timing readOnly = bestOf(3, [&]() {
        if (Status s = store->forEachClaim({}, [](const Claim &) {}); !s)
            die(s.error().message);
    });
    say(QStringLiteral("reading 100,000 full claims from SQLite: %1").arg(ms(readOnly)));

    const QList<Claim> allClaims = take(store->claims());
    const Timing matrixMemory =
        bestOf(5, [&]() { matrix = buildMatrix(actors, topics, allClaims, matrixOptions, dates); });
    say(QStringLiteral("matrix from claims in memory: %1").arg(ms(matrixMemory)));

    // One claim in, one claim out, as a live matrix sees them; a member's claim so that
    // the roll-up touches more than one row.
    Claim added = allClaims.first();
    added.id = ClaimId(10'000'000);
    added.holder = actors.at(10).id;
    constexpr int updates = 10000;
    const Timing loop = bestOf(3, [&]() {
        for (int i = 0; i < updates; ++i) {
            if (!matrix.addClaim(added) || !matrix.removeClaim(added))
                die(QStringLiteral("the added claim was not counted"));
        }
    });
    say(QStringLiteral("matrix: one claim added or removed: %1 µs (CPU %2 µs; rows touched: %3)")
            .arg(loop.wall * 1e3 / (2.0 * updates), 0, 'f', 3)
            .arg(loop.cpu * 1e3 / (2.0 * updates), 0, 'f', 3)
            .arg(matrix.rowsFor(added.holder).size()));

    const QString csv = dir + QStringLiteral("/matrix.csv");
    const Timing csvMs = bestOf(3, [&]() {
        if (Status s = writeMatrixCsv(matrix, csv, false); !s)
            die(s.error().message);
    });
    say(QStringLiteral("matrix to CSV (%1 cells): %2")
            .arg(matrix.rowCount() * matrix.columnCount())
            .arg(ms(csvMs)));

    // A report on one topic, the size an analyst prints.
    ComparisonOptions oneTopic = options;
    oneTopic.topics = {topics.first().id};
    const ComparisonReport report(take(compareActors(*store, oneTopic)), documents);
    QString html;
    const Timing htmlMs = bestOf(3, [&]() { html = report.toHtml(); });
    const QString pdf = dir + QStringLiteral("/report.pdf");
    const Timing pdfMs = bestOf(1, [&]() {
        if (Status s = report.writePdf(pdf); !s)
            die(s.error().message);
    });
    say(QStringLiteral("report on one topic (%1 claims): HTML %2, PDF %3 (%4 KB)")
            .arg(html.count(QLatin1String("class=\"quote\"")))
            .arg(ms(htmlMs), ms(pdfMs))
            .arg(QFile(pdf).size() / 1024));
    return 0;
}
