#pragma once

#include "widgets/importing/importreport.h"

#include <QDialog>
#include <QString>
#include <QStyle>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace demarche {

// Shown after an import of several files when something needs the analyst's eye: how
// many documents went in, and each file that was refused, read with a warning or skipped,
// with the reason. "Copy" puts the same as plain text on the clipboard.
class ImportSummaryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSummaryDialog)

public:
    explicit ImportSummaryDialog(const ImportReport &report, QWidget *parent = nullptr);
    ~ImportSummaryDialog() override;

    QString headline() const;
    QString details() const;
    // Everything the dialog says, as plain text with full paths: what Copy copies.
    QString plainText() const;
    QTreeWidget *problemList() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void addRows(const QList<ImportReport::Note> &notes, QStyle::StandardPixmap icon);
    void copyToClipboard() const;

    ImportReport m_report;
    QLabel *m_headline = nullptr;
    QLabel *m_details = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace demarche
