#include "widgets/compare/scopefilter.h"

#include "core/domain/vocabulary.h"
#include "core/models/displayformat.h"
#include "core/project/project.h"
#include "widgets/common/datetyping.h"
#include "widgets/compare/stayopenmenu.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>

namespace demarche {
namespace {

// A push button rather than a tool button: it draws its menu arrow beside the text, as
// the combo boxes next to it do.
QPushButton *menuButton(const QString &name, QMenu *menu, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(name);
    button->setMenu(menu);
    return button;
}

QDateEdit *dateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    typeIntoDateParts(edit);
    return edit;
}

QList<QAction *> checkedActions(const QMenu *menu)
{
    QList<QAction *> checked;
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isCheckable() && action->isChecked())
            checked.append(action);
    }
    return checked;
}

} // namespace

ScopeFilter::ScopeFilter(const Project &project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_stanceMenu(new StayOpenMenu(this))
    , m_mode(new QComboBox(this))
    , m_from(dateEdit(QStringLiteral("fromDate"), this))
    , m_dash(new QLabel(QStringLiteral("\u2013"), this))
    , m_to(dateEdit(QStringLiteral("toDate"), this))
    , m_documentMenu(new StayOpenMenu(this))
{
    m_stances = menuButton(QStringLiteral("stanceFilter"), m_stanceMenu, this);
    m_documents = menuButton(QStringLiteral("documentsButton"), m_documentMenu, this);
    m_mode->setObjectName(QStringLiteral("documentFilter"));
    // Named in retranslateUi().
    for (const int mode : {AllDocuments, DateRange, ChosenDocuments})
        m_mode->addItem(QString(), mode);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stances);
    layout->addSpacing(8);
    layout->addWidget(m_mode);
    layout->addWidget(m_from);
    layout->addWidget(m_dash);
    layout->addWidget(m_to);
    layout->addWidget(m_documents);

    fillStances();
    fillDocuments();
    updateVisibility();
    retranslateUi();

    connect(m_mode, &QComboBox::currentIndexChanged, this, &ScopeFilter::modeChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &ScopeFilter::changed);
    connect(m_to, &QDateEdit::dateChanged, this, &ScopeFilter::changed);
    connect(&project, &Project::documentAdded, this, &ScopeFilter::fillDocuments);
    connect(&project, &Project::documentChanged, this, &ScopeFilter::fillDocuments);
    connect(&project, &Project::documentRemoved, this, [this]() {
        const qsizetype before = checkedActions(m_documentMenu).size();
        fillDocuments();
        if (m_mode->currentData().toInt() == ChosenDocuments
            && checkedActions(m_documentMenu).size() != before)
            changed();
    });
    connect(&project, &Project::reloaded, this, [this]() {
        fillDocuments();
        changed();
    });
}

void ScopeFilter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// Items keep their ticks and the mode its choice; only their names change.
void ScopeFilter::retranslateUi()
{
    m_stances->setToolTip(tr("Count only claims of these stances"));
    m_documents->setToolTip(tr("Count only claims in the documents ticked here"));
    m_mode->setItemText(m_mode->findData(AllDocuments), tr("All documents"));
    m_mode->setItemText(m_mode->findData(DateRange), tr("Date range"));
    m_mode->setItemText(m_mode->findData(ChosenDocuments), tr("Chosen documents"));
    m_mode->setToolTip(tr("Which documents' claims count"));
    m_from->setToolTip(tr("Published on or after; undated documents are left out"));
    m_to->setToolTip(tr("Published on or before; undated documents are left out"));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setDisplayFormat(displayformat::dateFormat());
    const QList<QAction *> stances = m_stanceMenu->actions();
    for (QAction *action : stances) {
        if (action->objectName() == QLatin1String("allStances"))
            action->setText(tr("All stances"));
        else if (action->isCheckable())
            action->setText(vocabulary::label(Stance(action->data().toInt())));
    }
    fillDocuments(); // their dates, and the text of an empty menu
}

