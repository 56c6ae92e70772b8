// Times the article view on a synthetic 1 MB article (paragraphs of about 600 characters)
// with 10,000 and with 50,000 claims: the first painted frame, a repaint after scrolling
// a page, adding one claim, a full re-highlight, and memory; then with cues shown (a
// codebook of about 200 terms): the first frame, an alias added, an arrow key; against
// the floor of a plain QPlainTextEdit showing the same text. DEMARCHE_CUE_ENGINE=builtin
// times the built-in cue engine in a build that has KSyntaxHighlighting. Runs offscreen. Figures
// are medians of a few runs, in CPU time of the GUI thread (what the work costs, whatever else the
// shared machine is running); the wall-clock medians follow in brackets.
//
//   build-rel/tests/bench/bench_articleview [runs]
#include "core/cues/cuebackend.h"
#include "core/project/project.h"
#include "core/project/projectselection.h"
#include "core/text/textindex.h"
#include "widgets/article/articleview.h"
#include "widgets/article/claimhighlighter.h"

#include <QAbstractSlider>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSyntaxHighlighter>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <malloc.h>
#include <vector>

using namespace demarche;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_articleview: %s\n", message.toUtf8().constData());
    std::exit(1);
}

// Measures CPU time of the calling thread and wall time together, in milliseconds.
class Stopwatch
{
public:
    void start()
    {
        m_wall.start();
        m_cpu = threadCpu();
    }
    double cpu() const { return threadCpu() - m_cpu; }
    double wall() const { return double(m_wall.nsecsElapsed()) / 1e6; }

private:
    static double threadCpu()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    }

    QElapsedTimer m_wall;
    double m_cpu = 0;
};

// CPU and wall time of a series of runs.
struct Timing
{
    std::vector<double> cpu;
    std::vector<double> wall;

    void add(const Stopwatch &watch)
    {
        cpu.push_back(watch.cpu());
        wall.push_back(watch.wall());
    }
    template <typename Counter>
    void addAtPaint(const Counter &counter)
    {
        cpu.push_back(counter.cpuAtPaint());
        wall.push_back(counter.wallAtPaint());
    }
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// Resident memory in MB, after handing freed heap pages back so that the figure counts
// what is held, not what malloc keeps around.
double residentMegabytes()
{
    malloc_trim(0);
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read /proc/self/status"));
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
    }
    die(QStringLiteral("no VmRSS in /proc/self/status"));
}

// Counts the paint events a widget receives, and reads a stopwatch just after each is
// handled: what a frame costs ends there, not when the event loop next returns (idle
// work queued behind the paint would count too).
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget *widget, const Stopwatch &watch)
        : m_watch(watch)
    {
        widget->installEventFilter(this);
    }
    int count() const { return m_count; }
    double cpuAtPaint() const { return m_cpu; }
    double wallAtPaint() const { return m_wall; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_inside)
            return QObject::eventFilter(watched, event);
        m_inside = true;
        QCoreApplication::sendEvent(watched, event); // handled now, this filter passing it on
        m_inside = false;
        m_cpu = m_watch.cpu();
        m_wall = m_watch.wall();
        ++m_count;
        return true;
    }

private:
    const Stopwatch &m_watch;
    int m_count = 0;
    bool m_inside = false;
    double m_cpu = 0;
    double m_wall = 0;
};

// Processes events until `widget` has been painted once more than `before` times; the
// paint event has been handled when processEvents() returns.
void waitForPaint(const PaintCounter &counter, int before)
{
    QElapsedTimer timeout;
    timeout.start();
    while (counter.count() <= before) {
        QApplication::processEvents(QEventLoop::AllEvents);
        if (timeout.elapsed() > 10000)
            die(QStringLiteral("no paint within 10 s"));
    }
}

void drain()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents(QEventLoop::AllEvents);
}

void waitExposed(QWidget &widget)
{
    widget.show();
    QElapsedTimer timeout;
    timeout.start();
    while (!widget.windowHandle() || !widget.windowHandle()->isExposed()) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        if (timeout.elapsed() > 10000)
            die(QStringLiteral("window not exposed"));
    }
    drain();
}

