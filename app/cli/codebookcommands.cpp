// actor add, topic add
#include "cli/clisupport.h"
#include "cli/command.h"
#include "cli/console.h"
#include "cli/topicoptions.h"
#include "core/domain/namelookup.h"
#include "core/domain/translation.h"
#include "core/domain/vocabulary.h"

#include <QCoreApplication>

namespace demarche::cli {
namespace {

QStringList cleaned(const QStringList &values)
{
    QStringList list;
    for (const QString &value : values) {
        if (!value.trimmed().isEmpty() && !list.contains(value.trimmed(), Qt::CaseInsensitive))
            list.append(value.trimmed());
    }
    return list;
}

int runActorAdd(const QCommandLineParser &parser, const QStringList &positional)
{
    Actor actor;
    actor.name = positional.at(1);
    actor.aliases = cleaned(parser.values(QStringLiteral("alias")));
    auto color = colorOption(parser);
    if (!color)
        return fail(color.error());
    actor.color = color->value_or(QColor());
    if (parser.isSet(QStringLiteral("kind"))) {
        const auto kind = vocabulary::actorKindFromKey(parser.value(QStringLiteral("kind")));
        if (!kind) {
            return fail(usageError(
                CliText::tr("--kind: '%1' is not one of %2")
                    .arg(parser.value(QStringLiteral("kind")), vocabulary::actorKindKeys())));
        }
        actor.kind = *kind;
    }
    auto store = openProject(positional.at(0));
    if (!store)
        return fail(store.error());
    if (parser.isSet(QStringLiteral("parent"))) {
        auto actors = store.value()->actors();
        if (!actors)
            return fail(actors.error());
        auto parent = actorIds(actors.value(), {parser.value(QStringLiteral("parent"))});
        if (!parent)
            return fail(parent.error());
        actor.parent = parent->first();
    }
    auto added = store.value()->addActor(actor);
    if (!added)
        return fail(added.error());
    printOut(QStringLiteral("%1\n").arg(added->id.value()));
    return Success;
}

int runTopicAdd(const QCommandLineParser &parser, const QStringList &positional)
{
    Topic topic;
    topic.name = positional.at(1);
    topic.keywords = cleaned(parser.values(QStringLiteral("keyword")));
    auto color = colorOption(parser);
    if (!color)
        return fail(color.error());
    topic.color = color->value_or(QColor());
    readTopicScale(parser, topic);
    auto store = openProject(positional.at(0));
    if (!store)
        return fail(store.error());
    if (parser.isSet(QStringLiteral("parent"))) {
        auto topics = store.value()->topics();
        if (!topics)
            return fail(topics.error());
        const Topic *parent = findTopic(topics.value(), parser.value(QStringLiteral("parent")));
        if (!parent) {
            return fail(badInput(CliText::tr("no topic named \u201c%1\u201d in the project")
                                     .arg(parser.value(QStringLiteral("parent")))));
        }
        topic.parent = parent->id;
    }
    auto added = store.value()->addTopic(topic);
    if (!added)
        return fail(added.error());
    printOut(QStringLiteral("%1\n").arg(added->id.value()));
    return Success;
}

} // namespace

QList<Command> codebookCommands()
{
    const QCommandLineOption color = valueOption(
        QStringLiteral("color"), CliText::tr("Highlight colour."), CliText::tr("#RRGGBB"));
    const QCommandLineOption parent = valueOption(
        QStringLiteral("parent"), CliText::tr("The parent it rolls up to."), CliText::tr("NAME"));
    return {
        {QStringLiteral("actor add"),
         QStringLiteral("PROJECT NAME [--alias A]... [--color #RRGGBB] [--kind K] [--parent NAME]"),
         CliText::tr("Adds an actor; prints its id."),
         {valueOption(QStringLiteral("alias"), CliText::tr("Another name for it (repeatable)."),
                      CliText::tr("A")),
          color,
          valueOption(QStringLiteral("kind"),
                      CliText::tr("state, organisation, person or faction."), CliText::tr("K")),
          parent},
         2,
         2,
         runActorAdd},
        {QStringLiteral("topic add"),
         QStringLiteral("PROJECT NAME [--keyword K]... [--color #RRGGBB] [--parent NAME] "
                        "[--negative-pole TEXT] [--positive-pole TEXT] [--scale-note TEXT]"),
         CliText::tr("Adds a topic; prints its id."),
         QList<QCommandLineOption>{valueOption(QStringLiteral("keyword"),
                                               CliText::tr("A word that cues it (repeatable)."),
                                               CliText::tr("K")),
                                   color, parent}
             + topicScaleOptions(),
         2, 2, runTopicAdd},
    };
}

} // namespace demarche::cli
