#pragma once

#include "core/analysis/claimscope.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace demarche {

class Project;
class StayOpenMenu;

// Which claims a comparison counts beyond its two actors: a menu of stances to keep, and
// the documents — all of them, those published within a date range, or chosen ones.
class ScopeFilter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeFilter)

public:
    enum DocumentMode { AllDocuments, DateRange, ChosenDocuments };

    explicit ScopeFilter(const Project &project, QWidget *parent = nullptr);

    ClaimScope scope() const;

    QPushButton *stanceButton() const { return m_stances; }
    QComboBox *documentModeCombo() const { return m_mode; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPushButton *documentsButton() const { return m_documents; }

Q_SIGNALS:
    void scopeChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillStances();
    void fillDocuments();
    void modeChosen();
    void updateVisibility();
    void updateButtonTexts();
    void setDefaultDateRange();
    void changed();

    const Project &m_project;
    QPushButton *m_stances;
    StayOpenMenu *m_stanceMenu;
    QComboBox *m_mode;
    QDateEdit *m_from;
    QLabel *m_dash;
    QDateEdit *m_to;
    QPushButton *m_documents;
    StayOpenMenu *m_documentMenu;
    bool m_datesSet = false; // the range is filled from the documents the first time only
};

} // namespace demarche
