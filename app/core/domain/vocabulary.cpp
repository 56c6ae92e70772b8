#include "core/domain/vocabulary.h"

#include <QCoreApplication>

#include <iterator>

namespace demarche::vocabulary {
namespace {

template <typename Enum>
struct Entry
{
    Enum value;
    const char *key;
    const char *label; // translated in the "Vocabulary" context
};

// QT_TRANSLATE_NOOP marks the labels for lupdate; they are translated when shown.
constexpr Entry<Stance> stances[] = {
    {Stance::Demand, "demand", QT_TRANSLATE_NOOP("Vocabulary", "Demand")},
    {Stance::Proposal, "proposal", QT_TRANSLATE_NOOP("Vocabulary", "Proposal")},
    {Stance::Concession, "concession", QT_TRANSLATE_NOOP("Vocabulary", "Concession")},
    {Stance::Refusal, "refusal", QT_TRANSLATE_NOOP("Vocabulary", "Refusal / red line")},
    //: A stance: the holder backs a position or an actor (not technical support)
    {Stance::Support, "support", QT_TRANSLATE_NOOP("Vocabulary", "Support")},
    {Stance::Criticism, "criticism", QT_TRANSLATE_NOOP("Vocabulary", "Criticism")},
    {Stance::Commitment, "commitment", QT_TRANSLATE_NOOP("Vocabulary", "Commitment")},
    {Stance::Threat, "threat", QT_TRANSLATE_NOOP("Vocabulary", "Threat")},
    {Stance::Assessment, "assessment", QT_TRANSLATE_NOOP("Vocabulary", "Assessment")},
};

constexpr Entry<Attribution> attributions[] = {
    {Attribution::Quote, "quote", QT_TRANSLATE_NOOP("Vocabulary", "Direct quote")},
    {Attribution::Paraphrase, "paraphrase", QT_TRANSLATE_NOOP("Vocabulary", "Paraphrase")},
    //: How a claim is attributed: reported by a third party, not said in the source
    {Attribution::Reported, "reported", QT_TRANSLATE_NOOP("Vocabulary", "Reported")},
    {Attribution::Inference, "inference", QT_TRANSLATE_NOOP("Vocabulary", "Analyst's inference")},
};

constexpr Entry<ActorKind> actorKinds[] = {
    //: A kind of actor: a country, not a condition
    {ActorKind::State, "state", QT_TRANSLATE_NOOP("Vocabulary", "State")},
    {ActorKind::Organisation, "organisation", QT_TRANSLATE_NOOP("Vocabulary", "Organisation")},
    {ActorKind::Person, "person", QT_TRANSLATE_NOOP("Vocabulary", "Person")},
    {ActorKind::Faction, "faction", QT_TRANSLATE_NOOP("Vocabulary", "Faction")},
};

template <typename Enum, std::size_t N>
const Entry<Enum> &entryFor(const Entry<Enum> (&table)[N], Enum value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return entry;
    }
    return table[0];
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const Entry<Enum> (&table)[N], const QString &text)
{
    const QString wanted = text.trimmed();
    for (const auto &entry : table) {
        if (wanted.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0
            || wanted.compare(QLatin1String(entry.label), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    // Common British/American spelling difference.
    if constexpr (std::is_same_v<Enum, ActorKind>) {
        if (wanted.compare(QLatin1String("organization"), Qt::CaseInsensitive) == 0)
            return ActorKind::Organisation;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QList<Enum> allOf(const Entry<Enum> (&table)[N])
{
    QList<Enum> values;
    for (const auto &entry : table)
        values.append(entry.value);
    return values;
}

template <typename Enum, std::size_t N>
QString keysOf(const Entry<Enum> (&table)[N])
{
    QStringList keys;
    for (const auto &entry : table)
        keys.append(QLatin1String(entry.key));
    return keys.join(QLatin1String(", "));
}

QString translated(const char *label)
{
    return QCoreApplication::translate("Vocabulary", label);
}

} // namespace

QString key(Stance stance)
{
    return QLatin1String(entryFor(stances, stance).key);
}
QString key(Attribution attribution)
{
    return QLatin1String(entryFor(attributions, attribution).key);
}
QString key(ActorKind kind)
{
    return QLatin1String(entryFor(actorKinds, kind).key);
}

QString label(Stance stance)
{
    return translated(entryFor(stances, stance).label);
}
QString label(Attribution attribution)
{
    return translated(entryFor(attributions, attribution).label);
}
QString label(ActorKind kind)
{
    return translated(entryFor(actorKinds, kind).label);
}

std::optional<Stance> stanceFromKey(const QString &text)
{
    return fromKey(stances, text);
}
std::optional<Attribution> attributionFromKey(const QString &text)
{
    return fromKey(attributions, text);
}
std::optional<ActorKind> actorKindFromKey(const QString &text)
{
    return fromKey(actorKinds, text);
}

QList<Stance> allStances()
{
    return allOf(stances);
}
QList<Attribution> allAttributions()
{
    return allOf(attributions);
}
QList<ActorKind> allActorKinds()
{
    return allOf(actorKinds);
}

QString stanceKeys()
{
    return keysOf(stances);
}
QString attributionKeys()
{
    return keysOf(attributions);
}
QString actorKindKeys()
{
    return keysOf(actorKinds);
}

} // namespace demarche::vocabulary
