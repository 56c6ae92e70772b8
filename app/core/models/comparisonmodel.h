#pragma once

#include "core/analysis/claimscope.h"
#include "core/analysis/comparison.h"
#include "core/domain/claim.h"
#include "core/domain/document.h"
#include "core/domain/ids.h"
#include "core/models/comparisoncells.h"
#include "core/models/comparisonclaims.h"
#include "core/models/comparisontree.h"
#include "core/models/modelroles.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace demarche {

class Project;

// Two actors' positions topic by topic, as a tree. One row per topic, sub-topics under
// their parent as in the codebook; under each topic its evidence in date order, one claim
// per side and row: two claims share a row only when they are related (relatedClaims: the
// same document or the same target), otherwise the other side's cell is left empty.
//
// The numbers come from compareClaims over the two actors' claims, read from the store
// once; afterwards the model follows the project's signals and changes only the topic rows
// a tagged, retagged or removed claim touches. Codebook changes and new settings reset it.
// Which claims count is ComparisonClaims' business; which topics are shown, and in which
// rows, ComparisonTree's; what each cell holds, ComparisonCells'.
class ComparisonModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonModel)

public:
    enum Column { TopicColumn, ActorAColumn, ComparisonColumn, ActorBColumn, ColumnCount };
    enum class RowKind { Topic, Evidence };
    // A topic row's status; Neither for a topic shown although neither actor spoke on it
    // (showEmptyTopics, or a parent of a topic that has claims).
    enum class Status { Both, OnlyA, OnlyB, Neither };

    // Roles: see core/models/modelroles.h.

    explicit ComparisonModel(Project &project, QObject *parent = nullptr);

    // Nothing is shown unless both actors exist and differ (see isComparable()).
    void setActors(ActorId a, ActorId b);
    ActorId actorA() const { return m_a; }
    ActorId actorB() const { return m_b; }
    bool isComparable() const { return m_comparable; }

    // Count a member's claims (a minister's) for the actor above it. On by default.
    void setRollUp(bool rollUp);
    bool rollUp() const { return m_rollUp; }
    void setScope(const ClaimScope &scope);
    const ClaimScope &scope() const { return m_scope; }
    // Also list the topics neither actor spoke on; hidden by default.
    void setShowEmptyTopics(bool show);
    bool showEmptyTopics() const { return m_showEmpty; }

    // Exactly what the model shows, for the exports: same actors, roll-up and scope.
    Comparison comparison() const;
    // How many topics have a claim of either actor within the scope.
    int topicsWithClaims() const;

    QModelIndex topicIndex(TopicId id, int column = TopicColumn) const; // invalid if hidden
    RowKind rowKind(const QModelIndex &index) const;
    TopicId topicAt(const QModelIndex &index) const;
    // The claim in an evidence cell of a side column; invalid anywhere else.
    ClaimId claimAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    using TopicNode = ComparisonTree::Node;
    // What an index points at: a topic row (evidence < 0) or an evidence row of `node`.
    struct RowRef
    {
        const TopicNode *node = nullptr;
        int evidence = -1;
    };

    // Settings and resets.
    void reset(bool reloadClaims);
    void loadClaims();
    void buildNodes();
    ComparisonOptions options() const;
    RowRef rowRef(const QModelIndex &index) const;
    static const Claim *claimIn(const RowRef &ref, int column);

    // Live updates.
    void connectProject();
    void addClaims(const QList<Claim> &claims);
    void changeClaim(const Claim &before, const Claim &after);
    void removeClaims(const QList<Claim> &claims);
    void documentAdded(const Document &document);
    void documentChanged(const Document &document);
    void documentRemoved(const Document &document);
    void refreshTopics(const QSet<TopicId> &topics);
    void refreshTopic(TopicId id);
    TopicComparison compareTopic(const Topic &topic) const;
    void replaceEvidence(TopicNode &node, TopicComparison fresh);
    void showWithAncestors(TopicId id);
    void hideWithAncestors(TopicId id, TopicComparison fresh);

    Project &m_project;
    ActorId m_a;
    ActorId m_b;
    bool m_rollUp = true;
    ClaimScope m_scope;
    bool m_showEmpty = false;
    bool m_comparable = false;

    ComparisonClaims m_held;
    ComparisonCells m_cells{m_project, m_held};
    ComparisonTree m_tree;
};

} // namespace demarche
