#include "core/exchange/qdpxvocabulary.h"

#include <QRegularExpression>
#include <QUuid>

#include <array>

namespace demarche::qdpx {
namespace {

constexpr std::array<const char16_t *, 9> stanceNames{
    u"Demand",    u"Proposal",   u"Concession", u"Refusal",    u"Support",
    u"Criticism", u"Commitment", u"Threat",     u"Assessment",
};
constexpr std::array<const char16_t *, 4> kindWords{u"state", u"organisation", u"person",
                                                    u"faction"};
constexpr std::array<const char16_t *, 4> attributionWords{u"quote", u"paraphrase", u"reported",
                                                           u"inference"};

template <typename Enum, std::size_t N>
std::optional<Enum> fromWord(const std::array<const char16_t *, N> &words, const QString &word)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (word.compare(QString::fromUtf16(words[i]), Qt::CaseInsensitive) == 0)
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

} // namespace

QString stanceName(Stance stance)
{
    return QString::fromUtf16(stanceNames.at(std::size_t(stance)));
}

std::optional<Stance> stanceFromName(const QString &name)
{
    return fromWord<Stance>(stanceNames, name.trimmed());
}

QString kindWord(ActorKind kind)
{
    return QString::fromUtf16(kindWords.at(std::size_t(kind)));
}

std::optional<ActorKind> kindFromWord(const QString &word)
{
    return fromWord<ActorKind>(kindWords, word.trimmed());
}

QString attributionWord(Attribution attribution)
{
    return QString::fromUtf16(attributionWords.at(std::size_t(attribution)));
}

std::optional<Attribution> attributionFromWord(const QString &word)
{
    return fromWord<Attribution>(attributionWords, word.trimmed());
}

bool isGuid(const QString &text)
{
    static const QRegularExpression guid(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return guid.match(text).hasMatch();
}

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace demarche::qdpx
