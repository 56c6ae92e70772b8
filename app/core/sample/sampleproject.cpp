#include "core/sample/sampleproject.h"

#include "core/domain/namelookup.h"
#include "core/import/importformats.h"
#include "core/sample/samplemanifest.h"
#include "core/sample/sampletext.h"
#include "core/storage/projectstore.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace demarche {
namespace {

const QLatin1String ManifestName("sample.json");

Result<QByteArray> readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return badInput(SampleText::tr("%1: cannot be read: %2").arg(path, file.errorString()));
    return file.readAll();
}

// Converted the way a file import converts it, so that the sample's texts and offsets are
// exactly what the analyst would get by importing the same files.
Result<Document> readArticle(const QString &folder, const SampleDocument &sample)
{
    const QString path = folder + u'/' + sample.file;
    const ImportFormat *format = importFormatForFileName(sample.file);
    if (!format)
        return badInput(
            SampleText::tr("%1: unsupported file type; expected %2").arg(path, expectedSuffixes()));
    auto bytes = readResource(path);
    if (!bytes)
        return bytes.error();
    auto imported = format->convert(*bytes, path);
    if (!imported)
        return imported.error();
    Document document;
    document.text = imported->text;
    document.format = imported->format;
    document.fileName = QFileInfo(sample.file).fileName();
    document.title = sample.title.isEmpty() ? imported->title : sample.title;
    if (document.title.isEmpty())
        document.title = QFileInfo(sample.file).completeBaseName();
    document.source = sample.source;
    document.url = sample.url;
    document.date = sample.date;
    document.language = sample.language;
    return document;
}

// The default topics carry translated names; the manifest names them in English.
const Topic *findSampleTopic(const QList<Topic> &topics, const QString &name)
{
    if (const Topic *topic = findTopic(topics, name))
        return topic;
    const QByteArray source = name.toUtf8();
    return findTopic(topics, QCoreApplication::translate("DefaultTopics", source.constData()));
}

// "sample.json: claims[3] (“We keep hearing the same…”)"
QString describeClaim(const SampleManifest &manifest, int index)
{
    constexpr int Shown = 32;
    const QString &quote = manifest.claims.at(index).quote;
    const QString shown = quote.size() > Shown ? quote.left(Shown).trimmed() + u'…' : quote;
    return SampleText::tr("%1: claims[%2] (“%3”)").arg(ManifestName).arg(index).arg(shown);
}

// Fills a freshly created project; runs inside one transaction.
class SampleBuilder final
{
public:
    SampleBuilder(ProjectStore &store, const SampleManifest &manifest)
        : m_store(store)
        , m_manifest(manifest)
    {}

    // `documents` as read from the manifest's documents, in the same order.
    Status addDocuments(const QList<Document> &documents)
    {
        for (qsizetype i = 0; i < documents.size(); ++i) {
            const QString &file = m_manifest.documents.at(i).file;
            auto added = m_store.addDocument(documents.at(i));
            if (!added)
                return Error{added.error().kind,
                             file + QLatin1String(": ") + added.error().message};
            m_documents.insert(file, added->id);
        }
        return {};
    }

    Status addTopics()
    {
        auto existing = m_store.topics();
        if (!existing)
            return existing.error();
        m_topics = existing.value();
        for (const SampleTopic &sample : m_manifest.topics) {
            if (findSampleTopic(m_topics, sample.topic.name))
                continue; // a default topic, already there
            Topic topic = sample.topic;
            if (!sample.parent.isEmpty()) {
                const Topic *parent = findSampleTopic(m_topics, sample.parent);
                if (!parent)
                    return badInput(
                        SampleText::tr("%1: the parent topic '%2' of '%3' must be listed before it")
                            .arg(ManifestName, sample.parent, topic.name));
                topic.parent = parent->id;
            }
            auto added = m_store.addTopic(topic);
            if (!added)
                return added.error();
            m_topics.append(added.value());
        }
        return {};
    }

