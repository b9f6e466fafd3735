// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "intake/PersonalNumber.h"

#include "TestData.h"

#include <gtest/gtest.h>

using namespace casedesk;

namespace {

const QDate Today(2026, 3, 15);

QString normalized(const QString& input, const QDate& today = Today)
{
    Result<QString> result = PersonalNumber::normalize(input, today);
    return result ? result.value() : QStringLiteral("ERROR: ") + result.error().message();
}

QString reason(const QString& input, const QDate& today = Today)
{
    Result<QString> result = PersonalNumber::normalize(input, today);
    return result ? QStringLiteral("OK: ") + result.value() : result.error().message();
}

} // namespace

TEST(PersonalNumber, AcceptsTwelveDigitsWithAndWithoutDash)
{
    EXPECT_EQ(normalized(QStringLiteral("19121212-1212")), QStringLiteral("19121212-1212"));
    EXPECT_EQ(normalized(QStringLiteral("191212121212")), QStringLiteral("19121212-1212"));
    EXPECT_EQ(normalized(QStringLiteral("  19121212-1212 ")), QStringLiteral("19121212-1212"));
}

TEST(PersonalNumber, AcceptsTenDigitsAndPicksTheCentury)
{
    // 1912 is more than 100 years ago, so without '+' the most recent century is 2012.
    EXPECT_EQ(normalized(QStringLiteral("121212-1212")), QStringLiteral("20121212-1212"));
    EXPECT_EQ(normalized(QStringLiteral("1212121212")), QStringLiteral("20121212-1212"));
    EXPECT_EQ(normalized(QStringLiteral("121212+1212")), QStringLiteral("19121212-1212"));
    EXPECT_EQ(normalized(QStringLiteral("800101-2387")), QStringLiteral("19800101-2387"));
}

TEST(PersonalNumber, CenturyBoundaryDependsOnToday)
{
    // Born 15 March: on 15 March 2026 "260315" is today (2026); on 14 March it is 1926.
    const QString nine = QStringLiteral("260315123");
    const QString number = QStringLiteral("260315-123") + QString::number(PersonalNumber::checkDigit(nine));
    EXPECT_EQ(normalized(number, QDate(2026, 3, 15)).left(8), QStringLiteral("20260315"));
    EXPECT_EQ(normalized(number, QDate(2026, 3, 14)).left(8), QStringLiteral("19260315"));
}

TEST(PersonalNumber, RefusesAWrongCheckDigit)
{
    EXPECT_EQ(reason(QStringLiteral("19121212-1213")), QStringLiteral("invalid check digit"));
    EXPECT_EQ(reason(QStringLiteral("121212-1213")), QStringLiteral("invalid check digit"));
}

TEST(PersonalNumber, RefusesBirthNumberZeroWhateverItsCheckDigit)
{
    // 19121212-000C with the right check digit C: still never issued.
    const QString c = QString::number(PersonalNumber::checkDigit(QStringLiteral("121212000")));
    EXPECT_EQ(reason(QStringLiteral("19121212-000") + c), QStringLiteral("birth number 000 is never issued"));
    EXPECT_EQ(reason(QStringLiteral("121212-000") + c), QStringLiteral("birth number 000 is never issued"));
    EXPECT_EQ(reason(QStringLiteral("191212120001")), QStringLiteral("birth number 000 is never issued"));
    // A coordination number likewise; 001 and 100 are issued.
    const QString coordination = QStringLiteral("701063000");
    EXPECT_EQ(reason(coordination.left(6) + QLatin1Char('-') + coordination.mid(6) +
                     QString::number(PersonalNumber::checkDigit(coordination))),
              QStringLiteral("birth number 000 is never issued"));
    for (const char* serial : {"001", "100"}) {
        const QString nine = QStringLiteral("121212") + QLatin1String(serial);
        const QString number = QStringLiteral("19") + nine.left(6) + QLatin1Char('-') + nine.mid(6) +
                               QString::number(PersonalNumber::checkDigit(nine));
        EXPECT_EQ(normalized(number), number);
    }
}

