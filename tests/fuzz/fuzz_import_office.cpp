// Bytes as a .docx, then as an .odt file -> the office importers. An input that is not a
// zip archive is also packed into one as word/document.xml and as content.xml, so that
// the XML readers see mutated XML rather than archives with broken checksums.
//   build-fuzz/tests/fuzz/fuzz_import_office -max_total_time=1800 /tmp/scratch
//   tests/fuzz/corpus/fuzz_import_office

#include "core/import/docxtext.h"
#include "core/import/odttext.h"
#include "fuzz_import_common.h"

#include <QBuffer>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace {

QByteArray stored(const QString &name, const QByteArray &data)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, 0, 0))
        return {};
    file.write(data);
    file.close();
    zip.close();
    return bytes;
}

void checkOffice(const QByteArray &bytes,
                 demarche::Result<demarche::ImportedText> (*convert)(const QByteArray &,
                                                                     const QString &),
                 const QString &name, const QString &key)
{
    using namespace demarche;
    const Result<ImportedText> result = convert(bytes, name);
    if (!result) {
        const QString message = result.error().message;
        fuzz::note(message);
        fuzz::check(result.error().kind == Error::Kind::BadInput, "a refusal is BadInput", message);
        fuzz::check(message.startsWith(name + QLatin1String(": ")),
                    "a refusal's message starts with the file name", message);
        return;
    }
    const QString &text = result->text;
    fuzz::check(!text.isEmpty(), "accepted text is not empty");
    fuzz::check(textimport::canonicalText(text) == text, "the text is canonical", text);
    fuzz::check(result->format == key, "the format key is the one asked for", result->format);
    fuzz::check(!result->title.contains(QLatin1Char('\n')), "a title is one line", result->title);
    fuzz::check(!result->author.contains(QLatin1Char('\n')), "an author is one line",
                result->author);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    demarche::fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = demarche::fuzz::bytes(data, size);
    checkOffice(input, demarche::docx::fromBytes, QStringLiteral("fuzz.docx"),
                QStringLiteral("docx"));
    checkOffice(input, demarche::odt::fromBytes, QStringLiteral("fuzz.odt"), QStringLiteral("odt"));
    if (!input.startsWith("PK")) {
        // DEMARCHE_FUZZ_GROW repeats the XML (fuzz_import_common.h), for long runs of markup.
        const QByteArray xml = demarche::fuzz::grown(input);
        checkOffice(stored(QStringLiteral("word/document.xml"), xml), demarche::docx::fromBytes,
                    QStringLiteral("fuzz.docx"), QStringLiteral("docx"));
        checkOffice(stored(QStringLiteral("content.xml"), xml), demarche::odt::fromBytes,
                    QStringLiteral("fuzz.odt"), QStringLiteral("odt"));
    }
    return 0;
}
