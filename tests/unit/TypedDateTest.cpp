// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "TypedDate.h"

#include <gtest/gtest.h>

using namespace casedesk;

namespace {

const QDate kToday(2026, 12, 6);

QString understood(const char* text, const QLocale& locale = QLocale(QLocale::Swedish, QLocale::Sweden))
{
    const std::optional<QDate> date = parseTypedDate(QString::fromUtf8(text), locale, kToday);
    return date ? date->toString(Qt::ISODate) : QStringLiteral("none");
}

} // namespace

TEST(TypedDate, IsoFormsAreTakenAsWritten)
{
    // QDateEdit kept 2026-12-15 when 2027-01-15 was typed over it: here the whole text counts.
    EXPECT_EQ(understood("2027-01-15"), QStringLiteral("2027-01-15"));
    EXPECT_EQ(understood("2027-1-5"), QStringLiteral("2027-01-05"));
    EXPECT_EQ(understood(" 20270115 "), QStringLiteral("2027-01-15"));
    EXPECT_EQ(understood("2027-02-30"), QStringLiteral("none"));
    EXPECT_EQ(understood("2027-13-01"), QStringLiteral("none"));
}

TEST(TypedDate, SwedishDayFirstFormsWithOrWithoutTheYear)
{
    EXPECT_EQ(understood("15/1 2027"), QStringLiteral("2027-01-15"));
    EXPECT_EQ(understood("15.1.2027"), QStringLiteral("2027-01-15"));
    EXPECT_EQ(understood("15/1 27"), QStringLiteral("2027-01-15"));
    // Without a year: the next such day from today on.
    EXPECT_EQ(understood("15/1"), QStringLiteral("2027-01-15"));
    EXPECT_EQ(understood("24/12"), QStringLiteral("2026-12-24"));
    EXPECT_EQ(understood("6/12"), QStringLiteral("2026-12-06"));
    EXPECT_EQ(understood("29/2"), QStringLiteral("2028-02-29"));
    EXPECT_EQ(understood("31/4"), QStringLiteral("none"));
}

TEST(TypedDate, MonthNamesInTheUiLanguageOrEnglish)
{
    EXPECT_EQ(understood("15 jan 2027"), QStringLiteral("2027-01-15"));
    EXPECT_EQ(understood("15 januari 2027"), QStringLiteral("2027-01-15"));
    EXPECT_EQ(understood("15 Jan. 2027"), QStringLiteral("2027-01-15"));
    EXPECT_EQ(understood("3 maj"), QStringLiteral("2027-05-03"));
    EXPECT_EQ(understood("3 okt"), QStringLiteral("2027-10-03"));
    EXPECT_EQ(understood("3 oct", QLocale(QLocale::English, QLocale::Sweden)), QStringLiteral("2027-10-03"));
    EXPECT_EQ(understood("January 15, 2027", QLocale(QLocale::English, QLocale::Sweden)),
              QStringLiteral("2027-01-15"));
    EXPECT_EQ(understood("15 ja 2027"), QStringLiteral("none")); // too short to say which month
    EXPECT_EQ(understood("15 xyz 2027"), QStringLiteral("none"));
}

TEST(TypedDate, DaysFromTodayAndNonsense)
{
    EXPECT_EQ(understood("+14"), QStringLiteral("2026-12-20"));
    EXPECT_EQ(understood("+ 30"), QStringLiteral("2027-01-05"));
    for (const char* text : {"", "   ", "i morgon", "2027", "15", "-14", "2027-01-15T10:00", "١٥/١ ٢٠٢٧"})
        EXPECT_EQ(understood(text), QStringLiteral("none")) << text;
}
