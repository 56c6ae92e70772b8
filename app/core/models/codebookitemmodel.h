#pragma once

#include "core/domain/actor.h"
#include "core/domain/topic.h"
#include "core/models/codebooktreemodel.h"

namespace demarche {

// The codebook tree of one kind of entry: ActorTreeModel or TopicTreeModel. Adds typed
// access and turns edits into the codebook's undo commands.
template <typename Item>
class CodebookItemModel final : public CodebookTreeModel
{
public:
    using IdType = decltype(Item::id);

    explicit CodebookItemModel(Project &project, QObject *parent = nullptr);

    IdType idAt(const QModelIndex &index) const { return IdType(entryIdAt(index)); }
    QModelIndex indexOf(IdType id, int column = 0) const
    {
        return indexOfEntry(id.value(), column);
    }

    qint64 addEntry(const QString &name, qint64 parent) override;
    bool mergeEntry(qint64 from, qint64 into) override;
    bool removeEntry(qint64 id) override;

private:
    QList<CodebookEntry> readEntries() const override;
    QList<qint64> entriesUsedBy(const Claim &claim) const override;
    bool changeEntry(qint64 id, Field field, const QVariant &value) override;
    bool reorder(const QList<qint64> &order) override;
    QVariant idValue(qint64 id) const override { return QVariant::fromValue(IdType(id)); }
};

using ActorTreeModel = CodebookItemModel<Actor>;
using TopicTreeModel = CodebookItemModel<Topic>;

extern template class CodebookItemModel<Actor>;
extern template class CodebookItemModel<Topic>;

} // namespace demarche
