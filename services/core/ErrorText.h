// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QList>
#include <QString>

#include <concepts>
#include <memory>

namespace casedesk {

class ErrorText;

// The translation context of every error text; sources are marked
// QT_TRANSLATE_NOOP("casedesk::Errors", "...") so that lupdate collects them.
inline constexpr char kErrorContext[] = "casedesk::Errors";

// One argument of an error text: words from outside (a name, a number, a file, a database
// driver's or an SMTP server's message) go in as they are and are never translated; another
// error's text goes in as that text and is translated with the rest when shown.
class ErrorArg
{
public:
    ErrorArg(const QString& text)
        : m_text(text)
    {}
    ErrorArg(QLatin1StringView text)
        : m_text(text)
    {}
    ErrorArg(QChar c)
        : m_text(c)
    {}
    template <std::integral N>
    requires(!std::same_as<N, bool> && !std::same_as<N, char>) ErrorArg(N number)
        : m_text(QString::number(number))
    {}
    ErrorArg(const ErrorText& nested);

    QString translated() const;
    QString english() const;

private:
    QString m_text;
    std::shared_ptr<const ErrorText> m_nested;
};

// What went wrong, in words kept untranslated until a person reads them: the services build it,
// the UI and the CLI call translated() when they show it, logs use english() so they stay
// stable whatever the language.
class ErrorText
{
public:
    ErrorText() = default;
    // `source`: a string literal marked QT_TRANSLATE_NOOP("casedesk::Errors", ...), with %1, %2 ...
    // for `args`.
    ErrorText(const char* source, QList<ErrorArg> args = {})
        : m_source(source)
        , m_args(std::move(args))
    {}
    // A source with %n, marked QT_TRANSLATE_N_NOOP("casedesk::Errors", ...) so that lupdate asks for
    // its plural forms, translated with the form for `n`.
    static ErrorText plural(const char* source, int n, QList<ErrorArg> args = {});
    // Text that comes from outside and cannot be translated (e.g. a driver's message).
    static ErrorText verbatim(const QString& text);

    bool isEmpty() const { return m_source == nullptr || *m_source == '\0'; }
    // The untranslated source, for telling one error from another.
    const char* source() const { return m_source ? m_source : ""; }
    bool is(const char* source) const;

    QString translated() const;
    QString english() const;

private:
    const char* m_source = nullptr;
    QList<ErrorArg> m_args;
    int m_n = -1;
};

} // namespace casedesk
