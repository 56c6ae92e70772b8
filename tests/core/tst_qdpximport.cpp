#include "core/exchange/qdpximport.h"
#include "core/exchange/qdpxtextmap.h"
#include "core/import/textimporter.h"
#include "core/storage/projectstore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <memory>

using namespace demarche;

// Foreign files (tests/data/qdpx, made by make_fixtures.py) and one written as Demarche
// writes, each imported into a new project.
class TestQdpxImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void textMap_data();
    void textMap();
    void importsForeignFiles_data();
    void importsForeignFiles();
    void readsDemarcheFileBackExactly();
    void flattensDeepCodeTrees();
    void reusesEntriesByName();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesUnknownActorsCode();
    void readsTheCodeTree();

private:
    static QString fixture(const QString &name);
    std::unique_ptr<ProjectStore> newProject();
    static QStringList claimLines(const ProjectStore &store);
    static QString lossText(const QdpxImportReport &report);

    QTemporaryDir m_dir;
    int m_projects = 0;
};

void TestQdpxImport::init()
{
    QVERIFY(m_dir.isValid());
}

QString TestQdpxImport::fixture(const QString &name)
{
    return QStringLiteral(DEMARCHE_TEST_DATA "/qdpx/") + name;
}

std::unique_ptr<ProjectStore> TestQdpxImport::newProject()
{
    auto store =
        ProjectStore::create(m_dir.filePath(QStringLiteral("p%1.demarche").arg(++m_projects)));
    if (!store)
        qFatal("cannot create a project");
    return std::move(store.value());
}

// "actor | topic | quote" for every claim, sorted.
QStringList TestQdpxImport::claimLines(const ProjectStore &store)
{
    QHash<ActorId, QString> actors;
    const QList<Actor> actorList = store.actors().value();
    for (const Actor &actor : actorList)
        actors.insert(actor.id, actor.name);
    QHash<TopicId, QString> topics;
    const QList<Topic> topicList = store.topics().value();
    for (const Topic &topic : topicList)
        topics.insert(topic.id, topic.name);
    QStringList lines;
    const QList<Claim> claims = store.claims().value();
    for (const Claim &claim : claims)
        lines.append(QStringLiteral("%1 | %2 | %3")
                         .arg(actors.value(claim.holder), topics.value(claim.topic), claim.quote));
    lines.sort();
    return lines;
}

QString TestQdpxImport::lossText(const QdpxImportReport &report)
{
    QStringList lines;
    for (const auto &loss : report.losses)
        lines.append(loss.where + QLatin1String(": ") + loss.what);
    return lines.join(u'\n');
}

void TestQdpxImport::textMap_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<QString>("quote"); // empty: refused with `problem`
    QTest::addColumn<int>("problem");
    using P = QdpxTextMap::Problem;
    QTest::newRow("unchanged") << "one two" << 4LL << 7LL << "two" << int(P::None);
    QTest::newRow("BOM not counted") << "\uFEFFone two" << 4LL << 7LL << "two" << int(P::None);
    QTest::newRow("CRLF") << "a\r\nb\r\nword" << 6LL << 10LL << "word" << int(P::None);
    QTest::newRow("lone CR") << "a\rb\rword" << 4LL << 8LL << "word" << int(P::None);
    QTest::newRow("NFD composed") << "cafe\u0301 noir" << 6LL << 10LL << "noir" << int(P::None);
    QTest::newRow("NFD whole letter")
        << "cafe\u0301 noir" << 0LL << 5LL << "caf\u00e9" << int(P::None);
    QTest::newRow("emoji in code points") << "\U0001F30D hi" << 2LL << 4LL << "hi" << int(P::None);
    QTest::newRow("trailing blanks") << "a  \t\nbc" << 5LL << 7LL << "bc" << int(P::None);
    QTest::newRow("blank lines collapsed") << "a\n\n\n\nbc" << 5LL << 7LL << "bc" << int(P::None);
    QTest::newRow("leading blank space") << "\n  \n  x y" << 8LL << 9LL << "y" << int(P::None);
    QTest::newRow("range grows no blank") << "a  \nb" << 0LL << 5LL << "a\nb" << int(P::None);
    QTest::newRow("between CR and LF") << "a\r\nb" << 2LL << 3LL << "" << int(P::SplitsCharacter);
    QTest::newRow("inside composed") << "cafe\u0301" << 0LL << 4LL << "" << int(P::SplitsCharacter);
    QTest::newRow("past the end") << "abc" << 1LL << 4LL << "" << int(P::OutOfRange);
    QTest::newRow("negative") << "abc" << -1LL << 2LL << "" << int(P::OutOfRange);
    QTest::newRow("end before start") << "abc" << 2LL << 1LL << "" << int(P::OutOfRange);
    QTest::newRow("only blanks") << "a   \nb" << 1LL << 4LL << "" << int(P::NothingLeft);
}

