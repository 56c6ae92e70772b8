// The default topics: their keywords cue real sentences in the five languages of the
// sources, and a new project takes their names from the catalogue of the moment.
#include "core/cues/cuebackend.h"
#include "core/cues/documentcues.h"
#include "core/storage/defaulttopics.h"
#include "core/storage/projectstore.h"
#include "support/cuecases.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace demarche;

namespace {

// Brackets every text it is asked for, as a catalogue that translates everything would.
class BracketingTranslator final : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char * = nullptr,
                      int = -1) const override
    {
        return QStringLiteral("\u27e6") + QString::fromUtf8(source) + QStringLiteral("\u27e7");
    }
    bool isEmpty() const override { return false; }
};

// The English names, as the sentences below mark them.
const QStringList SourceNames = {QStringLiteral("Ukraine"), QStringLiteral("Syria"),
                                 QStringLiteral("Iran")};

QList<Topic> numberedDefaults()
{
    QList<Topic> topics = defaultTopics();
    for (qsizetype i = 0; i < topics.size(); ++i)
        topics[i].id = TopicId(i + 1);
    return topics;
}

// "start-end text [t:Ukraine]" for each cue, so that a failure shows the difference.
QStringList describe(const QString &text, const QList<cuecases::ExpectedCue> &cues)
{
    QStringList out;
    for (const cuecases::ExpectedCue &cue : cues) {
        out.append(
            QStringLiteral("%1-%2 %3 [%4]")
                .arg(cue.start)
                .arg(cue.end)
                .arg(text.mid(cue.start, cue.end - cue.start), cue.entries.join(QLatin1Char(' '))));
    }
    return out;
}

// The three topics' texts as a project keeps them.
QStringList topicTexts(const QList<Topic> &topics)
{
    QStringList texts;
    for (const Topic &topic : topics)
        texts << topic.name << topic.negativePole << topic.positivePole << topic.scaleNote;
    return texts;
}

} // namespace

class TestDefaultTopics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cuesInSentences_data();
    void cuesInSentences();
    void keywordsAreListedOnce();
    void newProjectTakesTheCataloguesNames();
    void newProjectUnderGermanHasGermanNames();

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QList<Topic> createdTopics()
    {
        const QString path = m_dir.filePath(QStringLiteral("p%1.demarche").arg(++m_counter));
        auto store = ProjectStore::create(path);
        if (!store)
            qFatal("cannot create a project: %s", qPrintable(store.error().message));
        auto topics = (*store)->topics();
        return topics ? *topics : QList<Topic>();
    }

    QList<Topic> reopenedTopics()
    {
        const QString path = m_dir.filePath(QStringLiteral("p%1.demarche").arg(m_counter));
        auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
        if (!store)
            qFatal("cannot open a project: %s", qPrintable(store.error().message));
        auto topics = (*store)->topics();
        return topics ? *topics : QList<Topic>();
    }
};

// Sentences as the press writes them; [[words|t:Topic]] marks each cue expected, and
// every word not marked must stay plain (Krimi is not Krim, кримінальна is not Крим).
void TestDefaultTopics::cuesInSentences_data()
{
    QTest::addColumn<CueBackend>("backend");
    QTest::addColumn<QString>("marked");
    const QList<std::pair<const char *, QString>> sentences = {
        {"English",
         QStringLiteral("[[Zelenskyy|t:Ukraine]] said in [[Kyiv|t:Ukraine]] that no ceasefire "
                        "would leave [[Crimea|t:Ukraine]] to Russia; [[Tehran|t:Iran]]'s envoy "
                        "met the [[IAEA|t:Iran]] chief.")},
        {"English, a phrase",
         QStringLiteral("Talks on [[Syria|t:Syria]] stalled while the [[Strait of "
                        "Hormuz|t:Iran]] stayed open and [[Damascus|t:Syria]] kept silent.")},
        {"German",
         QStringLiteral("Der [[ukrainische|t:Ukraine]] Präsident [[Selenskyj|t:Ukraine]] lehnte "
                        "in [[Kiew|t:Ukraine]] jede Waffenruhe ab, die die [[Krim|t:Ukraine]] "
                        "Russland überließe.")},
        {"German, Syria and Iran",
         QStringLiteral("Berlin will keine Gespräche mit [[Damaskus|t:Syria]]; [[Teheran|t:Iran]] "
                        "hat die [[Urananreicherung|t:Iran]] nach Angaben der [[IAEO|t:Iran]] "
                        "ausgeweitet, das [[Atomabkommen|t:Iran]] gilt als gescheitert.")},
        {"German, compounds and look-alikes",
         QStringLiteral("Seit dem [[Ukrainekrieg|t:Ukraine]] fliehen [[Syrer|t:Syria]] und "
                        "[[Iraner|t:Iran]] seltener; ein Krimi über den Irak lief im Kino.")},
        {"French",
         QStringLiteral("[[Kiev|t:Ukraine]] refuse tout cessez-le-feu qui laisserait la "
                        "[[Crimée|t:Ukraine]] à la Russie, a déclaré [[Zelensky|t:Ukraine]] aux "
                        "autorités [[ukrainiennes|t:Ukraine]].")},
        {"French, elisions",
         QStringLiteral("Paris exclut toute normalisation avec [[Damas|t:Syria]] ; "
                        "[[Téhéran|t:Iran]] a repris l’[[enrichissement de "
                        "l’uranium|t:Iran]], selon l'[[AIEA|t:Iran]], et menace le détroit "
                        "d’[[Ormuz|t:Iran]].")},
        {"Russian", QStringLiteral("Министр иностранных дел [[Украины|t:Ukraine]] заявил, что "
                                   "[[Киев|t:Ukraine]] не согласится на заморозку конфликта, пока "
                                   "[[Крым|t:Ukraine]] остаётся под контролем России.")},
        {"Russian, cases",
         QStringLiteral("[[Зеленский|t:Ukraine]] встретился с [[украинскими|t:Ukraine]] "
                        "военными в [[Херсоне|t:Ukraine]], а в [[Дамаске|t:Syria]] обсуждали "
                        "будущее [[Сирии|t:Syria]].")},
        {"Russian, Iran",
         QStringLiteral("[[Тегеран|t:Iran]] готов вернуться к [[ядерной сделке|t:Iran]], "
                        "однако [[МАГАТЭ|t:Iran]] сообщило о росте [[обогащения "
                        "урана|t:Iran]] в [[Иране|t:Iran]].")},
        {"Ukrainian",
         QStringLiteral("Президент [[Зеленський|t:Ukraine]] заявив у [[Києві|t:Ukraine]], що "
                        "[[Україна|t:Ukraine]] ніколи не визнає окупації [[Криму|t:Ukraine]].")},
        {"Ukrainian, Syria and Iran",
         QStringLiteral("Делегація [[Сирії|t:Syria]] прибула з [[Дамаска|t:Syria]], а "
                        "[[Тегеран|t:Iran]] відновив [[збагачення урану|t:Iran]], повідомили в "
                        "[[МАГАТЕ|t:Iran]].")},
        {"Ukrainian, look-alikes",
         QStringLiteral("Кримінальна справа щодо [[українських|t:Ukraine]] моряків у Кримському "
                        "суді та іракська нафта.")},
    };
    for (const CueBackend backend : availableCueBackends()) {
        for (const auto &[name, marked] : sentences) {
            QTest::addRow("%s, %s", qPrintable(cueBackendName(backend)), name) << backend << marked;
        }
    }
}

