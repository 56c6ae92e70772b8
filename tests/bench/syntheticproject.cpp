#include "syntheticproject.h"

#include "core/storage/projectstore.h"

#include <QFile>
#include <QStringList>

namespace demarche {
namespace {

const char *const words[] = {
    "the",          "minister",  "said",       "that",      "Moscow",       "Washington",
    "talks",        "sanctions", "guarantees", "security",  "flexibility",  "embassy",
    "flights",      "restore",   "neutral",    "territory", "sovereignty",  "ceasefire",
    "negotiations", "demanded",  "offered",    "refused",   "Zaporizhzhia", "Kyiv",
    "Damascus",     "Tehran",    "enrichment", "deal",      "partners",     "forum",
    "Ankara",       "Genève",    "Škoda",      "Київ",      "переговоры",   "délégation",
    "🇺🇦",           "progress",  "would",      "not",       "accept",       "any",
    "conditions",   "before",    "a",          "lasting",   "settlement",
};

} // namespace

QString syntheticProse(qsizetype bytes, std::mt19937 &random)
{
    std::uniform_int_distribution<int> pick(0, int(std::size(words)) - 1);
    std::uniform_int_distribution<int> sentenceLength(8, 24);
    std::uniform_int_distribution<int> paragraphLength(3, 7);
    QString text;
    text.reserve(bytes);
    while (text.size() < bytes) {
        const int sentences = paragraphLength(random);
        for (int s = 0; s < sentences; ++s) {
            const int length = sentenceLength(random);
            for (int w = 0; w < length; ++w) {
                QString word = QString::fromUtf8(words[pick(random)]);
                if (w == 0)
                    word[0] = word[0].toUpper();
                text += word;
                text += w + 1 < length ? QLatin1Char(' ') : QLatin1Char('.');
            }
            text += QLatin1Char(' ');
        }
        text.chop(1);
        text += QLatin1String("\n\n");
    }
    return text.trimmed();
}

Status addSyntheticCodebookAndDocuments(ProjectStore &store, const SyntheticProjectSize &size,
                                        std::mt19937 &random)
{
    return store.transaction([&]() -> Status {
        QList<ActorId> states;
        for (int i = 0; i < size.actors; ++i) {
            Actor actor;
            actor.name = QStringLiteral("Actor %1").arg(i + 1);
            // Every fifth actor is a person who rolls up to one of the first ten.
            if (i >= 10 && i % 5 == 0) {
                actor.kind = ActorKind::Person;
                actor.parent = states.at(i % 10);
            }
            auto added = store.addActor(actor);
            if (!added)
                return added.error();
            states.append(added->id);
        }
        auto existingTopics = store.topics();
        if (!existingTopics)
            return existingTopics.error();
        for (qsizetype i = existingTopics->size(); i < size.topics; ++i) {
            Topic topic;
            topic.name = QStringLiteral("Topic %1").arg(i + 1);
            if (auto added = store.addTopic(topic); !added)
                return added.error();
        }
        std::uniform_int_distribution<int> length(3000, 12000);
        for (int i = 0; i < size.documents; ++i) {
            Document document;
            document.title = QStringLiteral("Read-out %1").arg(i + 1);
            document.source = QStringLiteral("Wire service");
            document.date = QDate(2022, 1, 1).addDays(i);
            document.text = syntheticProse(length(random), random);
            document.format = QStringLiteral("txt");
            if (auto added = store.addDocument(document, ProjectStore::Duplicates::Allow); !added)
                return added.error();
        }
        return {};
    });
}

Status addSyntheticClaims(ProjectStore &store, int count, std::mt19937 &random)
{
    auto documents = store.documents();
    auto actors = store.actors();
    auto topics = store.topics();
    if (!documents || !actors || !topics)
        return ioError(QStringLiteral("cannot read the synthetic project"));
    // Spans start and end at spaces, so they never split a character.
    QList<QList<qint64>> spaces;
    for (const Document &listed : documents.value()) {
        const QString text = store.document(listed.id)->text;
        QList<qint64> positions{0};
        qint64 codePoint = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i).isLowSurrogate())
                continue;
            if (text.at(i) == QLatin1Char(' '))
                positions.append(codePoint);
            ++codePoint;
        }
        spaces.append(positions);
    }
    std::uniform_int_distribution<int> pickDocument(0, int(documents->size()) - 1);
    std::uniform_int_distribution<int> pickActor(0, int(actors->size()) - 1);
    std::uniform_int_distribution<int> pickTopic(0, int(topics->size()) - 1);
    std::uniform_int_distribution<int> span(3, 30);
    std::uniform_int_distribution<int> position(-100, 100);
    std::uniform_int_distribution<int> salience(1, 5);
    std::uniform_int_distribution<int> stance(0, 8);
    QList<Claim> claims;
    claims.reserve(count);
    while (claims.size() < count) {
        const qsizetype i = claims.size();
        const int d = pickDocument(random);
        const QList<qint64> &at = spaces.at(d);
        std::uniform_int_distribution<int> pickStart(0, int(at.size()) - 2);
        const int first = pickStart(random);
        const int last = std::min(int(at.size()) - 1, first + span(random));
        Claim claim;
        claim.document = documents->at(d).id;
        claim.start = at.at(first) + (first == 0 ? 0 : 1);
        claim.end = at.at(last);
        if (claim.end <= claim.start)
            continue;
        claim.holder = actors->at(pickActor(random)).id;
        claim.topic = topics->at(pickTopic(random)).id;
        claim.stance = Stance(stance(random));
        if (i % 4 != 0)
            claim.position = position(random);
        claim.salience = salience(random);
        claim.note = i % 10 == 0 ? QStringLiteral("=checked, see \"annex\"") : QString();
        claims.append(claim);
    }
    auto added = store.addClaims(claims);
    return added ? Status() : Status(added.error());
}

Status createSyntheticProjectIfMissing(const QString &path)
{
    if (QFile::exists(path))
        return {};
    std::mt19937 random(20241127);
    const SyntheticProjectSize size;
    auto store = ProjectStore::create(path);
    if (!store)
        return Status(store.error());
    if (Status s = addSyntheticCodebookAndDocuments(*store.value(), size, random); !s)
        return s;
    return addSyntheticClaims(*store.value(), size.claims, random);
}

} // namespace demarche
