#pragma once

#include "core/analysis/matrix.h"
#include "core/domain/document.h"
#include "core/domain/ids.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace demarche {

class Project;

// The project's actors (rows) by its topics (columns): each cell gives how many claims
// the actor makes on the topic and their mean position; a view colours them.
// Rows and columns follow the codebook trees (each entry followed by its members) and
// give their depth, so that a view can indent them. Loaded once with loadMatrix(), then
// kept current claim by claim from the project's signals; a codebook change or a reload
// reads it all again.
class ActorTopicMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorTopicMatrixModel)

public:
    explicit ActorTopicMatrixModel(Project &project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Every claim of the project counts; roll-up is the one option, and a change of it
    // reads the matrix again.
    bool rollUp() const { return m_options.rollUp; }
    void setRollUp(bool rollUp);

    // The largest count of any cell (roles::MaxCountRole): the top of the count scale.
    int maxCount() const { return m_maxCount; }

    // The matrix in codebook order, as the CSV export writes it.
    const ActorTopicMatrix &matrix() const { return m_matrix; }
    // The claims counted in a cell (with roll-up, the members' too), by id.
    QList<ClaimId> claimsAt(const QModelIndex &index) const;
    ActorId actorAt(int row) const;
    TopicId topicAt(int column) const;
    int rowOf(ActorId actor) const;
    int columnOf(TopicId topic) const;

Q_SIGNALS:
    // The largest count changed, or the matrix was read again: a legend should be drawn
    // again. Every cell announces its new roles::MaxCountRole too.
    void maxCountChanged();

private:
    // Model rows/columns in tree order against the matrix's codebook order.
    struct Axis
    {
        QList<int> toMatrix;
        QList<int> fromMatrix;
        QList<int> depth; // by model section
    };

    void load();
    void reload();
    void buildAxes();
    void addClaims(const QList<Claim> &claims);
    void changeClaim(const Claim &after);
    void removeClaims(const QList<Claim> &claims);
    bool add(const Claim &claim, QSet<qint64> &touched);
    bool remove(ClaimId id, QSet<qint64> &touched);
    void touch(int matrixRow, int column, QSet<qint64> &touched) const;
    void announce(const QSet<qint64> &touched);
    int countMax() const;
    void maxCountMoved();

    qsizetype cellKey(int matrixRow, int matrixColumn) const;
    const MatrixCell &cellAt(const QModelIndex &index) const;
    QString toolTip(const QModelIndex &index) const;
    int claimsByMembers(const QModelIndex &index) const;

    Project &m_project;
    MatrixOptions m_options;
    ActorTopicMatrix m_matrix;
    Axis m_rows;
    Axis m_columns;
    // By matrix cell: the claims whose holder is the row's own actor (no roll-up).
    QList<QList<ClaimId>> m_ownClaims;
    // By matrix row: the rows whose claims count in it, itself first.
    QList<QList<int>> m_contributors;
    int m_maxCount = 0;
};

} // namespace demarche
