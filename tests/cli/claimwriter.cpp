// claimwriter PROJECT [COUNT]: adds claims to a project one at a time, as fast as it can,
// and prints each completed claim's id on its own line. tst_killsafety kills it with
// SIGKILL at random moments; a printed id is a promise that the claim is on disk.
#include "core/storage/projectstore.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace demarche;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: claimwriter PROJECT [COUNT]\n");
        return 1;
    }
    const qint64 count = args.size() > 2 ? args.at(2).toLongLong() : 1000000;

    auto store = ProjectStore::open(args.at(1));
    if (!store) {
        std::fprintf(stderr, "claimwriter: %s\n", qPrintable(store.error().message));
        return 3;
    }
    auto documents = store.value()->documents();
    auto actors = store.value()->actors();
    auto topics = store.value()->topics();
    if (!documents || !actors || !topics || documents->isEmpty() || actors->isEmpty()
        || topics->isEmpty()) {
        std::fprintf(stderr, "claimwriter: the project needs a document, an actor and a topic\n");
        return 2;
    }
    auto document = store.value()->document(documents->first().id);
    if (!document) {
        std::fprintf(stderr, "claimwriter: %s\n", qPrintable(document.error().message));
        return 2;
    }
    const qint64 length = document->text.toUcs4().size();

    for (qint64 i = 0; i < count; ++i) {
        Claim claim;
        claim.document = document->id;
        claim.start = i % length;
        claim.end = claim.start + 1;
        claim.holder = actors->first().id;
        claim.topic = topics->at(int(i % topics->size())).id;
        claim.position = int(i % 201) - 100;
        claim.note = QStringLiteral("claim %1 of a kill test").arg(i);
        auto added = store.value()->addClaim(claim);
        if (!added) {
            std::fprintf(stderr, "claimwriter: %s\n", qPrintable(added.error().message));
            return 2;
        }
        std::printf("%lld\n", added->id.value());
        std::fflush(stdout);
    }
    return 0;
}
