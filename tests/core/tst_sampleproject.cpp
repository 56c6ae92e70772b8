#include "core/domain/namelookup.h"
#include "core/sample/sampleproject.h"
#include "core/storage/projectstore.h"
#include "core/text/documenttext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace demarche;

class TestSampleProject final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void createsDocuments();
    void createsCodebook();
    void claimsQuoteTheirText();
    void claimsFollowTheManifest();
    void someClaimsOverlap();
    void refusesExistingPath();
    void createsFromAnotherFolder();
    void brokenSampleLeavesNoProject_data();
    void brokenSampleLeavesNoProject();

private:
    std::unique_ptr<ProjectStore> createAndOpen();
    QTemporaryDir m_dir;
};

namespace {

// A one-article sample that the broken ones below each spoil in one place.
const QByteArray SmallHead = R"({"format": 1, "documents": [{"file": "a.md"}],
    "actors": [{"name": "Russia", "aliases": ["Moscow"]}], "claims": [)";
const QByteArray SmallClaim = R"({"document": "a.md", "quote": "Moscow insists", "occurrence": 2,
    "holder": "Russia", "topic": "Ukraine", "stance": "demand"})";

} // namespace

namespace {

QJsonObject manifestJson()
{
    QFile file(sampleResourceFolder() + QLatin1String("/sample.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the sample manifest is not in the resources");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The overlap of two spans, in the way the article view sees it.
bool overlap(const Claim &a, const Claim &b)
{
    return a.document == b.document && a.start < b.end && b.start < a.end;
}

// A sample folder of one article, a.md, and `manifest`.
bool writeSample(const QString &folder, const QByteArray &manifest)
{
    QFile json(folder + QLatin1String("/sample.json"));
    QFile article(folder + QLatin1String("/a.md"));
    const QByteArray text = "# A title\n\nMoscow *insists* on talks. Moscow insists.\n";
    return QDir().mkpath(folder) && json.open(QIODevice::WriteOnly)
           && json.write(manifest) == manifest.size() && article.open(QIODevice::WriteOnly)
           && article.write(text) == text.size();
}

} // namespace

void TestSampleProject::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("sample.demarche")));
}

std::unique_ptr<ProjectStore> TestSampleProject::createAndOpen()
{
    const QString path = m_dir.filePath(QStringLiteral("sample.demarche"));
    const Status created = createSampleProject(path);
    if (!created)
        qWarning("%s", qPrintable(created.error().message));
    auto store = ProjectStore::open(path);
    if (!created || !store)
        return nullptr;
    return std::move(store.value());
}

void TestSampleProject::createsDocuments()
{
    auto store = createAndOpen();
    QVERIFY(store);
    auto documents = store->documents();
    QVERIFY(documents);
    QCOMPARE(documents->size(), 3);
    for (const Document &listed : documents.value()) {
        auto document = store->document(listed.id);
        QVERIFY(document);
        QCOMPARE(document->format, QStringLiteral("md"));
        QVERIFY(document->fileName.endsWith(QLatin1String(".md")));
        QVERIFY(!document->title.isEmpty());
        QVERIFY(!document->source.isEmpty());
        QVERIFY(document->url.startsWith(QLatin1String("https://example.org/")));
        QVERIFY(document->date.isValid());
        QCOMPARE(document->language, QStringLiteral("en"));
        // Rendered like an imported Markdown file: the heading without its marker.
        QVERIFY(document->text.startsWith(document->title));
        QVERIFY(!document->text.contains(QLatin1String("# ")));
    }
}

void TestSampleProject::createsCodebook()
{
    auto store = createAndOpen();
    QVERIFY(store);
    auto actors = store->actors();
    QVERIFY(actors);
    const struct
    {
        const char *child;
        const char *parent;
    } families[] = {{"Arkady Belov", "Russia"},
                    {"Margaret Hale", "United States"},
                    {"Dana Whitcomb", "Senate hawks"},
                    {"Ilse Verhoeven", "European Union"}};
    for (const auto &family : families) {
        const Actor *child = findActor(*actors, QLatin1String(family.child));
        const Actor *parent = findActor(*actors, QLatin1String(family.parent));
        QVERIFY2(child && parent, family.child);
        QCOMPARE(child->parent, parent->id);
        QCOMPARE(child->kind, ActorKind::Person);
        QVERIFY(!parent->parent.isValid());
    }
    const Actor *russia = findActor(*actors, QStringLiteral("Russia"));
    QVERIFY(russia->aliases.contains(QStringLiteral("the Kremlin")));
    QCOMPARE(russia->color, QColor(QStringLiteral("#c0392b")));
    QCOMPARE(findActor(*actors, QStringLiteral("Senate hawks"))->kind, ActorKind::Faction);
    QCOMPARE(findActor(*actors, QStringLiteral("European Union"))->kind, ActorKind::Organisation);

    auto topics = store->topics();
    QVERIFY(topics);
    for (const char *name : {"Ukraine", "Syria", "Iran", "Bilateral relations", "Sanctions"})
        QVERIFY2(findTopic(*topics, QLatin1String(name)), name);
    QCOMPARE(topics->size(), 6);
    const Topic *sub = findTopic(*topics, QStringLiteral("Flights and embassies"));
    QVERIFY(sub);
    QCOMPARE(sub->parent, findTopic(*topics, QStringLiteral("Bilateral relations"))->id);

    // Every position in the sample is read against a defined scale.
    for (const Topic &topic : *topics) {
        QVERIFY2(!topic.negativePole.isEmpty() && !topic.positivePole.isEmpty(),
                 qPrintable(topic.name));
    }
    const Topic *ukraine = findTopic(*topics, QStringLiteral("Ukraine"));
    QVERIFY(ukraine->negativePole.contains(QStringLiteral("Ukrainian sovereignty")));
    QVERIFY(ukraine->positivePole.contains(QStringLiteral("Russian control")));
    const Topic *sanctions = findTopic(*topics, QStringLiteral("Sanctions"));
    QVERIFY(!sanctions->scaleNote.isEmpty());
}

