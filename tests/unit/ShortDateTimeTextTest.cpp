// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "ShortDateTimeText.h"
#include "CaseText.h"

#include <gtest/gtest.h>

using namespace casedesk;

namespace {

const QDateTime kTimes[] = {
    QDateTime(QDate(2026, 12, 5), QTime(20, 17, 3)),
    QDateTime(QDate(2026, 1, 9), QTime(7, 5, 0)),
    QDateTime(QDate(1999, 10, 31), QTime(0, 0, 59)),
    QDateTime(QDate(2024, 2, 29), QTime(23, 59, 1)),
};

} // namespace

// Written by hand or by QLocale, the text is QLocale's, in every locale CaseDesk sets and in a
// few whose formats differ (names of months, a 12-hour clock, other digits).
TEST(ShortDateTimeText, WritesWhatQLocaleWrites)
{
    for (const QLocale& locale :
         {QLocale(QLocale::Swedish, QLocale::Sweden), QLocale(QLocale::English, QLocale::Sweden),
          QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::English, QLocale::UnitedKingdom),
          QLocale(QLocale::German, QLocale::Germany), QLocale(QLocale::Finnish, QLocale::Finland),
          QLocale(QLocale::Arabic, QLocale::Egypt), QLocale(QLocale::Chinese, QLocale::China),
          QLocale::c()}) {
        const ShortDateTimeText text(locale);
        for (const QDateTime& time : kTimes)
            EXPECT_EQ(text.write(time), locale.toString(time, QLocale::ShortFormat))
                << locale.name().toStdString() << " "
                << locale.dateTimeFormat(QLocale::ShortFormat).toStdString();
    }
}

TEST(ShortDateTimeText, SwedishReadsAsSwedish)
{
    const ShortDateTimeText text(QLocale(QLocale::Swedish, QLocale::Sweden));
    EXPECT_EQ(text.write(kTimes[0]), QStringLiteral("2026-12-05 20:17"));
    EXPECT_EQ(text.write(QDateTime()), QString());
    // The locales the UI language sets are written by hand; one with AM/PM is left to QLocale.
    EXPECT_TRUE(text.writesByHand());
    EXPECT_TRUE(ShortDateTimeText(QLocale(QLocale::English, QLocale::Sweden)).writesByHand());
    EXPECT_FALSE(ShortDateTimeText(QLocale(QLocale::English, QLocale::UnitedStates)).writesByHand());
}

// The case view's format, with the month in words: by hand, and what QLocale writes.
TEST(ShortDateTimeText, MonthNamesAsQLocaleWritesThem)
{
    const QString format = QStringLiteral("d MMM yyyy HH:mm");
    for (const QLocale& locale :
         {QLocale(QLocale::Swedish, QLocale::Sweden), QLocale(QLocale::English, QLocale::Sweden),
          QLocale(QLocale::German, QLocale::Germany), QLocale(QLocale::Finnish, QLocale::Finland),
          QLocale(QLocale::Arabic, QLocale::Egypt), QLocale::c()}) {
        const ShortDateTimeText text(locale, format);
        for (const QDateTime& time : kTimes)
            EXPECT_EQ(text.write(time), locale.toString(time, format)) << locale.name().toStdString();
    }
    const ShortDateTimeText swedish(QLocale(QLocale::Swedish, QLocale::Sweden), format);
    EXPECT_TRUE(swedish.writesByHand());
    EXPECT_EQ(swedish.write(kTimes[0]), QStringLiteral("5 dec. 2026 20:17"));
    EXPECT_EQ(ShortDateTimeText(QLocale(QLocale::English, QLocale::Sweden), format).write(kTimes[1]),
              QStringLiteral("9 Jan 2026 07:05"));
    // A format longer than the buffer is QLocale's to write, whole.
    const QString longFormat = QStringLiteral("'%1' d MMM").arg(QString(80, QLatin1Char('x')));
    const ShortDateTimeText longText(QLocale(QLocale::Swedish, QLocale::Sweden), longFormat);
    EXPECT_FALSE(longText.writesByHand());
    EXPECT_EQ(longText.write(kTimes[0]),
              QLocale(QLocale::Swedish, QLocale::Sweden).toString(kTimes[0], longFormat));
}

// Lists say how long ago; the UI language decides the words and the date (CaseText::setLanguage).
TEST(CaseTextAge, TodayYesterdayDaysThenTheDate)
{
    CaseText::setLanguage(QStringLiteral("en"));
    const QDateTime now(QDate(2026, 12, 6), QTime(20, 30));
    EXPECT_EQ(CaseText::age(QDateTime(QDate(2026, 12, 6), QTime(8, 5)), now), QStringLiteral("today 08:05"));
    EXPECT_EQ(CaseText::age(QDateTime(QDate(2026, 12, 5), QTime(23, 59)), now), QStringLiteral("yesterday"));
    EXPECT_EQ(CaseText::age(QDateTime(QDate(2026, 12, 3), QTime(9, 0)), now), QStringLiteral("3 day(s)"))
        << "without the program's English catalogue the plural form is the source's";
    EXPECT_EQ(CaseText::age(QDateTime(QDate(2026, 9, 1), QTime(9, 0)), now), QStringLiteral("1 Sept 2026"));
    EXPECT_EQ(CaseText::dateTime(QDateTime(QDate(2026, 12, 5), QTime(14, 2))),
              QStringLiteral("5 Dec 2026 14:02"));
    CaseText::setLanguage(QStringLiteral("sv"));
    EXPECT_EQ(CaseText::age(QDateTime(QDate(2026, 9, 1), QTime(9, 0)), now), QStringLiteral("1 sep. 2026"));
    EXPECT_EQ(CaseText::dateTime(QDateTime(QDate(2026, 12, 5), QTime(14, 2))),
              QStringLiteral("5 dec. 2026 14:02"));
}
