// The cue engines: the shared cases against every engine this build has, the engines
// against each other, the book and the syntax definition.
#include "core/cues/cuebackend.h"
#include "core/cues/cuedefinition.h"
#include "core/cues/documentcues.h"
#include "support/cuecases.h"

#include <QMap>
#include <QRandomGenerator>
#include <QTest>
#include <QXmlStreamReader>

using namespace demarche;

Q_DECLARE_METATYPE(demarche::CueBackend)

namespace {

using cuecases::CueCase;

QString label(const CueCase &c, const CueEntry &entry)
{
    if (entry.kind == CueKind::Actor) {
        for (const Actor &actor : c.actors) {
            if (actor.id.value() == entry.id)
                return QStringLiteral("a:") + actor.name;
        }
    }
    for (const Topic &topic : c.topics) {
        if (topic.id.value() == entry.id)
            return QStringLiteral("t:") + topic.name;
    }
    return QStringLiteral("?");
}

// "start-end text [a:Russia t:Iran]" for each cue, so that a failure shows the difference.
QStringList describe(const QString &text, const QList<cuecases::ExpectedCue> &cues)
{
    QStringList out;
    for (const cuecases::ExpectedCue &cue : cues) {
        QStringList entries = cue.entries;
        entries.sort();
        out.append(
            QStringLiteral("%1-%2 %3 [%4]")
                .arg(cue.start)
                .arg(cue.end)
                .arg(text.mid(cue.start, cue.end - cue.start), entries.join(QLatin1Char(' '))));
    }
    return out;
}

QList<cuecases::ExpectedCue> found(const CueCase &c, CueBackend backend)
{
    const CueBook book = CueBook::fromCodebook(c.actors, c.topics);
    const std::unique_ptr<CueMatcher> matcher = createCueMatcher(backend);
    matcher->setBook(book);
    QList<cuecases::ExpectedCue> out;
    for (const Cue &cue : findCues(*matcher, c.text)) {
        cuecases::ExpectedCue e{cue.start, cue.end, {}};
        for (const CueEntry &entry : book.groups().at(cue.group))
            e.entries.append(label(c, entry));
        out.append(e);
    }
    return out;
}

QString backendName(CueBackend backend)
{
    return backend == CueBackend::Builtin ? QStringLiteral("built-in")
                                          : QStringLiteral("KSyntaxHighlighting");
}

} // namespace

class TestCues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sharedCases_data();
    void sharedCases();
    void enginesAgreeOnRandomText();
    void bookKeepsMatchableTerms_data();
    void bookKeepsMatchableTerms();
    void bookMergesTermsThatDifferInCase();
    void definitionPutsLongestPhrasesFirst();
    void cuesFollowTheBook();

private:
    static QString randomText(QRandomGenerator &random, const QStringList &pieces,
                              const QString &delimiters);
    static void compareEngines(const QString &text, CueMatcher &builtin, CueMatcher &ksyntax);

    QList<CueCase> m_cases;
};

void TestCues::initTestCase()
{
    m_cases = cuecases::load();
    QVERIFY2(m_cases.size() >= 30, "tests/data/cues/cases.json is missing or short");
}

void TestCues::sharedCases_data()
{
    QTest::addColumn<CueBackend>("backend");
    QTest::addColumn<int>("index");
    for (const CueBackend backend : availableCueBackends()) {
        for (int i = 0; i < m_cases.size(); ++i) {
            QTest::addRow("%s: %s", qPrintable(backendName(backend)), qPrintable(m_cases[i].name))
                << backend << i;
        }
    }
}

void TestCues::sharedCases()
{
    QFETCH(CueBackend, backend);
    QFETCH(int, index);
    const CueCase &c = m_cases.at(index);
    QVERIFY2(!c.name.endsWith(QStringLiteral("(badly marked)")), qPrintable(c.name));
    QCOMPARE(describe(c.text, found(c, backend)), describe(c.text, c.expected));
}

