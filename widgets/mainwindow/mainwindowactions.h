#pragma once

#include <QCoreApplication>

class QAction;
class QUndoGroup;
class QWidget;

namespace demarche {

// The window's commands, one QAction each. The menus, the toolbar and the article's
// context menu share these objects, so that a command has one text, one icon, one set of
// shortcuts and one enabled state wherever it is offered.
class MainWindowActions final
{
    Q_DECLARE_TR_FUNCTIONS(MainWindowActions)
    Q_DISABLE_COPY_MOVE(MainWindowActions)

public:
    // What the commands act on; the window tells whenever it changes.
    struct State
    {
        bool projectOpen = false;
        bool writable = false;
        bool articleShown = false; // an article open and the workbench showing it
        bool claimSelected = false;
    };

    // The actions belong to `window`; Undo and Redo act on `undoGroup`'s active stack.
    MainWindowActions(QWidget *window, QUndoGroup &undoGroup);

    void setState(const State &state);
    // The texts again, in the language now installed.
    void retranslate();

    QAction *newProject() const { return m_newProject; }
    QAction *openProject() const { return m_openProject; }
    QAction *openSample() const { return m_openSample; }
    QAction *saveAs() const { return m_saveAs; }
    QAction *closeProject() const { return m_closeProject; }
    QAction *importDocuments() const { return m_importDocuments; }
    QAction *exportClaims() const { return m_exportClaims; }
    // REFI-QDA (.qdpx): a whole project to and from QualCoder, MAXQDA, ATLAS.ti and NVivo.
    QAction *importQdpx() const { return m_importQdpx; }
    QAction *exportQdpx() const { return m_exportQdpx; }
    QAction *quit() const { return m_quit; }
    QAction *undo() const { return m_undo; }
    QAction *redo() const { return m_redo; }
    QAction *pasteDocument() const { return m_pasteDocument; }
    // Both act on the article's text, so their shortcuts work only while it has the focus:
    // elsewhere T and Enter are just keys.
    QAction *tagSelection() const { return m_tagSelection; }
    QAction *deleteClaim() const { return m_deleteClaim; }
    QAction *documentProperties() const { return m_documentProperties; }
    QAction *preferences() const { return m_preferences; }
    // Checkable: the codebook's names underlined in the article.
    QAction *showCues() const { return m_showCues; }
    QAction *userGuide() const { return m_userGuide; }
    QAction *keyboardShortcuts() const { return m_keyboardShortcuts; }
    QAction *about() const { return m_about; }
    // Alt+1 to Alt+4: the keyboard into each dock, beside Ctrl+1 to Ctrl+5 for the views.
    QAction *focusDocuments() const { return m_focusDocuments; }
    QAction *focusCodebook() const { return m_focusCodebook; }
    QAction *focusClaims() const { return m_focusClaims; }
    QAction *focusInspector() const { return m_focusInspector; }

private:
    QUndoGroup &m_undoGroup;
    QAction *m_newProject;
    QAction *m_openProject;
    QAction *m_openSample;
    QAction *m_saveAs;
    QAction *m_closeProject;
    QAction *m_importDocuments;
    QAction *m_exportClaims;
    QAction *m_importQdpx;
    QAction *m_exportQdpx;
    QAction *m_quit;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_pasteDocument;
    QAction *m_tagSelection;
    QAction *m_deleteClaim;
    QAction *m_documentProperties;
    QAction *m_preferences;
    QAction *m_showCues;
    QAction *m_userGuide;
    QAction *m_keyboardShortcuts;
    QAction *m_about;
    QAction *m_focusDocuments;
    QAction *m_focusCodebook;
    QAction *m_focusClaims;
    QAction *m_focusInspector;
};

} // namespace demarche
