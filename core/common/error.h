// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QString>

#include <stdexcept>
#include <utility>
#include <variant>

namespace tz {

// What went wrong, in a form the caller can act on. `message` is already translated into the
// user's language; `field` names the input at fault when there is one, so a form can focus it.
enum class ErrorKind {
    Invalid, // bad input from a person or a file
    NotFound, // no such case, unit, user ...
    Forbidden, // the role or the scope does not allow it
    Conflict, // the state changed, or two decisions collide
    Storage, // the database refused (disk full, read-only, locked)
    Io, // a file could not be read or written
    NewerSchema, // the ledger was written by a newer Taizhang
    Corrupt, // an integrity check failed
    Cancelled, // the person stopped a long task
};

struct Error
{
    ErrorKind kind = ErrorKind::Invalid;
    QString message;
    QString field;

    static Error invalid(QString message, QString field = {})
    {
        return {ErrorKind::Invalid, std::move(message), std::move(field)};
    }
    static Error notFound(QString message) { return {ErrorKind::NotFound, std::move(message), {}}; }
    static Error forbidden(QString message) { return {ErrorKind::Forbidden, std::move(message), {}}; }
    static Error conflict(QString message) { return {ErrorKind::Conflict, std::move(message), {}}; }
};

// Thrown inside core only; services catch it at their boundary and return an Error.
class ErrorException : public std::runtime_error
{
public:
    explicit ErrorException(Error error)
        : std::runtime_error(error.message.toStdString())
        , m_error(std::move(error))
    {
    }
    [[nodiscard]] const Error &error() const { return m_error; }

private:
    Error m_error;
};

// A value or an Error (std::expected arrives with C++23).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }

    [[nodiscard]] const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {
    }
    [[nodiscard]] bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    [[nodiscard]] const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace tz
