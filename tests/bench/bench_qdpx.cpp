// Times the REFI-QDA exchange on the synthetic project of 1,000 documents, 50 actors, 30
// topics and 100,000 claims: the export of the whole project to a .qdpx, and the import of
// that file into a new project (targets: under 10 s each), with the archive's size and the
// process's peak memory.
//
//   scripts/bench qdpx   (or build/tests/bench/bench_qdpx [--keep DIR]; DIR keeps and
//                         reuses the project)
#include "benchtiming.h"
#include "core/exchange/qdpximport.h"
#include "core/exchange/qdpxwriter.h"
#include "core/storage/projectstore.h"
#include "syntheticproject.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace demarche;
using namespace demarche::bench;

namespace {

long peakMemoryMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temporary;
    QString dir = temporary.path();
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--keep"));
        at >= 0 && at + 1 < args.size()) {
        dir = args.at(at + 1);
        QDir().mkpath(dir);
    }
    const QString projectPath = dir + QStringLiteral("/bench-qdpx.demarche");
    prepareSyntheticProject(projectPath);
    const auto store = take(ProjectStore::open(projectPath, ProjectStore::Access::ReadOnly));
    say(QStringLiteral("project: %1 documents, %2 claims")
            .arg(take(store->documents()).size())
            .arg(take(store->claimCount())));
    const long memoryBefore = peakMemoryMb();

    const QString out = dir + QStringLiteral("/bench.qdpx");
    QdpxExportSummary summary;
    const Timing exported = bestOf(3, [&]() { summary = take(exportQdpx(*store, out)); });
    say(QStringLiteral("export to REFI-QDA (%1 sources, %2 selections, %3 MB): %4")
            .arg(summary.documents)
            .arg(summary.claims)
            .arg(double(QFileInfo(out).size()) / 1e6, 0, 'f', 1)
            .arg(ms(exported)));
    say(QStringLiteral("  peak memory: %1 MB (%2 MB before the export)")
            .arg(peakMemoryMb())
            .arg(memoryBefore));

    int run = 0;
    QdpxImportReport report;
    const Timing imported = bestOf(2, [&]() {
        const QString target = dir + QStringLiteral("/bench-qdpx-in%1.demarche").arg(++run);
        QFile::remove(target);
        const auto into = take(ProjectStore::create(target));
        report = take(importQdpx(*into, out));
    });
    say(QStringLiteral("import from REFI-QDA (%1 documents, %2 claims, %3 losses): %4")
            .arg(report.documents)
            .arg(report.claims)
            .arg(report.losses.size())
            .arg(ms(imported)));
    say(QStringLiteral("  peak memory: %1 MB").arg(peakMemoryMb()));
    return 0;
}
