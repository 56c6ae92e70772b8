// Which actors and topics the cues around a selection suggest, and in what order.
#include "core/cues/cuebackend.h"
#include "core/cues/cuesuggestions.h"

#include <QStandardPaths>
#include <QTest>

using namespace demarche;

namespace {

enum ActorIds : qint64 { Usa = 1, Rubio, Kellogg, Russia, Lavrov, Ukraine, Eu };
enum TopicIds : qint64 { UkraineTopic = 21, Grain, Sanctions, Iran };

Actor actor(qint64 id, const QString &name, const QStringList &aliases, qint64 parent = 0)
{
    Actor a;
    a.id = ActorId(id);
    a.name = name;
    a.aliases = aliases;
    a.parent = ActorId(parent);
    return a;
}

Topic topic(qint64 id, const QString &name, const QStringList &keywords, qint64 parent = 0)
{
    Topic t;
    t.id = TopicId(id);
    t.name = name;
    t.keywords = keywords;
    t.parent = TopicId(parent);
    return t;
}

QList<Actor> actors()
{
    return {
        actor(Usa, QStringLiteral("United States"),
              {QStringLiteral("Washington"), QStringLiteral("U.S."), QStringLiteral("American")}),
        actor(Rubio, QStringLiteral("Marco Rubio"),
              {QStringLiteral("Rubio"), QStringLiteral("Secretary of State")}, Usa),
        actor(Kellogg, QStringLiteral("Keith Kellogg"), {QStringLiteral("Kellogg")}, Usa),
        actor(Russia, QStringLiteral("Russia"),
              {QStringLiteral("Moscow"), QStringLiteral("the Kremlin")}),
        actor(Lavrov, QStringLiteral("Sergei Lavrov"), {QStringLiteral("Lavrov")}, Russia),
        actor(Ukraine, QStringLiteral("Ukraine"), {QStringLiteral("Kyiv")}),
        actor(Eu, QStringLiteral("European Union"), {QStringLiteral("Brussels")}),
    };
}

QList<Topic> topics()
{
    return {
        topic(UkraineTopic, QStringLiteral("Ukraine"), {QStringLiteral("Kyiv")}),
        topic(Grain, QStringLiteral("Grain deal"),
              {QStringLiteral("grain"), QStringLiteral("Odesa")}, UkraineTopic),
        topic(Sanctions, QStringLiteral("Sanctions"), {QStringLiteral("sanctions")}),
        topic(Iran, QStringLiteral("Iran"), {QStringLiteral("nuclear deal")}),
    };
}

// "Name:word:count", one per suggestion, best first.
QStringList describe(const QList<CueSuggestion> &suggestions)
{
    QStringList result;
    for (const CueSuggestion &s : suggestions) {
        QString name;
        if (s.entry.kind == CueKind::Actor) {
            for (const Actor &a : actors()) {
                if (a.id.value() == s.entry.id)
                    name = a.name;
            }
        } else {
            for (const Topic &t : topics()) {
                if (t.id.value() == s.entry.id)
                    name = t.name;
            }
        }
        result.append(QStringLiteral("%1:%2:%3").arg(name, s.word).arg(s.count));
    }
    return result;
}

// "selection", "sentence", or "" when there is no suggestion; all of a kind share one.
QString sourceOf(const QList<CueSuggestion> &suggestions)
{
    if (suggestions.isEmpty())
        return {};
    const CueSource source = suggestions.constFirst().source;
    for (const CueSuggestion &s : suggestions) {
        if (s.source != source)
            return QStringLiteral("mixed");
    }
    return source == CueSource::Selection ? QStringLiteral("selection")
                                          : QStringLiteral("sentence");
}

} // namespace

