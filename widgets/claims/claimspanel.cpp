#include "widgets/claims/claimspanel.h"

#include "core/models/claimfilterproxy.h"
#include "core/models/claimtablemodel.h"
#include "core/models/codebooktree.h"
#include "core/models/modelroles.h"
#include "core/project/project.h"
#include "core/project/projectselection.h"
#include "widgets/claims/claimfilterbar.h"
#include "widgets/claims/swatchdelegate.h"
#include "widgets/claims/viewhint.h"
#include "widgets/common/modelmoveguard.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPixmap>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace demarche {
namespace {

struct ColumnSetup
{
    int column;
    int width;
    bool visible;
};

// The quote column stretches, holder and target fit their names; the rest start at these
// widths. Analyst, attribution and
// creation time are there for sorting and checking, shown from the header's menu.
constexpr ColumnSetup columnSetup[] = {
    {ClaimTableModel::DocumentColumn, 130, true}, {ClaimTableModel::HolderColumn, 110, true},
    {ClaimTableModel::TargetColumn, 100, true},   {ClaimTableModel::TopicColumn, 90, true},
    {ClaimTableModel::StanceColumn, 100, true},   {ClaimTableModel::PositionColumn, 60, true},
    {ClaimTableModel::SalienceColumn, 60, true},  {ClaimTableModel::AttributionColumn, 100, false},
    {ClaimTableModel::NoteColumn, 140, true},     {ClaimTableModel::AnalystColumn, 90, false},
    {ClaimTableModel::CreatedColumn, 130, false},
};

// Rows measured for the holder and target columns' widths.
constexpr int ResizePrecision = 200;

bool isDeleteKey(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Delete && event->modifiers() == Qt::NoModifier;
}

} // namespace

ClaimsPanel::ClaimsPanel(Project &project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_model(new ClaimTableModel(project, this))
    , m_proxy(new ClaimFilterProxy(project, this))
    , m_view(new QTableView(this))
    , m_hint(new ViewHint(m_view))
    , m_count(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    // A minister's claims count as his state's; a sub-topic's as its topic's.
    m_proxy->setIncludeChildActors(true);
    m_proxy->setIncludeSubtopics(true);
    m_filters = new ClaimFilterBar(project, *m_proxy, this);
    m_hint->setObjectName(QStringLiteral("emptyHint"));
    m_count->setObjectName(QStringLiteral("claimCount"));

    guardAgainstModelChanges();
    setUpView();
    setUpActions();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    // The total counts the model's rows, the shown ones the proxy's.
    const auto follow = [this](const QAbstractItemModel *model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &ClaimsPanel::updateStatus);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ClaimsPanel::updateStatus);
        connect(model, &QAbstractItemModel::modelReset, this, &ClaimsPanel::updateStatus);
    };
    follow(m_model);
    follow(m_proxy);
    connect(m_proxy, &ClaimFilterProxy::filterChanged, this, &ClaimsPanel::updateStatus);
    retranslateUi();
}

void ClaimsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClaimsPanel::retranslateUi()
{
    m_goToAction->setText(tr("Go to claim"));
    m_deleteAction->setText(tr("Delete claim"));
    m_copyAction->setText(tr("Copy quote"));
    m_compareMenu->setTitle(tr("Compare with"));
    // The header's menu names the columns as the header does.
    const QList<QAction *> toggles = m_view->horizontalHeader()->actions();
    for (QAction *toggle : toggles)
        toggle->setText(m_model->headerData(toggle->data().toInt(), Qt::Horizontal).toString());
    // A narrow column ("Salience", "Значимость") grows to show its whole heading.
    QHeaderView *header = m_view->horizontalHeader();
    for (const ColumnSetup &setup : columnSetup) {
        if (!header->isSectionHidden(setup.column))
            header->resizeSection(setup.column, std::max(header->sectionSize(setup.column),
                                                         header->sectionSizeHint(setup.column)));
    }
    updateStatus();
}

void ClaimsPanel::setCurrentDocument(DocumentId id)
{
    m_filters->setCurrentDocument(id);
}

void ClaimsPanel::selectClaim(ClaimId id)
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

ClaimId ClaimsPanel::currentClaim() const
{
    return claimAt(m_view->currentIndex());
}

