// actor edit, actor remove, topic edit, topic remove
#include "cli/clisupport.h"
#include "cli/codebookoptions.h"
#include "cli/command.h"
#include "cli/console.h"
#include "core/commands/codebooktraits.h"
#include "core/domain/namelookup.h"
#include "core/domain/translation.h"

#include <QCoreApplication>
#include <QLocale>

namespace demarche::cli {
namespace {

// What differs between actors and topics here; the claims' rules (which claims use an
// entry, how a claim moves to another) are the undo commands' own, in CodebookTraits.
template <typename Item>
struct Entries;

template <>
struct Entries<Actor>
{
    static Result<QList<Actor>> all(const ProjectStore &s) { return s.actors(); }
    static Status update(ProjectStore &s, const Actor &a) { return s.updateActor(a); }
    static Status remove(ProjectStore &s, ActorId id) { return s.removeActor(id); }
    static Result<QList<ActorId>> find(const QList<Actor> &actors, const QString &name)
    {
        return actorIds(actors, {name});
    }
    static Status read(const QCommandLineParser &p, const QList<Actor> &all, Actor &a)
    {
        return readActorFields(p, EntryOptions::Edit, all, a);
    }
    static QString inUse(const QString &name, const QString &uses)
    {
        //: %2 lists what still uses the actor: "2 claims and 1 member"
        return CliText::tr("actor \u201c%1\u201d is still used: %2; give --reassign-to NAME to "
                           "move them")
            .arg(name, uses);
    }
    static QString children(int n) { return CliText::tr("%n member(s)", nullptr, n); }
};

template <>
struct Entries<Topic>
{
    static Result<QList<Topic>> all(const ProjectStore &s) { return s.topics(); }
    static Status update(ProjectStore &s, const Topic &t) { return s.updateTopic(t); }
    static Status remove(ProjectStore &s, TopicId id) { return s.removeTopic(id); }
    static Result<QList<TopicId>> find(const QList<Topic> &topics, const QString &name)
    {
        return topicIds(topics, {name});
    }
    static Status read(const QCommandLineParser &p, const QList<Topic> &all, Topic &t)
    {
        return readTopicFields(p, EntryOptions::Edit, all, t);
    }
    static QString inUse(const QString &name, const QString &uses)
    {
        //: %2 lists what still uses the topic: "1 claim and 2 sub-topics"
        return CliText::tr("topic \u201c%1\u201d is still used: %2; give --reassign-to NAME to "
                           "move them")
            .arg(name, uses);
    }
    static QString children(int n) { return CliText::tr("%n sub-topic(s)", nullptr, n); }
};

template <typename Item>
int runEdit(const QCommandLineParser &parser, const QStringList &positional)
{
    auto store = openProject(positional.at(0));
    if (!store)
        return fail(store.error());
    auto items = Entries<Item>::all(*store.value());
    if (!items)
        return fail(items.error());
    auto id = Entries<Item>::find(items.value(), positional.at(1));
    if (!id)
        return fail(id.error());
    Item item = *findById(items.value(), id->first());
    if (Status read = Entries<Item>::read(parser, items.value(), item); !read)
        return fail(read.error());
    // The store refuses a name already taken and a parent that leads back to the entry.
    if (Status updated = Entries<Item>::update(*store.value(), item); !updated)
        return fail(updated.error());
    return Success;
}

// Refused while a claim or a child entry uses it, unless --reassign-to names where they
// go; then the claims and children move and the entry goes, all in one transaction.
template <typename Item>
int runRemove(const QCommandLineParser &parser, const QStringList &positional)
{
    using Traits = CodebookTraits<Item>;
    using Id = decltype(Item::id);
    auto store = openProject(positional.at(0));
    if (!store)
        return fail(store.error());
    ProjectStore &project = *store.value();
    auto items = Entries<Item>::all(project);
    if (!items)
        return fail(items.error());
    auto found = Entries<Item>::find(items.value(), positional.at(1));
    if (!found)
        return fail(found.error());
    const Item item = *findById(items.value(), found->first());
    Id into;
    if (parser.isSet(QStringLiteral("reassign-to"))) {
        auto target =
            Entries<Item>::find(items.value(), parser.value(QStringLiteral("reassign-to")));
        if (!target)
            return fail(target.error());
        into = target->first();
        if (into == item.id) {
            return fail(usageError(CliText::tr("--reassign-to: \u201c%1\u201d is the one removed")
                                       .arg(parser.value(QStringLiteral("reassign-to")))));
        }
    }

    const Status removed = project.transaction([&]() -> Status {
        QList<Claim> claims;
        Status scanned = project.forEachClaim({}, [&](const Claim &claim) {
            if (Traits::uses(claim, item.id))
                claims.append(claim);
        });
        if (!scanned)
            return scanned;
        QList<Item> children;
        for (const Item &other : items.value()) {
            if (other.parent == item.id)
                children.append(other);
        }
        if (!into.isValid() && (!claims.isEmpty() || !children.isEmpty())) {
            QStringList uses;
            if (!claims.isEmpty())
                uses << CliText::tr("%n claim(s)", nullptr, int(claims.size()));
            if (!children.isEmpty())
                uses << Entries<Item>::children(int(children.size()));
            return badInput(Entries<Item>::inUse(item.name, QLocale().createSeparatedList(uses)));
        }
        for (const Claim &claim : std::as_const(claims)) {
            if (Status moved = project.updateClaim(Traits::reassign(claim, item.id, into)); !moved)
                return moved;
        }
        for (Item child : std::as_const(children)) {
            child.parent = child.id == into ? Id() : into;
            if (Status moved = Entries<Item>::update(project, child); !moved)
                return moved;
        }
        return Entries<Item>::remove(project, item.id);
    });
    if (!removed)
        return fail(removed.error());
    return Success;
}

QCommandLineOption reassignOption(const QString &description)
{
    return valueOption(QStringLiteral("reassign-to"), description, CliText::tr("NAME"));
}

} // namespace

QList<Command> codebookEditCommands()
{
    return {
        {QStringLiteral("actor edit"),
         QStringLiteral("PROJECT NAME [--name NEW] [--alias A... | --no-alias] [--kind K] "
                        "[--color #RRGGBB] [--parent NAME | --no-parent]"),
         CliText::tr("Changes the given fields of an actor; --alias replaces its aliases."),
         actorOptions(EntryOptions::Edit), 2, 2, runEdit<Actor>},
        {QStringLiteral("actor remove"),
         QStringLiteral("PROJECT NAME [--reassign-to NAME]"),
         CliText::tr("Removes an actor; refused while claims or members use it, unless they "
                     "are reassigned."),
         {reassignOption(CliText::tr("Move its claims (as holder or target) and its members to "
                                     "this actor first."))},
         2,
         2,
         runRemove<Actor>},
        {QStringLiteral("topic edit"),
         QStringLiteral("PROJECT NAME [--name NEW] [--keyword K... | --no-keyword] "
                        "[--color #RRGGBB] [--parent NAME | --no-parent] "
                        "[--negative-pole TEXT] [--positive-pole TEXT] [--scale-note TEXT]"),
         CliText::tr("Changes the given fields of a topic; --keyword replaces its keywords."),
         topicOptions(EntryOptions::Edit), 2, 2, runEdit<Topic>},
        {QStringLiteral("topic remove"),
         QStringLiteral("PROJECT NAME [--reassign-to NAME]"),
         CliText::tr("Removes a topic; refused while claims or sub-topics use it, unless they "
                     "are reassigned."),
         {reassignOption(CliText::tr("Move its claims and sub-topics to this topic first."))},
         2,
         2,
         runRemove<Topic>},
    };
}

} // namespace demarche::cli
