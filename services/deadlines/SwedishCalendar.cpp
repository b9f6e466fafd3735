// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SwedishCalendar.h"

namespace casedesk::SwedishCalendar {

QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int n = h + l - 7 * m + 114;
    return QDate(year, n / 31, n % 31 + 1);
}

bool isWorkingDay(const QDate& day)
{
    if (day.dayOfWeek() >= Qt::Saturday)
        return false;
    const int month = day.month();
    const int date = day.day();
    // New Year's Day, Epiphany, May Day, National Day, Christmas Eve and Day, Boxing Day, New
    // Year's Eve. (All Saints' Day and Midsummer Day are Saturdays by their rule.)
    static constexpr std::pair<int, int> fixed[] = {{1, 1},   {1, 6},   {5, 1},   {6, 6},
                                                    {12, 24}, {12, 25}, {12, 26}, {12, 31}};
    for (const auto& [m, d] : fixed)
        if (month == m && date == d)
            return false;
    if (month == 6 && day.dayOfWeek() == Qt::Friday && date >= 19 && date <= 25)
        return false; // Midsummer Eve
    const QDate easter = easterSunday(day.year());
    return day != easter.addDays(-2) && day != easter.addDays(1) && day != easter.addDays(39);
}

QDate addWorkingDays(const QDate& from, int days)
{
    QDate day = from;
    while (days > 0) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            --days;
    }
    return day;
}

} // namespace casedesk::SwedishCalendar
