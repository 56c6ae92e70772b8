#pragma once

#include "core/models/codebookentry.h"

#include <QHash>
#include <QList>

#include <utility>

namespace demarche {

// The parent/child structure of a codebook, built from its entries in codebook order.
// Siblings keep their codebook order. An entry whose parent is missing, or whose parents
// would loop, is shown at the top level rather than lost.
class CodebookTree final
{
public:
    CodebookTree() = default;
    explicit CodebookTree(const QList<CodebookEntry> &entries);

    bool contains(qint64 id) const { return m_nodes.contains(id); }
    const CodebookEntry *entry(qint64 id) const;
    qint64 parentOf(qint64 id) const;                   // 0 at the top level
    const QList<qint64> &children(qint64 parent) const; // parent 0: the top level
    int rowOf(qint64 id) const;                         // among its siblings; -1 if unknown
    int positionOf(qint64 id) const;                    // in codebook order, from 0; -1 if unknown
    const QList<qint64> &order() const { return m_order; }
    // The entries as the tree shows them, top to bottom: each followed by its children,
    // with its depth (0 at the top level).
    QList<std::pair<qint64, int>> depthFirst() const;

    // The same entries (compared by id), and also under the same parents in the same rows.
    bool hasSameEntries(const CodebookTree &other) const;
    bool hasSameShape(const CodebookTree &other) const;

    bool canMove(qint64 id, int step) const;
    // The codebook order after moving `id` by `step` places among its siblings: the tree
    // read top to bottom, so that quick-tag numbers follow what the analyst sees.
    // Empty when the entry cannot move that far.
    QList<qint64> orderAfterMove(qint64 id, int step) const;

private:
    struct Node
    {
        CodebookEntry entry;
        qint64 parent = 0;
        int row = 0;
        int position = 0;
        QList<qint64> children;
    };

    void appendDepthFirst(const QList<qint64> &ids, QList<qint64> &out) const;
    void appendWithDepth(const QList<qint64> &ids, int depth,
                         QList<std::pair<qint64, int>> &out) const;

    QHash<qint64, Node> m_nodes;
    QList<qint64> m_roots;
    QList<qint64> m_order;
};

// An actor or a topic as a tree entry: its id, parent, name and colour.
template <typename Item>
CodebookEntry codebookEntryOf(const Item &item)
{
    return CodebookEntry{item.id.value(), item.parent.value(), item.name, item.color, {}, {}, {}};
}

// The tree of a list of actors or topics in codebook order.
template <typename Item>
CodebookTree codebookTreeOf(const QList<Item> &items)
{
    QList<CodebookEntry> entries;
    entries.reserve(items.size());
    for (const Item &item : items)
        entries.append(codebookEntryOf(item));
    return CodebookTree(entries);
}

} // namespace demarche