QString syntheticArticle(QRandomGenerator &random)
{
    const QStringList words = {
        QStringLiteral("the"),          QStringLiteral("minister"), QStringLiteral("said"),
        QStringLiteral("that"),         QStringLiteral("security"), QStringLiteral("guarantees"),
        QStringLiteral("remain"),       QStringLiteral("a"),        QStringLiteral("condition"),
        QStringLiteral("for"),          QStringLiteral("talks,"),   QStringLiteral("while"),
        QStringLiteral("Washington"),   QStringLiteral("asked"),    QStringLiteral("Moscow"),
        QStringLiteral("to"),           QStringLiteral("show"),     QStringLiteral("flexibility."),
        QStringLiteral("sanctions"),    QStringLiteral("and"),      QStringLiteral("neutrality"),
        QStringLiteral("of"),           QStringLiteral("Ukraine"),  QStringLiteral("embassies"),
        QStringLiteral("«переговоры»"), QStringLiteral("Лавров"),   QStringLiteral("заявил"),
        QStringLiteral("flights"),      QStringLiteral("between"),  QStringLiteral("capitals;"),
        QStringLiteral("“we"),          QStringLiteral("refuse”"),  QStringLiteral("(officially)"),
    };
    QString text;
    text.reserve(1'020'000);
    int paragraph = 0;
    while (text.size() < 1'000'000) {
        if (!text.isEmpty())
            text += QStringLiteral("\n\n");
        const qsizetype start = text.size();
        if (++paragraph % 25 == 0)
            text += QStringLiteral("🕊 "); // a few characters outside the BMP
        while (text.size() - start < 600) {
            text += words.at(int(random.bounded(words.size())));
            text += u' ';
        }
        text.chop(1);
        text += u'.';
    }
    return text;
}

// Random claims in code point offsets: most within a paragraph, some across paragraph
// breaks, a few long ones; overlaps come by themselves. 20 holders.
QList<Claim> syntheticClaims(const QString &text, int count, QRandomGenerator &random)
{
    const TextIndex index(text);
    const qsizetype length = index.codePointCount();
    QList<Claim> claims;
    claims.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int kind = int(random.bounded(100));
        const qsizetype span = kind < 85   ? 20 + random.bounded(280)
                               : kind < 97 ? 300 + random.bounded(900)
                                           : 1200 + random.bounded(3000);
        Claim claim;
        claim.id = ClaimId(i + 1);
        claim.document = DocumentId(1);
        claim.holder = ActorId(1 + i % 20);
        claim.start = random.bounded(qint64(length - span));
        claim.end = claim.start + span;
        claims.append(claim);
    }
    return claims;
}

QColor actorColor(int holder)
{
    return QColor::fromHsv(holder * 18 % 360, 140, 235);
}

// Eight aliases per holder, some of them words of the article: with the default topics'
// keywords, a codebook of about 200 cue terms.
QStringList aliasesOf(int holder)
{
    static const QStringList inText = {QStringLiteral("Washington"), QStringLiteral("Moscow"),
                                       QStringLiteral("Лавров"), QStringLiteral("embassies")};
    QStringList aliases;
    if (holder <= inText.size())
        aliases.append(inText.at(holder - 1));
    for (int i = int(aliases.size()); i < 8; ++i) {
        aliases.append(i % 3 == 0 ? QStringLiteral("office of person %1-%2").arg(holder).arg(i)
                                  : QStringLiteral("alias%1x%2").arg(holder).arg(i));
    }
    return aliases;
}

// A new project holding the document, the 20 holders and the claims (their holders 1 to
// 20 mapped onto the holders made here); the document's id in it comes back.
std::unique_ptr<Project> projectWith(const QTemporaryDir &dir, const Document &document,
                                     QList<Claim> claims, DocumentId &documentId)
{
    static int made = 0;
    auto created = Project::create(dir.filePath(QStringLiteral("bench%1.demarche").arg(++made)));
    if (!created)
        die(created.error().message);
    std::unique_ptr<Project> project = std::move(created).value();
    QList<ActorId> holders;
    for (int holder = 1; holder <= 20; ++holder) {
        Actor actor;
        actor.name = QStringLiteral("Holder %1").arg(holder);
        actor.color = actorColor(holder);
        actor.aliases = aliasesOf(holder);
        auto added = project->insertActor(actor);
        if (!added)
            die(added.error().message);
        holders.append(added.value().id);
    }
    auto added = project->insertDocument(document, ProjectStore::Duplicates::Allow);
    if (!added)
        die(added.error().message);
    documentId = added.value().id;
    const TopicId topic = project->topics().first().id;
    for (Claim &claim : claims) {
        claim.document = documentId;
        claim.holder = holders.at(int(claim.holder.value() - 1));
        claim.topic = topic;
    }
    if (Status restored = project->restoreClaims(claims); !restored)
        die(restored.error().message);
    return project;
}

