#pragma once

#include "core/domain/claim.h"
#include "core/domain/ids.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace demarche {

class CodebookCombo;
class PositionEditor;
class Project;

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

    // ClaimId() shows the empty state.
    void setClaim(ClaimId id);
    ClaimId claimId() const { return m_claim.id; }
    void setReadOnly(bool readOnly);

    // The editors, for tests and for focusing from shortcuts.
    CodebookCombo *holderCombo() const { return m_holder; }
    CodebookCombo *targetCombo() const { return m_target; }
    CodebookCombo *topicCombo() const { return m_topic; }
    QComboBox *stanceCombo() const { return m_stance; }
    PositionEditor *positionEditor() const { return m_position; }
    QSpinBox *salienceSpin() const { return m_salience; }
    QComboBox *attributionCombo() const { return m_attribution; }
    QPlainTextEdit *noteEdit() const { return m_note; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
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

    QStackedWidget *m_pages;
    QLabel *m_quote = nullptr;
    QLabel *m_document = nullptr;
    CodebookCombo *m_holder = nullptr;
    CodebookCombo *m_target = nullptr;
    CodebookCombo *m_topic = nullptr;
    QComboBox *m_stance = nullptr;
    PositionEditor *m_position = nullptr;
    QSpinBox *m_salience = nullptr;
    QComboBox *m_attribution = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_analyst = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_updated = nullptr;
    QTimer *m_noteTimer;
};

} // namespace demarche
