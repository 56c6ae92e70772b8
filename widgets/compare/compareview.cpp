#include "widgets/compare/compareview.h"

#include "core/export/comparisoncsv.h"
#include "core/models/comparisonmodel.h"
#include "core/project/project.h"
#include "core/report/comparisonreport.h"
#include "widgets/claims/viewhint.h"
#include "widgets/common/filedialogs.h"
#include "widgets/common/keys.h"
#include "widgets/compare/claimcelldelegate.h"
#include "widgets/compare/comparebar.h"
#include "widgets/compare/positionbardelegate.h"
#include "widgets/compare/topiccelldelegate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMessageBox>
#include <QSet>
#include <QSettings>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace demarche {
namespace {

constexpr int TopicColumnWidth = 180;
constexpr int ComparisonColumnWidth = 220;

// The settings key of a project's last pair. The path is hashed because QSettings keys
// take no slashes or colons of their own.
QString lastPairKey(const QString &projectPath)
{
    const QByteArray path = QFileInfo(projectPath).absoluteFilePath().toUtf8();
    return QStringLiteral("compare/lastPair/")
           + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}

} // namespace

CompareView::CompareView(Project &project, QWidget *parent, ActorId a, ActorId b)
    : QWidget(parent)
    , m_project(project)
    , m_model(new ComparisonModel(project, this))
    , m_bar(new CompareBar(project, this))
    , m_view(new QTreeView(this))
    , m_hint(new ViewHint(m_view))
{
    m_hint->setObjectName(QStringLiteral("emptyHint"));
    m_relayout.setSingleShot(true);
    m_relayout.setInterval(0);
    connect(&m_relayout, &QTimer::timeout, m_view, &QTreeView::doItemsLayout);

    setUpView();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addWidget(m_bar);
    layout->addWidget(m_view, 1);
    setTabOrder(m_bar, m_view);

    connectBar();
    // After the bar's own refill, which keeps the chosen actors when they are still there.
    connect(&project, &Project::actorsChanged, this, &CompareView::actorsEdited);
    connect(&project, &Project::reloaded, this, &CompareView::actorsEdited);
    if (project.actor(a) && project.actor(b))
        applyActors(a, b);
    else if (!restoreLastPair())
        chooseDefaultActors();
}

void CompareView::setUpView()
{
    m_view->setObjectName(QStringLiteral("comparisonTree"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(ComparisonModel::TopicColumn, new TopicCellDelegate(m_view));
    auto *cells = new ClaimCellDelegate(m_view);
    m_view->setItemDelegateForColumn(ComparisonModel::ActorAColumn, cells);
    m_view->setItemDelegateForColumn(ComparisonModel::ActorBColumn, cells);
    m_view->setItemDelegateForColumn(ComparisonModel::ComparisonColumn,
                                     new PositionBarDelegate(m_view));
    m_view->setUniformRowHeights(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Per item, not per pixel: scrolling by pixels makes the tree measure every quote's
    // wrapped height up front, which with thousands of claims takes the better part of a
    // second; per item it measures only the rows on screen.
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_view->setAllColumnsShowFocus(false);
    m_view->installEventFilter(this);

    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ComparisonModel::ActorAColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ComparisonModel::ActorBColumn, QHeaderView::Stretch);
    header->resizeSection(ComparisonModel::TopicColumn, TopicColumnWidth);
    header->resizeSection(ComparisonModel::ComparisonColumn, ComparisonColumnWidth);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(header, &QHeaderView::sectionResized, this, [this]() { m_relayout.start(); });

    // Expanded by default: the quotes are what the analyst came for.
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CompareView::expandInserted);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CompareView::updateHint);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CompareView::updateHint);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CompareView::updateHint);

    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (const ClaimId id = m_model->claimAt(index); id.isValid())
            Q_EMIT claimActivated(id);
    });
}

void CompareView::connectBar()
{
    connect(m_bar, &CompareBar::actorsChosen, this, &CompareView::applyActors);
    connect(m_bar, &CompareBar::rollUpToggled, m_model, &ComparisonModel::setRollUp);
    connect(m_bar, &CompareBar::showEmptyTopicsToggled, m_model,
            &ComparisonModel::setShowEmptyTopics);
    connect(m_bar, &CompareBar::scopeChanged, this,
            [this]() { m_model->setScope(m_bar->scope()); });
    connect(m_bar, &CompareBar::exportCsvRequested, this, &CompareView::askCsvPath);
    connect(m_bar, &CompareBar::exportReportRequested, this, &CompareView::askReportPath);
}

void CompareView::setActors(ActorId a, ActorId b)
{
    applyActors(a, b);
}

ActorId CompareView::actorA() const
{
    return m_model->actorA();
}

ActorId CompareView::actorB() const
{
    return m_model->actorB();
}

void CompareView::applyActors(ActorId a, ActorId b)
{
    m_bar->setActors(a, b);
    m_model->setActors(a, b);
    updateHint();
    rememberPair();
}

// The pair is kept per project, so that each project opens on what was compared last.
void CompareView::rememberPair() const
{
    if (!m_model->isComparable() || m_project.path().isEmpty())
        return;
    QSettings().setValue(lastPairKey(m_project.path()),
                         QVariantList{actorA().value(), actorB().value()});
}

bool CompareView::restoreLastPair()
{
    if (m_project.path().isEmpty())
        return false;
    const QVariantList pair = QSettings().value(lastPairKey(m_project.path())).toList();
    if (pair.size() != 2)
        return false;
    const ActorId a(pair.at(0).toLongLong());
    const ActorId b(pair.at(1).toLongLong());
    if (a == b || !m_project.actor(a) || !m_project.actor(b))
        return false;
    applyActors(a, b);
    return true;
}

