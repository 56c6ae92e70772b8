#include "widgets/inspector/codebookcombo.h"

#include "core/models/modelroles.h"
#include "widgets/inspector/indentdelegate.h"

#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QSet>

#include <functional>

namespace demarche {
namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(140));
    painter.setBrush(color.isValid() ? color : QColor(Qt::gray));
    painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

// Where items keep their id: the role models use for that kind of id.
constexpr int idRoleOf(ActorId /*id*/)
{
    return roles::ActorIdRole;
}

constexpr int idRoleOf(TopicId /*id*/)
{
    return roles::TopicIdRole;
}

struct Placed
{
    int index; // into the codebook list
    int depth;
};

// The codebook in display order: each entry followed by its children, depth first,
// siblings in codebook order. An entry whose parent is missing counts as top-level;
// a parent cycle (which the store refuses anyway) cannot loop.
template <typename Item>
QList<Placed> treeOrder(const QList<Item> &items)
{
    using IdType = decltype(Item::id);
    QSet<IdType> listed;
    for (const Item &item : items)
        listed.insert(item.id);
    QHash<IdType, QList<int>> children;
    QList<int> roots;
    for (int i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        if (item.parent.isValid() && item.parent != item.id && listed.contains(item.parent))
            children[item.parent].append(i);
        else
            roots.append(i);
    }
    QList<Placed> order;
    QSet<int> placed;
    std::function<void(int, int)> place = [&](int index, int depth) {
        if (placed.contains(index))
            return;
        placed.insert(index);
        order.append({index, depth});
        for (int child : children.value(items.at(index).id))
            place(child, depth + 1);
    };
    for (int root : roots)
        place(root, 0);
    for (int i = 0; i < items.size(); ++i) // entries caught in a cycle
        place(i, 0);
    return order;
}

} // namespace

CodebookCombo::CodebookCombo(QWidget *parent)
    : QComboBox(parent)
{
    setItemDelegate(new IndentDelegate(roles::DepthRole, this));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
}

void CodebookCombo::setNoneText(const QString &text)
{
    // A new language names the listed "none" item again; the choice stays.
    if (!m_noneText.isEmpty() && !text.isEmpty() && count() > 0)
        setItemText(0, text);
    m_noneText = text;
}

void CodebookCombo::setActors(const QList<Actor> &actors)
{
    fill(actors);
}

void CodebookCombo::setTopics(const QList<Topic> &topics)
{
    fill(topics);
}

template <typename Item>
void CodebookCombo::fill(const QList<Item> &items)
{
    using IdType = decltype(Item::id);
    constexpr int idRole = idRoleOf(IdType());
    const bool chosen = currentIndex() >= 0;
    const auto kept = current<IdType>();
    const QSignalBlocker blocker(this);
    clear();
    if (!m_noneText.isEmpty()) {
        addItem(m_noneText);
        setItemData(0, QVariant::fromValue(IdType()), idRole);
        setItemData(0, 0, roles::DepthRole);
    }
    for (const Placed &entry : treeOrder(items)) {
        const Item &item = items.at(entry.index);
        addItem(swatch(item.color), item.name);
        const int row = count() - 1;
        setItemData(row, QVariant::fromValue(item.id), idRole);
        setItemData(row, entry.depth, roles::DepthRole);
    }
    setCurrentIndex(chosen ? find(kept) : -1);
}

template <typename IdType>
void CodebookCombo::setCurrent(IdType id)
{
    const QSignalBlocker blocker(this);
    setCurrentIndex(find(id));
}

template <typename IdType>
IdType CodebookCombo::current() const
{
    return currentIndex() < 0 ? IdType() : currentData(idRoleOf(IdType())).template value<IdType>();
}

template <typename IdType>
int CodebookCombo::find(IdType id) const
{
    return findData(QVariant::fromValue(id), idRoleOf(id));
}

void CodebookCombo::setCurrentActor(ActorId id)
{
    setCurrent(id);
}

void CodebookCombo::setCurrentTopic(TopicId id)
{
    setCurrent(id);
}

ActorId CodebookCombo::currentActor() const
{
    return current<ActorId>();
}

TopicId CodebookCombo::currentTopic() const
{
    return current<TopicId>();
}

int CodebookCombo::findActor(ActorId id) const
{
    return find(id);
}

int CodebookCombo::findTopic(TopicId id) const
{
    return find(id);
}

} // namespace demarche
