#include "widgets/compare/comparebar.h"

#include "core/project/project.h"
#include "widgets/compare/scopefilter.h"
#include "widgets/inspector/codebookcombo.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace demarche {
namespace {

CodebookCombo *actorCombo(const QString &name, QWidget *parent)
{
    auto *combo = new CodebookCombo(parent);
    combo->setObjectName(name);
    // Long names elide when the view is narrow: with the longer German and Russian labels
    // beside them, wider combos made the view wider than the window beside the docks.
    combo->setMinimumContentsLength(12);
    return combo;
}

} // namespace

CompareBar::CompareBar(const Project &project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_actorA(actorCombo(QStringLiteral("actorA"), this))
    , m_actorB(actorCombo(QStringLiteral("actorB"), this))
    , m_swap(new QToolButton(this))
    , m_rollUp(new QCheckBox(this))
    , m_scope(new ScopeFilter(project, this))
    , m_showEmpty(new QCheckBox(this))
    , m_csv(new QPushButton(QIcon(QStringLiteral(":/icons/export-csv.svg")), QString(), this))
    , m_report(new QPushButton(this))
{
    m_swap->setObjectName(QStringLiteral("swapActors"));
    m_swap->setText(QStringLiteral("\u21c4"));
    m_rollUp->setObjectName(QStringLiteral("rollUp"));
    m_rollUp->setChecked(true);
    m_showEmpty->setObjectName(QStringLiteral("showEmptyTopics"));
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_report->setObjectName(QStringLiteral("exportReport"));
    retranslateUi();

    auto *actors = new QHBoxLayout;
    actors->addWidget(m_actorA, 1);
    actors->addWidget(m_swap);
    actors->addWidget(m_actorB, 1);
    actors->addSpacing(12);
    actors->addWidget(m_rollUp);
    actors->addStretch();
    actors->addWidget(m_csv);
    actors->addWidget(m_report);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addSpacing(12);
    filters->addWidget(m_showEmpty);
    filters->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(actors);
    layout->addLayout(filters);
    setTabOrder(m_actorA, m_swap);
    setTabOrder(m_swap, m_actorB);

    fillActors();
    for (CodebookCombo *combo : {m_actorA, m_actorB}) {
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this]() { Q_EMIT actorsChosen(actorA(), actorB()); });
    }
    connect(m_swap, &QToolButton::clicked, this, &CompareBar::swap);
    connect(m_rollUp, &QCheckBox::toggled, this, &CompareBar::rollUpToggled);
    connect(m_showEmpty, &QCheckBox::toggled, this, &CompareBar::showEmptyTopicsToggled);
    connect(m_scope, &ScopeFilter::scopeChanged, this, &CompareBar::scopeChanged);
    connect(m_csv, &QPushButton::clicked, this, &CompareBar::exportCsvRequested);
    connect(m_report, &QPushButton::clicked, this, &CompareBar::exportReportRequested);
    connect(&project, &Project::actorsChanged, this, &CompareBar::fillActors);
    connect(&project, &Project::reloaded, this, &CompareBar::fillActors);
}

void CompareBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CompareBar::retranslateUi()
{
    m_actorA->setAccessibleName(tr("First actor"));
    m_actorB->setAccessibleName(tr("Second actor"));
    m_swap->setToolTip(tr("Swap the two actors"));
    m_swap->setAccessibleName(tr("Swap actors"));
    m_rollUp->setText(tr("Roll up members"));
    m_rollUp->setToolTip(
        tr("Count the claims of an actor's members (a minister for his state) as its own"));
    m_showEmpty->setText(tr("Show topics without claims"));
    m_csv->setText(tr("Export CSV\u2026"));
    m_csv->setToolTip(tr("The comparison as a CSV table, one row per topic"));
    m_report->setText(tr("Report\u2026"));
    m_report->setToolTip(tr("A printable report with every quote, as PDF or HTML"));
}

void CompareBar::setActors(ActorId a, ActorId b)
{
    m_actorA->setCurrentActor(a); // emits nothing
    m_actorB->setCurrentActor(b);
}

ActorId CompareBar::actorA() const
{
    return m_actorA->currentActor();
}

ActorId CompareBar::actorB() const
{
    return m_actorB->currentActor();
}

ClaimScope CompareBar::scope() const
{
    return m_scope->scope();
}

void CompareBar::setExportEnabled(bool enabled)
{
    m_csv->setEnabled(enabled);
    m_report->setEnabled(enabled);
}

// Refilling keeps each combo's actor when it is still there.
void CompareBar::fillActors()
{
    m_actorA->setActors(m_project.actors());
    m_actorB->setActors(m_project.actors());
}

void CompareBar::swap()
{
    const ActorId a = actorA();
    const ActorId b = actorB();
    setActors(b, a);
    Q_EMIT actorsChosen(b, a);
}

} // namespace demarche
