#pragma once

#include <QWidget>

class QAction;
class QToolBar;
class QTreeView;

namespace demarche {

class CodebookTreeModel;
class ViewHint;

// One tab of the codebook panel: the actors or the topics as a tree, edited in place,
// with a row of actions (add, add child, move, merge, delete, colour). Every edit goes
// through the model, which runs an undo command.
class CodebookPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodebookPage)

public:
    // What differs between the actors' and the topics' page.
    struct Texts
    {
        QString newEntry;    // the name of an added entry: "New actor"
        QString addTip;      // "Add an actor"
        QString addChildTip; // "Add an actor under the selected one"
        QString listName;    // the tree's accessible name: "Actors"
        QString emptyHint;   // over the empty tree: "No actors yet. …"
    };

    CodebookPage(CodebookTreeModel &model, const Texts &texts, QWidget *parent = nullptr);
    // The texts again, in a new language.
    void setTexts(const Texts &texts);

    QTreeView *view() const { return m_view; }
    QToolBar *toolBar() const { return m_toolBar; }
    CodebookTreeModel &model() const { return m_model; }

    qint64 currentEntry() const; // 0 for none
    void selectEntry(qint64 id);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // The actions, also for tests and menus.
    QAction *addEntryAction() const { return m_add; }
    QAction *addChildAction() const { return m_addChild; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *mergeAction() const { return m_merge; }
    QAction *deleteAction() const { return m_delete; }
    QAction *colourAction() const { return m_colour; }

    // An action of this codebook only (a topic's scale), on the toolbar and in the
    // context menu, enabled while an entry is selected and the project may be edited.
    QAction *addEntryEditAction(const QString &text, const QString &toolTip,
                                const QString &objectName);
    // Names one of this page's actions again; its tooltip gives its shortcut too.
    void setActionTexts(QAction *action, const QString &text, const QString &toolTip);

    void addEntry(qint64 parent);
    void moveCurrent(int step);
    void mergeCurrent();
    void deleteCurrent();
    void chooseColour(qint64 id);

Q_SIGNALS:
    void entrySelected(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QAction *makeAction(const QString &text, const QString &toolTip, const QString &iconName,
                        const QKeySequence &shortcut, const QString &objectName);
    void createActions();
    void setUpView();
    void updateActions();
    void rememberCurrent();
    void restoreCurrent();
    bool mergeInto(qint64 from);

    CodebookTreeModel &m_model;
    Texts m_texts;
    QToolBar *m_toolBar;
    QTreeView *m_view;
    ViewHint *m_hint = nullptr;
    QAction *m_add = nullptr;
    QAction *m_addChild = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_colour = nullptr;
    QList<QAction *> m_entryEditActions;
    bool m_readOnly = false;
    // The entry to select again after the model was reset, or its neighbour if it left.
    qint64 m_keptCurrent = 0;
    qint64 m_keptNeighbour = 0;
};

} // namespace demarche
