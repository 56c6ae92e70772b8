#pragma once

#include <QPlainTextEdit>

#include <functional>

class QAction;

namespace demarche {

// The read-only text of an article, set for reading: a column about 70 characters wide in
// the middle of the widget, generous line spacing, a caret for browsing by keyboard. It
// turns the analyst's gestures into signals and leaves their meaning to ArticleView.
class ArticleTextEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleTextEdit)

public:
    explicit ArticleTextEdit(QWidget *parent = nullptr);

    // The document position of the character under `viewportPos`, or -1 where there is
    // none (the margin, a blank line, past the end of a line).
    int characterAt(const QPoint &viewportPos) const;

    // Whether Alt was held while the analyst made the current selection with the mouse.
    bool exactSelectionRequested() const { return m_exactSelection; }

    // The text of the tooltip for the character at a document position; empty for none.
    void setToolTipProvider(std::function<QString(int position)> provider);

    // Offered first in the context menu, above the standard entries.
    void setContextMenuActions(const QList<QAction *> &actions) { m_contextActions = actions; }

    // The width of the blank space on each side of the text column.
    int sideMargin() const { return m_sideMargin; }

    static constexpr int ReadingColumns = 70;

Q_SIGNALS:
    // A click that made no selection; `position` is characterAt() the click.
    void characterClicked(int position);
    void escapePressed();
    void sideMarginChanged(int margin);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void updateSideMargins();

    std::function<QString(int)> m_toolTipProvider;
    QList<QAction *> m_contextActions;
    QPoint m_pressPos;
    bool m_altAtPress = false;
    bool m_exactSelection = false;
    int m_sideMargin = -1;
};

} // namespace demarche
