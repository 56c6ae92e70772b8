#include "widgets/mainwindow/mainwindowactions.h"

#include <QAction>
#include <QIcon>
#include <QUndoGroup>
#include <QWidget>

namespace demarche {
namespace {

// The objectName is what the saved toolbar state knows the action by.
// Its text comes with the others' in retranslate().
QAction *makeAction(QWidget *parent, const QString &name, const QString &icon = {},
                    const QList<QKeySequence> &shortcuts = {})
{
    auto *action = new QAction(parent);
    action->setObjectName(name);
    if (!icon.isEmpty())
        action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    action->setShortcuts(shortcuts);
    return action;
}

// A command's text names what it changed ("Rename “Bosnia & Herzegovina”"); in an action's
// text "&" marks a mnemonic, so the group's own text is replaced by one with "&&". The
// command's text goes where the language puts it: "&Undo %1", "%1 rückgängig machen".
void showCommandText(QAction *action, bool undo, const QString &commandText)
{
    if (commandText.isEmpty()) {
        action->setText(undo ? MainWindowActions::tr("&Undo") : MainWindowActions::tr("&Redo"));
        return;
    }
    const QString escaped = QString(commandText).replace(u'&', QStringLiteral("&&"));
    //: %1 is the step to undo, as Edit ▸ Undo names it: "Add Claim", "Rename “Iran”"
    const QString undoText = MainWindowActions::tr("&Undo %1");
    //: %1 is the step to redo, as Edit ▸ Redo names it: "Add Claim", "Rename “Iran”"
    const QString redoText = MainWindowActions::tr("&Redo %1");
    action->setText((undo ? undoText : redoText).arg(escaped));
}

// The platform's first binding only, as the menus show it.
QList<QKeySequence> keys(QKeySequence::StandardKey key)
{
    return {QKeySequence(key)};
}

} // namespace

MainWindowActions::MainWindowActions(QWidget *window, QUndoGroup &undoGroup)
    : m_undoGroup(undoGroup)
    , m_newProject(makeAction(window, QStringLiteral("newProject"), QStringLiteral("new-project"),
                              keys(QKeySequence::New)))
    , m_openProject(makeAction(window, QStringLiteral("openProject"),
                               QStringLiteral("open-project"), keys(QKeySequence::Open)))
    , m_openSample(makeAction(window, QStringLiteral("openSample")))
    , m_saveAs(makeAction(window, QStringLiteral("saveAs"), {}, keys(QKeySequence::SaveAs)))
    , m_closeProject(
          makeAction(window, QStringLiteral("closeProject"), {}, keys(QKeySequence::Close)))
    , m_importDocuments(makeAction(window, QStringLiteral("importDocuments"),
                                   QStringLiteral("import-document"),
                                   {QKeySequence(Qt::CTRL | Qt::Key_I)}))
    , m_exportClaims(makeAction(window, QStringLiteral("exportClaims"),
                                QStringLiteral("export-csv"), {QKeySequence(Qt::CTRL | Qt::Key_E)}))
    , m_importQdpx(makeAction(window, QStringLiteral("importQdpx")))
    , m_exportQdpx(makeAction(window, QStringLiteral("exportQdpx")))
    , m_quit(makeAction(window, QStringLiteral("quit"), {}, keys(QKeySequence::Quit)))
    // "&Undo Add Claim": the group appends the command's text to the prefix.
    , m_undo(undoGroup.createUndoAction(window, tr("&Undo")))
    , m_redo(undoGroup.createRedoAction(window, tr("&Redo")))
    , m_pasteDocument(makeAction(window, QStringLiteral("pasteDocument"),
                                 QStringLiteral("paste-document"),
                                 {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)}))
    // Shift too: a selection made with Shift and the arrows may end with Shift still held.
    , m_tagSelection(makeAction(window, QStringLiteral("tagSelection"), QStringLiteral("tag-claim"),
                                {QKeySequence(Qt::Key_T), QKeySequence(Qt::Key_Return),
                                 QKeySequence(Qt::Key_Enter), QKeySequence(Qt::SHIFT | Qt::Key_T),
                                 QKeySequence(Qt::SHIFT | Qt::Key_Return),
                                 QKeySequence(Qt::SHIFT | Qt::Key_Enter)}))
    , m_deleteClaim(makeAction(window, QStringLiteral("deleteClaim"),
                               QStringLiteral("delete-claim"), keys(QKeySequence::Delete)))
    , m_documentProperties(makeAction(window, QStringLiteral("documentProperties"),
                                      QStringLiteral("document-properties")))
    , m_preferences(
          makeAction(window, QStringLiteral("preferences"), {}, keys(QKeySequence::Preferences)))
    , m_showCues(makeAction(window, QStringLiteral("showCues")))
    , m_userGuide(
          makeAction(window, QStringLiteral("userGuide"), {}, keys(QKeySequence::HelpContents)))
    , m_keyboardShortcuts(makeAction(window, QStringLiteral("keyboardShortcuts")))
    , m_about(makeAction(window, QStringLiteral("about"), QStringLiteral("about")))
    , m_focusDocuments(makeAction(window, QStringLiteral("focusDocuments"), {},
                                  {QKeySequence(Qt::ALT | Qt::Key_1)}))
    , m_focusCodebook(makeAction(window, QStringLiteral("focusCodebook"), {},
                                 {QKeySequence(Qt::ALT | Qt::Key_2)}))
    , m_focusClaims(makeAction(window, QStringLiteral("focusClaims"), {},
                               {QKeySequence(Qt::ALT | Qt::Key_3)}))
    , m_focusInspector(makeAction(window, QStringLiteral("focusInspector"), {},
                                  {QKeySequence(Qt::ALT | Qt::Key_4)}))
{
    // Connected after the group's own, so these texts are the ones shown.
    QObject::connect(&undoGroup, &QUndoGroup::undoTextChanged, m_undo,
                     [undo = m_undo](const QString &text) { showCommandText(undo, true, text); });
    QObject::connect(&undoGroup, &QUndoGroup::redoTextChanged, m_redo,
                     [redo = m_redo](const QString &text) { showCommandText(redo, false, text); });
    m_undo->setObjectName(QStringLiteral("undo"));
    m_undo->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setObjectName(QStringLiteral("redo"));
    m_redo->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    m_redo->setShortcut(QKeySequence::Redo);
    m_quit->setMenuRole(QAction::QuitRole);
    m_about->setMenuRole(QAction::AboutRole);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_showCues->setCheckable(true);
    m_showCues->setChecked(true);
    // Added to the article's text, they need it to have the focus.
    m_tagSelection->setShortcutContext(Qt::WidgetShortcut);
    m_deleteClaim->setShortcutContext(Qt::WidgetShortcut);
    retranslate();
    setState({});
}

