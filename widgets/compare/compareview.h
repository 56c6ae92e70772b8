#pragma once

#include "core/domain/ids.h"
#include "core/domain/result.h"

#include <QTimer>
#include <QWidget>

class QTreeView;

namespace demarche {

class CompareBar;
class ComparisonModel;
class Project;
class ViewHint;

// Two actors' positions topic by topic: the actors and filters on top, and a tree of
// topics below, each with both sides' summaries, a position bar, and the quotes in date
// order, related ones side by side, a member's named ("Lavrov: …"). It follows the project as
// claims are tagged, and exports exactly what it shows as CSV or as a PDF or HTML report.
class CompareView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareView)

public:
    // Opens on actors a and b when given, otherwise on the project's last pair when both
    // are still in the codebook, otherwise on defaultComparisonPair: two top-level actors,
    // those with claims first.
    explicit CompareView(Project &project, QWidget *parent = nullptr, ActorId a = {},
                         ActorId b = {});

    void setActors(demarche::ActorId a, demarche::ActorId b);
    ActorId actorA() const;
    ActorId actorB() const;

    // What the Export buttons write once a file is chosen; errors name the file.
    Status exportCsv(const QString &path) const;
    // HTML for a name ending in .html or .htm, PDF otherwise.
    Status exportReport(const QString &path) const;

    ComparisonModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    CompareBar *bar() const { return m_bar; }
    // The empty-state text over the tree; empty while the tree has rows to show.
    QString hintText() const;

Q_SIGNALS:
    // A click on a quote, or Enter on an evidence row: show the claim in its article.
    void claimActivated(demarche::ClaimId id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpView();
    void connectBar();
    void chooseDefaultActors();
    bool restoreLastPair();
    void rememberPair() const;
    void applyActors(ActorId a, ActorId b);
    void actorsEdited();
    void updateHint();
    void expandInserted(const QModelIndex &parent, int first, int last);
    void askCsvPath();
    void askReportPath();
    QString suggestedPath(const QString &suffix) const;
    void showExportResult(const Status &status, const QString &path);
    ClaimId claimForKey(const QModelIndex &index) const;

    Project &m_project;
    ComparisonModel *m_model;
    CompareBar *m_bar;
    QTreeView *m_view;
    ViewHint *m_hint;
    QTimer m_relayout; // rows take new heights once a column has been resized
};

} // namespace demarche
