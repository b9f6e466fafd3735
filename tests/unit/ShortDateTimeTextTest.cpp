#include "ShortDateTimeText.h"

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