// Text made of the codebook's own terms, pieces of them, delimiters and letters, in any
// case: where the engines could differ, they must not.
void TestCues::enginesAgreeOnRandomText()
{
    if (availableCueBackends().size() < 2)
        QSKIP("this build has one cue engine; the KSyntaxHighlighting build compares both");
    QList<Actor> actors;
    QList<Topic> topics;
    QStringList pieces;
    for (const CueCase &c : std::as_const(m_cases)) {
        for (Actor actor : c.actors) {
            actor.id = ActorId(actors.size() + 1);
            actors.append(actor);
            pieces << actor.name << actor.aliases;
        }
        for (Topic topic : c.topics) {
            topic.id = TopicId(topics.size() + 1);
            topics.append(topic);
            pieces << topic.name << topic.keywords;
        }
    }
    const QString delimiters = cueDefaultDelimiters() + cueAdditionalDelimiters();
    const CueBook book = CueBook::fromCodebook(actors, topics);
    const std::unique_ptr<CueMatcher> builtin = createCueMatcher(CueBackend::Builtin);
    const std::unique_ptr<CueMatcher> ksyntax = createCueMatcher(CueBackend::KSyntaxHighlighting);
    builtin->setBook(book);
    ksyntax->setBook(book);
    for (quint32 seed = 1; seed <= 20; ++seed) {
        QRandomGenerator random(seed);
        compareEngines(randomText(random, pieces, delimiters), *builtin, *ksyntax);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("seed %1").arg(seed)));
    }
}

QString TestCues::randomText(QRandomGenerator &random, const QStringList &pieces,
                             const QString &delimiters)
{
    QString text;
    for (int i = 0; i < 3000; ++i) {
        switch (random.bounded(5)) {
        case 0:
            text += pieces.at(random.bounded(int(pieces.size())));
            break;
        case 1: {
            const QString piece = pieces.at(random.bounded(int(pieces.size())));
            text += random.bounded(2) ? piece.toUpper()
                                      : piece.left(random.bounded(int(piece.size()) + 1));
            break;
        }
        case 2:
            text += delimiters.at(random.bounded(int(delimiters.size())));
            break;
        case 3:
            text += QChar(u'a' + random.bounded(26));
            break;
        default:
            text += random.bounded(8) == 0 ? QStringLiteral("\n") : QStringLiteral(" ");
        }
    }
    return textimport::toNfc(text);
}

void TestCues::compareEngines(const QString &text, CueMatcher &builtin, CueMatcher &ksyntax)
{
    const QList<Cue> expected = findCues(builtin, text);
    const QList<Cue> actual = findCues(ksyntax, text);
    QVERIFY(expected.size() > 50);
    for (qsizetype i = 0; i < std::min(expected.size(), actual.size()); ++i) {
        QVERIFY2(
            actual[i] == expected[i],
            qPrintable(QStringLiteral("cue %1: built-in %2-%3, KSyntaxHighlighting %4-%5 in …%6…")
                           .arg(i)
                           .arg(expected[i].start)
                           .arg(expected[i].end)
                           .arg(actual[i].start)
                           .arg(actual[i].end)
                           .arg(text.mid(std::max<qsizetype>(0, expected[i].start - 20), 50))));
    }
    QCOMPARE(actual.size(), expected.size());
}

void TestCues::bookKeepsMatchableTerms_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<bool>("kept");
    QTest::addColumn<bool>("singleWord");
    QTest::newRow("word") << QStringLiteral("Moscow") << true << true;
    QTest::newRow("padded") << QStringLiteral("  Moscow ") << true << true;
    QTest::newRow("phrase") << QStringLiteral("the Kremlin") << true << false;
    QTest::newRow("dotted") << QStringLiteral("U.S.") << true << false;
    QTest::newRow("blank") << QStringLiteral("   ") << false << false;
    QTest::newRow("delimiters only") << QStringLiteral("--") << false << false;
    QTest::newRow("control character") << QStringLiteral("Mos\u0007cow") << false << false;
    QTest::newRow("unpaired surrogate")
        << QString(QChar(0xd800)) + QStringLiteral("x") << false << false;
    QTest::newRow("noncharacter") << QStringLiteral("x\uffff") << false << false;
}

void TestCues::bookKeepsMatchableTerms()
{
    QFETCH(QString, alias);
    QFETCH(bool, kept);
    QFETCH(bool, singleWord);
    Actor actor;
    actor.id = ActorId(7);
    actor.name = QStringLiteral("Russia");
    actor.aliases = {alias};
    const CueBook book = CueBook::fromCodebook({actor}, {});
    QCOMPARE(book.terms().size(), kept ? 2 : 1);
    if (kept) {
        QCOMPARE(book.terms().at(1).text, alias.trimmed());
        QCOMPARE(book.terms().at(1).singleWord, singleWord);
    }
}

void TestCues::bookMergesTermsThatDifferInCase()
{
    Actor ukraine;
    ukraine.id = ActorId(1);
    ukraine.name = QStringLiteral("Ukraine");
    ukraine.aliases = {QStringLiteral("Kyiv"), QStringLiteral("KYIV")};
    Topic war;
    war.id = TopicId(2);
    war.name = QStringLiteral("ukraine");
    war.keywords = {QStringLiteral("kyiv")};
    const CueBook book = CueBook::fromCodebook({ukraine}, {war});
    QCOMPARE(book.terms().size(), 2); // "Ukraine" and "Kyiv", each naming both entries
    QCOMPARE(book.groups().size(), 1);
    const QList<CueEntry> both{{CueKind::Actor, 1}, {CueKind::Topic, 2}};
    QCOMPARE(book.groups().at(0), both);
}

