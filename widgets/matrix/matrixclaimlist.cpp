#include "widgets/matrix/matrixclaimlist.h"

#include "core/domain/vocabulary.h"
#include "core/models/displayformat.h"
#include "core/models/modelroles.h"
#include "core/project/project.h"
#include "widgets/claims/viewhint.h"
#include "widgets/common/datedelegate.h"

#include <QEvent>
#include <QHeaderView>

#include <algorithm>

namespace demarche {

MatrixClaimList::MatrixClaimList(Project &project, QWidget *parent)
    : QTreeWidget(parent)
    , m_project(project)
    , m_hint(new ViewHint(this))
{
    m_hint->setObjectName(QStringLiteral("claimListHint"));
    setColumnCount(ColumnCount);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTextElideMode(Qt::ElideRight);
    setWordWrap(false);
    setSortingEnabled(true);
    sortByColumn(DateColumn, Qt::AscendingOrder);
    setItemDelegateForColumn(DateColumn, new DateDelegate(this));

    QHeaderView *columns = header();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(QuoteColumn, QHeaderView::Stretch);
    const int unit = fontMetrics().averageCharWidth();
    columns->resizeSection(HolderColumn, 16 * unit);
    columns->resizeSection(DocumentColumn, 22 * unit);

    // Double-click and Enter both activate (the style decides single or double click).
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const ClaimId id = claimAt(item); id.isValid())
            Q_EMIT claimActivated(id);
    });
    showClaims({}, QString());
    retranslateUi();
}

void MatrixClaimList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTreeWidget::changeEvent(event);
}

// The listed claims stay, with the current one; their stances are named again, and the
// dates follow the locale as they are painted.
void MatrixClaimList::retranslateUi()
{
    setHeaderLabels({tr("Quote"), tr("Holder"), tr("Stance"),
                     //: The column of the claims' positions: numbers on the topic's scale
                     tr("Position"), tr("Date"), tr("Document")});
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        item->setText(StanceColumn, vocabulary::label(Stance(
                                        item->data(StanceColumn, roles::StanceRole).toInt())));
    }
    // The stance column fits its longest label ("Refusal / red line") in this language,
    // with a character's room on either side.
    const QFontMetrics metrics = fontMetrics();
    int stanceWidth = 14 * metrics.averageCharWidth();
    for (const Stance stance : vocabulary::allStances()) {
        stanceWidth = std::max(stanceWidth, metrics.horizontalAdvance(vocabulary::label(stance))
                                                + 2 * metrics.averageCharWidth());
    }
    header()->resizeSection(StanceColumn, stanceWidth);
    // The position and date columns show their headings and a whole date in full.
    const int unit = metrics.averageCharWidth();
    header()->resizeSection(PositionColumn,
                            std::max(9 * unit, header()->sectionSizeHint(PositionColumn)));
    const int dateWidth =
        metrics.horizontalAdvance(displayformat::date(QDate(2026, 12, 28))) + 3 * unit;
    header()->resizeSection(
        DateColumn, std::max({12 * unit, dateWidth, header()->sectionSizeHint(DateColumn)}));
    if (isSortingEnabled())
        sortItems(header()->sortIndicatorSection(), header()->sortIndicatorOrder());
    showHint();
    viewport()->update();
}

void MatrixClaimList::showHint()
{
    if (m_place.isEmpty())
        m_hint->setText(tr("Choose a cell to list its claims."));
    else
        m_hint->setText(tr("No claims: %1.").arg(m_place));
}

void MatrixClaimList::showClaims(const QList<ClaimId> &ids, const QString &place)
{
    const ClaimId current = claimAt(currentItem());
    clear();
    m_place = place;
    showHint();
    m_hint->setVisible(ids.isEmpty());
    if (ids.isEmpty())
        return;

    ClaimFilter filter;
    filter.claims = ids;
    auto claims = m_project.store().claims(filter);
    if (!claims) {
        m_project.reportError(claims.error().message);
        return;
    }
    QList<QTreeWidgetItem *> items;
    items.reserve(claims->size());
    for (const Claim &claim : std::as_const(claims.value()))
        items.append(itemFor(claim));
    // Sorting while adding would sort once per item.
    setSortingEnabled(false);
    addTopLevelItems(items);
    setSortingEnabled(true);
    // Keep the analyst's place when the cell's list is refreshed.
    for (QTreeWidgetItem *item : std::as_const(items)) {
        if (claimAt(item) == current)
            setCurrentItem(item);
    }
}

QList<ClaimId> MatrixClaimList::shownClaims() const
{
    QList<ClaimId> ids;
    for (int i = 0; i < topLevelItemCount(); ++i)
        ids.append(claimAt(topLevelItem(i)));
    return ids;
}

ClaimId MatrixClaimList::claimAt(const QTreeWidgetItem *item)
{
    return item ? item->data(QuoteColumn, roles::ClaimIdRole).value<ClaimId>() : ClaimId();
}

QTreeWidgetItem *MatrixClaimList::itemFor(const Claim &claim) const
{
    auto *item = new QTreeWidgetItem;
    item->setData(QuoteColumn, roles::ClaimIdRole, QVariant::fromValue(claim.id));
    item->setText(QuoteColumn, claim.quote.simplified());
    item->setToolTip(QuoteColumn, claim.quote);
    if (const Actor *holder = m_project.actor(claim.holder))
        item->setText(HolderColumn, holder->name);
    item->setText(StanceColumn, vocabulary::label(claim.stance));
    item->setData(StanceColumn, roles::StanceRole, int(claim.stance));
    if (claim.position)
        item->setData(PositionColumn, Qt::DisplayRole, *claim.position);
    item->setTextAlignment(PositionColumn, Qt::AlignRight | Qt::AlignVCenter);
    if (const Document *document = m_project.documentInfo(claim.document)) {
        // A QDate sorts as a date; the delegate shows it in the locale's order.
        if (document->date.isValid())
            item->setData(DateColumn, Qt::DisplayRole, document->date);
        item->setText(DocumentColumn, document->title);
        item->setToolTip(DocumentColumn, document->title);
    }
    return item;
}

} // namespace demarche
