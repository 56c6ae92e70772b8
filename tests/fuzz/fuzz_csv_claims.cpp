// Bytes as a claims CSV: first through CsvReader alone, then through importClaimsCsv into
// a small fixed project (two documents with non-ASCII text, Russia (alias Moscow), Lavrov,
// United States (alias Washington), the default topics, one claim). Checked: an accepted
// file's claims all quote their document exactly and the count grew by what was
// reported, and importing it again adds nothing; a refused file leaves the claims, the
// codebook and the file's bytes as they were. Inputs of odd length import with createMissing, even
// ones without. The same bytes then come through a pipe, as bash's <(…) hands them over, written in
// small pieces so that reads end anywhere: the outcome must be the file's, word for word.

#include "core/csv/csvreader.h"
#include "core/import/claimsimport.h"
#include "core/storage/projectstore.h"
#include "fuzz_common.h"

#include <QDir>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimeZone>

#include <csignal>
#include <fcntl.h>
#include <memory>
#include <thread>
#include <unistd.h>

namespace {

using namespace demarche;
using fuzz::check;
using fuzz::fail;

struct Fixture
{
    QTemporaryDir dir;
    QString pristinePath;
    QString projectPath;
    QString csvPath;
    QByteArray pristineBytes;
    QString pristineListing;
};
Fixture *fixture = nullptr;

template <typename T>
T need(Result<T> result, const char *what)
{
    if (!result)
        fail(what, result.error().message);
    return std::move(result).value();
}

// Everything an import may change, as text: claims, actors, topics.
QString listing(const ProjectStore &store)
{
    QStringList lines;
    for (const Claim &c : need(store.claims(), "listing claims"))
        lines << QStringLiteral("claim %1 doc %2 [%3,%4) holder %5 target %6 topic %7 stance %8 "
                                "pos %9 sal %10 %11 %12")
                     .arg(c.id.value())
                     .arg(c.document.value())
                     .arg(c.start)
                     .arg(c.end)
                     .arg(c.holder.value())
                     .arg(c.target.value())
                     .arg(c.topic.value())
                     .arg(int(c.stance))
                     .arg(c.position ? QString::number(*c.position) : QStringLiteral("-"))
                     .arg(c.salience)
                     .arg(c.quote, c.note);
    for (const Actor &a : need(store.actors(), "listing actors"))
        lines << QStringLiteral("actor %1 %2 parent %3")
                     .arg(a.id.value())
                     .arg(a.name)
                     .arg(a.parent.value());
    for (const Topic &t : need(store.topics(), "listing topics"))
        lines << QStringLiteral("topic %1 %2 parent %3")
                     .arg(t.id.value())
                     .arg(t.name)
                     .arg(t.parent.value());
    return lines.join(QLatin1Char('\n'));
}

void addDocument(ProjectStore &store, const char *title, const char *text)
{
    Document d;
    d.title = QString::fromUtf8(title);
    d.text = QString::fromUtf8(text);
    d.format = QStringLiteral("txt");
    need(store.addDocument(d), "adding a fixture document");
}

ActorId addActor(ProjectStore &store, const char *name, ActorId parent = ActorId(),
                 const char *alias = nullptr)
{
    Actor a;
    a.name = QString::fromUtf8(name);
    if (alias)
        a.aliases = QStringList{QString::fromUtf8(alias)};
    a.parent = parent;
    if (parent.isValid())
        a.kind = ActorKind::Person;
    return need(store.addActor(a), "adding a fixture actor").id;
}

void createFixture()
{
    static Fixture instance; // destroyed at exit, with its directory
    fixture = &instance;
    check(fixture->dir.isValid(), "a temporary directory");
    fixture->pristinePath = fixture->dir.filePath(QStringLiteral("pristine.demarche"));
    fixture->projectPath = fixture->dir.filePath(QStringLiteral("talks.demarche"));
    fixture->csvPath = fixture->dir.filePath(QStringLiteral("claims.csv"));
    {
        auto store = need(ProjectStore::create(fixture->pristinePath), "creating the fixture");
        // Document 1 and 2; the seed corpus's offsets point into these texts.
        addDocument(*store, "Antalya read-out",
                    "Lavrov met Blinken in Antalya. Moscow insists on security guarantees "
                    "and the neutrality of Ukraine.\n"
                    "Washington asked for flexibility on Syria — and on Iran 🇮🇷.\n"
                    "Both sides want flights restored, café talk aside 🕊️.");
        addDocument(*store, "Zitat aus Genf",
                    "Der Außenminister sagte: «Wir wollen Frieden.» 😀\n"
                    "Ελλάδα und Türkiye beobachten. Tehran called the sanctions "
                    "“unacceptable”.\n"
                    "=2 embassies reopen; @MFA_Russia confirmed.");
        const ActorId russia = addActor(*store, "Russia", ActorId(), "Moscow");
        const ActorId lavrov = addActor(*store, "Lavrov", russia);
        addActor(*store, "United States", ActorId(), "Washington");
        Claim claim;
        claim.document = DocumentId(1);
        claim.start = 38; // "insists on security guarantees"
        claim.end = 68;
        claim.holder = lavrov;
        claim.topic = need(store->topics(), "topics").value(0).id;
        claim.stance = Stance::Demand;
        claim.analyst = QStringLiteral("fuzz"); // as the seed already_present.csv says
        claim.createdAt = QDateTime(QDate(2024, 3, 2), QTime(10, 0), QTimeZone::utc());
        need(store->addClaim(claim), "adding the fixture claim");
        fixture->pristineListing = listing(*store);
    }
    fixture->pristineBytes = fuzz::readAll(fixture->pristinePath);
    check(!fixture->pristineBytes.isEmpty(), "the fixture project is on disk");
}

// The reader alone: it always ends, rows count up, errors name the file.
void checkReader(const QByteArray &data)
{
    CsvReader reader(data, QStringLiteral("fuzz.csv"));
    QStringList fields;
    int previous = 0;
    while (reader.readRow(fields)) {
        check(reader.rowNumber() == previous + 1, "rows are numbered one by one",
              QString::number(reader.rowNumber()));
        check(!fields.isEmpty(), "a row has at least one field");
        previous = reader.rowNumber();
        check(previous <= data.size() + 1, "no more rows than bytes");
    }
    if (reader.hasError())
        check(reader.errorString().startsWith(QLatin1String("fuzz.csv: ")),
              "a reader error names the file", reader.errorString());
    check(!reader.readRow(fields), "a finished reader stays finished");
}

void resetProject()
{
    QFile::remove(fixture->projectPath + QLatin1String("-wal"));
    QFile::remove(fixture->projectPath + QLatin1String("-shm"));
    check(fuzz::writeAll(fixture->projectPath, fixture->pristineBytes), "resetting the project");
}

// What an import did, with the input's name taken out, and the project afterwards.
QString outcome(const Result<ClaimsImportSummary> &imported, const QString &path,
                const ProjectStore &store)
{
    QString text = imported ? QStringLiteral("imported %1, already present %2")
                                  .arg(imported->imported)
                                  .arg(imported->alreadyPresent)
                            : imported.error().message;
    text.replace(path, QStringLiteral("<input>"));
    return text + QLatin1Char('\n') + listing(store);
}

// Writes `bytes` to `fd` in pieces of `piece` bytes, then closes it; stops early when the
// reader has gone (EPIPE: SIGPIPE is ignored).
void feed(int fd, const QByteArray &bytes, qsizetype piece)
{
    for (qsizetype at = 0; at < bytes.size();) {
        const ssize_t written =
            ::write(fd, bytes.constData() + at, size_t(std::min(piece, bytes.size() - at)));
        if (written <= 0)
            break;
        at += written;
    }
    ::close(fd);
}

// The bytes through an anonymous pipe, named /dev/fd/N as bash names <(…).
QString importThroughPipe(const QByteArray &csv, const ClaimsImportOptions &options)
{
    resetProject();
    int fds[2] = {-1, -1};
    check(::pipe2(fds, O_CLOEXEC) == 0, "a pipe");
    std::thread writer(feed, fds[1], csv, qsizetype(csv.size() % 61 + 1));
    const QString path = QStringLiteral("/dev/fd/%1").arg(fds[0]);
    QString result;
    {
        auto store = need(ProjectStore::open(fixture->projectPath), "opening the fixture");
        const auto imported = importClaimsCsv(*store, path, options);
        ::close(fds[0]); // a writer still blocked on a full pipe now gets EPIPE
        writer.join();
        result = outcome(imported, path, *store);
    }
    return result;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startApplication();
    std::signal(SIGPIPE, SIG_IGN);
    createFixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray csv = fuzz::bytes(data, size);
    checkReader(csv);

    resetProject();
    check(fuzz::writeAll(fixture->csvPath, csv), "writing the CSV");
    ClaimsImportOptions options;
    options.createMissing = size % 2 == 1;
    QString fileOutcome;
    {
        auto store = need(ProjectStore::open(fixture->projectPath), "opening the fixture");
        const qint64 before = need(store->claimCount(), "counting claims");
        const auto imported = importClaimsCsv(*store, fixture->csvPath, options);
        fileOutcome = outcome(imported, fixture->csvPath, *store);
        fuzz::note(imported ? QStringLiteral("imported %1, already present %2")
                                  .arg(imported->imported)
                                  .arg(imported->alreadyPresent)
                            : imported.error().message);
        if (imported) {
            const qint64 after = need(store->claimCount(), "counting claims");
            check(after == before + imported->imported, "the count grew by what was imported",
                  QStringLiteral("%1 + %2 != %3").arg(before).arg(imported->imported).arg(after));
            for (const Claim &c : need(store->claims(), "listing claims")) {
                const auto text = need(store->documentText(c.document), "a claim's document");
                const auto quote = text->slice(c.start, c.end);
                check(quote.ok() && quote.value() == c.quote,
                      "every claim quotes its document at its offsets",
                      QStringLiteral("[%1,%2) \u201c%3\u201d vs \u201c%4\u201d")
                          .arg(c.start)
                          .arg(c.end)
                          .arg(c.quote, quote.ok() ? quote.value() : quote.error().message));
                // The same by an independent route: slicing the code points.
                const QList<uint> points = text->text().toUcs4();
                const QList<uint> span = points.mid(qsizetype(c.start), qsizetype(c.end - c.start));
                check(QString::fromUcs4(reinterpret_cast<const char32_t *>(span.constData()),
                                        span.size())
                          == c.quote,
                      "the quote is the text between its code point offsets", c.quote);
            }
            const auto again = importClaimsCsv(*store, fixture->csvPath, options);
            check(again.ok() && again->imported == 0, "importing the same file again adds nothing",
                  again.ok() ? QString::number(again->imported) : again.error().message);
            check(need(store->claimCount(), "counting claims") == after,
                  "a second import keeps the count");
        } else {
            const QString message = imported.error().message;
            check(imported.error().kind == Error::Kind::BadInput, "a refusal is BadInput", message);
            check(message.startsWith(fixture->csvPath + QLatin1String(": ")),
                  "a refusal names the CSV file", message);
            check(listing(*store) == fixture->pristineListing,
                  "a refused file leaves claims and codebook unchanged", message);
        }
        if (!imported) {
            store.reset(); // closes the database: SQLite checkpoints and drops the WAL
            check(!QFile::exists(fixture->projectPath + QLatin1String("-wal")),
                  "no write-ahead log is left behind");
            check(fuzz::readAll(fixture->projectPath) == fixture->pristineBytes,
                  "a refused file leaves the project's bytes unchanged", imported.error().message);
        }
    }
    const QString pipeOutcome = importThroughPipe(csv, options);
    check(pipeOutcome == fileOutcome, "a pipe imports as the file does",
          fileOutcome.left(300) + QStringLiteral("\n--- through a pipe ---\n")
              + pipeOutcome.left(300));
    return 0;
}
