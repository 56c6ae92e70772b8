#pragma once

#include <QHashFunctions>
#include <QtGlobal>

namespace demarche {

// A row id that cannot be mixed up with the id of another kind of row.
template <typename Tag>
class Id
{
public:
    constexpr Id() = default;
    constexpr explicit Id(qint64 value)
        : m_value(value)
    {}

    constexpr qint64 value() const { return m_value; }
    constexpr bool isValid() const { return m_value > 0; }

    friend constexpr bool operator==(Id a, Id b) { return a.m_value == b.m_value; }
    friend constexpr bool operator!=(Id a, Id b) { return a.m_value != b.m_value; }
    friend constexpr bool operator<(Id a, Id b) { return a.m_value < b.m_value; }

private:
    qint64 m_value = 0;
};

template <typename Tag>
size_t qHash(Id<Tag> id, size_t seed = 0) noexcept
{
    return ::qHash(id.value(), seed);
}

using DocumentId = Id<struct DocumentTag>;
using ActorId = Id<struct ActorTag>;
using TopicId = Id<struct TopicTag>;
using ClaimId = Id<struct ClaimTag>;

} // namespace demarche
