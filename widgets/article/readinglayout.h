#pragma once

#include <QPlainTextDocumentLayout>

namespace demarche {

// QPlainTextDocumentLayout with air between the lines. The plain layout is the fast one
// (it lays out only the paragraphs on screen) but ignores QTextBlockFormat::lineHeight,
// and giving every block a format would cost a pass over the whole document anyway. So
// each paragraph is laid out as usual and its lines are then moved apart, the first time
// its bounding rectangle is asked for, which the text edit does before it draws,
// hit-tests or places the caret in it.
class ReadingLayout final : public QPlainTextDocumentLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingLayout)

public:
    // `lineSpacing` is the distance between two baselines as a multiple of the font's
    // natural line height.
    explicit ReadingLayout(QTextDocument *document, qreal lineSpacing = 1.4);

    qreal lineSpacing() const { return m_lineSpacing; }

    QRectF blockBoundingRect(const QTextBlock &block) const override;

private:
    qreal m_lineSpacing;
};

} // namespace demarche
