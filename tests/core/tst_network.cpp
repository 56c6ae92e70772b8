// Actor networks: congruence, conflict and affiliation weights against hand-computed
// values, roll-up, the topic filter with its sub-topics, the claim scope, and loading
// from a project (with its refusals).
#include "core/analysis/network.h"
#include "core/domain/namelookup.h"
#include "core/domain/vocabulary.h"
#include "core/storage/projectstore.h"
#include "support/codebookentries.h"

#include <QTemporaryDir>
#include <QTest>

using namespace demarche;

Q_DECLARE_METATYPE(demarche::NetworkKind)
Q_DECLARE_METATYPE(demarche::NetworkOptions)
Q_DECLARE_METATYPE(demarche::ClaimScope)

namespace {

// Lavrov rolls up to Russia, his aide (a grandchild) through Lavrov to Russia as well.
// Crimea is a sub-topic of Ukraine.
enum ActorIds : qint64 { Russia = 1, Lavrov, Aide, France, Germany, China };
enum TopicIds : qint64 { Ukraine = 1, Crimea, Syria, Iran };

QList<Actor> actors()
{
    using testing::actor;
    return {actor(Russia, "Russia"), actor(Lavrov, "Lavrov", Russia), actor(Aide, "Aide", Lavrov),
            actor(France, "France"), actor(Germany, "Germany"),       actor(China, "China")};
}

QList<Topic> topics()
{
    using testing::topic;
    return {topic(Ukraine, "Ukraine"), topic(Crimea, "Crimea", Ukraine), topic(Syria, "Syria"),
            topic(Iran, "Iran")};
}

// Document 1 is from January, 2 from March, 3 has no date.
DocumentDates dates()
{
    return {{DocumentId(1), QDate(2024, 1, 10)},
            {DocumentId(2), QDate(2024, 3, 5)},
            {DocumentId(3), QDate()}};
}

// "holder/topic/position/salience[/document[/stance]]"; a position of "-" is none.
QList<ClaimFacts> claimsFrom(const QStringList &specs)
{
    const QList<Actor> codebook = actors();
    const QList<Topic> subjects = topics();
    QList<ClaimFacts> claims;
    for (const QString &spec : specs) {
        const QStringList parts = spec.split(QLatin1Char('/'));
        ClaimFacts claim;
        claim.id = ClaimId(claims.size() + 1);
        claim.holder = findActor(codebook, parts.at(0))->id;
        claim.topic = findTopic(subjects, parts.at(1))->id;
        if (parts.at(2) != QLatin1String("-"))
            claim.position = parts.at(2).toInt();
        claim.salience = parts.at(3).toInt();
        claim.document = DocumentId(parts.size() > 4 ? parts.at(4).toLongLong() : 1);
        if (parts.size() > 5)
            claim.stance = *vocabulary::stanceFromKey(parts.at(5));
        claims.append(claim);
    }
    return claims;
}

QString topicNames(const Network &network, const QList<TopicId> &ids)
{
    QStringList names;
    for (const TopicId id : ids)
        names.append(findById(network.topics, id)->name);
    return names.join(QLatin1Char(','));
}

// "Name:claims" per node, in the network's order.
QStringList nodesOf(const Network &network)
{
    QStringList nodes;
    for (const NetworkNode &node : network.nodes)
        nodes.append(node.name + QLatin1Char(':') + QString::number(node.claims));
    return nodes;
}

// "Source-Target weight [topics]", and " mean M" on affiliation edges with a mean.
QStringList edgesOf(const Network &network)
{
    QStringList edges;
    for (const NetworkEdge &edge : network.edges) {
        QString text =
            QStringLiteral("%1-%2 %3 [%4]")
                .arg(network.nodes.at(edge.source).name, network.nodes.at(edge.target).name,
                     QString::number(edge.weight, 'f', 4), topicNames(network, edge.topics));
        if (edge.meanPosition)
            text += QStringLiteral(" mean ") + QString::number(*edge.meanPosition, 'f', 4);
        edges.append(text);
    }
    return edges;
}

NetworkOptions options(NetworkKind kind, bool rollUp = true)
{
    NetworkOptions result;
    result.kind = kind;
    result.rollUp = rollUp;
    return result;
}

} // namespace

class TestNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weights_data();
    void weights();
    void nodeKeys();
    void indexOf();
    void parentLoop();
    void fromProjectStore();
    void refusals_data();
    void refusals();
};

void TestNetwork::weights_data()
{
    QTest::addColumn<NetworkKind>("kind");
    QTest::addColumn<bool>("rollUp");
    QTest::addColumn<QStringList>("topicFilter");
    QTest::addColumn<ClaimScope>("scope");
    QTest::addColumn<QStringList>("claims");
    QTest::addColumn<QStringList>("nodes");
    QTest::addColumn<QStringList>("edges");

    const auto congruence = NetworkKind::Congruence;
    const auto conflict = NetworkKind::Conflict;
    const auto affiliation = NetworkKind::Affiliation;
    const QStringList twoTopics{"France/Ukraine/-50/3", "Germany/Ukraine/50/3", "France/Syria/20/3",
                                "Germany/Syria/20/3"};
    // Ukraine: |-50 - 50| / 200 = 0.5, so congruence 1 - 0.5 = 0.5 and conflict 0.5.
    // Syria: |20 - 20| = 0, so congruence 1 and conflict 0.
    QTest::newRow("congruence, two topics")
        << congruence << true << QStringList() << ClaimScope() << twoTopics
        << QStringList{"France:2", "Germany:2"}
        << QStringList{"France-Germany 1.5000 [Ukraine,Syria]"}; // 0.5 + 1
    QTest::newRow("conflict, two topics")
        << conflict << true << QStringList() << ClaimScope() << twoTopics
        << QStringList{"France:2", "Germany:2"}
        // 0.5 + 0; Syria adds nothing, so it is not behind the edge.
        << QStringList{"France-Germany 0.5000 [Ukraine]"};

    // France: Ukraine 100, Syria -100, Iran 0. Germany: Ukraine 60, Syria -20, no Iran.
    // China: Ukraine -100, Syria -100, Iran 100.
    const QStringList threeTopics{"France/Ukraine/100/3", "France/Syria/-100/3",
                                  "France/Iran/0/3",      "Germany/Ukraine/60/3",
                                  "Germany/Syria/-20/3",  "China/Ukraine/-100/3",
                                  "China/Syria/-100/3",   "China/Iran/100/3"};
    QTest::newRow("congruence, three topics")
        << congruence << true << QStringList() << ClaimScope() << threeTopics
        << QStringList{"France:3", "Germany:2", "China:3"}
        << QStringList{// Ukraine 1 - 40/200 = 0.8, Syria 1 - 80/200 = 0.6; Iran: Germany has none.
                       "France-Germany 1.4000 [Ukraine,Syria]",
                       // Ukraine 1 - 200/200 = 0 (not behind the edge), Syria 1, Iran 1 - 100/200.
                       "France-China 1.5000 [Syria,Iran]",
                       // Ukraine 1 - 160/200 = 0.2, Syria 1 - 80/200 = 0.6.
                       "Germany-China 0.8000 [Ukraine,Syria]"};
    QTest::newRow("conflict, three topics")
        << conflict << true << QStringList() << ClaimScope() << threeTopics
        << QStringList{"France:3", "Germany:2", "China:3"}
        << QStringList{"France-Germany 0.6000 [Ukraine,Syria]", // 0.2 + 0.4
                       "France-China 1.5000 [Ukraine,Iran]",    // 1 + 0 + 0.5
                       "Germany-China 1.2000 [Ukraine,Syria]"}; // 0.8 + 0.4

    // France's mean is (1 * 100 + 4 * -50) / (1 + 4) = -100 / 5 = -20; Germany's is 20.
    const QStringList weighted{"France/Ukraine/100/1", "France/Ukraine/-50/4",
                               "Germany/Ukraine/20/5"};
    QTest::newRow("salience weighting, congruence")
        << congruence << true << QStringList() << ClaimScope() << weighted
        << QStringList{"France:2", "Germany:1"}
        << QStringList{"France-Germany 0.8000 [Ukraine]"}; // 1 - 40/200
    QTest::newRow("salience weighting, conflict")
        << conflict << true << QStringList() << ClaimScope() << weighted
        << QStringList{"France:2", "Germany:1"}
        << QStringList{"France-Germany 0.2000 [Ukraine]"}; // 40/200

    // The claims without a position count for the nodes but not in the means: France's
    // Ukraine mean stays 100, and Germany has no Syria mean, so Syria adds nothing.
    QTest::newRow("claims without position")
        << congruence << true << QStringList() << ClaimScope()
        << QStringList{"France/Ukraine/100/3", "France/Ukraine/-/5", "Germany/Ukraine/0/3",
                       "France/Syria/50/3", "Germany/Syria/-/3"}
        << QStringList{"France:3", "Germany:2"}
        << QStringList{"France-Germany 0.5000 [Ukraine]"}; // 1 - 100/200

    // Lavrov and his aide speak for Russia: (2 * 80 + 3 * 20) / 5 = 220 / 5 = 44.
    const QStringList members{"Lavrov/Ukraine/80/2", "Aide/Ukraine/20/3", "France/Ukraine/-56/3"};
    QTest::newRow("roll-up of a minister and his aide")
        << congruence << true << QStringList() << ClaimScope() << members
        << QStringList{"Russia:2", "France:1"}
        << QStringList{"Russia-France 0.5000 [Ukraine]"}; // 1 - |44 + 56| / 200
    QTest::newRow("no roll-up") << congruence << false << QStringList() << ClaimScope() << members
                                << QStringList{"Lavrov:1", "Aide:1", "France:1"}
                                << QStringList{"Lavrov-Aide 0.7000 [Ukraine]",   // 1 - 60/200
                                               "Lavrov-France 0.3200 [Ukraine]", // 1 - 136/200
                                               "Aide-France 0.6200 [Ukraine]"};  // 1 - 76/200

    // Ukraine with its sub-topic Crimea; Syria is left out.
    QTest::newRow("topic filter with sub-topics")
        << congruence << true << QStringList{"Ukraine"} << ClaimScope()
        << QStringList{"France/Ukraine/0/3",   "Germany/Ukraine/100/3", "France/Crimea/100/3",
                       "Germany/Crimea/100/3", "France/Syria/0/3",      "Germany/Syria/100/3"}
        << QStringList{"France:2", "Germany:2"}
        << QStringList{"France-Germany 1.5000 [Ukraine,Crimea]"}; // 0.5 + 1
    QTest::newRow("topic filter on a sub-topic alone")
        << congruence << true << QStringList{"Crimea"} << ClaimScope()
        << QStringList{"France/Ukraine/0/3", "Germany/Ukraine/100/3", "France/Crimea/40/3",
                       "Germany/Crimea/100/3"}
        << QStringList{"France:1", "Germany:1"}
        << QStringList{"France-Germany 0.7000 [Crimea]"}; // 1 - 60/200

    // From February: January's document 1 and the undated document 3 are left out.
    ClaimScope fromFebruary;
    fromFebruary.from = QDate(2024, 2, 1);
    QTest::newRow("date range") << congruence << true << QStringList() << fromFebruary
                                << QStringList{"France/Ukraine/0/3/2", "Germany/Ukraine/100/3/2",
                                               "France/Syria/100/3/1", "Germany/Syria/-100/3/1",
                                               "China/Ukraine/0/3/3"}
                                << QStringList{"France:1", "Germany:1"}
                                << QStringList{"France-Germany 0.5000 [Ukraine]"};
    ClaimScope untilFebruary;
    untilFebruary.to = QDate(2024, 2, 1);
    QTest::newRow("date range, upper bound")
        << conflict << true << QStringList() << untilFebruary
        << QStringList{"France/Ukraine/0/3/2", "Germany/Ukraine/100/3/2", "France/Syria/100/3/1",
                       "Germany/Syria/-100/3/1"}
        << QStringList{"France:1", "Germany:1"}
        << QStringList{"France-Germany 1.0000 [Syria]"}; // 200/200
    ClaimScope secondDocument;
    secondDocument.documents = {DocumentId(2)};
    QTest::newRow("one document") << conflict << true << QStringList() << secondDocument
                                  << QStringList{"France/Ukraine/0/3/2", "Germany/Ukraine/100/3/2",
                                                 "France/Syria/100/3/1", "Germany/Syria/-100/3/1"}
                                  << QStringList{"France:1", "Germany:1"}
                                  << QStringList{"France-Germany 0.5000 [Ukraine]"}; // 100/200
    ClaimScope demands;
    demands.stances = {Stance::Demand};
    QTest::newRow("stances") << conflict << true << QStringList() << demands
                             << QStringList{"France/Ukraine/0/3/1/demand",
                                            "Germany/Ukraine/50/3/1/demand",
                                            "Germany/Ukraine/-100/5/1/refusal"}
                             << QStringList{"France:1", "Germany:1"}
                             << QStringList{"France-Germany 0.2500 [Ukraine]"}; // 50/200

    QTest::newRow("no shared topic, no edge")
        << congruence << true << QStringList() << ClaimScope()
        << QStringList{"France/Ukraine/10/3", "Germany/Syria/10/3"}
        << QStringList{"France:1", "Germany:1"} << QStringList();
    QTest::newRow("identical positions, no conflict edge")
        << conflict << true << QStringList() << ClaimScope()
        << QStringList{"France/Ukraine/30/2", "Germany/Ukraine/30/5"}
        << QStringList{"France:1", "Germany:1"} << QStringList();
    QTest::newRow("opposite ends, no congruence edge")
        << congruence << true << QStringList() << ClaimScope()
        << QStringList{"France/Ukraine/-100/3", "Germany/Ukraine/100/3"}
        << QStringList{"France:1", "Germany:1"} << QStringList();
    QTest::newRow("no claims, no nodes") << congruence << true << QStringList() << ClaimScope()
                                         << QStringList() << QStringList() << QStringList();

    // France on Ukraine: 2 claims, mean (1 * 100 + 4 * -50) / 5 = -20; on Syria one claim
    // without a position, so no mean. Germany on Ukraine: 1 claim, mean 20. Topic nodes
    // count every actor's claims: Ukraine 3, Syria 1. Crimea and Iran have none.
    QTest::newRow("affiliation") << affiliation << true << QStringList() << ClaimScope()
                                 << QStringList{"France/Ukraine/100/1", "France/Ukraine/-50/4",
                                                "France/Syria/-/3", "Germany/Ukraine/20/5"}
                                 << QStringList{"France:3", "Germany:1", "Ukraine:3", "Syria:1"}
                                 << QStringList{"France-Ukraine 2.0000 [Ukraine] mean -20.0000",
                                                "France-Syria 1.0000 [Syria]",
                                                "Germany-Ukraine 1.0000 [Ukraine] mean 20.0000"};
    // Russia speaks through Lavrov and the aide: 2 claims, mean 44 as above.
    QTest::newRow("affiliation with roll-up")
        << affiliation << true << QStringList() << ClaimScope() << members
        << QStringList{"Russia:2", "France:1", "Ukraine:3"}
        << QStringList{"Russia-Ukraine 2.0000 [Ukraine] mean 44.0000",
                       "France-Ukraine 1.0000 [Ukraine] mean -56.0000"};
    QTest::newRow("affiliation without roll-up")
        << affiliation << false << QStringList() << ClaimScope() << members
        << QStringList{"Lavrov:1", "Aide:1", "France:1", "Ukraine:3"}
        << QStringList{"Lavrov-Ukraine 1.0000 [Ukraine] mean 80.0000",
                       "Aide-Ukraine 1.0000 [Ukraine] mean 20.0000",
                       "France-Ukraine 1.0000 [Ukraine] mean -56.0000"};
    QTest::newRow("affiliation, topic filter")
        << affiliation << true << QStringList{"Ukraine"} << ClaimScope()
        << QStringList{"France/Crimea/10/3", "France/Syria/10/3", "Germany/Ukraine/-/3"}
        << QStringList{"France:1", "Germany:1", "Ukraine:1", "Crimea:1"}
        << QStringList{"France-Crimea 1.0000 [Crimea] mean 10.0000",
                       "Germany-Ukraine 1.0000 [Ukraine]"};
}

