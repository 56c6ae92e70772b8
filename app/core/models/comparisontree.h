#pragma once

#include "core/analysis/comparison.h"
#include "core/domain/ids.h"
#include "core/domain/topic.h"

#include <QHash>
#include <QList>

namespace demarche {

// The rows of a comparison: one node per topic, sub-topics under their parent as in the
// codebook, each holding its topic's comparison. A topic is shown when either actor spoke
// on it, when empty topics are wanted, or when a sub-topic of it is shown. Under a shown
// topic come its evidence rows, then its shown sub-topics. ComparisonModel turns these rows
// into indexes and tells its views; this class knows nothing of item models.
class ComparisonTree final
{
public:
    struct Node
    {
        Topic topic;
        TopicId parent;          // in the tree; invalid at the top level
        QList<TopicId> children; // every sub-topic, in codebook order
        QList<TopicId> shownChildren;
        TopicComparison comparison; // empty sides when neither actor spoke on it
        bool shown = false;

        bool hasClaims() const
        {
            return !comparison.a.claims.isEmpty() || !comparison.b.claims.isEmpty();
        }
        int evidenceRows() const;
    };

    // A change of the shown rows: one row under `parent` (invalid: the top level) at `row`,
    // which brings or takes the topics of `chain` (the topic first, then its ancestors).
    struct Branch
    {
        TopicId parent;
        int row = -1;
        QList<TopicId> chain;
    };

    // Every topic, nothing compared and nothing shown yet.
    void rebuild(const QList<Topic> &topics);
    // Gives each topic its row of `comparison`, then decides what is shown.
    void fill(QList<TopicComparison> comparison, bool showEmpty);

    const Node *node(TopicId id) const;
    Node *node(TopicId id);
    const QHash<TopicId, Node> &nodes() const { return m_nodes; }
    const QList<TopicId> &shownRoots() const { return m_shownRoots; }
    // The row of a shown topic under its parent, after the parent's evidence; -1 if hidden.
    int rowInParent(const Node &node) const;
    int topicsWithClaims() const;

    // A hidden topic that gains claims appears, and with it any parent that was hidden:
    // one row inserted under the nearest shown ancestor brings the whole branch.
    Branch branchToShow(TopicId id) const;
    void show(const Branch &branch);
    // A topic left without claims disappears, and with it the parents that were shown
    // only for its sake.
    Branch branchToHide(TopicId id, bool showEmpty) const;
    void hide(const Branch &branch);

private:
    bool placeShown(TopicId id, bool showEmpty);
    int shownPosition(TopicId parent, TopicId id) const;
    QList<TopicId> &shownSiblings(TopicId parent);

    QHash<TopicId, Node> m_nodes;
    QList<TopicId> m_roots; // top-level topics, codebook order
    QList<TopicId> m_shownRoots;
};

} // namespace demarche
