// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "ErrorText.h"

#include <QCoreApplication>

#include <cstring>

namespace casedesk {

namespace {

// %1 ... %99 filled in one pass, so that an argument holding "%2" (a file name, a driver's
// message) stays as it is instead of being filled in turn as QString::arg chains would.
QString fill(const QString& pattern, const QStringList& args)
{
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1).isDigit() &&
            pattern.at(i + 1) != QLatin1Char('0')) {
            qsizetype end = i + 1;
            int number = 0;
            while (end < pattern.size() && pattern.at(end).isDigit() && number < 10) {
                number = number * 10 + pattern.at(end).digitValue();
                ++end;
            }
            if (number >= 1 && number <= args.size()) {
                out += args.at(number - 1);
                i = end - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

ErrorArg::ErrorArg(const ErrorText& nested)
    : m_nested(std::make_shared<const ErrorText>(nested))
{}

QString ErrorArg::translated() const
{
    return m_nested ? m_nested->translated() : m_text;
}

QString ErrorArg::english() const
{
    return m_nested ? m_nested->english() : m_text;
}

ErrorText ErrorText::plural(const char* source, int n, QList<ErrorArg> args)
{
    ErrorText text(source, std::move(args));
    text.m_n = n;
    return text;
}

ErrorText ErrorText::verbatim(const QString& text)
{
    // "%1" is not marked for translation: translate() hands it back as it is.
    return ErrorText("%1", {text});
}

bool ErrorText::is(const char* source) const
{
    return std::strcmp(this->source(), source) == 0;
}

QString ErrorText::translated() const
{
    if (isEmpty())
        return {};
    QStringList args;
    args.reserve(m_args.size());
    for (const ErrorArg& arg : m_args)
        args << arg.translated();
    return fill(QCoreApplication::translate(kErrorContext, m_source, nullptr, m_n), args);
}

QString ErrorText::english() const
{
    if (isEmpty())
        return {};
    QStringList args;
    args.reserve(m_args.size());
    for (const ErrorArg& arg : m_args)
        args << arg.english();
    QString pattern = QString::fromUtf8(m_source);
    if (m_n >= 0)
        pattern.replace(QLatin1String("%n"), QString::number(m_n));
    return fill(pattern, args);
}

} // namespace casedesk