class TestCueSuggestions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void suggestions_data()
    {
        // The selection is written between ⟦ and ⟧.
        QTest::addColumn<QString>("marked");
        QTest::addColumn<QStringList>("actors");
        QTest::addColumn<QString>("actorSource");
        QTest::addColumn<QStringList>("topics");
        QTest::addColumn<QString>("topicSource");

        const QString sel = QStringLiteral("selection");
        const QString sen = QStringLiteral("sentence");
        using L = QStringList;

        QTest::newRow("the speaker, not the one spoken to")
            << QStringLiteral("⟦Rubio expressed American frustration with the pace of the talks "
                              "and called on Moscow to demonstrate greater flexibility.⟧")
            << L{"Marco Rubio:Rubio:1", "United States:American:1", "Russia:Moscow:1"} << sel << L{}
            << QString();
        QTest::newRow("two actors, the first mentioned first")
            << QStringLiteral("⟦Moscow and Brussels agreed⟧ to meet.")
            << L{"Russia:Moscow:1", "European Union:Brussels:1"} << sel << L{} << QString();
        QTest::newRow("after the first, the most named")
            << QStringLiteral("⟦Lavrov said Kyiv must talk to Washington, and Washington must "
                              "listen; Washington, he said, holds the key.⟧")
            << L{"Sergei Lavrov:Lavrov:1", "United States:Washington:3", "Ukraine:Kyiv:1"} << sel
            << L{"Ukraine:Kyiv:1"} << sel;
        QTest::newRow("equal counts keep the order of mention")
            << QStringLiteral("⟦Brussels, Kyiv and Moscow⟧")
            << L{"European Union:Brussels:1", "Ukraine:Kyiv:1", "Russia:Moscow:1"} << sel
            << L{"Ukraine:Kyiv:1"} << sel;
        QTest::newRow("the first mentioned stays first whatever the count")
            << QStringLiteral("⟦Kyiv heard Moscow, then Moscow, then the Kremlin⟧")
            << L{"Ukraine:Kyiv:1", "Russia:Moscow:3"} << sel << L{"Ukraine:Kyiv:1"} << sel;
        QTest::newRow("a member before its parent mentioned first")
            << QStringLiteral("⟦Washington’s envoy Rubio said Moscow must move.⟧")
            << L{"Marco Rubio:Rubio:1", "United States:Washington:1", "Russia:Moscow:1"} << sel
            << L{} << QString();
        QTest::newRow("a member moves just ahead of its parent")
            << QStringLiteral("⟦The United States and Russia disagreed, Rubio said.⟧")
            << L{"Marco Rubio:Rubio:1", "United States:United States:1", "Russia:Russia:1"} << sel
            << L{} << QString();
        QTest::newRow("a member whose parent is not named keeps its rank")
            << QStringLiteral("⟦Moscow rejected what Rubio proposed⟧")
            << L{"Russia:Moscow:1", "Marco Rubio:Rubio:1"} << sel << L{} << QString();
        QTest::newRow("a member and its parent ahead of the others")
            << QStringLiteral("⟦Moscow said Lavrov would answer Rubio⟧")
            << L{"Sergei Lavrov:Lavrov:1", "Russia:Moscow:1", "Marco Rubio:Rubio:1"} << sel << L{}
            << QString();
        QTest::newRow("two members of one parent, by rank, then the parent")
            << QStringLiteral("⟦Washington sent Kellogg, and Rubio followed⟧")
            << L{"Keith Kellogg:Kellogg:1", "Marco Rubio:Rubio:1", "United States:Washington:1"}
            << sel << L{} << QString();
        QTest::newRow("no cue in the selection: its sentence")
            << QStringLiteral("Rubio expressed American frustration and called on Moscow to "
                              "⟦demonstrate greater flexibility⟧. Kyiv welcomed it.")
            << L{"Marco Rubio:Rubio:1", "United States:American:1", "Russia:Moscow:1"} << sen << L{}
            << QString();
        QTest::newRow("the sentences before and after are not read")
            << QStringLiteral("Kyiv spoke first. Then ⟦the minister⟧ met Lavrov. Brussels "
                              "listened.")
            << L{"Sergei Lavrov:Lavrov:1"} << sen << L{} << QString();
        QTest::newRow("nor the paragraphs")
            << QStringLiteral("Kyiv spoke first\n⟦the minister⟧ met Lavrov\u2029Brussels listened")
            << L{"Sergei Lavrov:Lavrov:1"} << sen << L{} << QString();
        QTest::newRow("a selection across sentences reads them all")
            << QStringLiteral("Brussels waited. Kyiv ⟦spoke. The minister⟧ met Lavrov. Moscow "
                              "listened.")
            << L{"Ukraine:Kyiv:1", "Sergei Lavrov:Lavrov:1"} << sen << L{"Ukraine:Kyiv:1"} << sen;
        QTest::newRow("a name ending in a full stop does not end the sentence")
            << QStringLiteral("The U.S. Secretary of State ⟦pressed for a ceasefire⟧.")
            << L{"Marco Rubio:Secretary of State:1", "United States:U.S.:1"} << sen << L{}
            << QString();
        QTest::newRow("the selection's cues, not the sentence's")
            << QStringLiteral("Lavrov said ⟦Kyiv must yield⟧.") << L{"Ukraine:Kyiv:1"} << sel
            << L{"Ukraine:Kyiv:1"} << sel;
        QTest::newRow("each kind looks further on its own")
            << QStringLiteral("⟦Lavrov spoke⟧ about sanctions.") << L{"Sergei Lavrov:Lavrov:1"}
            << sel << L{"Sanctions:sanctions:1"} << sen;
        QTest::newRow("no cue in the selection or its sentence")
            << QStringLiteral("Moscow spoke. ⟦Nothing was decided.⟧ Kyiv spoke.") << L{}
            << QString() << L{} << QString();
        QTest::newRow("no cue at all") << QStringLiteral("⟦The weather was fine⟧ in the capital.")
                                       << L{} << QString() << L{} << QString();
        QTest::newRow("topics: the first mentioned, then the most named")
            << QStringLiteral("⟦Talks on Iran's file, the nuclear deal, sanctions and "
                              "sanctions relief, and the nuclear deal again⟧")
            << L{} << QString() << L{"Iran:Iran:3", "Sanctions:sanctions:2"} << sel;
        QTest::newRow("a subtopic before its parent topic")
            << QStringLiteral("⟦Ukraine’s grain leaves through Odesa⟧") << L{"Ukraine:Ukraine:1"}
            << sel << L{"Grain deal:grain:2", "Ukraine:Ukraine:1"} << sel;
        QTest::newRow("a cue naming an actor and a topic counts for both")
            << QStringLiteral("⟦Kyiv⟧ answered.") << L{"Ukraine:Kyiv:1"} << sel
            << L{"Ukraine:Kyiv:1"} << sel;
        QTest::newRow("the word as the text writes it")
            << QStringLiteral("⟦MOSCOW’s reply and the kremlin’s silence⟧") << L{"Russia:MOSCOW:2"}
            << sel << L{} << QString();
        QTest::newRow("a cue the selection cuts counts")
            << QStringLiteral("Mos⟦cow insisted⟧ on it.") << L{"Russia:Moscow:1"} << sel << L{}
            << QString();
    }

    void suggestions()
    {
        QFETCH(QString, marked);
        QFETCH(QStringList, actors);
        QFETCH(QString, actorSource);
        QFETCH(QStringList, topics);
        QFETCH(QString, topicSource);

        QString text = marked;
        const qsizetype start = text.indexOf(u'⟦');
        QVERIFY(start >= 0);
        text.remove(start, 1);
        const qsizetype end = text.indexOf(u'⟧');
        QVERIFY(end >= start);
        text.remove(end, 1);

        const CueBook book = CueBook::fromCodebook(::actors(), ::topics());
        const CueParents parents = CueParents::fromCodebook(::actors(), ::topics());
        for (const CueBackend backend : availableCueBackends()) {
            const std::unique_ptr<CueMatcher> matcher = createCueMatcher(backend);
            matcher->setBook(book);
            const CueSuggestions found = suggestFromCues(*matcher, text, start, end, parents);
            QCOMPARE(describe(found.actors), actors);
            QCOMPARE(sourceOf(found.actors), actorSource);
            QCOMPARE(describe(found.topics), topics);
            QCOMPARE(sourceOf(found.topics), topicSource);
            for (const CueSuggestion &s : found.actors + found.topics)
                QCOMPARE(text.mid(s.start, s.word.size()), s.word);
        }
    }

    void sentenceAroundTheSelection_data()
    {
        QTest::addColumn<QString>("marked");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("one sentence")
            << QStringLiteral("One. Two ⟦three⟧ four. Five.") << QStringLiteral("Two three four. ");
        QTest::newRow("starting the text")
            << QStringLiteral("⟦One⟧. Two.") << QStringLiteral("One. ");
        QTest::newRow("ending the text")
            << QStringLiteral("One. Two ⟦three⟧") << QStringLiteral("Two three");
        QTest::newRow("two sentences")
            << QStringLiteral("One. Tw⟦o. Thr⟧ee. Four.") << QStringLiteral("Two. Three. ");
        QTest::newRow("a question")
            << QStringLiteral("Why? ⟦Because⟧ it is. So.") << QStringLiteral("Because it is. ");
        QTest::newRow("up to the line break")
            << QStringLiteral("One\nTwo ⟦three⟧ four\nFive") << QStringLiteral("Two three four");
        QTest::newRow("an empty selection")
            << QStringLiteral("One. ⟦⟧Two. Three.") << QStringLiteral("Two. ");
    }

    void sentenceAroundTheSelection()
    {
        QFETCH(QString, marked);
        QFETCH(QString, sentence);
        QString text = marked;
        const qsizetype start = text.indexOf(u'⟦');
        text.remove(start, 1);
        const qsizetype end = text.indexOf(u'⟧');
        text.remove(end, 1);
        const auto [from, to] = cueSentenceAround(text, start, end, {});
        QCOMPARE(text.mid(from, to - from), sentence);
    }

    void loopingParentsEnd()
    {
        const QString text = QStringLiteral("Lavrov and Moscow");
        const QList<QList<CueEntry>> groups{{{CueKind::Actor, Lavrov}}, {{CueKind::Actor, Russia}}};
        const QList<Cue> cues{{0, 6, 0}, {11, 17, 1}};
        CueParents parents;
        parents.setParent({CueKind::Actor, Lavrov}, Russia);
        parents.setParent({CueKind::Actor, Russia}, Lavrov);
        const CueSuggestions found =
            rankCueSuggestions(text, 0, text.size(), cues, groups, parents);
        QCOMPARE(found.actors.size(), 2);
        QVERIFY(found.topics.isEmpty());
    }

    void outOfRangeSelectionIsClamped()
    {
        const QString text = QStringLiteral("Moscow spoke");
        const QList<QList<CueEntry>> groups{{{CueKind::Actor, Russia}}};
        const QList<Cue> cues{{0, 6, 0}};
        const CueSuggestions found = rankCueSuggestions(text, -5, 100, cues, groups, {});
        QCOMPARE(found.actors.size(), 1);
        QCOMPARE(found.actors.constFirst().word, QStringLiteral("Moscow"));
    }
};

QTEST_GUILESS_MAIN(TestCueSuggestions)
#include "tst_cuesuggestions.moc"