TEST(PersonalNumber, RefusesWrongLengthsAndCharacters)
{
    for (const char* bad : {"", "1212121212121", "12121-1212", "19121212-121", "abcdefghij", "191212-121212",
                            "1912 1212 1212", "19121212--1212", "19121212_1212", "١٩١٢١٢١٢١٢١٢"})
        EXPECT_EQ(reason(QString::fromUtf8(bad)), QStringLiteral("expected 10 or 12 digits")) << bad;
}

TEST(PersonalNumber, RefusesDatesThatDoNotExist)
{
    auto withCheck = [](const QString& nine) -> QString {
        return nine.left(6) + QLatin1Char('-') + nine.mid(6) +
               QString::number(PersonalNumber::checkDigit(nine));
    };
    EXPECT_EQ(reason(withCheck(QStringLiteral("801301123"))), QStringLiteral("not a valid date")); // month 13
    EXPECT_EQ(reason(withCheck(QStringLiteral("800230123"))), QStringLiteral("not a valid date")); // 30 Feb
    EXPECT_EQ(reason(withCheck(QStringLiteral("800100123"))), QStringLiteral("not a valid date")); // day 0
    EXPECT_EQ(reason(withCheck(QStringLiteral("810229123"))),
              QStringLiteral("not a valid date")); // 1981 no leap
    EXPECT_TRUE(reason(withCheck(QStringLiteral("800229123"))).startsWith(QStringLiteral("OK"))); // 1980 leap
}

TEST(PersonalNumber, RefusesBirthDatesInTheFuture)
{
    const QString nine = QStringLiteral("270101123"); // 2027-01-01, after Today
    const QString twelve = QStringLiteral("20") + nine.left(6) + QLatin1Char('-') + nine.mid(6) +
                           QString::number(PersonalNumber::checkDigit(nine));
    EXPECT_EQ(reason(twelve), QStringLiteral("birth date in the future"));
}

TEST(PersonalNumber, PlusOnlyFromTheAgeOfHundred)
{
    EXPECT_EQ(normalized(QStringLiteral("19121212+1212")), QStringLiteral("19121212-1212"));
    EXPECT_TRUE(reason(QStringLiteral("19800101+2387")).contains(QStringLiteral("100")));
}

TEST(PersonalNumber, CoordinationNumbersAddSixtyToTheDay)
{
    // Skatteverket's example samordningsnummer.
    EXPECT_EQ(normalized(QStringLiteral("701063-2391")), QStringLiteral("19701063-2391"));
    EXPECT_TRUE(PersonalNumber::isCoordinationNumber(QStringLiteral("19701063-2391")));
    EXPECT_FALSE(PersonalNumber::isCoordinationNumber(QStringLiteral("19121212-1212")));
    EXPECT_EQ(reason(QStringLiteral("701063-2392")), QStringLiteral("invalid check digit"));
    // Day 92 - 60 = 32 does not exist.
    const QString nine = QStringLiteral("701092239");
    EXPECT_EQ(reason(QStringLiteral("701092-239") + QString::number(PersonalNumber::checkDigit(nine))),
              QStringLiteral("not a valid date"));
}

TEST(PersonalNumber, CheckDigitIsLuhn)
{
    EXPECT_EQ(PersonalNumber::checkDigit(QStringLiteral("121212121")), 2);
    EXPECT_EQ(PersonalNumber::checkDigit(QStringLiteral("701063239")), 1);
    EXPECT_EQ(PersonalNumber::checkDigit(QStringLiteral("12121212")), -1);
    EXPECT_EQ(PersonalNumber::checkDigit(QStringLiteral("12121212x")), -1);
}

TEST(PersonalNumber, MaskHidesTheLastFour)
{
    EXPECT_EQ(PersonalNumber::mask(QStringLiteral("19121212-1212")), QStringLiteral("19121212-****"));
    EXPECT_EQ(PersonalNumber::mask(QStringLiteral("garbage")), QStringLiteral("*******"));
}

TEST(PersonalNumber, ErrorsNeverEchoTheNumber)
{
    Result<QString> result = PersonalNumber::normalize(QStringLiteral("19121212-1213"), Today);
    ASSERT_FALSE(result);
    EXPECT_FALSE(result.error().describe().contains(QStringLiteral("1213")));
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
}
