#include "core/models/codebookitemmodel.h"

#include "core/commands/codebookcommands.h"
#include "core/commands/codebooktraits.h"
#include "core/domain/vocabulary.h"
#include "core/models/modelroles.h"

namespace demarche {
namespace {

using Field = CodebookTreeModel::Field;

// What the tree models need to know about actors and topics beyond the commands'
// CodebookTraits.
template <typename Item>
struct ModelTraits;

template <>
struct ModelTraits<Actor>
{
    static constexpr auto changed = &Project::actorsChanged;
    static constexpr int idRole = roles::ActorIdRole;
    static QList<Field> columns()
    {
        return {Field::Name,    Field::Colour, Field::Kind,
                Field::Aliases, Field::Claims, Field::QuickTag};
    }
    static QStringList &words(Actor &actor) { return actor.aliases; }
    static void describe(const Actor &actor, CodebookEntry &entry)
    {
        entry.words = actor.aliases;
        entry.kindKey = vocabulary::key(actor.kind);
        entry.kindLabel = vocabulary::label(actor.kind);
    }
    static bool setKind(Actor &actor, const QString &key)
    {
        const auto kind = vocabulary::actorKindFromKey(key);
        if (kind)
            actor.kind = *kind;
        return kind.has_value();
    }
    // A new member is what members of its parent usually are: a state's are its ministers
    // and spokespeople, an organisation's are states.
    static void setNewMemberKind(Actor &actor, const Actor &parent)
    {
        actor.kind = parent.kind == ActorKind::Organisation ? ActorKind::State : ActorKind::Person;
    }
    static QList<qint64> usedBy(const Claim &claim)
    {
        QList<qint64> ids{claim.holder.value()};
        if (claim.target.isValid() && claim.target != claim.holder)
            ids.append(claim.target.value());
        return ids;
    }
};

template <>
struct ModelTraits<Topic>
{
    static constexpr auto changed = &Project::topicsChanged;
    static constexpr int idRole = roles::TopicIdRole;
    static QList<Field> columns()
    {
        return {Field::Name, Field::Colour, Field::Keywords, Field::Claims, Field::QuickTag};
    }
    static QStringList &words(Topic &topic) { return topic.keywords; }
    static void describe(const Topic &topic, CodebookEntry &entry) { entry.words = topic.keywords; }
    static bool setKind(Topic & /*topic*/, const QString & /*key*/) { return false; }
    static void setNewMemberKind(Topic & /*topic*/, const Topic & /*parent*/) {}
    static QList<qint64> usedBy(const Claim &claim) { return {claim.topic.value()}; }
};

// "Moscow, the Kremlin ,," as its non-empty, trimmed parts.
QStringList splitWords(const QString &text)
{
    QStringList words;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString word = part.trimmed();
        if (!word.isEmpty() && !words.contains(word))
            words.append(word);
    }
    return words;
}

// Applies an edit of one field; false when the value does not fit it.
template <typename Item>
bool applyEdit(Item &item, Field field, const QVariant &value)
{
    switch (field) {
    case Field::Name:
        item.name = value.toString().trimmed();
        return !item.name.isEmpty();
    case Field::Colour:
        item.color = value.value<QColor>();
        return item.color.isValid();
    case Field::Kind:
        return ModelTraits<Item>::setKind(item, value.toString());
    case Field::Aliases:
    case Field::Keywords:
        ModelTraits<Item>::words(item) = splitWords(value.toString());
        return true;
    default:
        return false;
    }
}

template <typename Item>
bool sameEntry(const Item &a, const Item &b)
{
    CodebookEntry first{a.id.value(), a.parent.value(), a.name, a.color, {}, {}, {}};
    CodebookEntry second{b.id.value(), b.parent.value(), b.name, b.color, {}, {}, {}};
    ModelTraits<Item>::describe(a, first);
    ModelTraits<Item>::describe(b, second);
    return first == second;
}

} // namespace

template <typename Item>
CodebookItemModel<Item>::CodebookItemModel(Project &project, QObject *parent)
    : CodebookTreeModel(project, ModelTraits<Item>::changed, ModelTraits<Item>::idRole,
                        ModelTraits<Item>::columns(), parent)
{
    reload();
}

template <typename Item>
QList<CodebookEntry> CodebookItemModel<Item>::readEntries() const
{
    QList<CodebookEntry> entries;
    for (const Item &item : CodebookTraits<Item>::items(project())) {
        CodebookEntry entry = codebookEntryOf(item);
        ModelTraits<Item>::describe(item, entry);
        entries.append(entry);
    }
    return entries;
}

template <typename Item>
QList<qint64> CodebookItemModel<Item>::entriesUsedBy(const Claim &claim) const
{
    return ModelTraits<Item>::usedBy(claim);
}

template <typename Item>
bool CodebookItemModel<Item>::changeEntry(qint64 id, Field field, const QVariant &value)
{
    const auto &items = CodebookTraits<Item>::items(project());
    const auto found = std::find_if(items.cbegin(), items.cend(),
                                    [id](const Item &item) { return item.id.value() == id; });
    if (found == items.cend())
        return false;
    Item after = *found;
    if (!applyEdit(after, field, value))
        return false;
    if (sameEntry(after, *found))
        return true; // nothing to undo
    return project().execute(new ChangeEntryCommand<Item>(project(), *found, after));
}

template <typename Item>
qint64 CodebookItemModel<Item>::addEntry(const QString &name, qint64 parent)
{
    Item item;
    item.name = name;
    item.parent = IdType(parent);
    const auto &items = CodebookTraits<Item>::items(project());
    const auto found = std::find_if(items.cbegin(), items.cend(),
                                    [parent](const Item &i) { return i.id.value() == parent; });
    if (parent != 0 && found != items.cend())
        ModelTraits<Item>::setNewMemberKind(item, *found);
    auto *command = new AddEntryCommand<Item>(project(), item);
    // A failed command is deleted by the undo stack: read nothing from it then.
    if (!project().execute(command))
        return 0;
    return command->entryId().value();
}

template <typename Item>
bool CodebookItemModel<Item>::mergeEntry(qint64 from, qint64 into)
{
    return project().execute(new MergeEntriesCommand<Item>(project(), IdType(from), IdType(into)));
}

template <typename Item>
bool CodebookItemModel<Item>::removeEntry(qint64 id)
{
    return project().execute(new RemoveEntryCommand<Item>(project(), IdType(id)));
}

template <typename Item>
bool CodebookItemModel<Item>::reorder(const QList<qint64> &order)
{
    QList<IdType> ids;
    ids.reserve(order.size());
    for (qint64 id : order)
        ids.append(IdType(id));
    return project().execute(new ReorderEntriesCommand<Item>(project(), ids));
}

template class CodebookItemModel<Actor>;
template class CodebookItemModel<Topic>;

} // namespace demarche
