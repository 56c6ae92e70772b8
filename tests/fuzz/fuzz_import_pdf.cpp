// Bytes as a .pdf file -> textimport::pdfText: poppler opens whatever the bytes are, the
// layout and cleaning run on what it finds. A refusal names the file; accepted text is
// canonical and every page start points into it, in order.

#include "core/import/pdftext.h"
#include "core/import/textimporter.h"
#include "core/text/nfc.h"
#include "fuzz_common.h"

using namespace demarche;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = QStringLiteral("fuzz.pdf");
    const Result<ImportedText> result = textimport::pdfText(fuzz::bytes(data, size), name);
    if (!result) {
        const QString message = result.error().message;
        fuzz::note(message);
        fuzz::check(result.error().kind == Error::Kind::BadInput, "a refusal is BadInput", message);
        fuzz::check(message.startsWith(name + QLatin1String(": ")),
                    "a refusal's message starts with the file name", message);
        return 0;
    }
    const QString &text = result->text;
    fuzz::note(QStringLiteral("accepted: ") + text.left(60));
    fuzz::check(!text.isEmpty(), "accepted text is not empty");
    fuzz::check(textimport::canonicalText(text) == text, "accepted text is canonical", text);
    fuzz::check(textimport::toNfc(result->title) == result->title
                    && !result->title.contains(QLatin1Char('\n')),
                "a title is one NFC line", result->title);
    fuzz::check(result->format == QLatin1String("pdf"), "the format key is pdf", result->format);
    qsizetype offset = -1;
    int page = 0;
    for (const PageStart &start : result->pages) {
        fuzz::check(start.offset > offset && start.offset < text.size() && start.page > page,
                    "page starts rise and point into the text",
                    QStringLiteral("%1:%2").arg(start.offset).arg(start.page));
        fuzz::check(start.offset == 0 || text.mid(start.offset - 2, 2) == QLatin1String("\n\n"),
                    "a page start begins a paragraph", QString::number(start.offset));
        offset = start.offset;
        page = start.page;
    }
    return 0;
}