QList<ClaimId> ClaimsPanel::selectedClaims() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<ClaimId> ids;
    for (const QModelIndex &row : rows)
        ids.append(claimAt(row));
    if (ids.isEmpty() && currentClaim().isValid())
        ids.append(currentClaim());
    return ids;
}

bool ClaimsPanel::isFiltered() const
{
    return m_proxy->isFiltered();
}

QString ClaimsPanel::filterDescription() const
{
    return m_filters->filterDescription();
}

bool ClaimsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view) {
        // Delete belongs to the table while it has focus, whatever the window's shortcuts.
        if (event->type() == QEvent::ShortcutOverride
            && isDeleteKey(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
        if (event->type() == QEvent::KeyPress && isDeleteKey(static_cast<QKeyEvent *>(event))) {
            m_deleteAction->trigger();
            return true;
        }
        // The whole quotes, where the view would copy one elided cell.
        if (event->type() == QEvent::KeyPress
            && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
            copyQuotes();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ClaimsPanel::setUpView()
{
    m_view->setObjectName(QStringLiteral("claimsTable"));
    m_view->setModel(m_proxy);
    // Unsorted until the analyst clicks a header: claims in document and text order.
    m_view->horizontalHeader()->setSortIndicatorClearable(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);

    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ClaimTableModel::QuoteColumn, QHeaderView::Stretch);
    // The widest of the rows around the visible ones sizes a column to its contents, not
    // a pass over every claim.
    header->setResizeContentsPrecision(ResizePrecision);
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *swatches = new SwatchDelegate(m_view);
    for (const int column : {ClaimTableModel::HolderColumn, ClaimTableModel::TargetColumn})
        m_view->setItemDelegateForColumn(column, swatches);
    for (const ColumnSetup &setup : columnSetup) {
        header->resizeSection(setup.column, setup.width);
        m_view->setColumnHidden(setup.column, !setup.visible);
        auto *toggle = new QAction(header);
        toggle->setData(setup.column);
        toggle->setCheckable(true);
        toggle->setChecked(setup.visible);
        const int column = setup.column;
        connect(toggle, &QAction::toggled, m_view,
                [this, column](bool shown) { m_view->setColumnHidden(column, !shown); });
        header->addAction(toggle);
    }

    // Who said it is read in full: holder and target fit their names whenever the rows
    // change (and stay resizable); the quote takes what is left and elides.
    const auto fitNames = [this]() {
        for (const int column : {ClaimTableModel::HolderColumn, ClaimTableModel::TargetColumn})
            m_view->resizeColumnToContents(column);
    };
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, fitNames);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, fitNames);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, fitNames);
    fitNames();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_quiet != 0)
                    return;
                const ClaimId id = claimAt(current);
                m_project.selection().setCurrentClaim(id);
                Q_EMIT claimSelected(id);
            });
    const ProjectSelection *selection = &m_project.selection();
    // The analyst's own moves are already shown; redoing them would drop a multi-selection.
    connect(selection, &ProjectSelection::currentClaimChanged, this, [this](ClaimId id) {
        if (id != currentClaim())
            selectClaim(id);
    });
    // "This document only" keeps the last article shown while none is.
    connect(selection, &ProjectSelection::currentDocumentChanged, this, [this](DocumentId id) {
        if (id.isValid())
            setCurrentDocument(id);
    });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const ClaimId id = claimAt(index); id.isValid())
            Q_EMIT claimActivated(id);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &ClaimsPanel::showContextMenu);
}