void TestQdpxImport::textMap()
{
    QFETCH(QString, stored);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(QString, quote);
    QFETCH(int, problem);
    const QdpxTextMap map(stored);
    QCOMPARE(map.text(), textimport::canonicalText(stored));
    const auto range = map.map(start, end);
    QCOMPARE(int(range.problem), problem);
    if (problem == int(QdpxTextMap::Problem::None)) {
        const QList<uint> codePoints = map.text().toUcs4();
        QString got;
        for (qint64 i = range.start; i < range.end; ++i)
            got.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&codePoints.at(i)), 1));
        QCOMPARE(got, quote);
    }
}

void TestQdpxImport::importsForeignFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("actorsUnder");
    QTest::addColumn<int>("documents");
    QTest::addColumn<int>("actors");
    QTest::addColumn<int>("topics");
    QTest::addColumn<QStringList>("claims");
    // Each found somewhere in the report. Counted words are cut before their ending, which
    // the English catalogue supplies ("pair(s)" until it has the message, then "pairs").
    QTest::addColumn<QStringList>("losses");

    const QString gas = QStringLiteral("Russia demanded a halt to gas transit fees");
    const QString pact = QStringLiteral("The EU proposed a new energy security pact");
    const QString oil = QStringLiteral("Observers doubted any deal on oil before winter");
    QTest::newRow("QualCoder, codes as topics")
        << "qualcoder.qdpx"
        << "" << 1 << 1 << 8
        << QStringList{"Unattributed | EU | " + pact,     "Unattributed | Energy | " + pact,
                       "Unattributed | Gas | " + gas,     "Unattributed | Memo | Talks in Vienna",
                       "Unattributed | Oil | " + oil,     "Unattributed | Russia | " + gas,
                       "Unattributed | Russia | resumed", "Unattributed | Security | " + pact}
        << QStringList{"vienna.txt, 27\u201369: coded with several actors or topics: one claim "
                       "for each of its 2 actor\u2013topic pair",
                       "vienna.txt, 71\u2013113: coded with several actors or topics: one claim "
                       "for each of its 3 actor\u2013topic pair",
                       "Unattributed: the actor was created", "Unattributed: 5 selection"};
    QTest::newRow("QualCoder, actors under Actors")
        << "qualcoder.qdpx"
        << "actors" << 1 << 3 << 5
        << QStringList{"EU | Energy | " + pact, "EU | Security | " + pact, "Russia | Gas | " + gas,
                       "Unattributed | Memo | Talks in Vienna", "Unattributed | Oil | " + oil}
        << QStringList{"vienna.txt, 18\u201325: coded with an actor but no topic; not imported",
                       "Unattributed: 2 selection"};
    QTest::newRow("ATLAS.ti, named .qde and Sources/")
        << "atlas.qdpx"
        << "" << 1 << 1 << 1
        << QStringList{"Unattributed | Iran talks | rejected the inspection plan",
                       "Unattributed | Iran talks | welcomed the ceasefire",
                       "Unattributed | Syria | welcomed the ceasefire"}
        << QStringList{"Briefing 12, 41\u201363: coded with several actors or topics"};
    QTest::newRow("MAXQDA-bound, CRLF")
        << "maxqda.qdpx"
        << "" << 1 << 1 << 2
        << QStringList{"Unattributed | Sanctions | Nobody mentioned the sanctions",
                       "Unattributed | Timetable | The ministers agreed on a timetable"}
        << QStringList{"minutes.txt, 10\u201319: the position splits a character",
                       "minutes.txt, 79\u2013124: the position is outside the text"};
    QTest::newRow("NVivo, inline and PDF representation")
        << "nvivo.qdpx"
        << "" << 2 << 1 << 2
        << QStringList{"Unattributed | Border | the border talks would go on",
                       "Unattributed | Monitoring | commit to a monitoring mission"}
        << QStringList{"Map: a PictureSource with no plain text; not imported",
                       "Annex: 1 selection"};
    QTest::newRow("NFD text, positions move")
        << "nfd.qdpx"
        << "" << 1 << 1 << 0
        << QStringList{"Unattributed | Ukraine | Z\u00fcrich followed",
                       "Unattributed | Ukraine | talks on Ukraine went well"}
        << QStringList{"geneva.txt, 13\u201317: the position splits a character",
                       "geneva.txt, 65\u201367: the position is outside the text"};
}

