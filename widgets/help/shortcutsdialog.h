#pragma once

#include <QDialog>

class QLineEdit;
class QMainWindow;
class QSortFilterProxyModel;
class QTableView;

namespace demarche {

class ShortcutModel;

// Help ▸ Keyboard Shortcuts: every key of the window's actions, as they are when it
// opens, and the keys of the article and the quick-tag popup, in one table that a
// filter narrows ("tag", "ctrl").
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(QMainWindow &window);

    ShortcutModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QMainWindow &m_window;
    ShortcutModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
};

} // namespace demarche
