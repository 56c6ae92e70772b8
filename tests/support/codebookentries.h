#pragma once

#include "core/domain/actor.h"
#include "core/domain/topic.h"

// Codebook entries for tests of the pure arithmetic, which take lists rather than a store.
namespace demarche::testing {

inline Actor actor(qint64 id, const char *name, qint64 parent = 0)
{
    Actor result;
    result.id = ActorId(id);
    result.name = QString::fromUtf8(name);
    result.parent = ActorId(parent);
    return result;
}

inline Topic topic(qint64 id, const char *name, qint64 parent = 0)
{
    Topic result;
    result.id = TopicId(id);
    result.name = QString::fromUtf8(name);
    result.parent = TopicId(parent);
    return result;
}

} // namespace demarche::testing
