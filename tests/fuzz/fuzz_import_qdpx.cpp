// Bytes as a .qdpx file -> importQdpx into a fixed project, whose transaction is then
// rolled back, so that every input meets the same project. An input that is not a zip
// archive is also packed into one as project.qde, so that the XML reader sees mutated XML
// rather than archives with broken checksums.
//   build-fuzz/tests/fuzz/fuzz_import_qdpx -max_total_time=1800 /tmp/scratch
//   tests/fuzz/corpus/fuzz_import_qdpx

#include "core/exchange/qdpximport.h"
#include "core/import/textimporter.h"
#include "core/storage/projectstore.h"
#include "fuzz_common.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace {

using namespace demarche;

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

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<ProjectStore> store;
    QString input;

    Fixture()
    {
        auto made = ProjectStore::create(dir.filePath(QStringLiteral("fuzz.demarche")));
        if (!made)
            fuzz::fail("cannot create the project", made.error().message);
        store = std::move(made.value());
        input = dir.filePath(QStringLiteral("fuzz.qdpx"));
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

void checkQdpx(const QByteArray &bytes)
{
    Fixture &f = fixture();
    if (!fuzz::writeAll(f.input, bytes))
        fuzz::fail("cannot write the input");
    const Error rollBack = badInput(QStringLiteral("rolled back"));
    const Status status = f.store->transaction([&]() -> Status {
        const auto report = importQdpx(*f.store, f.input, {});
        if (!report) {
            const QString message = report.error().message;
            fuzz::note(message);
            fuzz::check(report.error().kind == Error::Kind::BadInput, "a refusal is BadInput",
                        message);
            fuzz::check(message.startsWith(f.input + QLatin1String(": ")),
                        "a refusal's message starts with the file name", message);
            return rollBack;
        }
        fuzz::note(QStringLiteral("accepted: %1 claims").arg(report->claims));
        fuzz::check(f.store->claimCount().value() == report->claims,
                    "the report counts the claims added");
        const auto documents = f.store->documents().value();
        fuzz::check(documents.size() == report->documents, "the report counts the documents");
        for (const Document &listed : documents) {
            const QString text = f.store->document(listed.id)->text;
            fuzz::check(textimport::canonicalText(text) == text, "a document is canonical", text);
        }
        const QList<Claim> claims = f.store->claims().value();
        for (const Claim &claim : claims) {
            const auto text = f.store->documentText(claim.document).value();
            fuzz::check(text->slice(claim.start, claim.end).value() == claim.quote,
                        "a claim quotes its document");
        }
        return rollBack;
    });
    fuzz::check(!status.ok(), "the transaction was rolled back");
    fuzz::check(f.store->claimCount().value() == 0, "nothing stays after a rollback");
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
    checkQdpx(input);
    if (!input.startsWith("PK"))
        checkQdpx(stored(QStringLiteral("project.qde"), input));
    return 0;
}
