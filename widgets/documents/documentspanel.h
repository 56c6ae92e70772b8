#pragma once

#include "core/domain/ids.h"

#include <QList>
#include <QWidget>

class QAbstractItemView;
class QAction;
class QLabel;
class QPushButton;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;

namespace demarche {

class DocumentListModel;
class GuideLinkLabel;
class Project;

// The documents dock: the project's articles with date, source and claim count,
// sortable and filterable. Its current row follows the project's current document, and
// moving it makes that document current (and emits documentActivated);
// properties, removal and import are requests for the main window to carry out. An empty
// project shows an "Import documents…" button instead of an empty list.
class DocumentsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentsPanel)

public:
    explicit DocumentsPanel(Project &project, QWidget *parent = nullptr);

    // Makes the document's row current without emitting documentActivated.
    void selectDocument(demarche::DocumentId id);
    DocumentId currentDocument() const;
    QList<DocumentId> selectedDocuments() const;

    QAbstractItemView *view() const;
    QLineEdit *filterField() const { return m_filter; }
    DocumentListModel *model() const { return m_model; }

Q_SIGNALS:
    void documentActivated(demarche::DocumentId id);
    void propertiesRequested(demarche::DocumentId id);
    void removeRequested(demarche::DocumentId id);
    void importRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QWidget *createEmptyPage();
    QWidget *createListPage();
    void setUpActions();
    void guardAgainstModelChanges();
    void showContextMenu(const QPoint &position);
    void updatePage();

    Project &m_project;
    DocumentListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_pages;
    QLabel *m_emptyHint = nullptr;
    QPushButton *m_importButton = nullptr;
    GuideLinkLabel *m_guideLink = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QAction *m_propertiesAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_importAction = nullptr;
    // Above zero while the current row moves for reasons other than the analyst's.
    int m_quiet = 0;
};

} // namespace demarche
