// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "deadlines/SwedishCalendar.h"
#include "deadlines/StatusDeadline.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace casedesk;

namespace {

QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}

} // namespace

TEST(SwedishCalendarTest, EasterSundayOfKnownYears)
{
    // Including the earliest (22 March) and latest (25 April) an Easter can fall on.
    EXPECT_EQ(SwedishCalendar::easterSunday(1943), day(1943, 4, 25));
    EXPECT_EQ(SwedishCalendar::easterSunday(2024), day(2024, 3, 31));
    EXPECT_EQ(SwedishCalendar::easterSunday(2025), day(2025, 4, 20));
    EXPECT_EQ(SwedishCalendar::easterSunday(2026), day(2026, 4, 5));
    EXPECT_EQ(SwedishCalendar::easterSunday(2027), day(2027, 3, 28));
    EXPECT_EQ(SwedishCalendar::easterSunday(2038), day(2038, 4, 25));
    EXPECT_EQ(SwedishCalendar::easterSunday(2285), day(2285, 3, 22));
}

TEST(SwedishCalendarTest, HolidaysAndTheDaysTreatedAsSuchAreNotWorkingDays)
{
    for (const QDate& holiday :
         {day(2027, 1, 1), day(2027, 1, 6), day(2027, 3, 26) /* Good Friday */,
          day(2027, 3, 29) /* Easter Monday */, day(2027, 5, 6) /* Ascension Day */,
          day(2027, 6, 25) /* Midsummer Eve */, day(2026, 6, 19), day(2025, 6, 20), day(2027, 12, 24),
          day(2027, 12, 31), day(2026, 5, 1), day(2026, 6, 6) /* a Saturday */})
        EXPECT_FALSE(SwedishCalendar::isWorkingDay(holiday)) << holiday.toString(Qt::ISODate).toStdString();
    for (const QDate& working : {day(2027, 3, 25), day(2027, 3, 30), day(2027, 5, 5), day(2027, 6, 24),
                                 day(2027, 6, 28), day(2026, 12, 7), day(2026, 6, 5), day(2027, 11, 1)})
        EXPECT_TRUE(SwedishCalendar::isWorkingDay(working)) << working.toString(Qt::ISODate).toStdString();
    EXPECT_FALSE(SwedishCalendar::isWorkingDay(day(2026, 12, 5))); // Saturday
    EXPECT_FALSE(SwedishCalendar::isWorkingDay(day(2026, 12, 6))); // Sunday
}

TEST(SwedishCalendarTest, WorkingDaysSkipWeekendsEasterAndMidsummer)
{
    using SwedishCalendar::addWorkingDays;
    EXPECT_EQ(addWorkingDays(day(2026, 12, 4), 2), day(2026, 12, 8));   // Friday: Monday, Tuesday
    EXPECT_EQ(addWorkingDays(day(2026, 12, 5), 2), day(2026, 12, 8));   // Saturday
    EXPECT_EQ(addWorkingDays(day(2027, 3, 25), 2), day(2027, 3, 31));   // over Easter
    EXPECT_EQ(addWorkingDays(day(2027, 6, 24), 2), day(2027, 6, 29));   // over Midsummer
    EXPECT_EQ(addWorkingDays(day(2026, 12, 23), 2), day(2026, 12, 29)); // over Christmas
    EXPECT_EQ(addWorkingDays(day(2026, 12, 30), 1), day(2027, 1, 4));   // New Year's Eve and Day
    EXPECT_EQ(addWorkingDays(day(2026, 12, 7), 0), day(2026, 12, 7));
}

TEST(SwedishCalendarTest, ADueDayCountsFromTheDayInSweden)
{
    const StatusDeadline twoWorking{QString(), QString(), 2, true};
    const StatusDeadline thirty{QString(), QString(), 30, false};
    // 23:30 UTC on Friday 4 December is 00:30 on Saturday in Stockholm.
    const QDateTime lateFriday(day(2026, 12, 4), QTime(23, 30), QTimeZone::utc());
    EXPECT_EQ(statusDueOn(twoWorking, lateFriday), day(2026, 12, 8));
    EXPECT_EQ(statusDueOn(thirty, lateFriday), day(2027, 1, 4));
    EXPECT_EQ(statusDueOn(thirty, QDateTime(day(2026, 12, 4), QTime(10, 0), QTimeZone::utc())),
              day(2027, 1, 3));
    EXPECT_EQ(statusDueOn(StatusDeadline{}, lateFriday), noDueDate());
    EXPECT_EQ(daysUntil(day(2026, 12, 8), day(2026, 12, 10)), -2);
}