void TestQdpxImport::importsForeignFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, actorsUnder);
    QFETCH(int, documents);
    QFETCH(int, actors);
    QFETCH(int, topics);
    QFETCH(QStringList, claims);
    QFETCH(QStringList, losses);

    auto store = newProject();
    QdpxImportOptions options;
    options.actorsUnder = actorsUnder;
    const auto report = importQdpx(*store, fixture(file), options);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QVERIFY(!report->writtenByDemarche);
    QCOMPARE(report->documents, documents);
    QCOMPARE(report->actors, actors);
    QCOMPARE(report->topics, topics);
    QCOMPARE(report->claims, int(claims.size()));
    QCOMPARE(claimLines(*store), claims);
    const QString lost = lossText(report.value());
    for (const QString &loss : losses)
        QVERIFY2(lost.contains(loss), qPrintable(loss + QLatin1String("\nnot in:\n") + lost));
    const QList<Document> listing = store->documents().value();
    for (const Document &listed : listing) {
        const QString text = store->document(listed.id)->text;
        QCOMPARE(textimport::canonicalText(text), text);
    }
}

void TestQdpxImport::readsDemarcheFileBackExactly()
{
    auto store = newProject();
    const auto report = importQdpx(*store, fixture(QStringLiteral("demarche.qdpx")));
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QVERIFY(report->writtenByDemarche);
    QVERIFY2(report->losses.isEmpty(), qPrintable(lossText(report.value())));
    QCOMPARE(report->actors, 3);
    QCOMPARE(report->topics, 2);

    const QList<Actor> actors = store->actors().value();
    const auto actor = [&](const QString &name) {
        return *std::find_if(actors.cbegin(), actors.cend(),
                             [&](const Actor &a) { return a.name == name; });
    };
    const Actor russia = actor(QStringLiteral("Russia"));
    const Actor lavrov = actor(QStringLiteral("Lavrov"));
    const Actor eu = actor(QStringLiteral("European Union"));
    QCOMPARE(russia.kind, ActorKind::State);
    QCOMPARE(russia.aliases, (QStringList{"Moscow", "Kremlin"}));
    QCOMPARE(russia.color, QColor(0xaa, 0x00, 0x00));
    QCOMPARE(lavrov.kind, ActorKind::Person);
    QCOMPARE(lavrov.parent, russia.id);
    QCOMPARE(lavrov.color, QColor(0xdd, 0x44, 0x44));
    QCOMPARE(eu.kind, ActorKind::Organisation);
    QVERIFY(russia.sortOrder < lavrov.sortOrder && lavrov.sortOrder < eu.sortOrder);

    const QList<Topic> topics = store->topics().value();
    const auto energy = *std::find_if(topics.cbegin(), topics.cend(),
                                      [](const Topic &t) { return t.name == u"Energy"; });
    const auto transit = *std::find_if(topics.cbegin(), topics.cend(),
                                       [](const Topic &t) { return t.name == u"Gas transit"; });
    QCOMPARE(energy.keywords, (QStringList{"gas", "pipeline"}));
    QCOMPARE(energy.negativePole, QStringLiteral("no new supply"));
    QCOMPARE(energy.positivePole, QStringLiteral("new supply routes"));
    QCOMPARE(energy.scaleNote, QStringLiteral("Score the route, not the price.\nSecond line."));
    QCOMPARE(energy.color, QColor(0x11, 0x88, 0x11));
    QCOMPARE(transit.parent, energy.id);

    const QList<Document> documents = store->documents().value();
    QCOMPARE(documents.size(), 1);
    const Document document = store->document(documents.constFirst().id).value();
    QCOMPARE(document.title, QStringLiteral("Lavrov on transit"));
    QCOMPARE(document.date, QDate(2024, 3, 3));
    QCOMPARE(document.source, QStringLiteral("TASS"));
    QCOMPARE(document.url, QStringLiteral("https://example.org/a"));
    QCOMPARE(document.language, QStringLiteral("en"));
    QCOMPARE(document.fileName, QStringLiteral("tass.pdf"));
    QCOMPARE(document.format, QStringLiteral("pdf"));
    QCOMPARE(document.pages, (QList<PageStart>{{0, 1}, {18, 2}}));
    // The store stamps a new document with the time it is added (ProjectStore::addDocument).

    const QList<Claim> claims = store->claims().value();
    QCOMPARE(claims.size(), 2);
    const Claim &demand = claims.at(0);
    QCOMPARE(demand.quote, QStringLiteral("Lavrov demanded that transit fees be cut by half"));
    QCOMPARE(demand.holder, lavrov.id);
    QCOMPARE(demand.topic, transit.id);
    QCOMPARE(demand.stance, Stance::Demand);
    QCOMPARE(demand.position, std::optional<int>(-40));
    QCOMPARE(demand.salience, 4);
    QCOMPARE(demand.attribution, Attribution::Quote);
    QCOMPARE(demand.target, eu.id);
    QCOMPARE(demand.note, QStringLiteral("Said twice.\nSee the annex."));
    QCOMPARE(demand.analyst, QStringLiteral("Ana Analyst"));
    QCOMPARE(demand.createdAt, QDateTime(QDate(2024, 3, 4), QTime(8, 0), QTimeZone::utc()));
    QCOMPARE(demand.updatedAt, QDateTime(QDate(2024, 3, 5), QTime(9, 30), QTimeZone::utc()));
    const Claim &support = claims.at(1);
    QCOMPARE(support.holder, eu.id);
    QCOMPARE(support.topic, energy.id);
    QCOMPARE(support.stance, Stance::Support);
    QCOMPARE(support.position, std::optional<int>());
    QCOMPARE(support.attribution, Attribution::Paraphrase);
    QVERIFY(!support.target.isValid());
    QCOMPARE(support.analyst, QStringLiteral("Bob Berg"));
}

