#pragma once

#include "core/commands/commandtext.h"
#include "core/project/project.h"

namespace demarche {

// What differs between actors and topics for the codebook commands.
template <typename Item>
struct CodebookTraits;

template <>
struct CodebookTraits<Actor>
{
    static const QList<Actor> &items(const Project &p) { return p.actors(); }
    static Result<Actor> insert(Project &p, const Actor &a) { return p.insertActor(a); }
    static Status change(Project &p, const Actor &a) { return p.changeActor(a); }
    static Status remove(Project &p, ActorId id) { return p.deleteActor(id); }
    static bool uses(const Claim &c, ActorId id) { return c.holder == id || c.target == id; }
    static Claim reassign(Claim c, ActorId from, ActorId into)
    {
        if (c.holder == from)
            c.holder = into;
        if (c.target == from)
            c.target = into;
        if (c.target == c.holder) // an actor does not address itself
            c.target = ActorId();
        return c;
    }
    static QString addText(const QString &n) { return CommandText::tr("Add actor “%1”").arg(n); }
    static QString changeText(const QString &n)
    {
        return CommandText::tr("Edit actor “%1”").arg(n);
    }
    static QString removeText(const QString &n)
    {
        return CommandText::tr("Delete actor “%1”").arg(n);
    }
    static QString mergeText(const QString &from, const QString &into)
    {
        return CommandText::tr("Merge actor “%1” into “%2”").arg(from, into);
    }
    static QString reorderText() { return CommandText::tr("Reorder actors"); }
};

template <>
struct CodebookTraits<Topic>
{
    static const QList<Topic> &items(const Project &p) { return p.topics(); }
    static Result<Topic> insert(Project &p, const Topic &t) { return p.insertTopic(t); }
    static Status change(Project &p, const Topic &t) { return p.changeTopic(t); }
    static Status remove(Project &p, TopicId id) { return p.deleteTopic(id); }
    static bool uses(const Claim &c, TopicId id) { return c.topic == id; }
    static Claim reassign(Claim c, TopicId from, TopicId into)
    {
        if (c.topic == from)
            c.topic = into;
        return c;
    }
    static QString addText(const QString &n) { return CommandText::tr("Add topic “%1”").arg(n); }
    static QString changeText(const QString &n)
    {
        return CommandText::tr("Edit topic “%1”").arg(n);
    }
    static QString removeText(const QString &n)
    {
        return CommandText::tr("Delete topic “%1”").arg(n);
    }
    static QString mergeText(const QString &from, const QString &into)
    {
        return CommandText::tr("Merge topic “%1” into “%2”").arg(from, into);
    }
    static QString reorderText() { return CommandText::tr("Reorder topics"); }
};

} // namespace demarche
