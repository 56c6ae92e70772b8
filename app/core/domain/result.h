#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace demarche {

// What went wrong, in words fit to show a user, and which kind of failure it was.
struct Error
{
    enum class Kind {
        BadInput,   // the user's data or arguments are wrong: unknown actor, bad file, ...
        CannotOpen, // the project cannot be opened: missing, corrupt, locked, newer schema
        Io,         // the disk refused: cannot write the export, disk full, ...
        Usage,      // the request itself is malformed: a bad option value, ...
    };
    Kind kind = Kind::BadInput;
    QString message;
};

inline Error badInput(QString message)
{
    return {Error::Kind::BadInput, std::move(message)};
}
inline Error cannotOpen(QString message)
{
    return {Error::Kind::CannotOpen, std::move(message)};
}
inline Error ioError(QString message)
{
    return {Error::Kind::Io, std::move(message)};
}
inline Error usageError(QString message)
{
    return {Error::Kind::Usage, std::move(message)};
}

// Either a value or an Error; nothing in the core throws.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return std::get<0>(m_data); }
    const T *operator->() const { return &std::get<0>(m_data); }
    T *operator->() { return &std::get<0>(m_data); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace demarche
