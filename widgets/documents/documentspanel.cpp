#include "widgets/documents/documentspanel.h"

#include "core/models/documentlistmodel.h"
#include "core/models/modelroles.h"
#include "core/project/project.h"
#include "core/project/projectselection.h"
#include "widgets/common/modelmoveguard.h"
#include "widgets/dialogs/documentdetailsdialog.h"
#include "widgets/help/guidelinklabel.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace demarche {
namespace {

DocumentId documentAt(const QModelIndex &index)
{
    return index.data(roles::DocumentIdRole).value<DocumentId>();
}

bool isPlainKey(const QKeyEvent *event, Qt::Key key)
{
    return event->key() == key && event->modifiers() == Qt::NoModifier;
}

// Alt+Return, and Alt+Enter on the keypad.
bool isPropertiesKey(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    return (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
           && modifiers == Qt::AltModifier;
}

} // namespace

DocumentsPanel::DocumentsPanel(Project &project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_model(new DocumentListModel(project, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_pages(new QStackedWidget(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(roles::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // title, date and source alike
    guardAgainstModelChanges();
    setUpActions();

    m_pages->addWidget(createEmptyPage());
    m_pages->addWidget(createListPage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DocumentsPanel::updatePage);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DocumentsPanel::updatePage);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DocumentsPanel::updatePage);
    retranslateUi();
    updatePage();
}

void DocumentsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DocumentsPanel::retranslateUi()
{
    m_emptyHint->setText(tr("No documents yet. Import articles to read and tag them."));
    m_importButton->setText(tr("Import documents…"));
    m_guideLink->setGuide(tr("How to import an article"), QStringLiteral("importing"));
    m_filter->setPlaceholderText(tr("Filter documents…"));
    m_propertiesAction->setText(tr("Properties…"));
    m_removeAction->setText(tr("Remove document"));
    m_importAction->setText(tr("Import documents…"));
    // Narrow columns, but wide enough for their headings in this language.
    QHeaderView *header = m_view->header();
    for (const auto &[column, width] : {std::pair{DocumentListModel::DateColumn, 80},
                                        std::pair{DocumentListModel::SourceColumn, 80},
                                        std::pair{DocumentListModel::ClaimsColumn, 48}})
        header->resizeSection(column, std::max(width, header->sectionSizeHint(column)));
}

void DocumentsPanel::selectDocument(DocumentId id)
{
    ++m_quiet;
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(id));
    QItemSelectionModel *selection = m_view->selectionModel();
    if (index.isValid()) {
        selection->setCurrentIndex(index,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        selection->clearSelection();
        selection->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    }
    --m_quiet;
}

DocumentId DocumentsPanel::currentDocument() const
{
    return documentAt(m_view->currentIndex());
}

QList<DocumentId> DocumentsPanel::selectedDocuments() const
{
    QList<DocumentId> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (const DocumentId id = documentAt(row); id.isValid())
            ids.append(id);
    }
    return ids;
}

QAbstractItemView *DocumentsPanel::view() const
{
    return m_view;
}

bool DocumentsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view
        || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    QAction *action = nullptr;
    if (isPlainKey(key, Qt::Key_Delete))
        action = m_removeAction;
    else if (isPropertiesKey(key))
        action = m_propertiesAction;
    if (!action)
        return QWidget::eventFilter(watched, event);
    // Claimed before the window's shortcuts see it; acted on when it arrives.
    if (event->type() == QEvent::KeyPress)
        action->trigger();
    event->accept();
    return true;
}

QWidget *DocumentsPanel::createEmptyPage()
{
    auto *page = new QWidget(this);
    auto *hint = m_emptyHint = new QLabel(page);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    hint->setPalette(muted);
    auto *button = m_importButton = new QPushButton(page);
    button->setObjectName(QStringLiteral("importButton"));
    connect(button, &QPushButton::clicked, this, &DocumentsPanel::importRequested);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(hint);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    m_guideLink = new GuideLinkLabel(page);
    layout->addWidget(m_guideLink);
    layout->addStretch();
    return page;
}

QWidget *DocumentsPanel::createListPage()
{
    auto *page = new QWidget(this);
    m_filter = new QLineEdit(page);
    m_filter->setObjectName(QStringLiteral("documentFilter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTreeView(page);
    m_view->setObjectName(QStringLiteral("documentList"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several documents at once for their source and date (Properties).
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);
    QHeaderView *header = m_view->header();
    // Import order until the analyst clicks a header.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(DocumentListModel::TitleColumn, QHeaderView::Stretch);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_quiet != 0 || !current.isValid())
                    return;
                const DocumentId id = documentAt(current);
                m_project.selection().setCurrentDocument(id);
                Q_EMIT documentActivated(id);
            });
    // A removed document's row gives way to its neighbour's, as the view moves it.
    connect(&m_project.selection(), &ProjectSelection::currentDocumentChanged, this,
            [this](DocumentId id) {
                if (id.isValid() && id != currentDocument())
                    selectDocument(id);
            });
    connect(m_view, &QWidget::customContextMenuRequested, this, &DocumentsPanel::showContextMenu);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    return page;
}

void DocumentsPanel::setUpActions()
{
    m_propertiesAction = new QAction(this);
    m_propertiesAction->setObjectName(QStringLiteral("documentProperties"));
    m_propertiesAction->setShortcut(QKeySequence(Qt::AltModifier | Qt::Key_Return));
    connect(m_propertiesAction, &QAction::triggered, this, [this]() {
        const QList<DocumentId> selected = selectedDocuments();
        if (selected.size() > 1) {
            DocumentDetailsDialog dialog(m_project, selected, this);
            dialog.exec();
        } else if (const DocumentId id = currentDocument(); id.isValid()) {
            Q_EMIT propertiesRequested(id);
        }
    });
    m_removeAction = new QAction(this);
    m_removeAction->setObjectName(QStringLiteral("removeDocument"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    connect(m_removeAction, &QAction::triggered, this, [this]() {
        if (const DocumentId id = currentDocument(); id.isValid() && !m_project.isReadOnly())
            Q_EMIT removeRequested(id);
    });
    m_importAction = new QAction(this);
    m_importAction->setObjectName(QStringLiteral("importDocuments"));
    connect(m_importAction, &QAction::triggered, this, &DocumentsPanel::importRequested);
}

// As in the claims panel: connected before the view's selection model, so the guard is
// up before it reports a current row moved by filtering, sorting or removal.
void DocumentsPanel::guardAgainstModelChanges()
{
    countModelMoves(m_proxy, this, &m_quiet);
}

void DocumentsPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    // Opens it, as a click would; a click in a selection of several keeps them.
    if (index.isValid() && index.row() != m_view->currentIndex().row()
        && !m_view->selectionModel()->isRowSelected(index.row(), index.parent()))
        m_view->setCurrentIndex(index);
    const bool onDocument = index.isValid();
    m_propertiesAction->setEnabled(onDocument);
    m_removeAction->setEnabled(onDocument && !m_project.isReadOnly());
    m_importAction->setEnabled(!m_project.isReadOnly());
    QMenu menu(this);
    menu.addAction(m_propertiesAction);
    menu.addAction(m_removeAction);
    menu.addSeparator();
    menu.addAction(m_importAction);
    menu.exec(m_view->viewport()->mapToGlobal(position));
    // The keys trigger the same actions, wherever the menu was opened.
    for (QAction *action : {m_propertiesAction, m_removeAction, m_importAction})
        action->setEnabled(true);
}

void DocumentsPanel::updatePage()
{
    m_pages->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
}

} // namespace demarche