void ClaimsPanel::setUpActions()
{
    m_goToAction = new QAction(this);
    m_goToAction->setObjectName(QStringLiteral("goToClaim"));
    connect(m_goToAction, &QAction::triggered, this, [this]() {
        if (const ClaimId id = currentClaim(); id.isValid())
            Q_EMIT claimActivated(id);
    });
    m_deleteAction = new QAction(this);
    m_deleteAction->setObjectName(QStringLiteral("deleteClaim"));
    // Shown in the menu; the key itself is handled in eventFilter().
    m_deleteAction->setShortcut(QKeySequence::Delete);
    connect(m_deleteAction, &QAction::triggered, this, [this]() {
        const QList<ClaimId> ids = selectedClaims();
        if (!ids.isEmpty() && !m_project.isReadOnly())
            Q_EMIT deleteRequested(ids);
    });
    m_copyAction = new QAction(this);
    m_copyAction->setObjectName(QStringLiteral("copyQuote"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    connect(m_copyAction, &QAction::triggered, this, &ClaimsPanel::copyQuotes);
    m_compareMenu = new QMenu(this);
    m_compareMenu->setObjectName(QStringLiteral("compareWithMenu"));
    // Filled when it opens: the holder is the current claim's at that moment.
    connect(m_compareMenu, &QMenu::aboutToShow, this, &ClaimsPanel::fillCompareMenu);
}

// Every other actor, indented as in the codebook, each with its colour.
void ClaimsPanel::fillCompareMenu()
{
    m_compareMenu->clear();
    const ClaimId current = currentClaim();
    const int row = m_model->indexOf(current).row();
    if (row < 0)
        return;
    const ActorId holder = m_model->claimAt(row).holder;
    const CodebookTree tree = codebookTreeOf(m_project.actors());
    for (const auto &[id, depth] : tree.depthFirst()) {
        const CodebookEntry *entry = tree.entry(id);
        if (id == holder.value() || !entry)
            continue;
        QPixmap swatch(12, 12);
        swatch.fill(entry->color);
        const QString indent(qsizetype(depth) * 3, QLatin1Char(' '));
        QAction *choice = m_compareMenu->addAction(QIcon(swatch), indent + entry->name);
        const ActorId other(id);
        connect(choice, &QAction::triggered, this,
                [this, holder, other]() { Q_EMIT compareRequested(holder, other); });
    }
}

// The selection model tells about current-row moves caused by the models as if they
// were the analyst's. It connects to the proxy when the view gets it, so these
// connections, made before, run first and raise the guard in time.
void ClaimsPanel::guardAgainstModelChanges()
{
    countModelMoves(m_proxy, this, &m_quiet);
}

void ClaimsPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (index.isValid() && !m_view->selectionModel()->isRowSelected(index.row(), {}))
        selectClaim(claimAt(index));
    const bool onClaim = !selectedClaims().isEmpty();
    m_goToAction->setEnabled(currentClaim().isValid());
    m_deleteAction->setEnabled(onClaim && !m_project.isReadOnly());
    m_copyAction->setEnabled(onClaim);
    QMenu menu(this);
    menu.addAction(m_goToAction);
    const Actor *holder = nullptr;
    if (const int row = m_model->indexOf(currentClaim()).row(); row >= 0)
        holder = m_project.actor(m_model->claimAt(row).holder);
    m_compareMenu->setTitle(holder ? tr("Compare %1 with").arg(holder->name) : tr("Compare with"));
    m_compareMenu->setEnabled(holder != nullptr && m_project.actors().size() > 1);
    menu.addMenu(m_compareMenu);
    menu.addSeparator();
    menu.addAction(m_copyAction);
    menu.addAction(m_deleteAction);
    menu.exec(m_view->viewport()->mapToGlobal(position));
    // The keys trigger the same actions, wherever the menu was opened.
    for (QAction *action : {m_goToAction, m_copyAction, m_deleteAction})
        action->setEnabled(true);
}

void ClaimsPanel::copyQuotes() const
{
    QStringList quotes;
    const QList<ClaimId> ids = selectedClaims();
    for (ClaimId id : ids)
        quotes.append(m_model->claimAt(m_model->indexOf(id).row()).quote);
    if (!quotes.isEmpty())
        QGuiApplication::clipboard()->setText(quotes.join(QStringLiteral("\n\n")));
}

void ClaimsPanel::updateStatus()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(m_proxy->isFiltered() ? tr("%1 of %n claim(s)", nullptr, total).arg(shown)
                                           : tr("%n claim(s)", nullptr, total));
    if (total == 0) {
        m_hint->setText(tr("No claims yet. Select text in an article and press T to tag it."));
        m_hint->setGuideLink(tr("How to tag a claim"), QStringLiteral("tagging"));
    } else {
        m_hint->setText(tr("No claims match these filters."));
        m_hint->setGuideLink(QString(), QString());
    }
    m_hint->setVisible(shown == 0);
}

ClaimId ClaimsPanel::claimAt(const QModelIndex &proxyIndex)
{
    return proxyIndex.data(roles::ClaimIdRole).value<ClaimId>();
}

} // namespace demarche
