#include "widgets/article/articletextedit.h"

#include "widgets/article/readinglayout.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

namespace demarche {

namespace {

// Readers prefer a font a little larger than the one of menus and lists.
constexpr qreal ReadingFontScale = 1.2;
constexpr qreal MinimumReadingPointSize = 11;
// Space kept between the text and the widget's edges when the column does not fit.
constexpr int MinimumSideMargin = 12;

} // namespace

ArticleTextEdit::ArticleTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    auto *doc = new QTextDocument(this);
    doc->setDocumentLayout(new ReadingLayout(doc));
    doc->setUndoRedoEnabled(false);
    doc->setDocumentMargin(8);
    setDocument(doc);

    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setUndoRedoEnabled(false);
    setFrameShape(QFrame::NoFrame);
    // The side margins are outside the viewport: paint them as paper too.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    // A scroll bar that appears after the first layout would narrow the text and throw
    // that layout away; one that is always there costs nothing.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFocusPolicy(Qt::StrongFocus);

    QFont reading = font();
    reading.setPointSizeF(
        std::max(MinimumReadingPointSize, reading.pointSizeF() * ReadingFontScale));
    setFont(reading);
    setAccessibleName(tr("Article text"));
}

void ArticleTextEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Article text"));
    QPlainTextEdit::changeEvent(event);
}

void ArticleTextEdit::setToolTipProvider(std::function<QString(int)> provider)
{
    m_toolTipProvider = std::move(provider);
}

int ArticleTextEdit::characterAt(const QPoint &viewportPos) const
{
    const QTextBlock block = cursorForPosition(viewportPos).block();
    if (!block.isValid() || !block.layout())
        return -1;
    const QRectF blockRect = blockBoundingGeometry(block).translated(contentOffset());
    const QPointF local = QPointF(viewportPos) - blockRect.topLeft();
    const QTextLayout *layout = block.layout();
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        if (!line.naturalTextRect().contains(local))
            continue;
        const int offset = line.xToCursor(local.x(), QTextLine::CursorOnCharacter);
        if (offset < line.textStart() || offset >= line.textStart() + line.textLength())
            return -1;
        return block.position() + offset;
    }
    return -1;
}

bool ArticleTextEdit::event(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateSideMargins();
    return QPlainTextEdit::event(event);
}

bool ArticleTextEdit::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int position = characterAt(help->pos());
        const QString text =
            position >= 0 && m_toolTipProvider ? m_toolTipProvider(position) : QString();
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, viewport());
        }
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void ArticleTextEdit::resizeEvent(QResizeEvent *event)
{
    updateSideMargins();
    QPlainTextEdit::resizeEvent(event);
}

// Centres a column of about ReadingColumns average characters. Viewport margins rather
// than a document margin: the document keeps its width-only relayout, and the margins
// stay still while the text scrolls.
void ArticleTextEdit::updateSideMargins()
{
    const qreal column = QFontMetricsF(font()).averageCharWidth() * ReadingColumns
                         + 2 * document()->documentMargin();
    const int available = width() - 2 * frameWidth() - verticalScrollBar()->sizeHint().width();
    const int margin = std::max(MinimumSideMargin, int((available - column) / 2));
    if (margin == m_sideMargin)
        return;
    m_sideMargin = margin;
    setViewportMargins(margin, 0, margin, 0);
    Q_EMIT sideMarginChanged(margin);
}

void ArticleTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        if (textCursor().hasSelection()) {
            QTextCursor cursor = textCursor();
            cursor.clearSelection();
            setTextCursor(cursor);
        } else {
            Q_EMIT escapePressed();
        }
        event->accept();
        return;
    }
    // A selection made or changed with the keyboard is snapped to words.
    if (event->modifiers() & Qt::ShiftModifier || event->matches(QKeySequence::SelectAll))
        m_exactSelection = false;
    QPlainTextEdit::keyPressEvent(event);
}

void ArticleTextEdit::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_altAtPress = event->modifiers() & Qt::AltModifier;
    }
    QPlainTextEdit::mousePressEvent(event);
}

void ArticleTextEdit::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    if (textCursor().hasSelection()) {
        m_exactSelection = m_altAtPress || (event->modifiers() & Qt::AltModifier);
        return;
    }
    if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        Q_EMIT characterClicked(characterAt(pos));
}

void ArticleTextEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    const QList<QAction *> standard = menu->actions();
    QAction *before = standard.isEmpty() ? nullptr : standard.first();
    menu->insertActions(before, m_contextActions);
    if (before && !m_contextActions.isEmpty())
        menu->insertSeparator(before);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace demarche