void MainWindowActions::retranslate()
{
    m_newProject->setText(tr("&New Project…"));
    m_openProject->setText(tr("&Open Project…"));
    m_openSample->setText(tr("Open the Sa&mple Project"));
    m_saveAs->setText(tr("Save Project &As…"));
    m_closeProject->setText(tr("&Close Project"));
    m_importDocuments->setText(tr("&Import Documents…"));
    m_exportClaims->setText(tr("&Export Claims to CSV…"));
    //: In the menu File ▸ Import: a whole project from QualCoder, MAXQDA, ATLAS.ti or NVivo.
    m_importQdpx->setText(tr("&REFI-QDA Project…"));
    //: In the menu File ▸ Export: the whole project for QualCoder, MAXQDA, ATLAS.ti or NVivo.
    m_exportQdpx->setText(tr("REFI-QDA &Project…"));
    m_importQdpx->setToolTip(tr("Make a new project from a REFI-QDA project (.qdpx) of "
                                "QualCoder, MAXQDA, ATLAS.ti, NVivo or Demarche"));
    m_exportQdpx->setToolTip(tr("Write the whole project as a REFI-QDA project (.qdpx) for "
                                "QualCoder, MAXQDA, ATLAS.ti and NVivo"));
    m_quit->setText(tr("&Quit"));
    m_pasteDocument->setText(tr("&Paste as New Document"));
    m_tagSelection->setText(tr("&Tag Selection…"));
    m_deleteClaim->setText(tr("&Delete Claim"));
    m_documentProperties->setText(tr("Document Pr&operties…"));
    m_preferences->setText(tr("Pr&eferences…"));
    m_showCues->setText(tr("Show C&ues"));
    m_userGuide->setText(tr("User &Guide"));
    m_keyboardShortcuts->setText(tr("&Keyboard Shortcuts"));
    m_about->setText(tr("&About Demarche"));
    m_focusDocuments->setText(tr("Go to &Documents"));
    m_focusCodebook->setText(tr("Go to Code&book"));
    m_focusClaims->setText(tr("Go to C&laims"));
    m_focusInspector->setText(tr("Go to the Claim &Inspector"));
    m_showCues->setToolTip(
        tr("Underline the codebook's names, aliases and keywords in the article"));
    showCommandText(m_undo, true, m_undoGroup.undoText());
    showCommandText(m_redo, false, m_undoGroup.redoText());
}

void MainWindowActions::setState(const State &state)
{
    for (QAction *action : {m_saveAs, m_closeProject, m_exportClaims, m_exportQdpx,
                            m_focusDocuments, m_focusCodebook, m_focusClaims, m_focusInspector})
        action->setEnabled(state.projectOpen);
    for (QAction *action : {m_importDocuments, m_pasteDocument})
        action->setEnabled(state.writable);
    m_tagSelection->setEnabled(state.writable && state.articleShown);
    m_deleteClaim->setEnabled(state.writable && state.articleShown && state.claimSelected);
    m_documentProperties->setEnabled(state.writable && state.articleShown);
}

} // namespace demarche
