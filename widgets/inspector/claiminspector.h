#pragma once

#include "core/domain/claim.h"
#include "core/domain/ids.h"

#include <QList>
#include <QWidget>

#include <memory>

class QComboBox;
class QPlainTextEdit;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace demarche {

class CodebookCombo;
class PositionEditor;
class Project;

namespace Ui {
class ClaimInspector;
}

// The dock that shows and edits every field of the project's current claim. Each edit is one
// ChangeClaimCommand; slider steps and the keystrokes of a note merge into one undo
// step. It follows the project: a change made elsewhere (undo, another view) shows at
// once, and a removed claim empties it.
class ClaimInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimInspector)

public:
    ClaimInspector(Project &project, QWidget *parent);
    ~ClaimInspector() override;

    // ClaimId() shows the empty state.
    void setClaim(ClaimId id);
    ClaimId claimId() const { return m_claim.id; }
    void setReadOnly(bool readOnly);

    // The editors, for tests and for focusing from shortcuts.
    CodebookCombo *holderCombo() const;
    CodebookCombo *targetCombo() const;
    CodebookCombo *topicCombo() const;
    QComboBox *stanceCombo() const;
    PositionEditor *positionEditor() const;
    QSpinBox *salienceSpin() const;
    QComboBox *attributionCombo() const;
    QPlainTextEdit *noteEdit() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QWidget *createForm();
    void fillCodebook();
    void refresh();
    void refreshDocumentTitle();
    void edit(const Claim &after, const QString &field = {});
    void saveNote();
    void updateEnabled();

    void onClaimChanged(const Claim &after);
    void onClaimsRemoved(const QList<Claim> &claims);
    void onReloaded();

    Project &m_project;
    Claim m_claim; // as stored; its id is invalid in the empty state
    bool m_readOnly = false;
    bool m_updating = false;
    // Edits of one field merge into one undo step within a session: the note's while the
    // focus stays in the editor, the position's within one drag or run of key presses.
    int m_noteSession = 0;
    int m_positionSession = 0;

    std::unique_ptr<Ui::ClaimInspector> m_ui; // the form, from claiminspector.ui
    QStackedWidget *m_pages;
    QWidget *m_emptyPage;
    QWidget *m_form = nullptr;
    QScrollArea *m_scroll = nullptr;
    QTimer *m_noteTimer;
};

} // namespace demarche
