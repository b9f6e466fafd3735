// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <vector>

namespace casedesk {

// A date and time written in a locale's short format (or in `format`), as QLocale::toString
// writes it, from a format read once. The inbox writes two times in each of
// a page's 200 rows, and QLocale reads its format anew on every call (about 2 µs a time, four
// fifths of producing a page's cells). Formats with words (month or day names, AM/PM, zones) or
// digits other than 0-9 are left to QLocale, except the short month name (MMM), read once too.
class ShortDateTimeText
{
public:
    // `format` in QLocale's format language; empty: the locale's short date-and-time format.
    explicit ShortDateTimeText(const QLocale& locale, const QString& format = {});

    // `local` is a time in local time (QDateTime::toLocalTime()).
    QString write(const QDateTime& local) const;
    const QLocale& locale() const { return m_locale; }
    // Whether the format is one this class writes itself (else QLocale writes it).
    bool writesByHand() const { return m_byHand; }

private:
    enum class Part
    {
        Literal,
        Year4,
        Year2,
        Month,
        Month2,
        MonthShortName,
        Day,
        Day2,
        Hour,
        Hour2,
        Minute,
        Minute2,
        Second,
        Second2,
    };
    struct Piece
    {
        Part part;
        QString literal;
    };

    bool compile(const QString& format);

    // The longest text written by hand; longer formats are QLocale's.
    static constexpr qsizetype kMaxLength = 64;

    QLocale m_locale;
    QString m_format;
    QStringList m_monthNames; // MMM: the locale's short names of January to December
    std::vector<Piece> m_pieces;
    bool m_byHand = false;
};

} // namespace casedesk
