#pragma once

#include "core/domain/ids.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QTableView;

namespace demarche {

class ClaimFilterBar;
class ClaimFilterProxy;
class ClaimTableModel;
class Project;
class ViewHint;

// The claims dock: every claim of the project in a sortable table, with a search field,
// actor, topic and stance filters, "This document only" and a count of what is shown.
// It only asks for changes (deleteRequested); the main window runs the commands.
class ClaimsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimsPanel)

public:
    explicit ClaimsPanel(Project &project, QWidget *parent = nullptr);

    // The article open in the main window, for "This document only"; follows the
    // project's current document.
    void setCurrentDocument(demarche::DocumentId id);
    // Selects the claim's row and scrolls to it, without emitting anything; follows the
    // project's current claim, and the analyst's moves set it. Clears the
    // selection when the claim is not shown (filtered out, or ClaimId()).
    void selectClaim(demarche::ClaimId id);
    ClaimId currentClaim() const;
    // The selected rows' claims in display order; the current one when none is selected.
    QList<ClaimId> selectedClaims() const;

    ClaimFilterProxy *proxy() const { return m_proxy; }
    ClaimTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isFiltered() const;
    // "actor Russia, topic Ukraine"; empty when nothing is filtered.
    QString filterDescription() const;

Q_SIGNALS:
    // The analyst moved the current row (click or keyboard).
    void claimSelected(demarche::ClaimId id);
    // Double-click, Enter or "Go to claim": show the claim in its article.
    void claimActivated(demarche::ClaimId id);
    // Delete key or "Delete claim".
    void deleteRequested(const QList<demarche::ClaimId> &ids);
    // "Compare with…": the current claim's holder against another actor.
    void compareRequested(demarche::ActorId a, demarche::ActorId b);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setUpView();
    void setUpActions();
    void guardAgainstModelChanges();
    void showContextMenu(const QPoint &position);
    void copyQuotes() const;
    void fillCompareMenu();
    void updateStatus();
    static ClaimId claimAt(const QModelIndex &proxyIndex);

    Project &m_project;
    ClaimTableModel *m_model;
    ClaimFilterProxy *m_proxy;
    ClaimFilterBar *m_filters = nullptr;
    QTableView *m_view;
    ViewHint *m_hint;
    QLabel *m_count;
    QAction *m_goToAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_copyAction = nullptr;
    QMenu *m_compareMenu = nullptr;
    // Above zero while the current row moves for reasons other than the analyst's:
    // selectClaim(), filtering, sorting, rows added or removed.
    int m_quiet = 0;
};

} // namespace demarche