void TestCues::definitionPutsLongestPhrasesFirst()
{
    Actor russia;
    russia.id = ActorId(1);
    russia.name = QStringLiteral("Russia");
    russia.aliases = {QStringLiteral("Kremlin"), QStringLiteral("the Kremlin"),
                      QStringLiteral("the Kremlin walls"),
                      QStringLiteral("Russian Federation & Co <x>")};
    const QByteArray xml =
        cueDefinitionXml(CueBook::fromCodebook({russia}, {}), QStringLiteral("T"));
    QXmlStreamReader reader(xml);
    QMap<QString, QStringList> rules; // context → its rules, in order
    QMap<QString, QStringList> lists; // keyword list → its items
    QString context;
    QString list;
    QString delimiters;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = reader.name().toString();
        const QXmlStreamAttributes attributes = reader.attributes();
        if (name == QLatin1String("context")) {
            context = attributes.value(QStringLiteral("name")).toString();
        } else if (name == QLatin1String("itemDatas")) {
            context.clear();
        } else if (name == QLatin1String("list")) {
            list = attributes.value(QStringLiteral("name")).toString();
        } else if (name == QLatin1String("item")) {
            lists[list].append(reader.readElementText());
        } else if (name == QLatin1String("keywords")) {
            delimiters = attributes.value(QStringLiteral("additionalDeliminator")).toString();
        } else if (!context.isEmpty()) {
            const QString target = attributes.value(QStringLiteral("context")).toString();
            rules[context].append(name + QLatin1Char(' ')
                                  + (name == QLatin1String("RegExpr")
                                         ? QString()
                                         : attributes.value(QStringLiteral("String")).toString())
                                  + QStringLiteral(" → ") + target);
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(delimiters, cueAdditionalDelimiters());
    // The text context skips delimiters, looks ahead at each initial, skips words.
    const QStringList text = rules.value(QStringLiteral("Text"));
    QCOMPARE(text.size(), 5);
    QCOMPARE(text.first(), QStringLiteral("RegExpr  → #stay"));
    QCOMPARE(text.filter(QStringLiteral("AnyChar")).size(), 3); // k, r, t
    QVERIFY(text.contains(QStringLiteral("AnyChar Tt → Initial2")));
    QCOMPARE(text.last(), QStringLiteral("RegExpr  → #stay"));
    // Phrases with one initial, longest first, then the single words, then the way back.
    QCOMPARE(rules.value(QStringLiteral("Initial2")),
             (QStringList{QStringLiteral("WordDetect the Kremlin walls → #pop"),
                          QStringLiteral("WordDetect the Kremlin → #pop"),
                          QStringLiteral("RegExpr  → #pop"), QStringLiteral("RegExpr  → #pop")}));
    QCOMPARE(rules.value(QStringLiteral("Initial1")),
             (QStringList{QStringLiteral("WordDetect Russian Federation & Co <x> → #pop"),
                          QStringLiteral("keyword g0-1 → #pop"), QStringLiteral("RegExpr  → #pop"),
                          QStringLiteral("RegExpr  → #pop")}));
    QCOMPARE(lists.value(QStringLiteral("g0-0")), QStringList{QStringLiteral("Kremlin")});
    QCOMPARE(lists.value(QStringLiteral("g0-1")), QStringList{QStringLiteral("Russia")});
}

void TestCues::cuesFollowTheBook()
{
    for (const CueBackend backend : availableCueBackends()) {
        Actor russia;
        russia.id = ActorId(1);
        russia.name = QStringLiteral("Russia");
        const std::unique_ptr<CueMatcher> matcher = createCueMatcher(backend);
        matcher->setBook(CueBook::fromCodebook({russia}, {}));
        const QString text = QStringLiteral("Moscow said; Russia agreed.");
        QCOMPARE(findCues(*matcher, text).size(), 1);
        russia.aliases = {QStringLiteral("Moscow")};
        matcher->setBook(CueBook::fromCodebook({russia}, {}));
        QCOMPARE(findCues(*matcher, text).size(), 2);
        matcher->setBook(CueBook());
        QCOMPARE(findCues(*matcher, text).size(), 0);
    }
}

QTEST_GUILESS_MAIN(TestCues)
#include "tst_cues.moc"
