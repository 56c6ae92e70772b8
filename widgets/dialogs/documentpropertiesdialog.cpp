#include "widgets/dialogs/documentpropertiesdialog.h"

#include "core/commands/changedocumentcommand.h"
#include "core/project/project.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace demarche {
namespace {

// Claim offsets count code points, so the size shown does too.
qint64 codePoints(const QString &text)
{
    qint64 count = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

QLabel *infoLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

DocumentPropertiesDialog::DocumentPropertiesDialog(Project &project, DocumentId id, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_title(new QLineEdit(this))
    , m_source(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_noDate(new QCheckBox(tr("&No date"), this))
    , m_language(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Document Properties"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 64); // room for a headline
    if (const Document *listed = project.documentInfo(id)) {
        m_before = *listed;
        m_found = true;
    }
    qint64 characters = 0;
    if (auto stored = project.store().document(id))
        characters = codePoints(stored->text);

    m_title->setText(m_before.title);
    m_source->setText(m_before.source);
    m_url->setText(m_before.url);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(m_before.date.isValid() ? m_before.date : QDate::currentDate());
    m_noDate->setChecked(!m_before.date.isValid());
    m_language->setText(m_before.language);
    m_language->setPlaceholderText(tr("e.g. en, ru, fr"));
    m_url->setPlaceholderText(tr("https://…"));

    m_title->setAccessibleName(tr("Title"));
    m_source->setAccessibleName(tr("Source"));
    m_url->setAccessibleName(tr("URL"));
    m_date->setAccessibleName(tr("Publication date"));
    m_noDate->setAccessibleName(tr("No publication date"));
    m_language->setAccessibleName(tr("Language"));

    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date, 1);
    dateRow->addWidget(m_noDate);

    const QLocale locale;
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Date:"), dateRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(dateRow)))
        label->setBuddy(m_date);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("File name:"), infoLabel(m_before.fileName));
    form->addRow(tr("Format:"), infoLabel(m_before.format.toUpper()));
    form->addRow(tr("Imported:"), infoLabel(m_before.importedAt.isValid()
                                                ? locale.toString(m_before.importedAt.toLocalTime(),
                                                                  QLocale::ShortFormat)
                                                : QString()));
    form->addRow(tr("Characters:"), infoLabel(locale.toString(characters)));
    form->addRow(tr("Claims:"), infoLabel(locale.toString(m_before.claimCount)));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    const bool editable = m_found && !project.isReadOnly();
    for (QLineEdit *edit : {m_title, m_source, m_url, m_language})
        edit->setReadOnly(!editable);
    m_noDate->setEnabled(editable);

    connect(m_title, &QLineEdit::textChanged, this, &DocumentPropertiesDialog::updateState);
    connect(m_noDate, &QCheckBox::toggled, this, &DocumentPropertiesDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DocumentPropertiesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DocumentPropertiesDialog::reject);
    updateState();
}

QPushButton *DocumentPropertiesDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

Document DocumentPropertiesDialog::editedDocument() const
{
    Document after = m_before;
    after.title = m_title->text().simplified();
    after.source = m_source->text().trimmed();
    after.url = m_url->text().trimmed();
    after.date = m_noDate->isChecked() ? QDate() : m_date->date();
    after.language = m_language->text().trimmed();
    return after;
}

void DocumentPropertiesDialog::accept()
{
    if (!okButton()->isEnabled())
        return;
    const Document after = editedDocument();
    const bool changed = after.title != m_before.title || after.source != m_before.source
                         || after.url != m_before.url || after.date != m_before.date
                         || after.language != m_before.language;
    // A refused change keeps the dialog open; the project has reported why.
    if (changed && !m_project.isReadOnly()
        && !m_project.execute(new ChangeDocumentCommand(m_project, m_before, after)))
        return;
    QDialog::accept();
}

void DocumentPropertiesDialog::updateState()
{
    const bool editable = m_found && !m_project.isReadOnly();
    m_date->setEnabled(editable && !m_noDate->isChecked());
    QString hint;
    if (!m_found)
        hint = tr("This document is no longer in the project.");
    else if (m_title->text().trimmed().isEmpty())
        hint = tr("A document needs a title.");
    else if (m_project.isReadOnly())
        hint = tr("The project is open read-only; changes cannot be saved.");
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    okButton()->setEnabled(m_found && !m_title->text().trimmed().isEmpty());
}

} // namespace demarche
