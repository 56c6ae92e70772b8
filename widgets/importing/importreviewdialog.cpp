#include "widgets/importing/importreviewdialog.h"

#include "core/commands/changedocumentcommand.h"
#include "core/project/project.h"
#include "widgets/common/datedelegate.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace demarche {
namespace {

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setToolTip(text);
    return item;
}

} // namespace

ImportReviewDialog::ImportReviewDialog(Project &project, const QList<DocumentId> &ids,
                                       const QHash<DocumentId, QStringList> &cleaned,
                                       QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_what(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importReviewDialog"));
    for (const DocumentId id : ids) {
        if (const Document *listed = project.documentInfo(id))
            m_before.append(*listed);
    }
    m_what->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("importReviewTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setRowCount(int(m_before.size()));
    m_table->setItemDelegateForColumn(DateColumn, new DateDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    const bool editable = !project.isReadOnly();
    for (int row = 0; row < m_before.size(); ++row) {
        const Document &document = m_before.at(row);
        m_table->setItem(row, FileColumn, readOnlyItem(document.fileName));
        m_table->setItem(row, TitleColumn, new QTableWidgetItem(document.title));
        auto *date = new QTableWidgetItem;
        // An undated document shows an empty cell; editing it starts from today.
        date->setData(Qt::EditRole, document.date.isValid() ? document.date : QVariant());
        m_table->setItem(row, DateColumn, date);
        m_table->setItem(row, SourceColumn, new QTableWidgetItem(document.source));
        m_table->setItem(row, CleanedColumn,
                         readOnlyItem(cleaned.value(document.id).join(QLatin1String("; "))));
        if (!editable) {
            for (int column = TitleColumn; column <= SourceColumn; ++column)
                m_table->item(row, column)
                    ->setFlags(m_table->item(row, column)->flags() & ~Qt::ItemIsEditable);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_what);
    layout->addWidget(m_table);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportReviewDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportReviewDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(editable);
    retranslateUi();
    m_table->resizeColumnsToContents();
    const int chars = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(TitleColumn, std::max(m_table->columnWidth(TitleColumn), chars * 30));
    m_table->setColumnWidth(TitleColumn, std::min(m_table->columnWidth(TitleColumn), chars * 60));
    m_table->setColumnWidth(FileColumn, std::min(m_table->columnWidth(FileColumn), chars * 28));
    // Wide enough for every column as filled, within the screen: the notes on what was
    // cleaned are the longest texts and should not be cut.
    int width = 0;
    for (int column = 0; column < ColumnCount; ++column)
        width += m_table->columnWidth(column);
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect();
    const int widest = screen.isValid() ? screen.width() * 9 / 10 : chars * 160;
    resize(std::clamp(width + chars * 6, chars * 100, std::max(widest, chars * 100)),
           fontMetrics().height() * (10 + std::min(int(m_before.size()), 12) * 2));
}

void ImportReviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportReviewDialog::retranslateUi()
{
    setWindowTitle(tr("Check the Imported Documents"));
    m_what->setText(tr("The title, date and source of %n new document(s), as read from the "
                       "file(s). Correct any that are wrong; they can also be changed later in "
                       "Document Properties.",
                       nullptr, int(m_before.size())));
    //: Column headings: the file a document came from, its title, publication date, source,
    //: and what the import left out of its text (running headers, page numbers)
    m_table->setHorizontalHeaderLabels(
        {tr("File"), tr("Title"), tr("Date"), tr("Source"), tr("Cleaned")});
}

void ImportReviewDialog::accept()
{
    QList<std::pair<Document, Document>> changes;
    for (int row = 0; row < m_before.size(); ++row) {
        const Document &before = m_before.at(row);
        Document after = before;
        after.title = m_table->item(row, TitleColumn)->text().simplified();
        if (after.title.isEmpty()) // a title is required; an emptied cell keeps the old one
            after.title = before.title;
        after.date = m_table->item(row, DateColumn)->data(Qt::EditRole).toDate();
        after.source = m_table->item(row, SourceColumn)->text().simplified();
        if (after.title != before.title || after.date != before.date
            || after.source != before.source)
            changes.append({before, after});
    }
    // A refusal keeps the dialog open; the project has said why.
    if (!m_project.isReadOnly()
        && !changeDocuments(
            m_project, tr("Correct the details of %n document(s)", nullptr, int(changes.size())),
            changes))
        return;
    QDialog::accept();
}

} // namespace demarche
