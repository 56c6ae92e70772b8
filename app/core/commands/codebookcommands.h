#pragma once

#include "core/commands/projectcommand.h"
#include "core/domain/actor.h"
#include "core/domain/claim.h"
#include "core/domain/topic.h"

#include <QList>

// Undo commands for the codebook. Actors and topics follow the same rules, so each
// command is written once for both (instantiated for Actor and Topic in the .cpp).
namespace demarche {

template <typename Item>
class AddEntryCommand final : public ProjectCommand
{
public:
    AddEntryCommand(Project &project, const Item &item);
    decltype(Item::id) entryId() const { return m_item.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Item m_item;
};

// Name, colour, aliases or keywords, kind, parent.
template <typename Item>
class ChangeEntryCommand final : public ProjectCommand
{
public:
    ChangeEntryCommand(Project &project, const Item &before, const Item &after);

protected:
    Status apply() override;
    Status revert() override;

private:
    Item m_before;
    Item m_after;
};

// Removes an entry no claim uses; its children lose their parent until undo.
template <typename Item>
class RemoveEntryCommand final : public ProjectCommand
{
public:
    RemoveEntryCommand(Project &project, decltype(Item::id) id);

protected:
    Status apply() override;
    Status revert() override;

private:
    decltype(Item::id) m_id;
    Item m_item;
    QList<Item> m_children;
};

// Moves every claim (and child entry) of `from` to `into`, then removes `from`.
// Deleting an entry that claims use, with "reassign them", is this command too.
template <typename Item>
class MergeEntriesCommand final : public ProjectCommand
{
public:
    MergeEntriesCommand(Project &project, decltype(Item::id) from, decltype(Item::id) into);

protected:
    Status apply() override;
    Status revert() override;

private:
    decltype(Item::id) m_from;
    decltype(Item::id) m_into;
    Item m_removed;
    QList<Item> m_children;
    QList<Claim> m_claimsBefore;
};

// Puts the entries in a new order, which also sets their quick-tag numbers.
template <typename Item>
class ReorderEntriesCommand final : public ProjectCommand
{
public:
    ReorderEntriesCommand(Project &project, const QList<decltype(Item::id)> &order);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status applyOrder(const QList<decltype(Item::id)> &order);

    QList<decltype(Item::id)> m_before;
    QList<decltype(Item::id)> m_after;
};

using AddActorCommand = AddEntryCommand<Actor>;
using AddTopicCommand = AddEntryCommand<Topic>;
using ChangeActorCommand = ChangeEntryCommand<Actor>;
using ChangeTopicCommand = ChangeEntryCommand<Topic>;
using RemoveActorCommand = RemoveEntryCommand<Actor>;
using RemoveTopicCommand = RemoveEntryCommand<Topic>;
using MergeActorsCommand = MergeEntriesCommand<Actor>;
using MergeTopicsCommand = MergeEntriesCommand<Topic>;
using ReorderActorsCommand = ReorderEntriesCommand<Actor>;
using ReorderTopicsCommand = ReorderEntriesCommand<Topic>;

} // namespace demarche
