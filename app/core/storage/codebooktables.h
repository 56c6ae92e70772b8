#pragma once

#include "core/domain/actor.h"
#include "core/domain/result.h"
#include "core/domain/topic.h"

#include <QList>

namespace demarche {

class StoreConnection;

// The codebook's two tables, actors and topics, which share their rules: names unique
// without regard to case, parents without loops, codebook order, and no removal while
// claims use an entry.
class CodebookTables final
{
public:
    explicit CodebookTables(StoreConnection &connection);
    CodebookTables(const CodebookTables &) = delete;
    CodebookTables &operator=(const CodebookTables &) = delete;

    Result<QList<Actor>> actors() const; // in codebook order
    Result<Actor> addActor(Actor actor);
    Status updateActor(const Actor &actor);
    Status restoreActor(const Actor &actor); // back under its old id, after a removal
    Status removeActor(ActorId id);
    Result<QList<Topic>> topics() const;
    Result<Topic> addTopic(Topic topic);
    Status updateTopic(const Topic &topic);
    Status restoreTopic(const Topic &topic);
    Status removeTopic(TopicId id);

private:
    StoreConnection &m_connection;
};

} // namespace demarche
