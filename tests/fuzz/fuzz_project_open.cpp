// Bytes written as a .demarche file -> ProjectStore::open. Either it opens, and then every
// read returns a value or a clean error (and it opens again), or it is refused as
// CannotOpen with a message that begins with the path, and the file's bytes are as they
// were, with no -wal or -shm file left beside it.

#include "core/storage/projectstore.h"
#include "fuzz_common.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

using namespace demarche;
using fuzz::check;

QTemporaryDir *dir = nullptr;
QString path;

template <typename T>
void checkRead(const Result<T> &result, const char *what)
{
    if (!result)
        check(!result.error().message.isEmpty(), what, QStringLiteral("an empty error message"));
}

void readSome(const ProjectStore &store)
{
    const auto documents = store.documents();
    checkRead(documents, "documents()");
    checkRead(store.actors(), "actors()");
    checkRead(store.topics(), "topics()");
    checkRead(store.claimCount(), "claimCount()");
    const auto claims = store.claims();
    checkRead(claims, "claims()");
    if (documents) {
        for (const Document &d : documents->mid(0, 3)) {
            checkRead(store.document(d.id), "document()");
            const auto text = store.documentText(d.id);
            checkRead(text, "documentText()");
            if (text)
                checkRead(text.value()->slice(0, 1), "DocumentText::slice()");
        }
    }
    if (claims) {
        for (const Claim &c : claims->mid(0, 3))
            checkRead(store.claim(c.id), "claim()");
    }
}

void removeSideFiles()
{
    QFile::remove(path + QLatin1String("-wal"));
    QFile::remove(path + QLatin1String("-shm"));
    QFile::remove(path + QLatin1String("-journal"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startApplication();
    static QTemporaryDir instance; // destroyed at exit, with the file
    dir = &instance;
    check(dir->isValid(), "a temporary directory");
    path = dir->filePath(QStringLiteral("fuzz.demarche"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    removeSideFiles();
    check(fuzz::writeAll(path, bytes), "writing the project file");

    auto opened = ProjectStore::open(path);
    fuzz::note(opened ? QStringLiteral("opened") : opened.error().message);
    if (opened) {
        readSome(*opened.value());
        opened.value().reset();
        auto again = ProjectStore::open(path);
        check(again.ok(), "a project that opened once opens again",
              again.ok() ? QString() : again.error().message);
        readSome(*again.value());
        return 0;
    }
    const Error error = opened.error();
    opened = Error(); // nothing of the attempt is left open
    check(error.kind == Error::Kind::CannotOpen, "a refusal is CannotOpen", error.message);
    check(error.message.startsWith(path + QLatin1String(": ")),
          "a refusal's message begins with the path", error.message);
    check(!QFile::exists(path + QLatin1String("-wal")), "a refusal leaves no -wal file",
          error.message);
    check(!QFile::exists(path + QLatin1String("-shm")), "a refusal leaves no -shm file",
          error.message);
    check(fuzz::readAll(path) == bytes, "a refused file's bytes are unchanged", error.message);
    return 0;
}