    Status addActors()
    {
        for (const SampleActor &sample : m_manifest.actors) {
            Actor actor = sample.actor;
            if (!sample.parent.isEmpty()) {
                const Actor *parent = findActor(m_actors, sample.parent);
                if (!parent)
                    return badInput(
                        SampleText::tr("%1: the parent actor '%2' of '%3' must be listed before it")
                            .arg(ManifestName, sample.parent, actor.name));
                actor.parent = parent->id;
            }
            auto added = m_store.addActor(actor);
            if (!added)
                return added.error();
            m_actors.append(added.value());
        }
        return {};
    }

    Status addClaims()
    {
        QList<Claim> claims;
        for (int i = 0; i < m_manifest.claims.size(); ++i) {
            auto claim = locate(m_manifest.claims.at(i));
            if (!claim)
                return Error{claim.error().kind, describeClaim(m_manifest, i) + QLatin1String(": ")
                                                     + claim.error().message};
            claims.append(claim.value());
        }
        auto added = m_store.addClaims(
            claims, [this](int index) -> QString { return describeClaim(m_manifest, index); });
        if (!added)
            return added.error();
        return {};
    }

private:
    Result<Claim> locate(const SampleClaim &sample) const
    {
        const DocumentId document = m_documents.value(sample.document);
        if (!document.isValid())
            return badInput(
                SampleText::tr("no document '%1' in %2").arg(sample.document, ManifestName));
        const Actor *holder = findActor(m_actors, sample.holder);
        if (!holder)
            return badInput(SampleText::tr("unknown holder '%1'").arg(sample.holder));
        const Actor *target =
            sample.target.isEmpty() ? nullptr : findActor(m_actors, sample.target);
        if (!sample.target.isEmpty() && !target)
            return badInput(SampleText::tr("unknown target '%1'").arg(sample.target));
        const Topic *topic = findSampleTopic(m_topics, sample.topic);
        if (!topic)
            return badInput(SampleText::tr("unknown topic '%1'").arg(sample.topic));

        auto text = m_store.documentText(document);
        if (!text)
            return text.error();
        const auto [start, end] = text.value()->find(sample.quote, sample.occurrence);
        if (start < 0 && sample.occurrence == 1)
            return badInput(SampleText::tr("the quote does not occur in %1").arg(sample.document));
        if (start < 0)
            return badInput(SampleText::tr("the quote occurs fewer than %1 times in %2")
                                .arg(sample.occurrence)
                                .arg(sample.document));

        Claim claim = sample.claim;
        claim.document = document;
        claim.start = start;
        claim.end = end;
        claim.holder = holder->id;
        claim.target = target ? target->id : ActorId();
        claim.topic = topic->id;
        claim.analyst = m_manifest.analyst;
        return claim;
    }

    ProjectStore &m_store;
    const SampleManifest &m_manifest;
    QHash<QString, DocumentId> m_documents; // by their file in the manifest
    QList<Actor> m_actors;
    QList<Topic> m_topics;
};

// A project the sample could not fill must not be left looking like a real one.
void removeProjectFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

Status createSampleProject(const QString &path, const QString &folder)
{
    // Everything that can be read and checked without the project is done first, so that a
    // broken sample never gets as far as creating a file.
    const QString manifestPath = folder + u'/' + ManifestName;
    auto json = readResource(manifestPath);
    if (!json)
        return json.error();
    auto manifest = parseSampleManifest(*json, manifestPath);
    if (!manifest)
        return manifest.error();
    QList<Document> documents;
    for (const SampleDocument &sample : manifest->documents) {
        auto document = readArticle(folder, sample);
        if (!document)
            return document.error();
        documents.append(document.value());
    }

    auto store = ProjectStore::create(path);
    if (!store)
        return store.error();
    SampleBuilder builder(**store, *manifest);
    Status filled = store.value()->transaction([&]() -> Status {
        if (Status status = builder.addDocuments(documents); !status)
            return status;
        if (Status status = builder.addTopics(); !status)
            return status;
        if (Status status = builder.addActors(); !status)
            return status;
        return builder.addClaims();
    });
    if (!filled) {
        store.value().reset();
        removeProjectFiles(path);
    }
    return filled;
}

} // namespace demarche