struct Figures
{
    Timing firstFrame;
    Timing setArticleOnly;
    Timing replaceFrame;
    Timing scrollRepaint;
    Timing plainRepaint;
    Timing addClaim;
    Timing rehighlight;
    Timing rehighlightPainted;
    Timing refreshColors;
    Timing codebookEdit; // an alias added: the cues found again, repainted
    Timing caretRepaint; // one arrow key in the text, repainted
    double memory = 0;
};

// Until the paragraphs left for idle moments are highlighted too.
void waitForIdleHighlight(const ArticleView &view)
{
    const auto *highlighter = view.findChild<ClaimHighlighter *>();
    QElapsedTimer timeout;
    timeout.start();
    while (highlighter && highlighter->hasPending()) {
        QApplication::processEvents(QEventLoop::AllEvents);
        if (timeout.elapsed() > 10000)
            die(QStringLiteral("highlighting not finished within 10 s"));
    }
}

// The view follows a project, as in the window: showing the article reads it and its
// claims from the store, and a claim added or a colour changed goes through the store.
Figures measureView(const Document &document, const QList<Claim> &claims, int runs, bool cues)
{
    Figures figures;
    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("no temporary directory"));
    DocumentId documentId;
    const std::unique_ptr<Project> project = projectWith(dir, document, claims, documentId);
    ProjectSelection &selection = project->selection();
    ArticleView view;
    view.setCuesShown(cues);
    view.setProject(project.get());
    view.resize(1000, 800);
    waitExposed(view);
    QPlainTextEdit *edit = view.textEdit();
    Stopwatch watch;
    const PaintCounter painted(edit->viewport(), watch);

    const double emptyMemory = residentMegabytes();
    int before = painted.count();
    selection.setCurrentDocument(documentId);
    waitForPaint(painted, before);
    drain();
    figures.memory = residentMegabytes() - emptyMemory;

    for (int run = 0; run < runs; ++run) {
        selection.setCurrentDocument(DocumentId());
        drain();
        before = painted.count();
        watch.start();
        selection.setCurrentDocument(documentId);
        figures.setArticleOnly.add(watch);
        waitForPaint(painted, before);
        figures.firstFrame.addAtPaint(painted);
    }

    for (int run = 0; run < runs; ++run) {
        drain();
        before = painted.count();
        watch.start();
        Q_EMIT project->reloaded(); // the view reads its article again
        waitForPaint(painted, before);
        figures.replaceFrame.addAtPaint(painted);
    }

    waitForIdleHighlight(view);
    QScrollBar *bar = edit->verticalScrollBar();
    for (int run = 0; run < 4 * runs; ++run) {
        drain();
        before = painted.count();
        watch.start();
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        waitForPaint(painted, before);
        figures.scrollRepaint.addAtPaint(painted);
        watch.start();
        edit->viewport()->repaint();
        figures.plainRepaint.add(watch);
    }

    // One claim on the first paragraph on screen, then taken away again.
    QRandomGenerator random(7);
    const TextIndex index(document.text);
    for (int run = 0; run < 2 * runs; ++run) {
        drain();
        QTextBlock block = edit->cursorForPosition(QPoint(10, 10)).block();
        while (block.isValid() && block.length() < 200)
            block = block.next();
        Claim claim;
        claim.document = documentId;
        claim.holder = project->actors().at(run % 20).id;
        claim.topic = project->topics().first().id;
        const qsizetype from = block.position() + random.bounded(100);
        claim.start = index.toCodePoint(from);
        claim.end = index.toCodePoint(from + 60 + random.bounded(60));
        if (claim.start < 0 || claim.end < 0)
            continue;
        before = painted.count();
        watch.start();
        auto added = project->insertClaim(claim);
        if (!added)
            die(added.error().message);
        waitForPaint(painted, before);
        figures.addClaim.addAtPaint(painted);
        if (auto removed = project->deleteClaims({added.value().id}); !removed)
            die(removed.error().message);
    }

    auto *highlighter = view.findChild<QSyntaxHighlighter *>();
    if (!highlighter)
        die(QStringLiteral("no highlighter in the article view"));
    for (int run = 0; run < runs; ++run) {
        drain();
        before = painted.count();
        watch.start();
        highlighter->rehighlight();
        figures.rehighlight.add(watch);
        if (claims.isEmpty())
            continue; // nothing changed, nothing to paint
        waitForPaint(painted, before);
        figures.rehighlightPainted.addAtPaint(painted);
    }

    for (int run = 0; run < runs && !claims.isEmpty(); ++run) {
        drain();
        before = painted.count();
        Actor recoloured = project->actors().first();
        recoloured.color = actorColor(run + 3);
        watch.start();
        if (Status changed = project->changeActor(recoloured); !changed)
            die(changed.error().message);
        waitForPaint(painted, before);
        figures.refreshColors.addAtPaint(painted);
    }
    for (int run = 0; run < runs && cues; ++run) {
        drain();
        before = painted.count();
        Actor edited = project->actors().first();
        edited.aliases.append(QStringLiteral("new alias %1").arg(run));
        watch.start();
        if (Status changed = project->changeActor(edited); !changed)
            die(changed.error().message);
        waitForPaint(painted, before);
        figures.codebookEdit.addAtPaint(painted);
    }

    edit->setFocus();
    for (int run = 0; run < 4 * runs; ++run) {
        drain();
        before = painted.count();
        watch.start();
        QKeyEvent press(QEvent::KeyPress, run % 2 ? Qt::Key_Left : Qt::Key_Right, Qt::NoModifier);
        QApplication::sendEvent(edit, &press);
        edit->viewport()->repaint();
        figures.caretRepaint.add(watch);
    }
    return figures;
}

