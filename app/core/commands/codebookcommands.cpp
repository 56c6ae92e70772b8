#include "core/commands/codebookcommands.h"

#include "core/commands/codebooktraits.h"

namespace demarche {
namespace {

template <typename Item, typename IdType>
Item entryOf(const Project &project, IdType id)
{
    for (const Item &item : CodebookTraits<Item>::items(project)) {
        if (item.id == id)
            return item;
    }
    return {};
}

template <typename Item, typename IdType>
QList<Item> childrenOf(const Project &project, IdType id)
{
    QList<Item> children;
    for (const Item &item : CodebookTraits<Item>::items(project)) {
        if (item.parent == id)
            children.append(item);
    }
    return children;
}

template <typename Item>
Status reparent(Project &project, const QList<Item> &children, decltype(Item::id) parent)
{
    for (const Item &child : children) {
        // The current entry, in case other fields changed since it was captured.
        Item current = entryOf<Item>(project, child.id);
        if (!current.id.isValid())
            continue;
        current.parent = parent == current.id ? decltype(Item::id)() : parent;
        if (Status s = CodebookTraits<Item>::change(project, current); !s)
            return s;
    }
    return {};
}

// The store only refuses to remove an actor that holds claims; one that claims merely
// address would vanish from them (ON DELETE SET NULL) without undo or signals.
template <typename Item>
Status checkUnused(const Project &project, const Item &item)
{
    if (!item.id.isValid())
        return {}; // the store names the missing entry
    int uses = 0;
    Status scanned = project.store().forEachClaim({}, [&item, &uses](const Claim &claim) {
        if (CodebookTraits<Item>::uses(claim, item.id))
            ++uses;
    });
    if (!scanned)
        return scanned;
    if (uses > 0)
        return badInput(
            CommandText::tr("“%1” is used by %n claim(s); reassign them first", nullptr, uses)
                .arg(item.name));
    return {};
}

} // namespace

// --- Add

template <typename Item>
AddEntryCommand<Item>::AddEntryCommand(Project &project, const Item &item)
    : ProjectCommand(project, CodebookTraits<Item>::addText(item.name))
    , m_item(item)
{}

template <typename Item>
Status AddEntryCommand<Item>::apply()
{
    auto added = CodebookTraits<Item>::insert(project(), m_item);
    if (!added)
        return added.error();
    m_item = added.value();
    return {};
}

template <typename Item>
Status AddEntryCommand<Item>::revert()
{
    return CodebookTraits<Item>::remove(project(), m_item.id);
}

// --- Change

template <typename Item>
ChangeEntryCommand<Item>::ChangeEntryCommand(Project &project, const Item &before,
                                             const Item &after)
    : ProjectCommand(project, CodebookTraits<Item>::changeText(before.name))
    , m_before(before)
    , m_after(after)
{}

template <typename Item>
Status ChangeEntryCommand<Item>::apply()
{
    return CodebookTraits<Item>::change(project(), m_after);
}

template <typename Item>
Status ChangeEntryCommand<Item>::revert()
{
    return CodebookTraits<Item>::change(project(), m_before);
}

// --- Remove

template <typename Item>
RemoveEntryCommand<Item>::RemoveEntryCommand(Project &project, decltype(Item::id) id)
    : ProjectCommand(project, CodebookTraits<Item>::removeText(entryOf<Item>(project, id).name))
    , m_id(id)
{}

template <typename Item>
Status RemoveEntryCommand<Item>::apply()
{
    m_item = entryOf<Item>(project(), m_id);
    m_children = childrenOf<Item>(project(), m_id);
    if (Status unused = checkUnused(project(), m_item); !unused)
        return unused;
    return CodebookTraits<Item>::remove(project(), m_id);
}

template <typename Item>
Status RemoveEntryCommand<Item>::revert()
{
    auto restored = CodebookTraits<Item>::insert(project(), m_item);
    if (!restored)
        return restored.error();
    return reparent(project(), m_children, m_id);
}

// --- Merge

template <typename Item>
MergeEntriesCommand<Item>::MergeEntriesCommand(Project &project, decltype(Item::id) from,
                                               decltype(Item::id) into)
    : ProjectCommand(project, CodebookTraits<Item>::mergeText(entryOf<Item>(project, from).name,
                                                              entryOf<Item>(project, into).name))
    , m_from(from)
    , m_into(into)
{}

template <typename Item>
Status MergeEntriesCommand<Item>::apply()
{
    using Traits = CodebookTraits<Item>;
    if (m_from == m_into)
        return badInput(CommandText::tr("an entry cannot be merged into itself"));
    m_removed = entryOf<Item>(project(), m_from);
    m_children = childrenOf<Item>(project(), m_from);
    m_claimsBefore.clear();
    Status scanned = project().store().forEachClaim({}, [this](const Claim &claim) {
        if (Traits::uses(claim, m_from))
            m_claimsBefore.append(claim);
    });
    if (!scanned)
        return scanned;
    for (const Claim &claim : std::as_const(m_claimsBefore)) {
        auto moved = project().changeClaim(Traits::reassign(claim, m_from, m_into));
        if (!moved)
            return moved.error();
    }
    if (Status s = reparent(project(), m_children, m_into); !s)
        return s;
    return Traits::remove(project(), m_from);
}

template <typename Item>
Status MergeEntriesCommand<Item>::revert()
{
    auto restored = CodebookTraits<Item>::insert(project(), m_removed);
    if (!restored)
        return restored.error();
    if (Status s = reparent(project(), m_children, m_from); !s)
        return s;
    for (const Claim &claim : std::as_const(m_claimsBefore)) {
        auto back = project().changeClaim(claim);
        if (!back)
            return back.error();
    }
    return {};
}

// --- Reorder

template <typename Item>
ReorderEntriesCommand<Item>::ReorderEntriesCommand(Project &project,
                                                   const QList<decltype(Item::id)> &order)
    : ProjectCommand(project, CodebookTraits<Item>::reorderText())
    , m_after(order)
{
    for (const Item &item : CodebookTraits<Item>::items(project))
        m_before.append(item.id);
}

template <typename Item>
Status ReorderEntriesCommand<Item>::applyOrder(const QList<decltype(Item::id)> &order)
{
    int position = 0;
    for (auto id : order) {
        Item item = entryOf<Item>(project(), id);
        if (!item.id.isValid())
            continue;
        ++position;
        if (item.sortOrder == position)
            continue;
        item.sortOrder = position;
        if (Status s = CodebookTraits<Item>::change(project(), item); !s)
            return s;
    }
    return {};
}

template <typename Item>
Status ReorderEntriesCommand<Item>::apply()
{
    return applyOrder(m_after);
}

template <typename Item>
Status ReorderEntriesCommand<Item>::revert()
{
    return applyOrder(m_before);
}

template class AddEntryCommand<Actor>;
template class AddEntryCommand<Topic>;
template class ChangeEntryCommand<Actor>;
template class ChangeEntryCommand<Topic>;
template class RemoveEntryCommand<Actor>;
template class RemoveEntryCommand<Topic>;
template class MergeEntriesCommand<Actor>;
template class MergeEntriesCommand<Topic>;
template class ReorderEntriesCommand<Actor>;
template class ReorderEntriesCommand<Topic>;

} // namespace demarche
