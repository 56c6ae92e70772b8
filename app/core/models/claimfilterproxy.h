#pragma once

#include "core/domain/claim.h"
#include "core/storage/claimfilter.h"

#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace demarche {

class Project;

// Filters and sorts a ClaimTableModel: by search text (quote, note, actor names, topic,
// document title, case-insensitive; every word must occur), holder, topic, stance and
// document, in any combination. Sorts by roles::SortRole.
class ClaimFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimFilterProxy)

public:
    explicit ClaimFilterProxy(const Project &project, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    // An invalid id means "any".
    void setActor(ActorId id);
    ActorId actor() const { return m_actor; }
    // Whether the claims of the actor's descendants (a minister under his state) match.
    void setIncludeChildActors(bool include);
    bool includesChildActors() const { return m_includeChildActors; }

    void setTopic(TopicId id);
    TopicId topic() const { return m_topic; }
    // Whether the claims of the topic's sub-topics match.
    void setIncludeSubtopics(bool include);
    bool includesSubtopics() const { return m_includeSubtopics; }

    void setStance(std::optional<Stance> stance);
    std::optional<Stance> stance() const { return m_stance; }

    void setDocument(DocumentId id);
    DocumentId document() const { return m_document; }

    void clearFilters();
    bool isFiltered() const;

    // The same selection for the store (exports). ClaimFilter knows holders, topics and
    // documents only; storeFilterIsExact() tells whether the search text or stance
    // narrowed the rows beyond it.
    ClaimFilter storeFilter() const;
    bool storeFilterIsExact() const;

    // The claims shown, in display order.
    QList<ClaimId> visibleClaimIds() const;
    ClaimId claimIdAt(int row) const;

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void updateActors();
    void updateTopics();
    void refilter();

    const Project &m_project;
    QString m_searchText;
    QStringList m_words;
    ActorId m_actor;
    bool m_includeChildActors = false;
    QSet<ActorId> m_actors; // m_actor and, when wanted, its descendants
    TopicId m_topic;
    bool m_includeSubtopics = false;
    QSet<TopicId> m_topics;
    std::optional<Stance> m_stance;
    DocumentId m_document;
};

} // namespace demarche