ClaimScope ScopeFilter::scope() const
{
    ClaimScope scope;
    const QList<QAction *> stances = checkedActions(m_stanceMenu);
    for (const QAction *action : stances)
        scope.stances.append(Stance(action->data().toInt()));
    switch (m_mode->currentData().toInt()) {
    case DateRange:
        scope.from = m_from->date();
        scope.to = m_to->date();
        break;
    case ChosenDocuments: {
        const QList<QAction *> documents = checkedActions(m_documentMenu);
        for (const QAction *action : documents)
            scope.documents.append(action->data().value<DocumentId>());
        break;
    }
    default:
        break;
    }
    return scope;
}

void ScopeFilter::fillStances()
{
    QAction *all = m_stanceMenu->addAction(tr("All stances"));
    all->setObjectName(QStringLiteral("allStances"));
    connect(all, &QAction::triggered, this, [this]() {
        const QList<QAction *> checked = checkedActions(m_stanceMenu);
        for (QAction *action : checked)
            action->setChecked(false);
        changed();
    });
    m_stanceMenu->addSeparator();
    const QList<Stance> stances = vocabulary::allStances();
    for (const Stance stance : stances) {
        QAction *action = m_stanceMenu->addAction(vocabulary::label(stance));
        action->setCheckable(true);
        action->setData(int(stance));
        connect(action, &QAction::toggled, this, &ScopeFilter::changed);
    }
}

// Rebuilt whenever a document comes, goes or is renamed; ticks stay with their documents.
void ScopeFilter::fillDocuments()
{
    QSet<DocumentId> ticked;
    const QList<QAction *> checked = checkedActions(m_documentMenu);
    for (const QAction *action : checked)
        ticked.insert(action->data().value<DocumentId>());
    m_documentMenu->clear();
    for (const Document &document : m_project.documents()) {
        QString text = document.title.isEmpty() ? document.fileName : document.title;
        if (document.date.isValid())
            text = tr("%1 (%2)").arg(text, displayformat::date(document.date));
        QAction *action = m_documentMenu->addAction(text);
        action->setCheckable(true);
        action->setData(QVariant::fromValue(document.id));
        action->setChecked(ticked.contains(document.id));
        connect(action, &QAction::toggled, this, &ScopeFilter::changed);
    }
    if (m_project.documents().isEmpty())
        m_documentMenu->addAction(tr("No documents yet"))->setEnabled(false);
    updateButtonTexts();
}

void ScopeFilter::modeChosen()
{
    if (m_mode->currentData().toInt() == DateRange && !m_datesSet)
        setDefaultDateRange();
    updateVisibility();
    changed();
}

void ScopeFilter::updateVisibility()
{
    const int mode = m_mode->currentData().toInt();
    for (QWidget *widget : {static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_dash),
                            static_cast<QWidget *>(m_to)})
        widget->setVisible(mode == DateRange);
    m_documents->setVisible(mode == ChosenDocuments);
}

void ScopeFilter::updateButtonTexts()
{
    const QList<QAction *> stances = checkedActions(m_stanceMenu);
    if (stances.isEmpty())
        m_stances->setText(tr("All stances"));
    else if (stances.size() == 1)
        m_stances->setText(stances.first()->text());
    else
        m_stances->setText(tr("Stances: %1").arg(stances.size()));
    const qsizetype documents = checkedActions(m_documentMenu).size();
    m_documents->setText(documents == 0 ? tr("Choose documents\u2026")
                                        : tr("Documents: %1").arg(documents));
}

// The span of the project's publication dates, so that the range starts by covering all.
void ScopeFilter::setDefaultDateRange()
{
    QDate first;
    QDate last;
    for (const Document &document : m_project.documents()) {
        if (!document.date.isValid())
            continue;
        if (!first.isValid() || document.date < first)
            first = document.date;
        if (!last.isValid() || document.date > last)
            last = document.date;
    }
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(first.isValid() ? first : QDate::currentDate());
    m_to->setDate(last.isValid() ? last : QDate::currentDate());
    m_datesSet = true;
}

void ScopeFilter::changed()
{
    updateButtonTexts();
    Q_EMIT scopeChanged();
}

} // namespace demarche