struct Floor
{
    Timing firstFrame;
    Timing caretRepaint;
    double memory = 0;
};

Floor measureFloor(const QString &text, int runs, Qt::ScrollBarPolicy policy)
{
    Floor floor;
    QPlainTextEdit edit;
    edit.setVerticalScrollBarPolicy(policy);
    edit.setReadOnly(true);
    edit.resize(1000, 800);
    waitExposed(edit);
    Stopwatch watch;
    const PaintCounter painted(edit.viewport(), watch);

    const double emptyMemory = residentMegabytes();
    int before = painted.count();
    edit.setPlainText(text);
    waitForPaint(painted, before);
    drain();
    floor.memory = residentMegabytes() - emptyMemory;

    for (int run = 0; run < runs; ++run) {
        edit.clear();
        drain();
        before = painted.count();
        watch.start();
        edit.setPlainText(text);
        waitForPaint(painted, before);
        floor.firstFrame.addAtPaint(painted);
    }
    edit.setFocus();
    for (int run = 0; run < 4 * runs; ++run) {
        drain();
        watch.start();
        QKeyEvent press(QEvent::KeyPress, run % 2 ? Qt::Key_Left : Qt::Key_Right, Qt::NoModifier);
        QApplication::sendEvent(&edit, &press);
        edit.viewport()->repaint();
        floor.caretRepaint.add(watch);
    }
    return floor;
}

QString ms(const Timing &timing)
{
    return QStringLiteral("%1 (%2)")
        .arg(median(timing.cpu), 0, 'f', 1)
        .arg(median(timing.wall), 0, 'f', 1);
}

QString megabytes(double value)
{
    return QStringLiteral("%1 MB").arg(value, 0, 'f', 1);
}

