#include "widgets/article/readinglayout.h"

#include <QTextBlock>
#include <QTextLayout>

namespace demarche {

ReadingLayout::ReadingLayout(QTextDocument *document, qreal lineSpacing)
    : QPlainTextDocumentLayout(document)
    , m_lineSpacing(std::max<qreal>(1, lineSpacing))
{}

QRectF ReadingLayout::blockBoundingRect(const QTextBlock &block) const
{
    // The base class lays the block out first if it has no lines yet.
    QRectF rect = QPlainTextDocumentLayout::blockBoundingRect(block);
    QTextLayout *layout = block.isValid() ? block.layout() : nullptr;
    if (!layout || !block.isVisible() || layout->lineCount() == 0 || m_lineSpacing <= 1)
        return rect;

    // Half of each line's extra space goes above it and half below, so that a highlighted
    // line sits in the middle of its slot.
    const qreal halfGap = layout->lineAt(0).height() * (m_lineSpacing - 1) / 2;
    if (layout->lineAt(0).y() < halfGap / 2) {
        // Fresh from the base class, whose lines touch: move them apart.
        qreal y = 0;
        for (int i = 0; i < layout->lineCount(); ++i) {
            QTextLine line = layout->lineAt(i);
            const qreal half = line.height() * (m_lineSpacing - 1) / 2;
            y += half;
            line.setPosition(QPointF(line.position().x(), y));
            y += line.height() + half;
        }
        rect = QPlainTextDocumentLayout::blockBoundingRect(block);
    }
    // The base rectangle ends at the last line's bottom; add the space below it.
    const QTextLine last = layout->lineAt(layout->lineCount() - 1);
    rect.setHeight(rect.height() + last.height() * (m_lineSpacing - 1) / 2);
    return rect;
}

} // namespace demarche
