// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "intake/TextRules.h"

#include "TestData.h"

#include <gtest/gtest.h>

using namespace casedesk;

namespace {

const QString Path = QStringLiteral("applicant.name");

QString single(const QString& text, int max = 20)
{
    const VoidResult result = checkSingleLine(text, Path, max);
    return result ? QStringLiteral("OK") : result.error().describe();
}

QString multi(const QString& text, int max = 20)
{
    const VoidResult result = checkMultiLine(text, Path, max);
    return result ? QStringLiteral("OK") : result.error().describe();
}

QString email(const QString& text)
{
    const VoidResult result = checkEmail(text, QStringLiteral("applicant.email"));
    return result ? QStringLiteral("OK") : result.error().describe();
}

} // namespace

TEST(TextRules, SingleLineAcceptsOrdinaryText)
{
    EXPECT_EQ(single(QStringLiteral("Åsa Öberg-Ängström")), QStringLiteral("OK"));
    EXPECT_EQ(single(QString()), QStringLiteral("OK"));
    EXPECT_EQ(single(QStringLiteral("محمد")), QStringLiteral("OK"));
}

TEST(TextRules, SingleLineRefusesControlCharacters)
{
    const QString refused = QStringLiteral("applicant.name: contains control characters");
    EXPECT_EQ(single(QStringLiteral("a\nb")), refused);
    EXPECT_EQ(single(QStringLiteral("a\tb")), refused);
    EXPECT_EQ(single(QStringLiteral("a\rb")), refused);
    EXPECT_EQ(single(QString(QChar(0))), refused);
    EXPECT_EQ(single(QStringLiteral("a\u0085b")), refused); // NEL (C1)
    EXPECT_EQ(single(QStringLiteral("a\u2028b")), refused); // LINE SEPARATOR
    EXPECT_EQ(single(QStringLiteral("a\u202Eb")), refused); // RIGHT-TO-LEFT OVERRIDE
    EXPECT_EQ(single(QString(QChar(0xD800))), refused);     // lone surrogate
}

TEST(TextRules, MultiLineAllowsLineBreaksAndTabsOnly)
{
    EXPECT_EQ(multi(QStringLiteral("rad 1\r\nrad 2\tx")), QStringLiteral("OK"));
    EXPECT_EQ(multi(QStringLiteral("a\u202Eb")),
              QStringLiteral("OK")); // bidi text is legitimate in free text
    EXPECT_EQ(multi(QStringLiteral("a\x1B[31mb")),
              QStringLiteral("applicant.name: contains control characters"));
    EXPECT_EQ(multi(QStringLiteral("a\u0007")),
              QStringLiteral("applicant.name: contains control characters"));
}

TEST(TextRules, RefusesLongText)
{
    EXPECT_EQ(single(QString(20, QLatin1Char('x'))), QStringLiteral("OK"));
    EXPECT_EQ(single(QString(21, QLatin1Char('x'))),
              QStringLiteral("applicant.name: longer than 20 characters"));
    EXPECT_EQ(multi(QString(21, QLatin1Char('x'))),
              QStringLiteral("applicant.name: longer than 20 characters"));
    // Characters, not UTF-16 units: 20 emoji fit in 20.
    QString emoji;
    for (int i = 0; i < 20; ++i)
        emoji += QStringLiteral("\U0001F600");
    EXPECT_EQ(single(emoji), QStringLiteral("OK"));
}

TEST(TextRules, Email)
{
    EXPECT_EQ(email(QString()), QStringLiteral("OK"));
    EXPECT_EQ(email(QStringLiteral("tolvan@example.se")), QStringLiteral("OK"));
    EXPECT_EQ(email(QStringLiteral("namn.efternamn+ärende@sundsvall.se")), QStringLiteral("OK"));
    EXPECT_EQ(email(QStringLiteral("kontakt@kommun.gävle.se")), QStringLiteral("OK"));
    const QString refused = QStringLiteral("applicant.email: not a valid e-mail address");
    for (const char* bad :
         {"tolvan", "tolvan@", "@example.se", "tolvan@example", "a@b@example.se", "to lvan@example.se",
          "tolvan@exa mple.se", "tolvan@.example.se", "tolvan@example..se", "tolvan@example.se.",
          ".tolvan@example.se", "tol..van@example.se", "tolvan@-example.se", "<x>@example.se",
          "tolvan@example.se\n"})
        EXPECT_EQ(email(QString::fromUtf8(bad)), refused) << bad;
}
