// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "ErrorText.h"

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace casedesk {

// What went wrong, coarse enough for the CLI to map onto exit statuses and the UI onto
// dialogs or banners.
enum class ErrorCode
{
    InvalidInput, // bad data from a file, a user or the portal
    Conflict,     // somebody else changed it first, or it already exists
    NotFound,
    PermissionDenied,
    Unavailable, // the database or a server cannot be reached
    Internal,
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    ErrorText text; // untranslated, with its arguments; never holds personal data
    QString field;  // the offending field path for InvalidInput, e.g. "applicant.personalNumber"

    // In the UI language: what the UI and the CLI show.
    QString message() const { return text.translated(); }
    // The field as a person calls it, in the UI language ("Decision text"); the path itself
    // when it has no such name (a path in a submission file).
    QString fieldLabel() const;
    // "Decision text: must not be empty" in the UI language, for dialogs and banners.
    QString explain() const;
    // "text: must not be empty" in the UI language: the path stays for scripts (the CLI).
    QString explainWithPath() const;
    // "text: must not be empty" in English whatever the UI language, for logs.
    QString describe() const;
};

inline Error makeError(ErrorCode code, ErrorText text, QString field = {})
{
    return Error{code, std::move(text), std::move(field)};
}

// The same error about another field (a checker that does not know where its input came from).
inline Error withField(Error error, QString field)
{
    error.field = std::move(field);
    return error;
}

// A value or an error. Deliberately small: services return it, callers decide how to show it.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const T& operator*() const { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using VoidResult = Result<void>;

} // namespace casedesk
