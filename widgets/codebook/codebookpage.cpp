#include "widgets/codebook/codebookpage.h"

#include "core/models/codebooktreemodel.h"
#include "core/models/modelroles.h"
#include "widgets/claims/viewhint.h"
#include "widgets/codebook/actorkinddelegate.h"
#include "widgets/codebook/colorswatchdelegate.h"
#include "widgets/codebook/mergedialog.h"

#include <QAction>
#include <QColorDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace demarche {

using Field = CodebookTreeModel::Field;

CodebookPage::CodebookPage(CodebookTreeModel &model, const Texts &texts, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_texts(texts)
    , m_toolBar(new QToolBar(this))
    , m_view(new QTreeView(this))
{
    createActions();
    setUpView();
    retranslateUi();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view);
    setFocusProxy(m_view);
    updateActions();
}

QAction *CodebookPage::makeAction(const QString &text, const QString &toolTip,
                                  const QString &iconName, const QKeySequence &shortcut,
                                  const QString &objectName)
{
    auto *action = new QAction(QIcon::fromTheme(iconName), text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    // Two pages live in one panel: each page's keys act only while it has the focus.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_toolBar->addAction(action);
    m_view->addAction(action); // the tree's context menu
    setActionTexts(action, text, toolTip);
    return action;
}

void CodebookPage::setActionTexts(QAction *action, const QString &text, const QString &toolTip)
{
    const QKeySequence shortcut = action->shortcut();
    action->setText(text);
    action->setToolTip(
        shortcut.isEmpty()
            ? toolTip
            : tr("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    if (QWidget *button = m_toolBar->widgetForAction(action))
        button->setAccessibleName(toolTip);
}

void CodebookPage::setTexts(const Texts &texts)
{
    m_texts = texts;
    retranslateUi();
}

void CodebookPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CodebookPage::retranslateUi()
{
    m_toolBar->setAccessibleName(tr("Codebook actions"));
    setActionTexts(m_add, tr("Add"), m_texts.addTip);
    setActionTexts(m_addChild, tr("Add child"), m_texts.addChildTip);
    setActionTexts(m_moveUp, tr("Move up"), tr("Move up; the first nine have quick-tag numbers"));
    setActionTexts(m_moveDown, tr("Move down"),
                   tr("Move down; the first nine have quick-tag numbers"));
    setActionTexts(m_merge, tr("Merge into…"),
                   tr("Move all claims to another entry, then delete this one"));
    setActionTexts(m_delete, tr("Delete"), tr("Delete the selected entry"));
    setActionTexts(m_colour, tr("Colour…"), tr("Choose the colour of the selected entry"));
    m_view->setAccessibleName(m_texts.listName);
    m_hint->setText(m_texts.emptyHint);
    m_hint->setGuideLink(tr("How the codebook works"), QStringLiteral("codebook"));
}

void CodebookPage::createActions()
{
    m_toolBar->setObjectName(QStringLiteral("codebookToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_add = makeAction(tr("Add"), m_texts.addTip, QStringLiteral("list-add"),
                       QKeySequence(Qt::Key_Insert), QStringLiteral("addEntry"));
    m_addChild = makeAction(tr("Add child"), m_texts.addChildTip, QString(),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Insert),
                            QStringLiteral("addChildEntry"));
    m_moveUp = makeAction(tr("Move up"), tr("Move up; the first nine have quick-tag numbers"),
                          QStringLiteral("go-up"), QKeySequence(Qt::CTRL | Qt::Key_Up),
                          QStringLiteral("moveEntryUp"));
    m_moveDown = makeAction(tr("Move down"), tr("Move down; the first nine have quick-tag numbers"),
                            QStringLiteral("go-down"), QKeySequence(Qt::CTRL | Qt::Key_Down),
                            QStringLiteral("moveEntryDown"));
    m_merge =
        makeAction(tr("Merge into…"), tr("Move all claims to another entry, then delete this one"),
                   QString(), QKeySequence(Qt::CTRL | Qt::Key_M), QStringLiteral("mergeEntry"));
    m_delete =
        makeAction(tr("Delete"), tr("Delete the selected entry"), QStringLiteral("edit-delete"),
                   QKeySequence(QKeySequence::Delete), QStringLiteral("deleteEntry"));
    m_colour = makeAction(tr("Colour…"), tr("Choose the colour of the selected entry"),
                          QStringLiteral("color-picker"), QKeySequence(),
                          QStringLiteral("chooseEntryColour"));

    connect(m_add, &QAction::triggered, this, [this]() { addEntry(0); });
    connect(m_addChild, &QAction::triggered, this, [this]() { addEntry(currentEntry()); });
    connect(m_moveUp, &QAction::triggered, this, [this]() { moveCurrent(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this]() { moveCurrent(1); });
    connect(m_merge, &QAction::triggered, this, &CodebookPage::mergeCurrent);
    connect(m_delete, &QAction::triggered, this, &CodebookPage::deleteCurrent);
    connect(m_colour, &QAction::triggered, this, [this]() { chooseColour(currentEntry()); });
}

void CodebookPage::setUpView()
{
    m_view->setObjectName(QStringLiteral("codebookTree"));
    m_view->setModel(&m_model);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Cells, not rows: the keyboard reaches the colour and the aliases of an entry.
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->installEventFilter(this);

    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    // Names always whole; long aliases and keywords share what is left and are elided
    // (a narrow dock scrolls sideways rather than cut a name).
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const Field field : {Field::Aliases, Field::Keywords}) {
        if (const int column = m_model.column(field); column >= 0)
            header->setSectionResizeMode(column, QHeaderView::Stretch);
    }
    m_view->setTextElideMode(Qt::ElideRight);

    auto *swatches = new ColorSwatchDelegate(this);
    m_view->setItemDelegateForColumn(m_model.column(Field::Colour), swatches);
    connect(swatches, &ColorSwatchDelegate::colorRequested, this,
            [this](const QModelIndex &index) { chooseColour(m_model.entryIdAt(index)); });
    if (const int kind = m_model.column(Field::Kind); kind >= 0)
        m_view->setItemDelegateForColumn(kind, new ActorKindDelegate(this));

    m_view->expandAll();
    m_hint = new ViewHint(m_view);
    m_hint->setObjectName(QStringLiteral("codebookHint"));
    const auto updateHint = [this]() { m_hint->setVisible(m_model.rowCount() == 0); };
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&m_model, signal, this, updateHint);
    connect(&m_model, &QAbstractItemModel::modelReset, this, updateHint);
    updateHint();
    connect(&m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &CodebookPage::rememberCurrent);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &CodebookPage::restoreCurrent);
    connect(&m_model, &QAbstractItemModel::layoutChanged, this, [this]() {
        m_view->expandAll();
        updateActions();
    });
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &CodebookPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current, const QModelIndex &previous) {
                updateActions();
                const qint64 id = m_model.entryIdAt(current);
                if (id != m_model.entryIdAt(previous))
                    Q_EMIT entrySelected(id);
            });
}

