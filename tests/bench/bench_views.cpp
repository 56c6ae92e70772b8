// Times the analysis views on the synthetic project of 1,000 documents, 50 actors,
// 30 topics and 100,000 claims, offscreen: the compare view and the matrix view built
// as the analyst opens them (models, widgets and a first paint), and a live update:
// one claim tagged in the workbench, with every view open, until all of them show it.
//
//   build/tests/bench/bench_views [--keep DIR]   (DIR keeps and reuses the project)
#include "benchtiming.h"
#include "core/commands/addclaimcommand.h"
#include "core/models/actortopicmatrixmodel.h"
#include "core/models/comparisonmodel.h"
#include "core/project/project.h"
#include "core/storage/projectstore.h"
#include "syntheticproject.h"
#include "widgets/compare/compareview.h"
#include "widgets/matrix/matrixview.h"
#include "widgets/timeline/timelineview.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>

#include <memory>

using namespace demarche;
using namespace demarche::bench;

namespace {

std::unique_ptr<Project> openOrBuild(const QString &path)
{
    prepareSyntheticProject(path);
    return take(Project::open(path));
}

// Lays out and paints a view into a pixmap, as its first appearance on screen would.
void paint(QWidget &view)
{
    view.resize(1400, 860);
    view.ensurePolished();
    (void)view.grab();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir temporary;
    QString dir = temporary.path();
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--keep"));
        at >= 0 && at + 1 < args.size()) {
        dir = args.at(at + 1);
        QDir().mkpath(dir);
    }
    const auto project = openOrBuild(dir + QStringLiteral("/bench-views.demarche"));
    const QList<Actor> &actors = project->actors();
    const QList<Topic> &topics = project->topics();
    say(QStringLiteral("project: %1 documents, %2 actors, %3 topics, %4 claims")
            .arg(project->documents().size())
            .arg(actors.size())
            .arg(topics.size())
            .arg(take(project->store().claimCount())));

    // Actor 1 has four members that roll up to it: the larger comparison.
    const ActorId a = actors.at(0).id;
    const ActorId b = actors.at(1).id;
    int topicRows = 0;
    const Timing compareModel = bestOf(5, [&]() {
        ComparisonModel model(*project);
        model.setActors(a, b);
        topicRows = model.rowCount();
    });
    say(QStringLiteral("compare model, two actors (roll-up, %1 top-level topics): %2")
            .arg(topicRows)
            .arg(ms(compareModel)));
    const Timing compareView = bestOf(5, [&]() {
        CompareView view(*project);
        view.setActors(a, b);
        paint(view);
    });
    say(QStringLiteral("compare view built and painted: %1").arg(ms(compareView)));

    const Timing matrixModel = bestOf(5, [&]() {
        ActorTopicMatrixModel model(*project);
        topicRows = model.rowCount();
    });
    say(QStringLiteral("matrix model (%1 actors x %2 topics, roll-up): %3")
            .arg(topicRows)
            .arg(topics.size())
            .arg(ms(matrixModel)));
    const Timing matrixView = bestOf(5, [&]() {
        MatrixView view(*project);
        paint(view);
    });
    say(QStringLiteral("matrix view built and painted: %1").arg(ms(matrixView)));

    // A claim by a member of actor A, so that roll-up touches two matrix rows and the
    // comparison; timed from the command to every view having taken it in.
    Claim claim = take(project->store().claims()).constFirst();
    claim.id = ClaimId();
    claim.holder = actors.at(10).id;
    claim.position = 40;
    constexpr int runs = 20;
    auto addAndUndo = [&](const char *what) {
        Timing add;
        Timing undo;
        for (int i = 0; i < runs; ++i) {
            const Timing one = bestOf(1, [&]() {
                if (!project->execute(new AddClaimCommand(*project, claim)))
                    die(QStringLiteral("the claim was not added"));
            });
            add.wall = std::min(add.wall, one.wall);
            add.cpu = std::min(add.cpu, one.cpu);
            const Timing back = bestOf(1, [&]() { project->undoStack()->undo(); });
            undo.wall = std::min(undo.wall, back.wall);
            undo.cpu = std::min(undo.cpu, back.cpu);
        }
        say(QStringLiteral("one claim added, %1: %2; undone: %3")
                .arg(QLatin1String(what), ms(add), ms(undo)));
    };
    addAndUndo("no view open (the store's transaction alone)");
    {
        CompareView compare(*project);
        compare.setActors(a, b);
        MatrixView matrix(*project);
        TimelineView timeline(*project);
        timeline.setSelection(a, claim.topic);
        paint(compare);
        paint(matrix);
        paint(timeline);
        addAndUndo("compare, matrix and over-time views open");
    }
    return 0;
}
