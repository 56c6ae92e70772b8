#include "widgets/exchange/lossreportdialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace demarche {

LossReportDialog::LossReportDialog(const QString &fileName, const QdpxImportReport &report,
                                   QWidget *parent)
    : QDialog(parent)
    , m_fileName(fileName)
    , m_report(report)
    , m_headline(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_details(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_headline->setWordWrap(true);
    m_details->setWordWrap(true);

    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(true);
    for (const QdpxImportReport::Loss &loss : std::as_const(m_report.losses)) {
        auto *item = new QTreeWidgetItem(m_list, {loss.where, loss.what});
        item->setToolTip(0, loss.where);
        item->setToolTip(1, loss.what);
    }
    m_list->resizeColumnToContents(0);
    m_list->setColumnWidth(0, qMin(m_list->columnWidth(0), 280));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    connect(m_copy, &QPushButton::clicked, this, &LossReportDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_counts);
    layout->addWidget(m_details);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    retranslateUi();
    resize(720, m_report.losses.isEmpty() ? 200 : 420);
}

void LossReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

// The losses stay as the import wrote them; what the dialog says itself follows the
// language.
void LossReportDialog::retranslateUi()
{
    setWindowTitle(tr("REFI-QDA Import"));
    m_headline->setText(headline());
    m_counts->setText(counts());
    const int lost = int(m_report.losses.size());
    m_details->setText(lost == 0
                           ? tr("Nothing was lost: everything in the file is in the project.")
                           : tr("%n thing(s) in the file could not be represented in the project; "
                                "they are listed below.",
                                nullptr, lost));
    //: Column headings of the loss report: where in the file, and what was not taken in.
    m_list->setHeaderLabels({tr("Where"), tr("What was lost")});
    m_list->setVisible(lost > 0);
    //: A button: copy the report to the clipboard.
    m_copy->setText(tr("&Copy"));
}

QString LossReportDialog::headline() const
{
    return tr("“%1” was imported.").arg(m_fileName);
}

QString LossReportDialog::counts() const
{
    // Each count is a phrase of its own, listed.
    return QStringList{tr("%n document(s)", nullptr, m_report.documents),
                       tr("%n new actor(s)", nullptr, m_report.actors),
                       tr("%n new topic(s)", nullptr, m_report.topics),
                       tr("%n claim(s)", nullptr, m_report.claims)}
        .join(QStringLiteral(" · "));
}

QString LossReportDialog::plainText() const
{
    QStringList lines{headline(), counts(), m_details->text()};
    for (const QdpxImportReport::Loss &loss : std::as_const(m_report.losses))
        lines.append(loss.where + QLatin1String(": ") + loss.what);
    return lines.join(u'\n') + u'\n';
}

void LossReportDialog::copyToClipboard() const
{
    QGuiApplication::clipboard()->setText(plainText());
}

} // namespace demarche