qint64 CodebookPage::currentEntry() const
{
    return m_model.entryIdAt(m_view->currentIndex());
}

void CodebookPage::selectEntry(qint64 id)
{
    const QModelIndex index = m_model.indexOfEntry(id);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void CodebookPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked
                                           | QAbstractItemView::EditKeyPressed);
    updateActions();
}

void CodebookPage::updateActions()
{
    const qint64 id = currentEntry();
    const bool editable = !m_readOnly;
    m_add->setEnabled(editable);
    m_addChild->setEnabled(editable && id != 0);
    m_moveUp->setEnabled(editable && m_model.canMove(id, -1));
    m_moveDown->setEnabled(editable && m_model.canMove(id, 1));
    m_merge->setEnabled(editable && id != 0 && m_model.codebookOrder().size() > 1);
    m_delete->setEnabled(editable && id != 0);
    m_colour->setEnabled(editable && id != 0);
    for (QAction *action : std::as_const(m_entryEditActions))
        action->setEnabled(editable && id != 0);
}

QAction *CodebookPage::addEntryEditAction(const QString &text, const QString &toolTip,
                                          const QString &objectName)
{
    QAction *action = makeAction(text, toolTip, QString(), QKeySequence(), objectName);
    m_entryEditActions.append(action);
    updateActions();
    return action;
}

