#include "widgets/matrix/matrixview.h"

#include "core/export/matrixcsv.h"
#include "core/models/actortopicmatrixmodel.h"
#include "core/models/modelroles.h"
#include "core/project/project.h"
#include "widgets/claims/viewhint.h"
#include "widgets/common/exportwarning.h"
#include "widgets/common/filedialogs.h"
#include "widgets/common/keys.h"
#include "widgets/matrix/matrixcelldelegate.h"
#include "widgets/matrix/matrixclaimlist.h"
#include "widgets/matrix/matrixheaderview.h"
#include "widgets/matrix/matrixlegend.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace demarche {
namespace {

using ColourMode = MatrixColourScale::Mode;

} // namespace

MatrixView::MatrixView(Project &project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_model(new ActorTopicMatrixModel(project, this))
    , m_table(new QTableView(this))
    , m_delegate(new MatrixCellDelegate(m_table))
    , m_hint(new ViewHint(m_table))
    , m_claims(new MatrixClaimList(project, this))
{
    m_hint->setObjectName(QStringLiteral("matrixHint"));
    m_claims->setObjectName(QStringLiteral("matrixClaims"));
    setUpTable();

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("matrixSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_claims);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createTopBar());
    layout->addWidget(m_splitter, 1);
    setTabOrder(m_colourMode, m_rollUp);
    setTabOrder(m_rollUp, m_compare);
    setTabOrder(m_compare, m_overTime);
    setTabOrder(m_overTime, m_export);
    setTabOrder(m_export, m_table);
    setTabOrder(m_table, m_claims);

    connect(m_claims, &MatrixClaimList::claimActivated, this, &MatrixView::claimActivated);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &MatrixView::rememberCurrentCell);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() {
        restoreCurrentCell();
        updateCompareButton();
        updateHint();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
                if (!roles.isEmpty() && !roles.contains(Qt::DisplayRole))
                    return; // the top of the count scale only
                updateHint();
                const QModelIndex current = m_table->currentIndex();
                if (current.isValid() && current.row() >= from.row() && current.row() <= to.row()
                    && current.column() >= from.column() && current.column() <= to.column())
                    updateClaimList();
            });
    // Titles and dates shown in the list.
    connect(&project, &Project::documentChanged, this, [this]() {
        if (m_claims->topLevelItemCount() > 0)
            updateClaimList();
    });
    retranslateUi();
    updateCompareButton();
    m_overTime->setEnabled(m_table->currentIndex().isValid());
}

void MatrixView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// The colour mode keeps its choice and the table its current cell and selection.
void MatrixView::retranslateUi()
{
    m_colourMode->setItemText(m_colourMode->findData(int(ColourMode::ByCount)),
                              tr("Number of claims"));
    m_colourMode->setItemText(m_colourMode->findData(int(ColourMode::ByPosition)),
                              tr("Mean position"));
    m_colourLabel->setText(tr("Colour &by:"));
    m_rollUp->setText(tr("&Roll up members"));
    m_rollUp->setToolTip(tr("Count a member's claims in its parent's row as well: "
                            "a minister's claims also count for his state"));
    m_compare->setText(tr("&Compare selected actors"));
    m_compare->setToolTip(tr("Select two actors by clicking their names (Ctrl+click the "
                             "second), then compare their positions topic by topic"));
    m_overTime->setText(tr("Over &Time"));
    m_overTime->setToolTip(tr("Chart the current cell's actor on its topic by publication date"));
    m_export->setText(tr("&Export CSV…"));
    m_export->setToolTip(tr("Write every cell of the matrix to a CSV file"));
    updateHint();
    // "Russia on Ukraine" in the claim list's empty state; the cells repaint their means.
    if (m_table->currentIndex().isValid())
        updateClaimList();
    m_table->viewport()->update();
}

QWidget *MatrixView::createTopBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    m_colourMode = new QComboBox(bar);
    m_colourMode->setObjectName(QStringLiteral("colourMode"));
    // Named in retranslateUi().
    m_colourMode->addItem(QString(), int(ColourMode::ByCount));
    m_colourMode->addItem(QString(), int(ColourMode::ByPosition));
    connect(m_colourMode, &QComboBox::currentIndexChanged, this, [this]() {
        const auto mode = ColourMode(m_colourMode->currentData().toInt());
        m_delegate->setColourMode(mode);
        m_legend->setColourMode(mode);
        m_table->viewport()->update();
    });
    m_colourLabel = new QLabel(bar);
    m_colourLabel->setBuddy(m_colourMode);

    m_rollUp = new QCheckBox(bar);
    m_rollUp->setObjectName(QStringLiteral("rollUp"));
    m_rollUp->setChecked(m_model->rollUp());
    connect(m_rollUp, &QCheckBox::toggled, m_model, &ActorTopicMatrixModel::setRollUp);

    m_legend = new MatrixLegend(*m_model, bar);
    m_legend->setObjectName(QStringLiteral("legend"));

    m_compare = new QPushButton(bar);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    connect(m_compare, &QPushButton::clicked, this, &MatrixView::compareSelected);

    m_overTime = new QPushButton(bar);
    m_overTime->setObjectName(QStringLiteral("overTimeButton"));
    connect(m_overTime, &QPushButton::clicked, this, &MatrixView::showCurrentOverTime);

    m_export = new QPushButton(bar);
    m_export->setObjectName(QStringLiteral("exportButton"));
    connect(m_export, &QPushButton::clicked, this, &MatrixView::chooseExportFile);

    // Two rows, what the colours mean above what can be done: in one row the longer
    // German and Russian labels made the view wider than the window beside the docks.
    auto *colours = new QHBoxLayout;
    colours->addWidget(m_colourLabel);
    colours->addWidget(m_colourMode);
    colours->addSpacing(8);
    colours->addWidget(m_legend);
    colours->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_rollUp);
    actions->addStretch(1);
    actions->addWidget(m_compare);
    actions->addWidget(m_overTime);
    actions->addWidget(m_export);
    layout->addLayout(colours);
    layout->addLayout(actions);
    return bar;
}