void TestNetwork::weights()
{
    QFETCH(NetworkKind, kind);
    QFETCH(bool, rollUp);
    QFETCH(QStringList, topicFilter);
    QFETCH(ClaimScope, scope);
    QFETCH(QStringList, claims);
    QFETCH(QStringList, nodes);
    QFETCH(QStringList, edges);

    NetworkOptions chosen = options(kind, rollUp);
    chosen.scope = scope;
    for (const QString &name : topicFilter)
        chosen.topics.append(findTopic(topics(), name)->id);
    const Network network = buildNetwork(actors(), topics(), claimsFrom(claims), chosen, dates());
    QCOMPARE(network.kind, kind);
    QCOMPARE(nodesOf(network), nodes);
    QCOMPARE(edgesOf(network), edges);
    for (const NetworkEdge &edge : network.edges) {
        QVERIFY(edge.source < edge.target);
        QCOMPARE(network.nodes.at(edge.source).type, NetworkNode::Type::Actor);
        QCOMPARE(network.nodes.at(edge.target).type, kind == NetworkKind::Affiliation
                                                         ? NetworkNode::Type::Topic
                                                         : NetworkNode::Type::Actor);
        QVERIFY(edge.meanPosition.has_value() == false || kind == NetworkKind::Affiliation);
    }
}

