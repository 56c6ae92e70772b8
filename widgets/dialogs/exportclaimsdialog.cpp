#include "widgets/dialogs/exportclaimsdialog.h"

#include "core/io/outputfile.h"
#include "core/project/project.h"
#include "widgets/common/filedialogs.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace demarche {
namespace {

// Project path → the folder its claims were last exported to.
const QString FoldersKey = QStringLiteral("export/claimsFolders");
constexpr int ProgressSteps = 1000; // the bar in per mille: totals may not fit an int

} // namespace

ExportClaimsDialog::ExportClaimsDialog(Project &project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_pathLabel(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_all(new QRadioButton(this))
    , m_table(new QRadioButton(this))
    , m_byteOrderMark(new QCheckBox(this))
    , m_formulaEscape(new QCheckBox(this))
    , m_progress(new QProgressBar(this))
{
    setModal(true);

    m_path->setText(defaultPath());
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_all->setChecked(true);
    m_table->setEnabled(false);
    auto *scope = new QButtonGroup(this);
    scope->addButton(m_all);
    scope->addButton(m_table);

    m_formulaEscape->setChecked(true);

    m_progress->setRange(0, ProgressSteps);
    m_progress->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_export->setDefault(true);

    auto *form = new QFormLayout;
    m_pathLabel->setBuddy(m_path);
    form->addRow(m_pathLabel, pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_all);
    layout->addWidget(m_table);
    layout->addWidget(m_byteOrderMark);
    layout->addWidget(m_formulaEscape);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &ExportClaimsDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportClaimsDialog::updateButtons);
    connect(m_export, &QPushButton::clicked, this, &ExportClaimsDialog::runExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportClaimsDialog::reject);
    retranslateUi();
    updateButtons();
}

void ExportClaimsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportClaimsDialog::retranslateUi()
{
    setWindowTitle(tr("Export claims to CSV"));
    m_pathLabel->setText(tr("&File:"));
    m_path->setAccessibleName(tr("File"));
    m_browse->setText(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Choose the file"));
    const auto total = m_project.store().claimCount();
    m_all->setText(tr("&All claims (%1)").arg(QLocale().toString(total ? total.value() : 0)));
    // The table's filter is described by the table, in the language it was given in.
    m_table->setText(m_hasTableFilter
                         ? tr("Only the claims shown in the claims &table (%1: %2)")
                               .arg(QLocale().toString(m_tableCount), m_tableDescription)
                         : tr("Only the claims shown in the claims &table"));
    m_byteOrderMark->setText(tr("E&xcel-compatible (adds a byte order mark)"));
    m_byteOrderMark->setToolTip(
        tr("Excel reads a CSV file as UTF-8 only when it begins with a byte order mark. "
           "Leave it off for R, pandas and LibreOffice."));
    m_formulaEscape->setText(tr("&Escape cells that look like formulas"));
    m_formulaEscape->setToolTip(
        tr("Spreadsheets may run a cell that begins with =, +, -, @ as a formula, so a "
           "crafted quote could act when the file is opened. Escaping puts an apostrophe "
           "before such cells, which spreadsheets show as plain text. Clear it only for "
           "programs that never evaluate formulas."));
    m_progress->setAccessibleName(tr("Export progress"));
    //: A button: write the claims to the file.
    m_export->setText(tr("Export"));
}

void ExportClaimsDialog::setTableFilter(const ClaimFilter &filter, qint64 count,
                                        const QString &description)
{
    m_tableFilter = filter;
    m_hasTableFilter = true;
    m_tableCount = count;
    m_tableDescription = description;
    retranslateUi();
    m_table->setEnabled(!m_exporting);
}

void ExportClaimsDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportClaimsDialog::path() const
{
    return m_path->text().trimmed();
}

ClaimsExportOptions ExportClaimsDialog::exportOptions() const
{
    ClaimsExportOptions options;
    if (m_table->isChecked())
        options.filter = m_tableFilter;
    options.byteOrderMark = m_byteOrderMark->isChecked();
    options.formulaEscape = m_formulaEscape->isChecked();
    return options;
}

void ExportClaimsDialog::reject()
{
    if (m_exporting) {
        m_cancelRequested = true;
        return;
    }
    QDialog::reject();
}

// Where this project's claims went last time, else beside the project, where its other
// exports and reports go; a read-only project's folder may refuse the file, so then home.
QString ExportClaimsDialog::defaultPath() const
{
    QString folder = QSettings().value(FoldersKey).toMap().value(m_project.path()).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        folder = QFileInfo(m_project.path()).absolutePath();
        if (!QFileInfo(folder).isDir() || !QFileInfo(folder).isWritable())
            folder = QDir::homePath();
    }
    return QDir(folder).filePath(m_project.name() + QStringLiteral("-claims.csv"));
}

void ExportClaimsDialog::browse()
{
    const QString start = path().isEmpty() ? defaultPath() : path();
    const QString chosen = FileDialogs::saveFileName(this, tr("Export claims to CSV"), start,
                                                     tr("CSV files (*.csv);;All files (*)"));
    if (chosen.isEmpty())
        return;
    m_confirmedPath = chosen;
    setPath(chosen);
}

void ExportClaimsDialog::runExport()
{
    const QString target = path();
    if (target.isEmpty() || m_exporting)
        return;
    // A target that can never be written (the project itself, a folder) is refused before
    // anyone is asked whether to replace it.
    if (Status allowed = OutputFile::check(target); !allowed) {
        QMessageBox box(
            QMessageBox::Warning, tr("Export claims"),
            tr("The claims cannot be exported to “%1”.").arg(QDir::toNativeSeparators(target)),
            QMessageBox::Ok, this);
        box.setInformativeText(allowed.error().message);
        box.exec();
        return;
    }
    if (target != m_confirmedPath && QFileInfo(target).isFile()) {
        const auto answer = QMessageBox::question(
            this, tr("Replace the file?"),
            tr("“%1” already exists. Replace it?").arg(QDir::toNativeSeparators(target)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }

    ClaimsExportOptions options = exportOptions();
    options.progress = [this](qint64 written, qint64 total) {
        return showProgress(written, total);
    };
    m_cancelRequested = false;
    setExporting(true);
    const auto written = exportClaimsCsv(m_project.store(), target, options);
    setExporting(false);
    if (!written && m_cancelRequested)
        return; // the user asked for it: nothing to report
    if (!written) {
        QMessageBox box(
            QMessageBox::Critical, tr("Export failed"),
            tr("The claims could not be exported to “%1”.").arg(QDir::toNativeSeparators(target)),
            QMessageBox::Ok, this);
        box.setInformativeText(written.error().message);
        box.exec();
        return;
    }
    QSettings settings;
    QVariantMap folders = settings.value(FoldersKey).toMap();
    folders.insert(m_project.path(), QFileInfo(target).absolutePath());
    settings.setValue(FoldersKey, folders);
    Q_EMIT exported(target, written.value());
    accept();
}

bool ExportClaimsDialog::showProgress(qint64 written, qint64 total)
{
    m_progress->setValue(total > 0 ? int(written * ProgressSteps / total) : 0);
    m_progress->setFormat(
        tr("%1 of %Ln claim(s)", nullptr, int(total)).arg(QLocale().toString(written)));
    // Keeps the window painted and the Cancel button live; the dialog is modal, so
    // nothing else can change the project meanwhile.
    QCoreApplication::processEvents();
    return !m_cancelRequested;
}

void ExportClaimsDialog::setExporting(bool exporting)
{
    m_exporting = exporting;
    m_progress->setValue(0);
    m_progress->setVisible(exporting);
    for (QWidget *input : {static_cast<QWidget *>(m_path), static_cast<QWidget *>(m_browse),
                           static_cast<QWidget *>(m_all), static_cast<QWidget *>(m_byteOrderMark),
                           static_cast<QWidget *>(m_formulaEscape)})
        input->setEnabled(!exporting);
    m_table->setEnabled(!exporting && m_hasTableFilter);
    updateButtons();
}

void ExportClaimsDialog::updateButtons()
{
    m_export->setEnabled(!m_exporting && !path().isEmpty());
}

} // namespace demarche
