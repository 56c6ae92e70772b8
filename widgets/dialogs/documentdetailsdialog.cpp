#include "widgets/dialogs/documentdetailsdialog.h"

#include "core/commands/changedocumentcommand.h"
#include "core/project/project.h"
#include "widgets/common/datetyping.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace demarche {

DocumentDetailsDialog::DocumentDetailsDialog(Project &project, const QList<DocumentId> &ids,
                                             QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_what(new QLabel(this))
    , m_sourceLabel(new QLabel(this))
    , m_source(new QLineEdit(this))
    , m_setDate(new QCheckBox(this))
    , m_date(new QDateEdit(this))
    , m_noDate(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("documentDetailsDialog"));
    for (const DocumentId id : ids) {
        if (const Document *listed = project.documentInfo(id))
            m_before.append(*listed);
    }
    m_what->setWordWrap(true);

    // A common value is shown; differing ones are left as they are unless retyped.
    bool sameSource = true;
    bool sameDate = true;
    for (const Document &document : std::as_const(m_before)) {
        sameSource = sameSource && document.source == m_before.constFirst().source;
        sameDate = sameDate && document.date == m_before.constFirst().date;
    }
    m_source->setObjectName(QStringLiteral("detailsSource"));
    m_sameSource = !m_before.isEmpty() && sameSource;
    if (m_sameSource)
        m_source->setText(m_before.constFirst().source);

    const QDate common = !m_before.isEmpty() && sameDate ? m_before.constFirst().date : QDate();
    m_date->setObjectName(QStringLiteral("detailsDate"));
    m_date->setCalendarPopup(true);
    m_date->setDate(common.isValid() ? common : QDate::currentDate());
    typeIntoDateParts(m_date);
    m_setDate->setObjectName(QStringLiteral("detailsSetDate"));
    // Documents without a date are asked for one; dated ones keep theirs unless told.
    m_setDate->setChecked(std::any_of(m_before.cbegin(), m_before.cend(),
                                      [](const Document &d) { return !d.date.isValid(); }));
    m_noDate->setObjectName(QStringLiteral("detailsNoDate"));

    auto *form = new QFormLayout;
    m_sourceLabel->setBuddy(m_source);
    form->addRow(m_sourceLabel, m_source);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_noDate);
    dateRow->addStretch();
    form->addRow(m_setDate, dateRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_what);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    connect(m_setDate, &QCheckBox::toggled, this, &DocumentDetailsDialog::updateState);
    connect(m_noDate, &QCheckBox::toggled, this, &DocumentDetailsDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DocumentDetailsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DocumentDetailsDialog::reject);
    const bool editable = !project.isReadOnly() && !m_before.isEmpty();
    m_source->setReadOnly(!editable);
    m_setDate->setEnabled(editable);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(editable);
    retranslateUi();
    updateState();
}

void DocumentDetailsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DocumentDetailsDialog::retranslateUi()
{
    setWindowTitle(tr("Source and Date"));
    QStringList titles;
    for (const Document &document : std::as_const(m_before))
        titles.append(QStringLiteral("“%1”").arg(document.title));
    m_what->setText(
        tr("The source and publication date of %n document(s): %1", nullptr, int(m_before.size()))
            .arg(titles.join(QLatin1String(", "))));
    m_sourceLabel->setText(tr("&Source:"));
    m_source->setAccessibleName(tr("Source"));
    m_source->setPlaceholderText(m_sameSource ? tr("e.g. TASS, Reuters, the ministry's website")
                                              : tr("various; type to set one for all"));
    m_setDate->setText(tr("Set the &date:"));
    m_date->setAccessibleName(tr("Publication date"));
    m_noDate->setText(tr("&No date"));
}

void DocumentDetailsDialog::updateState()
{
    m_noDate->setEnabled(m_setDate->isEnabled() && m_setDate->isChecked());
    m_date->setEnabled(m_noDate->isEnabled() && !m_noDate->isChecked());
}

void DocumentDetailsDialog::accept()
{
    const bool setSource = m_source->isModified();
    const bool setDate = m_setDate->isChecked();
    const QString source = m_source->text().trimmed();
    const QDate date = m_noDate->isChecked() ? QDate() : m_date->date();
    QList<std::pair<Document, Document>> changes;
    for (const Document &before : std::as_const(m_before)) {
        Document after = before;
        if (setSource)
            after.source = source;
        if (setDate)
            after.date = date;
        if (after.source != before.source || after.date != before.date)
            changes.append({before, after});
    }
    // A refusal keeps the dialog open; the project has said why.
    if (!m_project.isReadOnly()
        && !changeDocuments(
            m_project,
            tr("Set the source and date of %n document(s)", nullptr, int(changes.size())), changes))
        return;
    QDialog::accept();
}

} // namespace demarche
