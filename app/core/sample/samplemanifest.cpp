#include "core/sample/samplemanifest.h"

#include "core/domain/vocabulary.h"
#include "core/sample/sampletext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace demarche {
namespace {

constexpr int ManifestFormat = 1;

// Reads the fields of one entry ("claims[3]") and keeps the first error, so that the
// parsers below read as a list of fields instead of a ladder of checks.
class EntryReader final
{
public:
    EntryReader(QString where, QJsonObject object)
        : m_where(std::move(where))
        , m_object(std::move(object))
    {}

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    QString text(const QString &key, bool required = false)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(SampleText::tr("'%1' is missing").arg(key));
            return {};
        }
        if (!value.isString()) {
            fail(SampleText::tr("'%1' must be text").arg(key));
            return {};
        }
        QString result = value.toString().trimmed();
        if (required && result.isEmpty())
            fail(SampleText::tr("'%1' is empty").arg(key));
        return result;
    }

    QStringList texts(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        QStringList result;
        const QJsonArray array = value.toArray();
        for (const auto &item : array) {
            if (!item.isString())
                break;
            result.append(item.toString().trimmed());
        }
        if (!value.isArray() || result.size() != array.size())
            fail(SampleText::tr("'%1' must be a list of texts").arg(key));
        return result;
    }

    std::optional<int> number(const QString &key, int min, int max)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || number != std::floor(number) || number < min || number > max) {
            fail(SampleText::tr("'%1' must be a whole number from %2 to %3")
                     .arg(key)
                     .arg(min)
                     .arg(max));
            return std::nullopt;
        }
        return int(number);
    }

    QColor color()
    {
        const QString name = text(QStringLiteral("color"));
        const QColor color = QColor::fromString(name);
        if (!name.isEmpty() && !color.isValid())
            fail(SampleText::tr("'%1' is not a colour").arg(name));
        return color;
    }

    QDate date()
    {
        const QString iso = text(QStringLiteral("date"));
        const QDate date = QDate::fromString(iso, Qt::ISODate);
        if (!iso.isEmpty() && !date.isValid())
            fail(SampleText::tr("'%1' is not a date (YYYY-MM-DD)").arg(iso));
        return date;
    }

    // A vocabulary key such as "demand"; `fallback` when the field is absent.
    template <typename Enum>
    Enum key(const QString &field, std::optional<Enum> (*fromKey)(const QString &),
             const QString &accepted, std::optional<Enum> fallback = std::nullopt)
    {
        const QString value = text(field, !fallback);
        if (value.isEmpty())
            return fallback.value_or(Enum{});
        if (const std::optional<Enum> known = fromKey(value))
            return *known;
        fail(SampleText::tr("unknown %1 '%2'; expected one of: %3").arg(field, value, accepted));
        return fallback.value_or(Enum{});
    }

    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = m_where + QLatin1String(": ") + message;
    }

private:
    QString m_where;
    QJsonObject m_object;
    QString m_error;
};

SampleDocument readDocument(EntryReader &entry)
{
    SampleDocument document;
    document.file = entry.text(QStringLiteral("file"), true);
    document.title = entry.text(QStringLiteral("title"));
    document.source = entry.text(QStringLiteral("source"));
    document.url = entry.text(QStringLiteral("url"));
    document.date = entry.date();
    document.language = entry.text(QStringLiteral("language"));
    return document;
}

SampleActor readActor(EntryReader &entry)
{
    SampleActor actor;
    actor.actor.name = entry.text(QStringLiteral("name"), true);
    actor.actor.color = entry.color();
    actor.actor.aliases = entry.texts(QStringLiteral("aliases"));
    actor.actor.kind = entry.key(QStringLiteral("kind"), &vocabulary::actorKindFromKey,
                                 vocabulary::actorKindKeys(), std::optional(ActorKind::State));
    actor.parent = entry.text(QStringLiteral("parent"));
    return actor;
}

