// cues
#include "cli/clisupport.h"
#include "cli/command.h"
#include "cli/console.h"
#include "cli/listing.h"
#include "core/cues/cuebackend.h"
#include "core/cues/documentcues.h"
#include "core/domain/translation.h"
#include "core/storage/projectstore.h"
#include "core/text/textindex.h"

#include <QHash>

namespace demarche::cli {
namespace {

// Every (cue, entry) pair as a row: a term naming two entries gives two rows.
Listing cueListing(const QString &text, const QList<Cue> &cues, const CueBook &book,
                   const QHash<qint64, QString> &actorNames,
                   const QHash<qint64, QString> &topicNames)
{
    Listing listing;
    listing.columns = {QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("text"),
                       QStringLiteral("kind"), QStringLiteral("name")};
    const TextIndex index(text);
    for (const Cue &cue : cues) {
        const QString words = text.mid(cue.start, cue.end - cue.start);
        for (const CueEntry &entry : book.groups().at(cue.group)) {
            const bool actor = entry.kind == CueKind::Actor;
            listing.rows.append({index.toCodePoint(cue.start), index.toCodePoint(cue.end), words,
                                 actor ? QStringLiteral("actor") : QStringLiteral("topic"),
                                 (actor ? actorNames : topicNames).value(entry.id)});
        }
    }
    return listing;
}

int runCues(const QCommandLineParser &parser, const QStringList &positional)
{
    auto format = listingFormat(parser.value(QStringLiteral("format")));
    if (!format)
        return fail(format.error());
    const auto id = documentIdArgument(positional.at(1));
    if (!id)
        return fail(id.error());
    auto store = openProjectToRead(positional.at(0));
    if (!store)
        return fail(store.error());
    auto document = store.value()->document(id.value());
    if (!document)
        return fail(document.error());
    auto actors = store.value()->actors();
    if (!actors)
        return fail(actors.error());
    auto topics = store.value()->topics();
    if (!topics)
        return fail(topics.error());

    QHash<qint64, QString> actorNames;
    for (const Actor &actor : actors.value())
        actorNames.insert(actor.id.value(), actor.name);
    QHash<qint64, QString> topicNames;
    for (const Topic &topic : topics.value())
        topicNames.insert(topic.id.value(), topic.name);

    const CueBook book = CueBook::fromCodebook(actors.value(), topics.value());
    const std::unique_ptr<CueMatcher> matcher = createCueMatcher();
    matcher->setBook(book);
    const QList<Cue> cues = findCues(*matcher, document->text);
    printRaw(renderListing(cueListing(document->text, cues, book, actorNames, topicNames),
                           format.value()));
    return Success;
}

} // namespace

QList<Command> cueCommands()
{
    return {
        {QStringLiteral("cues"),
         QStringLiteral("PROJECT DOC_ID [--format table|csv|json]"),
         CliText::tr("Lists where the codebook's names, aliases and keywords occur in a "
                     "document (code points, end exclusive)."),
         {listingFormatOption()},
         2,
         2,
         runCues},
    };
}

} // namespace demarche::cli
