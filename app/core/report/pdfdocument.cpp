#include "core/report/pdfdocument.h"

#include "core/io/outputfile.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

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
        document.drawContents(&painter, visible);
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
        document.setPageSize(body);
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
