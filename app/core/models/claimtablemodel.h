#pragma once

#include "core/domain/claim.h"
#include "core/domain/document.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

namespace demarche {

class Project;

// Every claim of a project, one row each, in the order they were loaded or added (a
// proxy sorts them). Loaded once; afterwards the model follows the project's signals
// and updates only the rows and columns a change touches.
class ClaimTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimTableModel)

public:
    enum Column {
        DocumentColumn,
        QuoteColumn,
        HolderColumn,
        TargetColumn,
        TopicColumn,
        StanceColumn,
        PositionColumn,
        SalienceColumn,
        AttributionColumn,
        NoteColumn,
        AnalystColumn,
        CreatedColumn,
        ColumnCount
    };

    explicit ClaimTableModel(Project &project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Column 0 of the claim's row; invalid when the model does not hold it.
    QModelIndex indexOf(ClaimId id) const;
    Claim claimAt(int row) const;

private:
    void load();
    void rebuildRows(int from);
    void addClaims(const QList<Claim> &claims);
    void changeClaim(const Claim &after);
    void removeClaims(const QList<Claim> &claims);
    void removeClaimRows(QList<int> rows);
    void documentChanged(const Document &document);
    void documentRemoved(const Document &document);
    void reload();
    void columnsChanged(int first, int last);

    QVariant displayData(const Claim &claim, int column) const;
    QVariant sortData(const Claim &claim, int column) const;
    QString actorName(ActorId id) const;
    QString topicName(TopicId id) const;
    QString searchText(const Claim &claim) const;

    Project &m_project;
    QList<Claim> m_claims;
    QHash<ClaimId, int> m_rows;
    // Titles at hand: every row shows one, and an edit of a document's other details
    // must not repaint a column.
    QHash<DocumentId, QString> m_titles;
};

} // namespace demarche
