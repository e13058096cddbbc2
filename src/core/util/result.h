#pragma once

#include <QString>

#include <optional>
#include <utility>

// The one error convention of the project: a value, or a message for the user that says what
// happened and what to do. No exception crosses a Qt boundary.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(QString message) { return Result(std::nullopt, std::move(message)); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Result(std::optional<T> value, QString message) : m_value(std::move(value)), m_error(std::move(message)) {}
    std::optional<T> m_value;
    QString m_error;
};

// For operations that only succeed or fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    static Status failure(QString message) { return Status(std::move(message), false); }
    template <typename T>
    static Status from(const Result<T> &result) { return result.ok() ? Status() : failure(result.error()); }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_error; }

private:
    Status(QString message, bool isOk) : m_error(std::move(message)), m_ok(isOk) {}
    QString m_error;
    bool m_ok = true;
};