void TestQdpxImport::flattensDeepCodeTrees()
{
    auto store = newProject();
    const auto report = importQdpx(*store, fixture(QStringLiteral("deep70.qdpx")));
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->topics, 70);
    QCOMPARE(report->claims, 1);
    QVERIFY(
        lossText(report.value()).contains(QStringLiteral("L65: nested more than 64 codes deep")));
    // The 70th is a child of the 64th, as are the 65th to the 69th.
    const QList<Topic> topics = store->topics().value();
    const auto named = [&](const QString &name) {
        return *std::find_if(topics.cbegin(), topics.cend(),
                             [&](const Topic &t) { return t.name == name; });
    };
    QCOMPARE(named(QStringLiteral("L70")).parent, named(QStringLiteral("L64")).id);
    QCOMPARE(named(QStringLiteral("L64")).parent, named(QStringLiteral("L63")).id);
}

void TestQdpxImport::reusesEntriesByName()
{
    auto store = newProject();
    Actor russia;
    russia.name = QStringLiteral("RUSSIA");
    QVERIFY(store->addActor(russia).ok());
    QdpxImportOptions options;
    options.actorsUnder = QStringLiteral("Actors");
    auto first = importQdpx(*store, fixture(QStringLiteral("qualcoder.qdpx")), options);
    QVERIFY(first.ok());
    QCOMPARE(first->actors, 2); // EU and Unattributed; RUSSIA is reused
    auto second = importQdpx(*store, fixture(QStringLiteral("qualcoder.qdpx")), options);
    QVERIFY(second.ok());
    QCOMPARE(second->actors, 0);
    QCOMPARE(second->topics, 0);
    QCOMPARE(second->documents, 1);
    QCOMPARE(store->actors()->size(), 3);
    QVERIFY(claimLines(*store).contains(
        QStringLiteral("RUSSIA | Gas | Russia demanded a halt to gas transit fees")));
}