void TestNetwork::nodeKeys()
{
    const QStringList claims{"Lavrov/Ukraine/10/3", "France/Syria/-/3"};
    const Network network = buildNetwork(actors(), topics(), claimsFrom(claims),
                                         options(NetworkKind::Affiliation), dates());
    QStringList keys;
    for (const NetworkNode &node : network.nodes)
        keys.append(node.key());
    QCOMPARE(keys, (QStringList{"actor-1", "actor-4", "topic-1", "topic-3"}));
    QCOMPARE(network.topics.size(), topics().size());
}

void TestNetwork::indexOf()
{
    const Network network =
        buildNetwork(actors(), topics(), claimsFrom({"France/Syria/0/3", "China/Syria/0/3"}),
                     options(NetworkKind::Affiliation), dates());
    QCOMPARE(network.indexOf(NetworkNode::Type::Actor, France), 0);
    QCOMPARE(network.indexOf(NetworkNode::Type::Actor, China), 1);
    QCOMPARE(network.indexOf(NetworkNode::Type::Topic, Syria), 2);
    // Actor 3 and topic 3 share a number but not a type.
    QCOMPARE(network.indexOf(NetworkNode::Type::Topic, France), -1);
    QCOMPARE(network.indexOf(NetworkNode::Type::Actor, Syria), -1);
}

