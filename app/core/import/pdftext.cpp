#include "core/import/pdftext.h"

#include "core/import/pdfcleanup.h"
#include "core/import/pdflayout.h"
#include "core/import/textimporter.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QVariant>

#include <memory>
#include <poppler-qt6.h>

namespace demarche::textimport {

namespace {

using pdfimport::PdfPage;
using pdfimport::PdfWord;

struct PdfText
{
    Q_DECLARE_TR_FUNCTIONS(TextImport)
};

// A page denser than this is not prose; the layout would only grow slow on it.
constexpr qsizetype MaxPageWords = 50'000;

void quiet(const QString &, const QVariant &) {}

bool pastDeadline(const QVariant &closure)
{
    return static_cast<const QDeadlineTimer *>(closure.value<const void *>())->hasExpired();
}

// Producers put a file name where the title belongs ("Microsoft Word - readout.docx").
bool namesAFile(const QString &title)
{
    static const char *const Suffixes[] = {".doc", ".docx", ".odt", ".pdf", ".rtf", ".tex", ".txt"};
    for (const char *suffix : Suffixes) {
        if (title.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString metadataLine(const QString &value)
{
    return canonicalText(value).simplified();
}

} // namespace

Result<ImportedText> pdfText(const QByteArray &bytes, const QString &fileName)
{
    // Poppler reports every flaw of a damaged file on stderr; the refusal says enough.
    static const bool silenced = [] {
        Poppler::setDebugErrorFunction(quiet, QVariant());
        return true;
    }();
    Q_UNUSED(silenced);

    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return badInput(PdfText::tr("%1: damaged").arg(fileName));
    if (document->isLocked())
        return badInput(PdfText::tr("%1: encrypted").arg(fileName));
    const int pageCount = document->numPages();
    if (pageCount <= 0)
        return badInput(PdfText::tr("%1: damaged").arg(fileName));

    ImportedText result;
    result.format = QStringLiteral("pdf");
    const QDeadlineTimer deadline{std::chrono::seconds(MaxPdfSeconds)};
    const QVariant closure = QVariant::fromValue(static_cast<const void *>(&deadline));
    QList<PdfPage> pages;
    qsizetype wordCount = 0;
    bool stopped = false;
    for (int i = 0; i < pageCount; ++i) {
        if (i >= MaxPdfPages || wordCount >= MaxPdfWords || deadline.hasExpired()) {
            stopped = true;
            break;
        }
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        QList<PdfWord> words;
        if (page) {
            const auto boxes = page->textList(Poppler::Page::Rotate0, pastDeadline, closure);
            for (const auto &box : boxes) {
                if (words.size() >= MaxPageWords) {
                    stopped = true;
                    break;
                }
                words.append({box->text(), box->boundingBox(), box->hasSpaceAfter()});
            }
        }
        wordCount += words.size();
        pages.append(pdfimport::layoutPage(std::move(words)));
        if (stopped)
            break;
    }
    if (wordCount == 0 && deadline.hasExpired())
        return badInput(
            PdfText::tr("%1: took too long to read; no text was found in time").arg(fileName));
    if (wordCount == 0)
        return badInput(PdfText::tr("%1: no text layer — scanned PDF?").arg(fileName));

    const pdfimport::CleanPdfText clean = pdfimport::cleanPdfText(pages);
    if (clean.text.isEmpty())
        return badInput(PdfText::tr("%1: contains no text").arg(fileName));
    result.text = clean.text;
    result.pages = clean.pages;

    const QString title = metadataLine(document->info(QStringLiteral("Title")));
    result.title = title.isEmpty() || namesAFile(title) ? clean.heading.simplified() : title;
    result.author = metadataLine(document->info(QStringLiteral("Author")));
    QDateTime date = document->creationDate();
    if (!date.isValid())
        date = document->modificationDate();
    if (date.isValid())
        result.date = date.date();

    if (stopped || pages.size() < pageCount)
        result.warnings.append(PdfText::tr("%1: stopped after %n page(s); the rest is left out",
                                           nullptr, int(pages.size()))
                                   .arg(fileName));
    if (clean.runningLines > 0)
        result.notes.append(PdfText::tr("%1: %n running header(s) and footer(s) left out", nullptr,
                                        clean.runningLines)
                                .arg(fileName));
    if (clean.hyphensJoined > 0)
        result.notes.append(PdfText::tr("%1: %n word(s) hyphenated at a line end joined", nullptr,
                                        clean.hyphensJoined)
                                .arg(fileName));
    return result;
}

} // namespace demarche::textimport
