#include "cli/codebookoptions.h"

#include "cli/clisupport.h"
#include "cli/topicoptions.h"
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

// The list option (--alias or --keyword), then `own`, --color and --parent; for an edit
// also --name and the clearing flags.
QList<QCommandLineOption> entryOptions(EntryOptions which, const QCommandLineOption &list,
                                       const QString &clearList,
                                       const QList<QCommandLineOption> &own)
{
    QList<QCommandLineOption> options{list};
    options << own
            << valueOption(QStringLiteral("color"), CliText::tr("Highlight colour."),
                           CliText::tr("#RRGGBB"))
            << valueOption(QStringLiteral("parent"), CliText::tr("The parent it rolls up to."),
                           CliText::tr("NAME"));
    if (which == EntryOptions::Edit) {
        const QString listName = list.names().constFirst();
        options.prepend(
            valueOption(QStringLiteral("name"), CliText::tr("Its new name."), CliText::tr("NEW")));
        options << flagOption(QStringLiteral("no-parent"),
                              CliText::tr("Make it top-level: it rolls up to nothing."))
                << flagOption(QStringLiteral("no-") + listName, clearList);
    }
    return options;
}

// --name, the list option (or its clearing flag) and --color; the parent is read apart.
template <typename Item>
Status readCommonFields(const QCommandLineParser &parser, EntryOptions which,
                        const QString &listName, QStringList Item::*list, Item &item)
{
    const bool edit = which == EntryOptions::Edit;
    if (edit && parser.isSet(QStringLiteral("name")))
        item.name = parser.value(QStringLiteral("name")).trimmed();
    const QString clear = QStringLiteral("no-") + listName;
    if (edit && parser.isSet(clear) && parser.isSet(listName))
        return usageError(CliText::tr("--%1 and --%2 exclude each other").arg(listName, clear));
    if (parser.isSet(listName) || (edit && parser.isSet(clear)))
        item.*list = cleaned(parser.values(listName));
    if (edit && parser.isSet(QStringLiteral("no-parent")) && parser.isSet(QStringLiteral("parent")))
        return usageError(CliText::tr("--parent and --no-parent exclude each other"));
    auto color = colorOption(parser);
    if (!color)
        return color.error();
    if (color.value())
        item.color = *color.value();
    return {};
}

} // namespace

QList<QCommandLineOption> actorOptions(EntryOptions which)
{
    return entryOptions(
        which,
        valueOption(QStringLiteral("alias"),
                    CliText::tr("Another name for it (repeatable); an edit replaces them all."),
                    CliText::tr("A")),
        CliText::tr("Remove all its aliases."),
        {valueOption(QStringLiteral("kind"), CliText::tr("state, organisation, person or faction."),
                     CliText::tr("K"))});
}

QList<QCommandLineOption> topicOptions(EntryOptions which)
{
    return entryOptions(
        which,
        valueOption(QStringLiteral("keyword"),
                    CliText::tr("A word that cues it (repeatable); an edit replaces them all."),
                    CliText::tr("K")),
        CliText::tr("Remove all its keywords."), topicScaleOptions());
}

Status readActorFields(const QCommandLineParser &parser, EntryOptions which,
                       const QList<Actor> &actors, Actor &actor)
{
    if (Status common =
            readCommonFields(parser, which, QStringLiteral("alias"), &Actor::aliases, actor);
        !common)
        return common;
    if (parser.isSet(QStringLiteral("kind"))) {
        const auto kind = vocabulary::actorKindFromKey(parser.value(QStringLiteral("kind")));
        if (!kind) {
            return usageError(
                CliText::tr("--kind: '%1' is not one of %2")
                    .arg(parser.value(QStringLiteral("kind")), vocabulary::actorKindKeys()));
        }
        actor.kind = *kind;
    }
    if (which == EntryOptions::Edit && parser.isSet(QStringLiteral("no-parent")))
        actor.parent = ActorId();
    if (parser.isSet(QStringLiteral("parent"))) {
        auto parent = actorIds(actors, {parser.value(QStringLiteral("parent"))});
        if (!parent)
            return parent.error();
        actor.parent = parent->first();
    }
    return {};
}

Status readTopicFields(const QCommandLineParser &parser, EntryOptions which,
                       const QList<Topic> &topics, Topic &topic)
{
    if (Status common =
            readCommonFields(parser, which, QStringLiteral("keyword"), &Topic::keywords, topic);
        !common)
        return common;
    if (which == EntryOptions::Edit && parser.isSet(QStringLiteral("no-parent")))
        topic.parent = TopicId();
    if (parser.isSet(QStringLiteral("parent"))) {
        auto parent = topicIds(topics, {parser.value(QStringLiteral("parent"))});
        if (!parent)
            return parent.error();
        topic.parent = parent->first();
    }
    readTopicScale(parser, topic);
    return {};
}

} // namespace demarche::cli
