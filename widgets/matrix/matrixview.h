#pragma once

#include "core/domain/ids.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace demarche {

class ActorTopicMatrixModel;
class MatrixCellDelegate;
class MatrixClaimList;
class MatrixLegend;
class Project;
class ViewHint;

// Who says what on which topic: the project's actors (rows, as in the codebook tree) by
// its topics (columns), each cell the number of claims, coloured by that number or by
// their mean position. The claims of the current cell are listed below. Two actor rows,
// picked by their headers, can be sent to the comparison. Follows the project live.
class MatrixView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixView)

public:
    explicit MatrixView(Project &project, QWidget *parent = nullptr);

    ActorTopicMatrixModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    MatrixCellDelegate *cellDelegate() const { return m_delegate; }
    MatrixClaimList *claimList() const { return m_claims; }

    // The actors whose whole rows are selected, top to bottom.
    QList<ActorId> selectedActors() const;
    // Makes the actor's cell on the topic current, and lists its claims.
    void setCurrentCell(demarche::ActorId actor, demarche::TopicId topic);

    // Writes the matrix as it is shown (roll-up included) to a CSV file. Failures are
    // shown in a message box that names the file; returns whether the file was written.
    bool exportCsv(const QString &path);

public Q_SLOTS:
    // "Export CSV…": asks for a file name, then exportCsv().
    void chooseExportFile();
    // "Compare selected actors": emits compareRequested when two rows are selected.
    void compareSelected();
    // "Over Time": emits timelineRequested for the current cell.
    void showCurrentOverTime();

Q_SIGNALS:
    // Double-click or Enter on a listed claim: show it in its article.
    void claimActivated(demarche::ClaimId id);
    // The two selected actors, upper row first.
    void compareRequested(demarche::ActorId a, demarche::ActorId b);
    // The current cell's actor and topic, to chart by publication date.
    void timelineRequested(demarche::ActorId actor, demarche::TopicId topic);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QWidget *createTopBar();
    void setUpTable();
    void rememberCurrentCell();
    void restoreCurrentCell();
    void updateClaimList();
    void updateCompareButton();
    void updateHint();
    void showExportError(const QString &path, const QString &message);

    Project &m_project;
    ActorTopicMatrixModel *m_model;
    QTableView *m_table;
    MatrixCellDelegate *m_delegate;
    ViewHint *m_hint;
    MatrixClaimList *m_claims;
    QSplitter *m_splitter = nullptr;
    QComboBox *m_colourMode = nullptr;
    QLabel *m_colourLabel = nullptr;
    QCheckBox *m_rollUp = nullptr;
    MatrixLegend *m_legend = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_overTime = nullptr;
    QPushButton *m_export = nullptr;
    // The current cell across a model reset, by what it shows rather than where.
    ActorId m_currentActor;
    TopicId m_currentTopic;
};

} // namespace demarche