void TestSampleProject::claimsQuoteTheirText()
{
    auto store = createAndOpen();
    QVERIFY(store);
    auto claims = store->claims();
    QVERIFY(claims);
    QVERIFY(claims->size() >= 12);
    for (const Claim &claim : claims.value()) {
        auto document = store->document(claim.document);
        QVERIFY(document);
        // Code point offsets, as Python counts them: text[start:end] == quote.
        const QList<uint> codePoints = document->text.toUcs4();
        QVERIFY(claim.start >= 0 && claim.end <= codePoints.size());
        QString span;
        for (qint64 i = claim.start; i < claim.end; ++i)
            span.append(QStringView(QChar::fromUcs4(char32_t(codePoints.at(i)))));
        QCOMPARE(span, claim.quote);
        QCOMPARE(claim.analyst, QStringLiteral("Demarche sample"));
    }
}

void TestSampleProject::claimsFollowTheManifest()
{
    auto store = createAndOpen();
    QVERIFY(store);
    auto claims = store->claims();
    QVERIFY(claims);
    auto actors = store->actors();
    auto topics = store->topics();
    QVERIFY(actors && topics);
    const QJsonArray expected = manifestJson().value(QStringLiteral("claims")).toArray();
    QCOMPARE(claims->size(), expected.size());

    int repeated = 0;
    for (const auto &value : expected) {
        const QJsonObject entry = value.toObject();
        const QString quote = entry.value(QStringLiteral("quote")).toString();
        const ActorId holder =
            findActor(*actors, entry.value(QStringLiteral("holder")).toString())->id;
        const TopicId topic =
            findTopic(*topics, entry.value(QStringLiteral("topic")).toString())->id;
        const auto found = std::find_if(claims->cbegin(), claims->cend(), [&](const Claim &c) {
            return c.quote == quote && c.holder == holder && c.topic == topic;
        });
        QVERIFY2(found != claims->cend(), qPrintable(quote));

        const int occurrence = entry.value(QStringLiteral("occurrence")).toInt(1);
        if (occurrence > 1) {
            // The quote occurs earlier in the text too; the claim must be at the later place.
            ++repeated;
            auto document = store->document(found->document);
            const DocumentText text(document->text);
            QCOMPARE(text.find(quote, occurrence).first, found->start);
            QVERIFY(text.find(quote, 1).first < found->start);
        }
    }
    QVERIFY(repeated > 0);
}

void TestSampleProject::someClaimsOverlap()
{
    auto store = createAndOpen();
    QVERIFY(store);
    auto claims = store->claims();
    QVERIFY(claims);
    int overlapping = 0;
    int nested = 0;
    for (qsizetype i = 0; i < claims->size(); ++i) {
        for (qsizetype j = i + 1; j < claims->size(); ++j) {
            const Claim &a = claims->at(i);
            const Claim &b = claims->at(j);
            if (!overlap(a, b))
                continue;
            ++overlapping;
            if ((a.start != b.start || a.end != b.end)
                && ((a.start <= b.start && b.end <= a.end)
                    || (b.start <= a.start && a.end <= b.end)))
                ++nested;
        }
    }
    QVERIFY(overlapping >= 2);
    QVERIFY(nested >= 1);
}

void TestSampleProject::refusesExistingPath()
{
    auto store = createAndOpen();
    QVERIFY(store);
    const qint64 claimsBefore = store->claimCount().value();
    store.reset();

    const QString path = m_dir.filePath(QStringLiteral("sample.demarche"));
    const Status again = createSampleProject(path);
    QVERIFY(!again);
    QVERIFY(again.error().message.contains(path));
    // The project that was there is untouched.
    auto reopened = ProjectStore::open(path);
    QVERIFY(reopened);
    QCOMPARE(reopened.value()->claimCount().value(), claimsBefore);
    QCOMPARE(reopened.value()->documents()->size(), 3);
}

