#include "widgets/help/shortcutsdialog.h"

#include "widgets/help/shortcutlist.h"
#include "widgets/help/shortcutmodel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace demarche {

ShortcutsDialog::ShortcutsDialog(QMainWindow &window)
    : QDialog(&window)
    , m_window(window)
    , m_model(new ShortcutModel(windowShortcuts(window) + textKeys(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    resize(760, 560);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // any column: "tag", "ctrl+e" or "quick tag"

    m_filter->setObjectName(QStringLiteral("shortcutFilter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // menu order until a header is clicked
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ShortcutModel::ActionColumn,
                                                      QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    m_filter->setFocus(Qt::OtherFocusReason);
    retranslateUi();
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The window names its actions and menus anew; the list follows.
        m_model->setEntries(windowShortcuts(m_window) + textKeys());
    }
    QDialog::changeEvent(event);
}

void ShortcutsDialog::retranslateUi()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setPlaceholderText(tr("Filter by action, key or menu"));
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
}

} // namespace demarche