// Two top-level actors, those with claims of their own or of their members first.
void CompareView::chooseDefaultActors()
{
    QSet<ActorId> holders;
    if (auto read = m_project.store().claimHolders())
        holders = QSet<ActorId>(read->cbegin(), read->cend());
    else
        m_project.reportError(read.error().message);
    const auto [a, b] = defaultComparisonPair(m_project.actors(), holders);
    applyActors(a, b);
}

// An actor of the pair may have been removed or merged away; anything else the model
// has already picked up.
void CompareView::actorsEdited()
{
    if (!m_project.actor(actorA()) || !m_project.actor(actorB()))
        chooseDefaultActors();
    else
        applyActors(actorA(), actorB()); // the combos were refilled
}

void CompareView::updateHint()
{
    QString text;
    // What the reader needs next: actors in the codebook, claims, or how the view works.
    QString link = tr("How to compare two actors");
    QString anchor = QStringLiteral("compare");
    const Actor *a = m_project.actor(actorA());
    const Actor *b = m_project.actor(actorB());
    if (m_project.actors().size() < 2) {
        text = tr("Comparing needs two actors. Add them to the codebook, then choose them "
                  "above.");
        link = tr("How to add actors");
        anchor = QStringLiteral("codebook");
    } else if (a && a == b)
        text = tr("Choose two different actors to compare.");
    else if (!a || !b)
        text = tr("Choose the two actors to compare above.");
    else if (m_model->rowCount() == 0 && m_model->scope().isUnrestricted()) {
        text = tr("Neither %1 nor %2 has claims yet. Tag what they say in the articles to "
                  "compare their positions.")
                   .arg(a->name, b->name);
        link = tr("How to tag a claim");
        anchor = QStringLiteral("tagging");
    } else if (m_model->rowCount() == 0)
        text = tr("Neither %1 nor %2 has claims within these filters.").arg(a->name, b->name);
    m_hint->setText(text);
    m_hint->setGuideLink(link, anchor);
    m_hint->setVisible(!text.isEmpty());
    m_bar->setExportEnabled(m_model->isComparable());
}

QString CompareView::hintText() const
{
    return m_hint->isVisibleTo(this) ? m_hint->text() : QString();
}

void CompareView::expandInserted(const QModelIndex &parent, int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        if (m_model->rowKind(index) == ComparisonModel::RowKind::Topic)
            m_view->expandRecursively(index);
    }
}

void CompareView::changeEvent(QEvent *event)
{
    // The headers and cells are the model's to retranslate; the hint is the view's.
    if (event->type() == QEvent::LanguageChange)
        updateHint();
    QWidget::changeEvent(event);
}

bool CompareView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && isEnterPress(event)) {
        if (const ClaimId id = claimForKey(m_view->currentIndex()); id.isValid()) {
            Q_EMIT claimActivated(id);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// The current cell's claim; on the other columns of an evidence row, A's or else B's.
ClaimId CompareView::claimForKey(const QModelIndex &index) const
{
    if (!index.isValid() || m_model->rowKind(index) != ComparisonModel::RowKind::Evidence)
        return {};
    if (const ClaimId id = m_model->claimAt(index); id.isValid())
        return id;
    const ClaimId a = m_model->claimAt(index.siblingAtColumn(ComparisonModel::ActorAColumn));
    return a.isValid() ? a : m_model->claimAt(index.siblingAtColumn(ComparisonModel::ActorBColumn));
}

Status CompareView::exportCsv(const QString &path) const
{
    return writeComparisonCsv(m_model->comparison(), path, false);
}

Status CompareView::exportReport(const QString &path) const
{
    ComparisonReport report(m_model->comparison(), m_project.documents());
    report.setProjectName(m_project.name());
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return report.writeHtml(path);
    return report.writePdf(path);
}

void CompareView::askCsvPath()
{
    QString path =
        FileDialogs::saveFileName(this, tr("Export Comparison as CSV"),
                                  suggestedPath(QStringLiteral("csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    showExportResult(exportCsv(path), path);
}

void CompareView::askReportPath()
{
    const QString pdf = tr("PDF documents (*.pdf)");
    const QString html = tr("Web pages (*.html *.htm)");
    QString filter = pdf;
    QString path = FileDialogs::saveFileName(this, tr("Save Comparison Report"),
                                             suggestedPath(QStringLiteral("pdf")),
                                             pdf + QStringLiteral(";;") + html, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == html ? QStringLiteral(".html") : QStringLiteral(".pdf");
    showExportResult(exportReport(path), path);
}

// "Russia and United States.csv" beside the project file.
QString CompareView::suggestedPath(const QString &suffix) const
{
    const Actor *a = m_project.actor(actorA());
    const Actor *b = m_project.actor(actorB());
    QString name = a && b ? tr("%1 and %2").arg(a->name, b->name) : tr("Comparison");
    for (const QChar unsafe : {u'/', u'\\', u':', u'*', u'?', u'"', u'<', u'>', u'|'})
        name.replace(unsafe, u'-');
    return QFileInfo(m_project.path()).dir().filePath(name + u'.' + suffix);
}

void CompareView::showExportResult(const Status &status, const QString &path)
{
    if (status)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Export Failed"),
                    tr("Could not export to %1.").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Ok, this);
    box.setInformativeText(status.error().message);
    box.exec();
}

} // namespace demarche