void TestSampleProject::createsFromAnotherFolder()
{
    const QString folder = m_dir.filePath(QStringLiteral("small"));
    QVERIFY(writeSample(folder, SmallHead + SmallClaim + "]}"));
    const QString path = m_dir.filePath(QStringLiteral("small.demarche"));
    const Status created = createSampleProject(path, folder);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));

    auto store = ProjectStore::open(path);
    QVERIFY(store);
    auto claims = store.value()->claims();
    QVERIFY(claims);
    QCOMPARE(claims->size(), 1);
    // "A title\n\nMoscow insists on talks. Moscow insists.": the second "Moscow insists".
    QCOMPARE(claims->at(0).start, 34);
    QCOMPARE(claims->at(0).end, 48);
    QCOMPARE(claims->at(0).quote, QStringLiteral("Moscow insists"));
    auto documents = store.value()->documents();
    QCOMPARE(documents->at(0).title, QStringLiteral("A title"));
}

// NOLINTNEXTLINE(readability-convert-member-functions-to-static): a Qt Test slot
void TestSampleProject::brokenSampleLeavesNoProject_data()
{
    QTest::addColumn<QByteArray>("manifest");
    QTest::addColumn<QString>("message"); // a part of the error

    auto claims = [](const QByteArray &broken) -> QByteArray {
        return SmallHead + SmallClaim + ", " + broken + "]}";
    };

    QTest::newRow("quote not in the text")
        << claims(R"({"document": "a.md", "quote": "Moscow refuses", "holder": "Russia",
                      "topic": "Syria", "stance": "refusal"})")
        << QStringLiteral("claims[1] (“Moscow refuses”): the quote does not occur in a.md");
    QTest::newRow("occurrence too high")
        << claims(R"({"document": "a.md", "quote": "Moscow", "occurrence": 3,
                      "holder": "Russia", "topic": "Syria", "stance": "refusal"})")
        << QStringLiteral("claims[1] (“Moscow”): the quote occurs fewer than 3 times in a.md");
    QTest::newRow("unknown holder")
        << claims(R"({"document": "a.md", "quote": "talks", "holder": "Kremlin",
                      "topic": "Syria", "stance": "refusal"})")
        << QStringLiteral("claims[1] (“talks”): unknown holder 'Kremlin'");
    QTest::newRow("unknown topic")
        << claims(R"({"document": "a.md", "quote": "talks", "holder": "Russia",
                      "topic": "Mars", "stance": "refusal"})")
        << QStringLiteral("claims[1] (“talks”): unknown topic 'Mars'");
    QTest::newRow("unknown document")
        << claims(R"({"document": "b.md", "quote": "talks", "holder": "Russia",
                      "topic": "Iran", "stance": "refusal"})")
        << QStringLiteral("claims[1] (“talks”): no document 'b.md'");
    QTest::newRow("unknown stance")
        << claims(R"({"document": "a.md", "quote": "talks", "holder": "Russia",
                      "topic": "Iran", "stance": "maybe"})")
        << QStringLiteral("claims[1]: unknown stance 'maybe'");
    QTest::newRow("position out of range")
        << claims(R"({"document": "a.md", "quote": "talks", "holder": "Russia",
                      "topic": "Iran", "stance": "demand", "position": 101})")
        << QStringLiteral("claims[1]: 'position' must be a whole number from -100 to 100");
    QTest::newRow("parent listed later")
        << QByteArray(R"({"format": 1, "actors": [{"name": "Belov", "parent": "Russia"},
                          {"name": "Russia"}]})")
        << QStringLiteral("the parent actor 'Russia' of 'Belov' must be listed before it");
    QTest::newRow("missing article")
        << QByteArray(R"({"format": 1, "documents": [{"file": "missing.md"}]})")
        << QStringLiteral("missing.md: cannot be read");
    QTest::newRow("not JSON") << QByteArray("{\"format\": 1,") << QStringLiteral("not valid JSON");
    QTest::newRow("other format") << QByteArray(R"({"format": 2})")
                                  << QStringLiteral("unsupported format");
}

void TestSampleProject::brokenSampleLeavesNoProject()
{
    QFETCH(QByteArray, manifest);
    QFETCH(QString, message);
    const QString folder = m_dir.filePath(QStringLiteral("broken"));
    QVERIFY(writeSample(folder, manifest));
    const QString path = m_dir.filePath(QStringLiteral("broken.demarche"));

    const Status created = createSampleProject(path, folder);
    QVERIFY(!created);
    QVERIFY2(created.error().message.contains(message), qPrintable(created.error().message));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
}

QTEST_GUILESS_MAIN(TestSampleProject)
#include "tst_sampleproject.moc"