void CodebookPage::rememberCurrent()
{
    m_keptCurrent = currentEntry();
    const QList<qint64> &order = m_model.codebookOrder();
    const auto at = order.indexOf(m_keptCurrent);
    m_keptNeighbour = 0;
    if (at >= 0)
        m_keptNeighbour = at > 0 ? order.at(at - 1) : order.value(at + 1);
}

void CodebookPage::restoreCurrent()
{
    m_view->expandAll();
    selectEntry(m_model.entry(m_keptCurrent) ? m_keptCurrent : m_keptNeighbour);
    updateActions();
}

// Enter does not reach the delegate (the view turns it into `activated`), so the
// colour column gets it here.
bool CodebookPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const QModelIndex current = m_view->currentIndex();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && current.isValid()
            && current.column() == m_model.column(Field::Colour)) {
            chooseColour(m_model.entryIdAt(current));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// The edits behind the actions. Each becomes one undo command through the model; a
// refusal has already been reported by the project.

void CodebookPage::addEntry(qint64 parent)
{
    if (m_readOnly)
        return;
    const qint64 id = m_model.addEntry(m_model.uniqueName(m_texts.newEntry), parent);
    if (id == 0)
        return;
    selectEntry(id);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->edit(m_model.indexOfEntry(id, m_model.column(CodebookTreeModel::Field::Name)));
}

void CodebookPage::moveCurrent(int step)
{
    const qint64 id = currentEntry();
    if (m_readOnly || !m_model.canMove(id, step))
        return;
    // The layout change keeps the selection on the moved entry.
    m_model.moveEntry(id, step);
}

void CodebookPage::mergeCurrent()
{
    const qint64 id = currentEntry();
    if (m_readOnly || id == 0)
        return;
    mergeInto(id);
}

bool CodebookPage::mergeInto(qint64 from)
{
    MergeDialog dialog(m_model, from, this);
    if (dialog.exec() != QDialog::Accepted || dialog.targetId() == 0)
        return false;
    const qint64 into = dialog.targetId();
    if (!m_model.mergeEntry(from, into))
        return false;
    selectEntry(into);
    return true;
}

void CodebookPage::deleteCurrent()
{
    const qint64 id = currentEntry();
    const CodebookEntry *entry = m_model.entry(id);
    if (m_readOnly || !entry)
        return;
    const int claims = m_model.claimCount(id);
    if (claims == 0) {
        m_model.removeEntry(id);
        return;
    }
    // Deleting would orphan the claims: offer to move them instead.
    QMessageBox box(QMessageBox::Warning, tr("Delete “%1”").arg(entry->name),
                    tr("“%1” is used by %n claim(s).", nullptr, int(claims)).arg(entry->name),
                    QMessageBox::NoButton, this);
    box.setInformativeText(
        tr("Reassign the claims to another entry, which deletes “%1”, or cancel.")
            .arg(entry->name));
    QPushButton *reassign = box.addButton(tr("Reassign to…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(reassign);
    box.exec();
    if (box.clickedButton() == reassign)
        mergeInto(id);
}

void CodebookPage::chooseColour(qint64 id)
{
    const CodebookEntry *entry = m_model.entry(id);
    if (m_readOnly || !entry)
        return;
    QColorDialog dialog(entry->color, this);
    dialog.setWindowTitle(tr("Colour of “%1”").arg(entry->name));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The entry may have gone while the dialog was open (an undo from elsewhere).
    const QModelIndex index = m_model.indexOfEntry(id);
    if (index.isValid())
        m_model.setData(index, dialog.selectedColor(), roles::ColorRole);
}

} // namespace demarche
