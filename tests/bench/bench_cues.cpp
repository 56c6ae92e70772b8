// Times the cue engines on a 1 MB article with a codebook of 200 names, aliases and
// keywords: loading the codebook (for KSyntaxHighlighting: writing the definition and
// reloading the repository) and the cue pass over the whole text, for every engine the
// build has. Best of several runs, wall-clock and thread CPU time.
//
//   build/tests/bench/bench_cues [runs]
#include "benchtiming.h"
#include "core/cues/cuebackend.h"
#include "core/cues/documentcues.h"

#include <QCoreApplication>
#include <QRandomGenerator>

using namespace demarche;
using namespace demarche::bench;

namespace {

// 20 actors with 5 aliases each and 10 topics with 9 keywords each: 200 terms, a quarter
// of them phrases.
void syntheticCodebook(QList<Actor> &actors, QList<Topic> &topics, QStringList &terms)
{
    for (int a = 0; a < 20; ++a) {
        Actor actor;
        actor.id = ActorId(a + 1);
        actor.name = QStringLiteral("Actor%1").arg(a);
        for (int i = 0; i < 5; ++i) {
            actor.aliases.append(i % 4 == 0
                                     ? QStringLiteral("the office of person%1x%2").arg(a).arg(i)
                                     : QStringLiteral("alias%1x%2").arg(a).arg(i));
        }
        terms << actor.name << actor.aliases;
        actors.append(actor);
    }
    for (int t = 0; t < 10; ++t) {
        Topic topic;
        topic.id = TopicId(t + 1);
        topic.name = QStringLiteral("Topic%1").arg(t);
        for (int i = 0; i < 9; ++i) {
            topic.keywords.append(i % 4 == 0 ? QStringLiteral("issue %1 of %2").arg(i).arg(t)
                                             : QStringLiteral("keyword%1x%2").arg(t).arg(i));
        }
        terms << topic.name << topic.keywords;
        topics.append(topic);
    }
}

// Prose of about 1 MB in paragraphs of about 600 characters; one word in 12 is a term.
QString syntheticArticle(const QStringList &terms)
{
    const QStringList words = {
        QStringLiteral("the"),          QStringLiteral("minister"),
        QStringLiteral("said"),         QStringLiteral("that"),
        QStringLiteral("security"),     QStringLiteral("guarantees"),
        QStringLiteral("remain"),       QStringLiteral("a"),
        QStringLiteral("condition"),    QStringLiteral("for"),
        QStringLiteral("talks,"),       QStringLiteral("while"),
        QStringLiteral("«переговоры»"), QStringLiteral("заявил"),
        QStringLiteral("“we"),          QStringLiteral("refuse”"),
        QStringLiteral("(officially)"), QStringLiteral("it's"),
    };
    QRandomGenerator random(11);
    QString text;
    text.reserve(1'020'000);
    while (text.size() < 1'000'000) {
        if (!text.isEmpty())
            text += QStringLiteral("\n\n");
        const qsizetype start = text.size();
        while (text.size() - start < 600) {
            text += random.bounded(12) == 0 ? terms.at(random.bounded(int(terms.size())))
                                            : words.at(random.bounded(int(words.size())));
            text += u' ';
        }
        text.chop(1);
        text += u'.';
    }
    return text;
}

QString engineLabel(CueBackend backend)
{
    return cueBackendName(backend);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_cues"));
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    QList<Actor> actors;
    QList<Topic> topics;
    QStringList terms;
    syntheticCodebook(actors, topics, terms);
    const QString text = syntheticArticle(terms);
    const CueBook book = CueBook::fromCodebook(actors, topics);
    say(QStringLiteral("cue engines: %1 characters, %2 terms, best of %3 runs")
            .arg(text.size())
            .arg(book.terms().size())
            .arg(runs));

    for (const CueBackend backend : availableCueBackends()) {
        const std::unique_ptr<CueMatcher> matcher = createCueMatcher(backend);
        const Timing load = bestOf(runs, [&] { matcher->setBook(book); });
        qsizetype count = 0;
        const Timing pass = bestOf(runs, [&] { count = findCues(*matcher, text).size(); });
        // A codebook edit: one alias more, loaded, then the whole text again.
        QList<Actor> edited = actors;
        edited.first().aliases.append(QStringLiteral("newalias"));
        const CueBook editedBook = CueBook::fromCodebook(edited, topics);
        const Timing edit = bestOf(runs, [&] {
            matcher->setBook(editedBook);
            findCues(*matcher, text);
        });
        say(QStringLiteral("%1: load codebook %2; cue pass %3 (%4 cues); edit and pass again %5")
                .arg(engineLabel(backend), ms(load), ms(pass))
                .arg(count)
                .arg(ms(edit)));
    }
    return 0;
}