SampleTopic readTopic(EntryReader &entry)
{
    SampleTopic topic;
    topic.topic.name = entry.text(QStringLiteral("name"), true);
    topic.topic.color = entry.color();
    topic.topic.keywords = entry.texts(QStringLiteral("keywords"));
    topic.topic.negativePole = entry.text(QStringLiteral("negativePole"));
    topic.topic.positivePole = entry.text(QStringLiteral("positivePole"));
    topic.topic.scaleNote = entry.text(QStringLiteral("scaleNote"));
    topic.parent = entry.text(QStringLiteral("parent"));
    return topic;
}

SampleClaim readClaim(EntryReader &entry)
{
    SampleClaim claim;
    claim.document = entry.text(QStringLiteral("document"), true);
    claim.quote = entry.text(QStringLiteral("quote"), true);
    claim.occurrence =
        entry.number(QStringLiteral("occurrence"), 1, std::numeric_limits<int>::max()).value_or(1);
    claim.holder = entry.text(QStringLiteral("holder"), true);
    claim.target = entry.text(QStringLiteral("target"));
    claim.topic = entry.text(QStringLiteral("topic"), true);
    claim.claim.stance =
        entry.key(QStringLiteral("stance"), &vocabulary::stanceFromKey, vocabulary::stanceKeys());
    claim.claim.position =
        entry.number(QStringLiteral("position"), Claim::MinPosition, Claim::MaxPosition);
    claim.claim.salience =
        entry.number(QStringLiteral("salience"), Claim::MinSalience, Claim::MaxSalience)
            .value_or(claim.claim.salience);
    claim.claim.attribution =
        entry.key(QStringLiteral("attribution"), &vocabulary::attributionFromKey,
                  vocabulary::attributionKeys(), std::optional(Attribution::Paraphrase));
    claim.claim.note = entry.text(QStringLiteral("note"));
    return claim;
}

// Reads every object of root[section] with `read`; the first bad entry stops it.
template <typename Item>
Status readSection(const QJsonObject &root, const QString &section, const QString &displayName,
                   Item (*read)(EntryReader &), QList<Item> &items)
{
    const QJsonValue value = root.value(section);
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        return badInput(SampleText::tr("%1: '%2' must be a list").arg(displayName, section));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where =
            displayName + QLatin1String(": ") + section + u'[' + QString::number(i) + u']';
        if (!array.at(i).isObject())
            return badInput(SampleText::tr("%1: must be an object").arg(where));
        EntryReader entry(where, array.at(i).toObject());
        Item item = read(entry);
        if (entry.failed())
            return badInput(entry.error());
        items.append(std::move(item));
    }
    return {};
}

} // namespace

Result<SampleManifest> parseSampleManifest(const QByteArray &json, const QString &displayName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return badInput(SampleText::tr("%1: not valid JSON at byte %2: %3")
                            .arg(displayName)
                            .arg(parseError.offset)
                            .arg(parseError.errorString()));
    if (!document.isObject())
        return badInput(SampleText::tr("%1: must hold a JSON object").arg(displayName));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toInt() != ManifestFormat)
        return badInput(SampleText::tr("%1: unsupported format; expected \"format\": %2")
                            .arg(displayName)
                            .arg(ManifestFormat));

    SampleManifest manifest;
    manifest.analyst = root.value(QStringLiteral("analyst")).toString().trimmed();
    const QString documents = QStringLiteral("documents");
    if (Status read = readSection(root, documents, displayName, &readDocument, manifest.documents);
        !read)
        return read.error();
    const QString actors = QStringLiteral("actors");
    if (Status read = readSection(root, actors, displayName, &readActor, manifest.actors); !read)
        return read.error();
    const QString topics = QStringLiteral("topics");
    if (Status read = readSection(root, topics, displayName, &readTopic, manifest.topics); !read)
        return read.error();
    const QString claims = QStringLiteral("claims");
    if (Status read = readSection(root, claims, displayName, &readClaim, manifest.claims); !read)
        return read.error();
    return manifest;
}

} // namespace demarche
