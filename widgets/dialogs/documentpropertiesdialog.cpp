#include "widgets/dialogs/documentpropertiesdialog.h"

#include "core/commands/changedocumentcommand.h"
#include "core/project/project.h"
#include "ui_documentpropertiesdialog.h"
#include "widgets/common/datetyping.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

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

} // namespace

DocumentPropertiesDialog::DocumentPropertiesDialog(Project &project, DocumentId id, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_ui(std::make_unique<Ui::DocumentPropertiesDialog>())
{
    m_ui->setupUi(this);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64); // room for a headline
    m_ui->hint->setForegroundRole(QPalette::PlaceholderText);
    typeIntoDateParts(m_ui->date);
    if (const Document *listed = project.documentInfo(id)) {
        m_before = *listed;
        m_found = true;
    }
    if (auto stored = project.store().document(id))
        m_characters = codePoints(stored->text);

    m_ui->title->setText(m_before.title);
    m_ui->source->setText(m_before.source);
    m_ui->url->setText(m_before.url);
    m_ui->date->setDate(m_before.date.isValid() ? m_before.date : QDate::currentDate());
    m_ui->noDate->setChecked(!m_before.date.isValid());
    m_ui->language->setText(m_before.language);

    m_ui->fileName->setText(m_before.fileName);
    m_ui->format->setText(m_before.format.toUpper());

    const bool editable = m_found && !project.isReadOnly();
    for (QLineEdit *edit : {m_ui->title, m_ui->source, m_ui->url, m_ui->language})
        edit->setReadOnly(!editable);
    m_ui->noDate->setEnabled(editable);

    connect(m_ui->title, &QLineEdit::textChanged, this, &DocumentPropertiesDialog::updateState);
    connect(m_ui->noDate, &QCheckBox::toggled, this, &DocumentPropertiesDialog::updateState);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &DocumentPropertiesDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &DocumentPropertiesDialog::reject);
    retranslateUi();
}

DocumentPropertiesDialog::~DocumentPropertiesDialog() = default;

QLineEdit *DocumentPropertiesDialog::titleEdit() const
{
    return m_ui->title;
}

QLineEdit *DocumentPropertiesDialog::sourceEdit() const
{
    return m_ui->source;
}

QLineEdit *DocumentPropertiesDialog::urlEdit() const
{
    return m_ui->url;
}

QDateEdit *DocumentPropertiesDialog::dateEdit() const
{
    return m_ui->date;
}

QCheckBox *DocumentPropertiesDialog::noDateBox() const
{
    return m_ui->noDate;
}

QLineEdit *DocumentPropertiesDialog::languageEdit() const
{
    return m_ui->language;
}

QPushButton *DocumentPropertiesDialog::okButton() const
{
    return m_ui->buttons->button(QDialogButtonBox::Ok);
}

Document DocumentPropertiesDialog::editedDocument() const
{
    Document after = m_before;
    after.title = m_ui->title->text().simplified();
    after.source = m_ui->source->text().trimmed();
    after.url = m_ui->url->text().trimmed();
    after.date = m_ui->noDate->isChecked() ? QDate() : m_ui->date->date();
    after.language = m_ui->language->text().trimmed();
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

void DocumentPropertiesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

// The numbers and the import time follow the language's locale, set with it.
void DocumentPropertiesDialog::retranslateUi()
{
    const QLocale locale;
    m_ui->imported->setText(m_before.importedAt.isValid() ? locale.toString(
                                m_before.importedAt.toLocalTime(), QLocale::ShortFormat)
                                                          : QString());
    m_ui->characters->setText(locale.toString(m_characters));
    m_ui->claims->setText(locale.toString(m_before.claimCount));
    updateState();
}

void DocumentPropertiesDialog::updateState()
{
    const bool editable = m_found && !m_project.isReadOnly();
    m_ui->date->setEnabled(editable && !m_ui->noDate->isChecked());
    QString hint;
    if (!m_found)
        hint = tr("This document is no longer in the project.");
    else if (m_ui->title->text().trimmed().isEmpty())
        hint = tr("A document needs a title.");
    else if (m_project.isReadOnly())
        hint = tr("The project is open read-only; changes cannot be saved.");
    m_ui->hint->setText(hint);
    m_ui->hint->setVisible(!hint.isEmpty());
    okButton()->setEnabled(m_found && !m_ui->title->text().trimmed().isEmpty());
}

} // namespace demarche