void TestQdpxImport::refusesBadFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("DOCTYPE with an entity") << "doctype.qdpx"
                                            << "<!DOCTYPE>";
    QTest::newRow("zip bomb") << "bomb.qdpx"
                              << "zip bomb";
    QTest::newRow("codes 1000 deep") << "deep.qdpx"
                                     << "codes nested more than 256 deep";
    QTest::newRow("two .qde files") << "two.qdpx"
                                    << "several project files (copy.qde, project.qde)";
    QTest::newRow("no .qde file") << "none.qdpx"
                                  << "holds no .qde project file";
    QTest::newRow("Latin-1 source") << "badutf8.qdpx"
                                    << "a.txt: the text sources/";
    QTest::newRow("cut-off XML") << "broken.qdpx"
                                 << "not valid XML at line";
    QTest::newRow("not a zip") << "garbage.qdpx"
                               << "damaged";
    QTest::newRow("missing") << "nothing-here.qdpx"
                             << "no such file";
}

void TestQdpxImport::refusesBadFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    auto store = newProject();
    const auto before = store->topics()->size();
    const auto report = importQdpx(*store, fixture(file));
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, Error::Kind::BadInput);
    QVERIFY2(report.error().message.startsWith(fixture(file) + QLatin1String(": ")),
             qPrintable(report.error().message));
    QVERIFY2(report.error().message.contains(message), qPrintable(report.error().message));
    QCOMPARE(store->documents()->size(), 0);
    QCOMPARE(store->topics()->size(), before);
}

void TestQdpxImport::refusesUnknownActorsCode()
{
    auto store = newProject();
    QdpxImportOptions options;
    options.actorsUnder = QStringLiteral("Ministers");
    const auto report = importQdpx(*store, fixture(QStringLiteral("qualcoder.qdpx")), options);
    QVERIFY(!report.ok());
    QVERIFY(report.error().message.contains(QStringLiteral("\u201cMinisters\u201d")));
    // Named by the file, in words the window can show too: no option spelling.
    QVERIFY(report.error().message.contains(QStringLiteral("qualcoder.qdpx: ")));
    QVERIFY(!report.error().message.contains(QStringLiteral("--actors-under")));
    QCOMPARE(store->documents()->size(), 0);
    // A path from the top names a code too.
    options.actorsUnder = QStringLiteral("energy/gas");
    const auto byPath = importQdpx(*store, fixture(QStringLiteral("qualcoder.qdpx")), options);
    QVERIFY(byPath.ok());
}

void TestQdpxImport::readsTheCodeTree()
{
    const auto codes = readQdpxCodeTree(fixture(QStringLiteral("qualcoder.qdpx")));
    QVERIFY(codes.ok());
    QStringList top;
    for (const QdpxCode &code : codes.value())
        top.append(code.name);
    QCOMPARE(top, (QStringList{"Actors", "Energy", "Security", "Memo"}));
    QCOMPARE(codes->at(0).children.size(), 2);
    QCOMPARE(codes->at(0).children.at(1).name, QStringLiteral("EU"));
    QVERIFY(!codes->at(0).codable);
    QVERIFY(!readQdpxCodeTree(fixture(QStringLiteral("two.qdpx"))).ok());
}

QTEST_GUILESS_MAIN(TestQdpxImport)
#include "tst_qdpximport.moc"