void MatrixView::setUpTable()
{
    m_table->setObjectName(QStringLiteral("matrixTable"));
    auto *rows = new MatrixHeaderView(Qt::Vertical, roles::DepthRole, m_table);
    m_table->setVerticalHeader(rows);
    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    // Clicking an actor's name selects its row; Ctrl or Shift add more.
    rows->setSectionsClickable(true);
    rows->setHighlightSections(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table for the claim list; the arrows move across cells.
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->installEventFilter(this);

    // Cells at least two lines high and a little wider, stretched to fill the view so
    // that a small matrix does not sit in a corner; a large one scrolls. Long topic
    // names elide.
    const int side = m_table->fontMetrics().height() * 2 + 4;
    rows->setMinimumSectionSize(side);
    rows->setDefaultSectionSize(side);
    rows->setSectionResizeMode(QHeaderView::Stretch);
    auto *columns = new MatrixHeaderView(Qt::Horizontal, -1, m_table);
    m_table->setHorizontalHeader(columns);
    columns->setSectionsClickable(true);
    columns->setHighlightSections(true);
    columns->setMinimumSectionSize(side * 5 / 4);
    columns->setDefaultSectionSize(side * 5 / 4);
    columns->setTextElideMode(Qt::ElideRight);
    columns->setSectionResizeMode(QHeaderView::Stretch);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MatrixView::updateClaimList);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MatrixView::updateCompareButton);
}

QList<ActorId> MatrixView::selectedActors() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<ActorId> actors;
    for (const QModelIndex &row : std::as_const(rows))
        actors.append(m_model->actorAt(row.row()));
    return actors;
}

void MatrixView::setCurrentCell(ActorId actor, TopicId topic)
{
    const QModelIndex index = m_model->index(m_model->rowOf(actor), m_model->columnOf(topic));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

bool MatrixView::exportCsv(const QString &path)
{
    const Status written = writeMatrixCsv(m_model->matrix(), path, false);
    if (!written) {
        showExportError(path, written.error().message);
        return false;
    }
    return true;
}

void MatrixView::chooseExportFile()
{
    const QFileInfo project(m_project.path());
    const QString suggested =
        project.dir().filePath(tr("%1 matrix.csv", "file name").arg(m_project.name()));
    QString path = FileDialogs::saveFileName(this, tr("Export Matrix to CSV"), suggested,
                                             tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    exportCsv(path);
}

void MatrixView::compareSelected()
{
    const QList<ActorId> actors = selectedActors();
    if (actors.size() == 2)
        Q_EMIT compareRequested(actors.at(0), actors.at(1));
}

bool MatrixView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && isEnterPress(event)) {
        if (selectedActors().size() == 2) {
            compareSelected();
            return true;
        }
        // Enter on a cell goes down to its claims, where Enter opens one.
        if (m_claims->topLevelItemCount() > 0) {
            if (!m_claims->currentItem())
                m_claims->setCurrentItem(m_claims->topLevelItem(0));
            m_claims->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MatrixView::rememberCurrentCell()
{
    const QModelIndex current = m_table->currentIndex();
    m_currentActor = current.isValid() ? m_model->actorAt(current.row()) : ActorId();
    m_currentTopic = current.isValid() ? m_model->topicAt(current.column()) : TopicId();
}

void MatrixView::restoreCurrentCell()
{
    if (m_model->rowOf(m_currentActor) >= 0 && m_model->columnOf(m_currentTopic) >= 0)
        setCurrentCell(m_currentActor, m_currentTopic);
    else
        updateClaimList();
}

void MatrixView::updateClaimList()
{
    const QModelIndex current = m_table->currentIndex();
    m_overTime->setEnabled(current.isValid());
    if (!current.isValid()) {
        m_claims->showClaims({}, QString());
        return;
    }
    const QString place =
        tr("%1 on %2")
            .arg(m_model->headerData(current.row(), Qt::Vertical).toString(),
                 m_model->headerData(current.column(), Qt::Horizontal).toString());
    m_claims->showClaims(m_model->claimsAt(current), place);
}

void MatrixView::showCurrentOverTime()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        Q_EMIT timelineRequested(m_model->actorAt(current.row()),
                                 m_model->topicAt(current.column()));
}

void MatrixView::updateCompareButton()
{
    m_compare->setEnabled(selectedActors().size() == 2);
}

void MatrixView::updateHint()
{
    QString hint;
    QString link = tr("How to add actors and topics");
    QString anchor = QStringLiteral("codebook");
    if (m_model->rowCount() == 0) {
        hint = tr("No actors yet. Add the actors you follow in the Codebook, and tag their "
                  "claims: each cell counts what an actor says on a topic.");
    } else if (m_model->columnCount() == 0) {
        hint = tr("No topics yet. Add topics in the Codebook to give the matrix its columns.");
    } else if (m_model->matrix().countedClaims() == 0) {
        hint = tr("No claims yet. Select a passage in an article and press T to tag it; "
                  "it is counted here at once.");
        link = tr("How to tag a claim");
        anchor = QStringLiteral("tagging");
    }
    m_hint->setText(hint);
    m_hint->setGuideLink(link, anchor);
    m_hint->setVisible(!hint.isEmpty());
}

void MatrixView::showExportError(const QString &path, const QString &message)
{
    showExportWarning(
        this, tr("Export Matrix"),
        tr("The matrix could not be exported to %1.").arg(QDir::toNativeSeparators(path)), message);
}

} // namespace demarche
