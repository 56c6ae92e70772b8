#include "core/exchange/qdpximport.h"
#include "core/exchange/qdpxwriter.h"
#include "core/export/claimsexport.h"
#include "core/storage/projectstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace demarche;

// Demarche -> .qdpx -> a new Demarche project: the claims CSV of both is the same, byte
// for byte, and so are the codebook's details and the documents'.
class TestQdpxRoundTrip final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void roundTrip_data();
    void roundTrip();

private:
    std::unique_ptr<ProjectStore> create(const QString &name);
    static QByteArray claimsCsv(const ProjectStore &store, const QString &path);
    QTemporaryDir m_dir;
    int m_projects = 0;
};

std::unique_ptr<ProjectStore> TestQdpxRoundTrip::create(const QString &name)
{
    // Each row has projects of its own.
    auto store = ProjectStore::create(m_dir.filePath(QString::number(++m_projects) + name));
    if (!store)
        qFatal("cannot create a project");
    return std::move(store.value());
}

QByteArray TestQdpxRoundTrip::claimsCsv(const ProjectStore &store, const QString &path)
{
    if (!exportClaimsCsv(store, path, ClaimsExportOptions()))
        qFatal("cannot export the claims");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the claims");
    return file.readAll();
}

void TestQdpxRoundTrip::roundTrip_data()
{
    QTest::addColumn<QString>("text");  // the second document's text, canonical
    QTest::addColumn<QString>("quote"); // a claim in it
    QTest::addColumn<QString>("note");  // that claim's note
    QTest::newRow("plain") << "Lavrov demanded lower fees.\n\nThe EU refused."
                           << "The EU refused"
                           << "";
    QTest::newRow("accents and emoji")
        << "Gen\u00e8ve \U0001F30D: Z\u00fcrich demanded a cut.\n\nThe EU refused \U0001F6AB."
        << "The EU refused \U0001F6AB"
        << "Said twice.\nSee the annex.";
    QTest::newRow("note that looks like keys") << "One.\nTwo: three.\nThe EU refused."
                                               << "The EU refused"
                                               << "Position: 5\nSalience: 1\nNote:\nnot a key";
}

void TestQdpxRoundTrip::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, quote);
    QFETCH(QString, note);
    auto original = create(QStringLiteral("original.demarche"));

    Actor russia;
    russia.name = QStringLiteral("Russia");
    russia.aliases = {QStringLiteral("Moscow"), QStringLiteral("Kremlin")};
    russia.color = QColor(0xaa, 0x00, 0x00);
    russia = original->addActor(russia).value();
    Actor lavrov;
    lavrov.name = QStringLiteral("Lavrov");
    lavrov.kind = ActorKind::Person;
    lavrov.parent = russia.id;
    lavrov = original->addActor(lavrov).value();
    Actor eu;
    eu.name = QStringLiteral("European Union");
    eu.kind = ActorKind::Organisation;
    eu = original->addActor(eu).value();
    Topic energy;
    energy.name = QStringLiteral("Energy");
    energy.keywords = {QStringLiteral("gas"), QStringLiteral("pipeline")};
    energy.negativePole = QStringLiteral("no new supply");
    energy.positivePole = QStringLiteral("new routes");
    energy.scaleNote = QStringLiteral("Score the route.\nNot the price.");
    energy = original->addTopic(energy).value();
    Topic transit;
    transit.name = QStringLiteral("Gas transit");
    transit.parent = energy.id;
    transit = original->addTopic(transit).value();

    Document first;
    first.title = QStringLiteral("Lavrov on transit");
    first.source = QStringLiteral("TASS");
    first.url = QStringLiteral("https://example.org/a");
    first.date = QDate(2024, 3, 3);
    first.language = QStringLiteral("en");
    first.fileName = QStringLiteral("tass.pdf");
    first.format = QStringLiteral("pdf");
    first.text = QStringLiteral("Moscow, 3 March.\n\nLavrov demanded that fees be cut by half.");
    first.pages = {{0, 1}, {18, 2}};
    first = original->addDocument(first).value();
    Document second;
    second.title = QStringLiteral("Second");
    second.text = text;
    second = original->addDocument(second).value();

    const auto claim = [&](DocumentId document, const QString &in, const QString &words,
                           ActorId holder, TopicId topic, int minute) {
        Claim c;
        c.document = document;
        c.start = in.left(in.indexOf(words)).toUcs4().size();
        c.end = c.start + words.toUcs4().size();
        c.holder = holder;
        c.topic = topic;
        c.analyst = minute % 2 ? QStringLiteral("Ana Analyst") : QStringLiteral("Bob Berg");
        c.createdAt = QDateTime(QDate(2024, 3, 4), QTime(8, minute), QTimeZone::utc());
        c.updatedAt = c.createdAt.addSecs(3600);
        return c;
    };
    Claim demand = claim(first.id, first.text, QStringLiteral("Lavrov demanded that fees be cut"),
                         lavrov.id, transit.id, 1);
    demand.stance = Stance::Demand;
    demand.position = -40;
    demand.salience = 5;
    demand.attribution = Attribution::Quote;
    demand.target = eu.id;
    demand.note = QStringLiteral("First line.\nSecond line.");
    Claim refusal = claim(second.id, text, quote, eu.id, energy.id, 2);
    refusal.stance = Stance::Refusal;
    refusal.position = 100;
    refusal.note = note;
    Claim assessment =
        claim(first.id, first.text, QStringLiteral("Moscow"), russia.id, energy.id, 3);
    assessment.attribution = Attribution::Inference;
    for (const Claim &c : {demand, refusal, assessment})
        QVERIFY(original->addClaim(c).ok());

    const QString qdpx = m_dir.filePath(QStringLiteral("exchange.qdpx"));
    QVERIFY(exportQdpx(*original, qdpx).ok());
    auto copy = create(QStringLiteral("copy.demarche"));
    const auto report = importQdpx(*copy, qdpx);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QVERIFY(report->writtenByDemarche);
    QCOMPARE(report->losses.size(), 0);
    QCOMPARE(report->claims, 3);

    QCOMPARE(claimsCsv(*copy, m_dir.filePath(QStringLiteral("copy.csv"))),
             claimsCsv(*original, m_dir.filePath(QStringLiteral("original.csv"))));

    const auto sameEntries = [](auto a, auto b) {
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a.at(i).name, b.at(i).name);
            QCOMPARE(a.at(i).color, b.at(i).color);
            QCOMPARE(a.at(i).parent, b.at(i).parent);
        }
    };
    sameEntries(copy->actors().value(), original->actors().value());
    if (QTest::currentTestFailed())
        return;
    sameEntries(copy->topics().value(), original->topics().value());
    if (QTest::currentTestFailed())
        return;
    const QList<Actor> actors = copy->actors().value();
    QCOMPARE(actors.at(0).aliases, russia.aliases);
    QCOMPARE(actors.at(1).kind, ActorKind::Person);
    const QList<Topic> topics = copy->topics().value();
    const Topic &copied = topics.at(topics.size() - 2);
    QCOMPARE(copied.keywords, energy.keywords);
    QCOMPARE(copied.scaleNote, energy.scaleNote);
    const Document back = copy->document(first.id).value();
    QCOMPARE(back.fileName, first.fileName);
    QCOMPARE(back.format, first.format);
    QCOMPARE(back.language, first.language);
    QCOMPARE(back.pages, first.pages);
}

QTEST_GUILESS_MAIN(TestQdpxRoundTrip)
#include "tst_qdpxroundtrip.moc"
