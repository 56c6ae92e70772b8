// actor add, topic add
#include "cli/clisupport.h"
#include "cli/codebookoptions.h"
#include "cli/command.h"
#include "cli/console.h"
#include "core/domain/translation.h"

#include <QCoreApplication>

namespace demarche::cli {
namespace {

int runActorAdd(const QCommandLineParser &parser, const QStringList &positional)
{
    auto store = openProject(positional.at(0));
    if (!store)
        return fail(store.error());
    auto actors = store.value()->actors();
    if (!actors)
        return fail(actors.error());
    Actor actor;
    actor.name = positional.at(1);
    if (Status read = readActorFields(parser, EntryOptions::Add, actors.value(), actor); !read)
        return fail(read.error());
    auto added = store.value()->addActor(actor);
    if (!added)
        return fail(added.error());
    printOut(QStringLiteral("%1\n").arg(added->id.value()));
    return Success;
}

int runTopicAdd(const QCommandLineParser &parser, const QStringList &positional)
{
    auto store = openProject(positional.at(0));
    if (!store)
        return fail(store.error());
    auto topics = store.value()->topics();
    if (!topics)
        return fail(topics.error());
    Topic topic;
    topic.name = positional.at(1);
    if (Status read = readTopicFields(parser, EntryOptions::Add, topics.value(), topic); !read)
        return fail(read.error());
    auto added = store.value()->addTopic(topic);
    if (!added)
        return fail(added.error());
    printOut(QStringLiteral("%1\n").arg(added->id.value()));
    return Success;
}

} // namespace

QList<Command> codebookCommands()
{
    return {
        {QStringLiteral("actor add"),
         QStringLiteral("PROJECT NAME [--alias A]... [--kind K] [--color #RRGGBB] [--parent NAME]"),
         CliText::tr("Adds an actor; prints its id."), actorOptions(EntryOptions::Add), 2, 2,
         runActorAdd},
        {QStringLiteral("topic add"),
         QStringLiteral("PROJECT NAME [--keyword K]... [--color #RRGGBB] [--parent NAME] "
                        "[--negative-pole TEXT] [--positive-pole TEXT] [--scale-note TEXT]"),
         CliText::tr("Adds a topic; prints its id."), topicOptions(EntryOptions::Add), 2, 2,
         runTopicAdd},
    };
}

} // namespace demarche::cli
