// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "TypedDate.h"

#include <QRegularExpression>

namespace casedesk {

namespace {

// The month a name stands for (1-12) in the locale's language or in English, whole or cut to at
// least three letters ("jan", "januari", "sept."); 0 when none.
int monthOfName(QString name, const QLocale& locale)
{
    name = name.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.size() < 3)
        return 0;
    for (const QLocale& language : {locale, QLocale(QLocale::English)}) {
        for (int month = 1; month <= 12; ++month) {
            for (const QString& full : {language.monthName(month, QLocale::LongFormat),
                                        language.standaloneMonthName(month, QLocale::LongFormat)}) {
                if (full.toLower().startsWith(name))
                    return month;
            }
        }
    }
    return 0;
}

// The day and month in `year`, or, without a year, the next such day from today on.
std::optional<QDate> dayOf(int year, int month, int day, bool yearGiven, const QDate& today)
{
    if (!yearGiven) {
        // 29 February: the next leap year's.
        for (int y = today.year(); y <= today.year() + 8; ++y)
            if (const QDate date(y, month, day); date.isValid() && date >= today)
                return date;
        return std::nullopt;
    }
    if (year < 100)
        year += 2000;
    const QDate date(year, month, day);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace

std::optional<QDate> parseTypedDate(const QString& input, const QLocale& locale, const QDate& today)
{
    const QString text = input.simplified();
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression relative(QStringLiteral("^\\+\\s*(\\d{1,4})$"));
    if (const auto m = relative.match(text); m.hasMatch())
        return today.addDays(m.captured(1).toInt());
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    if (const auto m = iso.match(text); m.hasMatch())
        return dayOf(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), true, today);
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (const auto m = compact.match(text); m.hasMatch())
        return dayOf(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), true, today);
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})[/.](\\d{1,2})(?:[ /.,]\\s*(\\d{2}|\\d{4}))?$"));
    if (const auto m = dayFirst.match(text); m.hasMatch())
        return dayOf(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt(), m.hasCaptured(3),
                     today);
    static const QRegularExpression named(
        QStringLiteral("^(\\d{1,2})\\.?\\s+(\\p{L}+\\.?)(?:,?\\s+(\\d{4}))?$"));
    if (const auto m = named.match(text); m.hasMatch()) {
        const int month = monthOfName(m.captured(2), locale);
        if (month == 0)
            return std::nullopt;
        return dayOf(m.captured(3).toInt(), month, m.captured(1).toInt(), m.hasCaptured(3), today);
    }
    static const QRegularExpression monthFirst(
        QStringLiteral("^(\\p{L}+\\.?)\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?$"));
    if (const auto m = monthFirst.match(text); m.hasMatch()) {
        const int month = monthOfName(m.captured(1), locale);
        if (month == 0)
            return std::nullopt;
        return dayOf(m.captured(3).toInt(), month, m.captured(2).toInt(), m.hasCaptured(3), today);
    }
    return std::nullopt;
}

} // namespace casedesk
