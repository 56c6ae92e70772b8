#include "core/report/pdfdocument.h"

#include "core/io/outputfile.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace demarche {
namespace {

struct PdfText
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
};

Error writeError(const QString &path, const QString &reason)
{
    return ioError(
        PdfText::tr("Could not write the PDF %1: %2").arg(OutputFile::displayName(path), reason));
}

constexpr int resolution = 300;  // dots per inch; the text stays vector
constexpr double footerMm = 9.0; // below the text, inside the bottom margin's band
constexpr double millimetresPerInch = 25.4;

int toDots(double millimetres)
{
    return qRound(millimetres / millimetresPerInch * resolution);
}

// Latin ligatures (fi, fl, ff) would be written as one glyph that PDF readers copy and
// search as U+FB01 and the like, so that a quote taken from the report no longer matches
// the article. Without shaping, each letter is its own glyph; Qt still shapes the scripts
// that need it.
void keepLettersApart(QTextDocument &document)
{
    QTextCursor all(&document);
    all.select(QTextCursor::Document);
    QTextCharFormat format;
    format.setFontStyleStrategy(QFont::PreferNoShaping);
    all.mergeCharFormat(format);
}

// Where a block's first line starts and its last line ends, in document coordinates.
// Asking the document's layout for the block first makes sure it is laid out.
double blockTop(const QTextBlock &block)
{
    block.document()->documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return 0.0;
    return layout->position().y() + layout->lineAt(0).y();
}

double blockBottom(const QTextBlock &block)
{
    block.document()->documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return 0.0;
    const QTextLine last = layout->lineAt(layout->lineCount() - 1);
    return layout->position().y() + last.y() + last.height();
}

int headingLevel(const QTextBlock &block)
{
    return block.isValid() ? block.blockFormat().headingLevel() : 0;
}

// The last block a heading must share its page with: the line under it (the topic's
// outcome, a side's summary), and with it a deeper heading that follows at once and that
// heading's line, so that "Ukraine" does not end a page above "Russia" on the next.
QTextBlock keptWith(const QTextBlock &heading)
{
    const int level = headingLevel(heading);
    QTextBlock last = heading.next();
    while (last.isValid() && headingLevel(last) > level)
        last = last.next(); // a heading right under a heading
    if (!last.isValid())
        return heading;
    if (headingLevel(last.next()) > level) {
        const QTextBlock deeper = keptWith(last.next());
        if (deeper.isValid())
            last = deeper;
    }
    return headingLevel(last) > 0 ? heading : last;
}

// QTextDocument knows no "keep with next" (CSS page-break-after: avoid is ignored), so
// a heading whose next lines fall on the next page starts that page itself. Each move
// lays out the rest again; the walk goes on from the moved heading.
void keepHeadingsWithText(QTextDocument &document, double pageHeight)
{
    const auto pageOf = [pageHeight](double y) { return int(y / pageHeight); };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (headingLevel(block) == 0
            || block.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_Auto)
            continue;
        const QTextBlock last = keptWith(block);
        if (last == block)
            continue;
        const int page = pageOf(blockTop(block));
        if (pageOf(blockBottom(last) - 0.5) == page)
            continue;
        // A group taller than a page could not be kept together anyway.
        if (blockBottom(last) - blockTop(block) >= pageHeight)
            continue;
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).mergeBlockFormat(format);
        // The layout after the change may be stale until the whole document is measured.
        document.documentLayout()->documentSize();
    }
}

// Paints the laid-out document page by page, each with a footer.
bool paintPages(QPdfWriter &writer, QTextDocument &document, const QString &title,
                const QSizeF &body, int footer)
{
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    QFont footerFont = document.defaultFont();
    footerFont.setPointSizeF(7.5);
    const int pages = document.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage())
            return false;
        painter.save();
        const QRectF visible(0, page * body.height(), body.width(), body.height());
        painter.translate(0, -visible.top());
        // A line that starts exactly where the page ends belongs to the next page; with the
        // full rectangle Qt would also draw it here, clipped to nothing but still in the text.
        document.drawContents(&painter, visible.adjusted(0, 0.5, 0, -0.5));
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x57, 0x60, 0x6a));
        const QRectF band(0, body.height(), body.width(), footer);
        painter.drawText(band, Qt::AlignLeft | Qt::AlignBottom, title);
        painter.drawText(band, Qt::AlignRight | Qt::AlignBottom,
                         PdfText::tr("Page %1 of %2").arg(page + 1).arg(pages));
    }
    return painter.end();
}

} // namespace

Status writeHtmlAsPdf(const QString &html, const QString &path, const QString &title)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return writeError(path, PdfText::tr("laying out pages needs the graphical libraries "
                                            "(a QGuiApplication), which are not running"));
    OutputFile file(path);
    if (Status opened = file.open(); !opened)
        return opened;

    bool painted = false;
    {
        QPdfWriter writer(file.device());
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Demarche"));
        writer.setResolution(resolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(18.0, 16.0, 18.0, 12.0),
                                         QPageLayout::Millimeter));

        QTextDocument document;
        // Measured on the PDF itself, so that point sizes and CSS lengths come out right.
        document.documentLayout()->setPaintDevice(&writer);
        document.setDocumentMargin(0);
        document.setHtml(html);
        const QRect area = writer.pageLayout().paintRectPixels(resolution);
        const int footer = toDots(footerMm);
        const QSizeF body(area.width(), area.height() - footer);
        keepLettersApart(document);
        document.setPageSize(body);
        keepHeadingsWithText(document, body.height());
        painted = paintPages(writer, document, title, body, footer);
    }
    if (!painted) {
        const QString reason = file.errorString().isEmpty()
                                   ? PdfText::tr("the pages could not be drawn")
                                   : file.errorString();
        file.cancel();
        return writeError(path, reason);
    }
    return file.commit();
}

} // namespace demarche