QString row(const QString &what, const QString &a, const QString &b, const QString &target)
{
    return QStringLiteral("%1 %2 %3   %4").arg(what, -40).arg(a, 16).arg(b, 16).arg(target);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 7;

    QRandomGenerator random(2024);
    Document document;
    document.id = DocumentId(1);
    document.title = QStringLiteral("A synthetic article of one megabyte");
    document.source = QStringLiteral("bench");
    document.date = QDate(2024, 1, 1);
    document.text = syntheticArticle(random);
    const QList<Claim> tenThousand = syntheticClaims(document.text, 10'000, random);
    const QList<Claim> fiftyThousand = syntheticClaims(document.text, 50'000, random);
    say(QStringLiteral("article: %1 UTF-16 units, %2 paragraphs; median of %3 runs; "
                       "ms of CPU time (wall time)")
            .arg(document.text.size())
            .arg(document.text.count(QStringLiteral("\n\n")) + 1)
            .arg(runs));

    const Floor floor = measureFloor(document.text, runs, Qt::ScrollBarAlwaysOn);
    const Floor floorDefault = measureFloor(document.text, runs, Qt::ScrollBarAsNeeded);
    say(QStringLiteral("cue engine: %1").arg(cueBackendName()));
    const Figures none = measureView(document, {}, runs, false);
    const Figures ten = measureView(document, tenThousand, runs, false);
    const Figures fifty = measureView(document, fiftyThousand, runs, false);
    const Figures cuesNone = measureView(document, {}, runs, true);
    const Figures cuesTen = measureView(document, tenThousand, runs, true);

    const double floorCpu = median(floor.firstFrame.cpu);
    say(row(QString(), QStringLiteral("10,000 claims"), QStringLiteral("50,000 claims"),
            QStringLiteral("target at 10,000 (50,000)")));
    say(row(QStringLiteral("first frame: open + first paint"), ms(ten.firstFrame),
            ms(fifty.firstFrame),
            QStringLiteral("< 3 x floor = %1 (< 120)").arg(3 * floorCpu, 0, 'f', 1)));
    say(row(QStringLiteral("  of which opening (store + setArticle)"), ms(ten.setArticleOnly),
            ms(fifty.setArticleOnly), QString()));
    say(row(QStringLiteral("  replacing an open article"), ms(ten.replaceFrame),
            ms(fifty.replaceFrame), QString()));
    say(row(QStringLiteral("scroll a page + repaint"), ms(ten.scrollRepaint),
            ms(fifty.scrollRepaint), QStringLiteral("< 4")));
    say(row(QStringLiteral("  viewport repaint alone"), ms(ten.plainRepaint),
            ms(fifty.plainRepaint), QString()));
    say(row(QStringLiteral("add one claim (store) + repaint"), ms(ten.addClaim), ms(fifty.addClaim),
            QStringLiteral("< 8")));
    say(row(QStringLiteral("full re-highlight (rehighlight())"), ms(ten.rehighlight),
            ms(fifty.rehighlight), QStringLiteral("< 30")));
    say(row(QStringLiteral("  + repaint"), ms(ten.rehighlightPainted), ms(fifty.rehighlightPainted),
            QString()));
    say(row(QStringLiteral("  recolouring a holder + repaint"), ms(ten.refreshColors),
            ms(fifty.refreshColors), QString()));
    say(row(QStringLiteral("memory over the empty view (RSS)"), megabytes(ten.memory),
            megabytes(fifty.memory), QStringLiteral("< +10 MB")));
    say(row(QStringLiteral("no claims: first frame"), ms(none.firstFrame), QString(), QString()));
    say(row(QStringLiteral("  full re-highlight"), ms(none.rehighlight), QString(), QString()));
    say(row(QStringLiteral("cues on, first frame"), ms(cuesTen.firstFrame), ms(cuesNone.firstFrame),
            QStringLiteral("10,000 (no claims); < 4 x floor = %1").arg(4 * floorCpu, 0, 'f', 1)));
    say(row(QStringLiteral("  full re-highlight"), ms(cuesTen.rehighlight),
            ms(cuesNone.rehighlight), QString()));
    say(row(QStringLiteral("  an alias added: cues again + repaint"), ms(cuesTen.codebookEdit),
            ms(cuesNone.codebookEdit), QStringLiteral("< 100")));
    say(row(QStringLiteral("  arrow key + repaint"), ms(cuesTen.caretRepaint),
            ms(cuesNone.caretRepaint), QStringLiteral("floor %1").arg(ms(floor.caretRepaint))));
    say(row(QStringLiteral("  scroll a page + repaint"), ms(cuesTen.scrollRepaint),
            ms(cuesNone.scrollRepaint), QString()));
    say(row(QStringLiteral("floor: plain QPlainTextEdit, 1st frame"), ms(floor.firstFrame),
            QString(), QStringLiteral("scroll bar always on")));
    say(row(QStringLiteral("  default scroll bar policy"), ms(floorDefault.firstFrame), QString(),
            QString()));
    say(row(QStringLiteral("  its memory (RSS)"), megabytes(floor.memory), QString(), QString()));
    return 0;
}