void TestDefaultTopics::cuesInSentences()
{
    QFETCH(CueBackend, backend);
    QFETCH(QString, marked);
    QString text;
    QList<cuecases::ExpectedCue> expected;
    QVERIFY(cuecases::parseMarked(marked, &text, &expected));

    const QList<Topic> topics = numberedDefaults();
    const CueBook book = CueBook::fromCodebook({}, topics);
    const std::unique_ptr<CueMatcher> matcher = createCueMatcher(backend);
    matcher->setBook(book);
    QList<cuecases::ExpectedCue> found;
    for (const Cue &cue : findCues(*matcher, text)) {
        cuecases::ExpectedCue e{cue.start, cue.end, {}};
        for (const CueEntry &entry : book.groups().at(cue.group))
            e.entries.append(QStringLiteral("t:") + SourceNames.value(int(entry.id) - 1));
        found.append(e);
    }
    QCOMPARE(describe(text, found), describe(text, expected));
}

// A word listed twice would only hide that one of its languages lacks a form.
void TestDefaultTopics::keywordsAreListedOnce()
{
    for (const Topic &topic : defaultTopics()) {
        QStringList folded;
        for (const QString &keyword : topic.keywords) {
            QVERIFY2(!keyword.trimmed().isEmpty() && keyword == keyword.trimmed(),
                     qPrintable(topic.name));
            folded.append(keyword.toCaseFolded());
        }
        QCOMPARE(folded.size(), QSet<QString>(folded.cbegin(), folded.cend()).size());
    }
}

// Names, poles and notes go through the catalogue when the project is made, and stay as
// they were made: opening the project later, in another language, changes nothing.
void TestDefaultTopics::newProjectTakesTheCataloguesNames()
{
    const QStringList english = topicTexts(createdTopics());
    QCOMPARE(english.first(), QStringLiteral("Ukraine"));

    BracketingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    const QList<Topic> created = createdTopics();
    QVERIFY(QCoreApplication::removeTranslator(&marking));
    QStringList expected;
    for (const QString &text : english)
        expected.append(QStringLiteral("\u27e6") + text + QStringLiteral("\u27e7"));
    QCOMPARE(topicTexts(created), expected);
    QCOMPARE(created.first().keywords, defaultTopics().first().keywords);

    QCOMPARE(topicTexts(reopenedTopics()), expected);
}

// Compares with what the German catalogue says, so that it holds while the catalogue is
// being translated (an unfinished message falls back to English) and after; the marking
// translator above is what makes this able to fail meanwhile.
void TestDefaultTopics::newProjectUnderGermanHasGermanNames()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral("demarche_de"), QStringLiteral(":/i18n")));
    const auto inGerman = [&german](const char *source) {
        const QString translated = german.translate("DefaultTopics", source);
        return translated.isEmpty() ? QString::fromUtf8(source) : translated;
    };
    // A catalogue without a finished message is empty, and Qt will not install it.
    const bool installed = QCoreApplication::installTranslator(&german);
    QCOMPARE(installed, !german.isEmpty());
    const QList<Topic> topics = createdTopics();
    if (installed)
        QVERIFY(QCoreApplication::removeTranslator(&german));

    QCOMPARE(topics.size(), SourceNames.size());
    for (qsizetype i = 0; i < topics.size(); ++i)
        QCOMPARE(topics[i].name, inGerman(SourceNames[i].toUtf8().constData()));
    QCOMPARE(topics[0].negativePole, inGerman("Full Ukrainian sovereignty over all its territory"));
    QCOMPARE(topics[2].positivePole, inGerman("Talks and engagement without conditions"));
}

QTEST_GUILESS_MAIN(TestDefaultTopics)
#include "tst_defaulttopics.moc"
