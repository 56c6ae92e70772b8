#include "widgets/importing/importsummarydialog.h"

#include "core/import/importformats.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace demarche {

ImportSummaryDialog::ImportSummaryDialog(const ImportReport &report, QWidget *parent)
    : QDialog(parent)
    , m_report(report)
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_details->setWordWrap(true);

    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    connect(m_copy, &QPushButton::clicked, this, &ImportSummaryDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_details);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    retranslateUi();
    resize(640, 360);
}

ImportSummaryDialog::~ImportSummaryDialog() = default;

void ImportSummaryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

// The problems the import reported stay as they were written; what the dialog says
// itself follows the language.
void ImportSummaryDialog::retranslateUi()
{
    setWindowTitle(tr("Import Summary"));
    m_headline->setText(headline());
    m_details->setText(details());
    m_details->setVisible(!m_details->text().isEmpty());
    m_list->setHeaderLabels({tr("File"), tr("Problem")});
    m_list->clear();
    addRows(m_report.refused, QStyle::SP_MessageBoxCritical);
    addRows(m_report.warnings, QStyle::SP_MessageBoxWarning);
    addRows(m_report.cleaned, QStyle::SP_MessageBoxInformation);
    QList<ImportReport::Note> skipped;
    for (const QString &path : std::as_const(m_report.skipped))
        skipped.append({path, QFileInfo(path).fileName(), tr("not an article file; skipped")});
    addRows(skipped, QStyle::SP_MessageBoxInformation);
    m_list->setVisible(m_list->topLevelItemCount() > 0);
    //: A button: copy the summary to the clipboard.
    m_copy->setText(tr("&Copy"));
}

QString ImportSummaryDialog::headline() const
{
    if (m_report.requested == 0)
        return tr("No documents were imported: there was no article file to import.");
    return tr("Imported %1 of %n document(s).", nullptr, m_report.requested)
        .arg(m_report.imported.size());
}

QString ImportSummaryDialog::details() const
{
    QStringList lines;
    if (m_report.cancelledCount > 0)
        lines.append(tr("The import was cancelled; %n file(s) were not read.", nullptr,
                        m_report.cancelledCount));
    if (!m_report.skipped.isEmpty())
        lines.append(tr("%n file(s) in the folders were skipped: only %1 files are imported, "
                        "and sub-folders are not searched.",
                        nullptr, int(m_report.skipped.size()))
                         .arg(importFilePatterns().join(QLatin1String(", "))));
    if (!m_report.warnings.isEmpty())
        lines.append(tr("Check the documents with a warning: their text may not have been "
                        "read as intended."));
    return lines.join(u'\n');
}

QString ImportSummaryDialog::plainText() const
{
    QStringList lines{headline()};
    if (const QString more = details(); !more.isEmpty())
        lines.append(more);
    const auto section = [&lines](const QString &title, const QList<ImportReport::Note> &notes) {
        if (notes.isEmpty())
            return;
        lines.append(QString());
        lines.append(title);
        for (const ImportReport::Note &note : notes)
            lines.append((note.path.isEmpty() ? note.name : note.path) + QLatin1String(": ")
                         + note.message);
    };
    section(tr("Refused:"), m_report.refused);
    section(tr("Warnings:"), m_report.warnings);
    //: A heading: what the import left out of the documents' text
    section(tr("Cleaned:"), m_report.cleaned);
    if (!m_report.skipped.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Skipped:"));
        lines.append(m_report.skipped);
    }
    return lines.join(u'\n') + u'\n';
}

void ImportSummaryDialog::addRows(const QList<ImportReport::Note> &notes,
                                  QStyle::StandardPixmap icon)
{
    const QIcon shown = style()->standardIcon(icon);
    for (const ImportReport::Note &note : notes) {
        auto *item = new QTreeWidgetItem(m_list, {note.name, note.message});
        item->setIcon(0, shown);
        item->setToolTip(0, note.path.isEmpty() ? note.name : note.path);
        item->setToolTip(1, note.message);
    }
}

void ImportSummaryDialog::copyToClipboard() const
{
    QGuiApplication::clipboard()->setText(plainText());
}

} // namespace demarche
