#pragma once

#include <QDialog>

class QAction;
class QActionGroup;
class QCheckBox;
class QComboBox;
class QLabel;

namespace demarche {

// The interface language, the appearance and the cue underlining. Each applies as soon as
// it is chosen and is remembered. Appearance and cues are the window's own View menu
// actions, so that the menu and the dialog always show the same choice.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    // `appearance` holds one checkable action per choice; `showCues` is checkable.
    PreferencesDialog(QActionGroup *appearance, QAction *showCues, QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    QComboBox *appearanceCombo() const { return m_appearance; }
    QCheckBox *cuesCheck() const { return m_cues; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showChoices();
    void languageChosen(int index);

    QActionGroup *m_appearanceActions;
    QAction *m_showCues;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_appearanceLabel = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_appearance = nullptr;
    QCheckBox *m_cues = nullptr;
};

} // namespace demarche
