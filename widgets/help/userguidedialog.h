#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QToolButton;
class QUrl;

namespace demarche {

// The user guide in a window of its own: the contents on the left (the guide's section
// headings), the page on the right, back and forward through the sections visited, and
// find in the page.
class UserGuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideDialog)

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    // Shows the section with this id; the top for an empty one.
    void showAnchor(const QString &anchor);
    // The id of the section last shown; empty at the top.
    QString currentAnchor() const;
    QTextBrowser *browser() const { return m_browser; }
    QListWidget *contents() const { return m_contents; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillContents();
    void followSource(const QUrl &source);
    void find(bool backward);

    QTextBrowser *m_browser;
    QListWidget *m_contents;
    QLineEdit *m_find;
    QLabel *m_findStatus;
    QToolButton *m_back;
    QToolButton *m_forward;
    QToolButton *m_top;
};

} // namespace demarche
