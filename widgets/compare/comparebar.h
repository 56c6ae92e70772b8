#pragma once

#include "core/analysis/claimscope.h"
#include "core/domain/ids.h"

#include <QWidget>

class QCheckBox;
class QPushButton;
class QToolButton;

namespace demarche {

class CodebookCombo;
class Project;
class ScopeFilter;

// The controls above the compare view: the two actors and a button to swap them, roll-up,
// the scope (stances, documents), "Show topics without claims", and the exports. It only
// reports what the analyst chose; the view applies it.
class CompareBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareBar)

public:
    explicit CompareBar(const Project &project, QWidget *parent = nullptr);

    // Shows the pair without emitting actorsChosen().
    void setActors(ActorId a, ActorId b);
    ActorId actorA() const;
    ActorId actorB() const;
    ClaimScope scope() const;
    void setExportEnabled(bool enabled);

    CodebookCombo *actorACombo() const { return m_actorA; }
    CodebookCombo *actorBCombo() const { return m_actorB; }
    QToolButton *swapButton() const { return m_swap; }
    QCheckBox *rollUpBox() const { return m_rollUp; }
    QCheckBox *showEmptyBox() const { return m_showEmpty; }
    ScopeFilter *scopeFilter() const { return m_scope; }
    QPushButton *csvButton() const { return m_csv; }
    QPushButton *reportButton() const { return m_report; }

Q_SIGNALS:
    void actorsChosen(demarche::ActorId a, demarche::ActorId b);
    void rollUpToggled(bool rollUp);
    void showEmptyTopicsToggled(bool show);
    void scopeChanged();
    void exportCsvRequested();
    void exportReportRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillActors();
    void swap();

    const Project &m_project;
    CodebookCombo *m_actorA;
    CodebookCombo *m_actorB;
    QToolButton *m_swap;
    QCheckBox *m_rollUp;
    ScopeFilter *m_scope;
    QCheckBox *m_showEmpty;
    QPushButton *m_csv;
    QPushButton *m_report;
};

} // namespace demarche
