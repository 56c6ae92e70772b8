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
    //: A stance value (kind of claim): the actor insists that another party do something.
    {Stance::Demand, "demand", QT_TRANSLATE_NOOP("Vocabulary", "Demand")},
    //: A stance value: the actor puts forward a plan or an offer for discussion.
    {Stance::Proposal, "proposal", QT_TRANSLATE_NOOP("Vocabulary", "Proposal")},
    //: A stance value: the actor gives ground it had held before.
    {Stance::Concession, "concession", QT_TRANSLATE_NOOP("Vocabulary", "Concession")},
    //: A stance value: the actor rejects something or names a limit it will not cross.
    {Stance::Refusal, "refusal", QT_TRANSLATE_NOOP("Vocabulary", "Refusal / red line")},
    //: A stance value: the actor backs another party's position or a plan.
    {Stance::Support, "support", QT_TRANSLATE_NOOP("Vocabulary", "Support")},
    //: A stance value: the actor objects to what another party does or says.
    {Stance::Criticism, "criticism", QT_TRANSLATE_NOOP("Vocabulary", "Criticism")},
    //: A stance value: the actor binds itself to doing something (a pledge).
    {Stance::Commitment, "commitment", QT_TRANSLATE_NOOP("Vocabulary", "Commitment")},
    //: A stance value: the actor announces consequences if others do not comply.
    {Stance::Threat, "threat", QT_TRANSLATE_NOOP("Vocabulary", "Threat")},
    //: A stance value: the actor states how it sees a situation, without asking or offering
    //: anything.
    {Stance::Assessment, "assessment", QT_TRANSLATE_NOOP("Vocabulary", "Assessment")},
};

constexpr Entry<Attribution> attributions[] = {
    //: An attribution: the article quotes the actor's own words.
    {Attribution::Quote, "quote", QT_TRANSLATE_NOOP("Vocabulary", "Direct quote")},
    //: An attribution: the article renders the actor's words in its own words.
    {Attribution::Paraphrase, "paraphrase", QT_TRANSLATE_NOOP("Vocabulary", "Paraphrase")},
    //: An attribution: the article reports the claim second-hand ("according to officials").
    {Attribution::Reported, "reported", QT_TRANSLATE_NOOP("Vocabulary", "Reported")},
    //: An attribution: the analyst infers the claim; the actor did not state it.
    {Attribution::Inference, "inference", QT_TRANSLATE_NOOP("Vocabulary", "Analyst's inference")},
};

constexpr Entry<ActorKind> actorKinds[] = {
    //: An actor kind: a country, not a condition or a federal state.
    {ActorKind::State, "state", QT_TRANSLATE_NOOP("Vocabulary", "State")},
    //: An actor kind: an international or non-governmental organisation (EU, UN, NATO).
    {ActorKind::Organisation, "organisation", QT_TRANSLATE_NOOP("Vocabulary", "Organisation")},
    //: An actor kind: an individual, such as a minister or a president.
    {ActorKind::Person, "person", QT_TRANSLATE_NOOP("Vocabulary", "Person")},
    //: An actor kind: a party, a movement or an armed group within a country.
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
