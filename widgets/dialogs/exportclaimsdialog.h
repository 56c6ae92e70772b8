#pragma once

#include "core/export/claimsexport.h"
#include "core/storage/claimfilter.h"

#include <QDialog>
#include <QString>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace demarche {

class Project;

// File ▸ Export claims to CSV: where to, which claims (all, or those the claims table
// shows), and the spreadsheet options. Writing runs in the dialog with a progress bar
// and can be cancelled; a cancelled or failed export leaves no file behind.
class ExportClaimsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportClaimsDialog)

public:
    ExportClaimsDialog(Project &project, QWidget *parent);

    // Offers "only the claims shown in the claims table"; `count` and `description`
    // (the table's filter in words) are shown in the choice.
    void setTableFilter(const ClaimFilter &filter, qint64 count, const QString &description);
    void setPath(const QString &path);
    QString path() const;
    // What Export would pass to exportClaimsCsv, without the progress callback.
    ClaimsExportOptions exportOptions() const;

    QPushButton *exportButton() const { return m_export; }
    QPushButton *cancelButton() const { return m_cancel; }
    QRadioButton *allClaimsButton() const { return m_all; }
    QRadioButton *tableClaimsButton() const { return m_table; }
    QCheckBox *byteOrderMarkBox() const { return m_byteOrderMark; }
    QCheckBox *formulaEscapeBox() const { return m_formulaEscape; }
    QProgressBar *progressBar() const { return m_progress; }

public Q_SLOTS:
    // While writing, cancels the export instead of closing.
    void reject() override;

Q_SIGNALS:
    void exported(const QString &path, qint64 count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void browse();
    void runExport();
    bool showProgress(qint64 written, qint64 total);
    void setExporting(bool exporting);
    void updateButtons();
    QString defaultPath() const;

    Project &m_project;
    ClaimFilter m_tableFilter;
    qint64 m_tableCount = 0;
    QString m_tableDescription;
    QString m_confirmedPath; // chosen in the file dialog, which asked about overwriting
    bool m_hasTableFilter = false;
    bool m_exporting = false;
    bool m_cancelRequested = false;

    QLabel *m_pathLabel;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QRadioButton *m_all;
    QRadioButton *m_table;
    QCheckBox *m_byteOrderMark;
    QCheckBox *m_formulaEscape;
    QProgressBar *m_progress;
    QPushButton *m_export;
    QPushButton *m_cancel;
};

} // namespace demarche
