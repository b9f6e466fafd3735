// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "intake/OrganisationNumber.h"
#include "intake/PersonalNumber.h"

#include <gtest/gtest.h>

using namespace casedesk;

namespace {

QString reason(const QString& input)
{
    Result<QString> result = OrganisationNumber::normalize(input);
    return result ? QStringLiteral("OK: ") + result.value() : result.error().message();
}

// A valid number from nine digits: the tenth is their Luhn check digit.
QString withCheckDigit(const QString& nine)
{
    return nine.left(6) + QLatin1Char('-') + nine.mid(6) + QString::number(PersonalNumber::checkDigit(nine));
}

} // namespace

TEST(OrganisationNumber, AcceptsTheWrittenFormsAndNormalises)
{
    EXPECT_EQ(reason(QStringLiteral("556677-8899")), QStringLiteral("OK: 556677-8899"));
    EXPECT_EQ(reason(QStringLiteral("5566778899")), QStringLiteral("OK: 556677-8899"));
    EXPECT_EQ(reason(QStringLiteral(" 165566778899 ")), QStringLiteral("OK: 556677-8899"));
    EXPECT_EQ(reason(QStringLiteral("16556677-8899")), QStringLiteral("OK: 556677-8899"));
    // A municipality (212000-xxxx) and a foundation (802xxx-xxxx).
    EXPECT_EQ(reason(withCheckDigit(QStringLiteral("212000228"))), QStringLiteral("OK: 212000-2288"));
    EXPECT_EQ(reason(withCheckDigit(QStringLiteral("802002000"))), QStringLiteral("OK: 802002-0007"));
}

TEST(OrganisationNumber, RefusesWithTheReason)
{
    EXPECT_EQ(reason(QStringLiteral("556677-8898")), QStringLiteral("invalid check digit"));
    // A personal number's third digit is a month's first (0 or 1): never an organisation's.
    EXPECT_EQ(reason(QStringLiteral("1212121212")),
              QStringLiteral("the third digit must be at least 2 (this looks like a personal number)"));
    for (const char* bad : {"", "55667788", "556677-88990", "556677_8899", "556677-889x", "١٢٣٤٥٦٧٨٩٠",
                            "175566778899", "556677--8899"})
        EXPECT_EQ(reason(QString::fromUtf8(bad)), QStringLiteral("expected 10 digits, e.g. 556677-8899"))
            << bad;
}

TEST(OrganisationNumber, TenDigitsAsNavetsSettingWritesThem)
{
    EXPECT_TRUE(OrganisationNumber::isValidTenDigits(QStringLiteral("5566778899")));
    EXPECT_FALSE(OrganisationNumber::isValidTenDigits(QStringLiteral("556677-8899")));
    EXPECT_FALSE(OrganisationNumber::isValidTenDigits(QStringLiteral("5566778898")));
}

TEST(OrganisationNumber, ListsShowItWholeWhereAPersonalNumberIsMasked)
{
    EXPECT_EQ(PersonalNumber::mask(QStringLiteral("556677-8899")), QStringLiteral("556677-8899"));
    EXPECT_EQ(PersonalNumber::mask(QStringLiteral("19121212-1212")), QStringLiteral("19121212-****"));
    // Not a valid organisation number: nothing of it shows.
    EXPECT_EQ(PersonalNumber::mask(QStringLiteral("556677-8898")), QStringLiteral("***********"));
}