// A damaged codebook where two actors are each other's parent must still end.
void TestNetwork::parentLoop()
{
    using testing::actor;
    const QList<Actor> looped{actor(7, "Alpha", 8), actor(8, "Beta", 7)};
    ClaimFacts claim;
    claim.id = ClaimId(1);
    claim.document = DocumentId(1);
    claim.holder = ActorId(7);
    claim.topic = TopicId(Ukraine);
    claim.position = 10;
    const Network network =
        buildNetwork(looped, topics(), {claim}, options(NetworkKind::Congruence));
    QCOMPARE(network.nodes.size(), 1);
    QCOMPARE(network.nodes.at(0).claims, 1);
}

void TestNetwork::fromProjectStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("n.demarche")));
    QVERIFY(store);
    ProjectStore &project = *store.value();
    Document document;
    document.title = QStringLiteral("Read-out");
    document.format = QStringLiteral("txt");
    document.date = QDate(2024, 4, 4);
    document.text = QStringLiteral("Moscow insists. Lavrov refuses. Paris agrees.");
    auto added = project.addDocument(document);
    QVERIFY(added);
    Actor russia;
    russia.name = QStringLiteral("Russia");
    const ActorId russiaId = project.addActor(russia)->id;
    Actor lavrov;
    lavrov.name = QStringLiteral("Lavrov");
    lavrov.kind = ActorKind::Person;
    lavrov.parent = russiaId;
    const ActorId lavrovId = project.addActor(lavrov)->id;
    Actor france;
    france.name = QStringLiteral("France");
    const ActorId franceId = project.addActor(france)->id;
    const QList<Topic> codebookTopics = project.topics().value();
    const TopicId first = codebookTopics.at(0).id;
    const TopicId second = codebookTopics.at(1).id;
    auto addClaim = [&](ActorId holder, qint64 start, qint64 end, TopicId topic, int position) {
        Claim c;
        c.document = added->id;
        c.start = start;
        c.end = end;
        c.holder = holder;
        c.topic = topic;
        c.position = position;
        return project.addClaim(c).ok();
    };
    QVERIFY(addClaim(russiaId, 0, 15, first, -60));
    QVERIFY(addClaim(lavrovId, 16, 31, first, 20));
    QVERIFY(addClaim(franceId, 32, 45, first, 60));
    QVERIFY(addClaim(franceId, 32, 45, second, 60));

    for (const NetworkKind kind :
         {NetworkKind::Congruence, NetworkKind::Conflict, NetworkKind::Affiliation}) {
        auto loaded = loadNetwork(project, options(kind));
        QVERIFY2(loaded, qPrintable(loaded.ok() ? QString() : loaded.error().message));
        const Network expected = buildNetwork(project.actors().value(), codebookTopics,
                                              project.claimFacts().value(), options(kind));
        QCOMPARE(nodesOf(loaded.value()), nodesOf(expected));
        QCOMPARE(edgesOf(loaded.value()), edgesOf(expected));
    }
    // Russia's mean on the first topic: (3 * -60 + 3 * 20) / 6 = -20; France's 60.
    auto congruence = loadNetwork(project, options(NetworkKind::Congruence));
    QVERIFY(congruence);
    QCOMPARE(nodesOf(congruence.value()), (QStringList{"Russia:2", "France:2"}));
    QCOMPARE(congruence->edges.size(), 1);
    QCOMPARE(congruence->edges.at(0).weight, 0.6); // 1 - 80/200

    // The topic filter reaches the store's read too: only the second topic is left.
    NetworkOptions onlySecond = options(NetworkKind::Affiliation);
    onlySecond.topics = {second};
    auto filtered = loadNetwork(project, onlySecond);
    QVERIFY(filtered);
    QCOMPARE(nodesOf(filtered.value()),
             (QStringList{"France:1", codebookTopics.at(1).name + QStringLiteral(":1")}));

    NetworkOptions later = options(NetworkKind::Congruence);
    later.scope.from = QDate(2024, 5, 1);
    auto none = loadNetwork(project, later);
    QVERIFY(none);
    QVERIFY(none->nodes.isEmpty());
    QVERIFY(none->edges.isEmpty());
}

void TestNetwork::refusals_data()
{
    QTest::addColumn<NetworkOptions>("chosen");
    QTest::addColumn<QString>("named");

    NetworkOptions unknownTopic;
    unknownTopic.topics = {TopicId(9999)};
    QTest::newRow("unknown topic") << unknownTopic << QStringLiteral("9999");
    NetworkOptions unknownDocument;
    unknownDocument.scope.documents = {DocumentId(500)};
    QTest::newRow("unknown document") << unknownDocument << QStringLiteral("500");
    NetworkOptions invalidDate;
    invalidDate.scope.from = QDate(2024, 2, 30);
    QTest::newRow("invalid date") << invalidDate << QStringLiteral("date");
}

void TestNetwork::refusals()
{
    QFETCH(NetworkOptions, chosen);
    QFETCH(QString, named);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("r.demarche")));
    QVERIFY(store);
    auto refused = loadNetwork(*store.value(), chosen);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::BadInput);
    QVERIFY2(refused.error().message.contains(named), qPrintable(refused.error().message));
}

QTEST_GUILESS_MAIN(TestNetwork)
#include "tst_network.moc"
