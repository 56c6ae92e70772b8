#pragma once

#include "core/exchange/qdpximport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace demarche {

// After a REFI-QDA import: what came in, and the loss report — everything the project
// could not represent, by source and position or by code.
class LossReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LossReportDialog)

public:
    LossReportDialog(const QString &fileName, const QdpxImportReport &report,
                     QWidget *parent = nullptr);

    QString headline() const;
    QString counts() const; // "3 documents · 2 new actors · ..."
    // The whole report as plain text, as the Copy button puts it on the clipboard.
    QString plainText() const;
    QTreeWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void copyToClipboard() const;

    QString m_fileName;
    QdpxImportReport m_report;
    QLabel *m_headline;
    QLabel *m_counts;
    QLabel *m_details;
    QTreeWidget *m_list;
    QPushButton *m_copy;
};

} // namespace demarche
