// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "intake/PersonalNumber.h"
#include "intake/SubmissionReader.h"

#include "JsonTestSupport.h"

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QString refusal(const QJsonObject& root, const IntakeLimits& limits = {})
{
    return outcome(parseJson(root, limits));
}

QString refusal(const QByteArray& json, const IntakeLimits& limits = {})
{
    return outcome(parseJsonSubmission(json, limits));
}

} // namespace

TEST(JsonSubmissionHostile, MalformedJsonNamesTheOffset)
{
    const QByteArray json = "{\"format\": \"casedesk.submission/1\", \"externalId\": \"abc";
    const Result<Submission> result = parseJsonSubmission(json);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(result.error().field, QStringLiteral("$"));
    EXPECT_TRUE(
        result.error().message().startsWith(QStringLiteral("not valid JSON: unterminated string at offset ")))
        << result.error().message().toStdString();
    EXPECT_EQ(refusal(QByteArray("{\"a\": 1} trailing")),
              QStringLiteral("$: not valid JSON: garbage at the end of the document at offset 9"));
    EXPECT_EQ(refusal(QByteArray()), QStringLiteral("$: not valid JSON: illegal value at offset 0"));
}

TEST(JsonSubmissionHostile, TopLevelMustBeAnObject)
{
    EXPECT_EQ(refusal(QByteArray("[1, 2]")), QStringLiteral("$: expected a JSON object at the top level"));
}

TEST(JsonSubmissionHostile, FormatMustBeExact)
{
    const QString expected = QStringLiteral("format: expected \"casedesk.submission/1\"");
    EXPECT_EQ(
        refusal(with(exampleSubmission(), QStringLiteral("format"), QStringLiteral("casedesk.submission/2"))),
        expected);
    EXPECT_EQ(refusal(with(exampleSubmission(), QStringLiteral("format"),
                           QStringLiteral(" casedesk.submission/1"))),
              expected);
    EXPECT_EQ(refusal(with(exampleSubmission(), QStringLiteral("format"), 1)), expected);
    EXPECT_EQ(refusal(without(exampleSubmission(), QStringLiteral("format"))),
              QStringLiteral("format: required but missing"));
}

TEST(JsonSubmissionHostile, UnknownKeysAreRefusedEverywhere)
{
    const QJsonObject example = exampleSubmission();
    EXPECT_EQ(refusal(with(example, QStringLiteral("pages[0].fields[1].colour"), QStringLiteral("red"))),
              QStringLiteral("pages[0].fields[1].colour: unknown key"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("pages[1].hidden"), true)),
              QStringLiteral("pages[1].hidden: unknown key"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("applicant.personalnumber"), QStringLiteral("x"))),
              QStringLiteral("applicant.personalnumber: unknown key"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("applicant.address.country"), QStringLiteral("SE"))),
              QStringLiteral("applicant.address.country: unknown key"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("comment"), QStringLiteral("x"))),
              QStringLiteral("comment: unknown key"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("attachments[0].path"), QStringLiteral("/etc/passwd"))),
              QStringLiteral("attachments[0].path: unknown key"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("signatures[0].verified"), true)),
              QStringLiteral("signatures[0].verified: unknown key"));
    // A key that cannot be shown safely is not echoed.
    EXPECT_EQ(refusal(with(example, QStringLiteral("applicant.\u001B[2Jx"), 1)),
              QStringLiteral("applicant: unknown key (not shown: long or with control characters)"));
}

TEST(JsonSubmissionHostile, DuplicateKeysAreRefused)
{
    const QByteArray json = QJsonDocument(exampleSubmission()).toJson(QJsonDocument::Compact);
    // A second personalNumber, which QJsonDocument would silently prefer.
    QByteArray twice = json;
    twice.replace("\"name\":\"Tolvan Tolvansson\"",
                  "\"name\":\"Tolvan Tolvansson\",\"personalNumber\":\"191212121212\"");
    ASSERT_NE(twice, json);
    EXPECT_EQ(refusal(twice), QStringLiteral("applicant.personalNumber: key appears more than once"));
    // The same key spelled with an escape is the same key.
    QByteArray escaped = json;
    escaped.replace("\"externalId\":\"portal-4711\"",
                    "\"externalId\":\"portal-4711\",\"extern\\u0061lId\":\"other\"");
    EXPECT_EQ(refusal(escaped), QStringLiteral("externalId: key appears more than once"));
    // Inside an array.
    QByteArray inArray = json;
    inArray.replace("\"id\":\"regNo\"", "\"id\":\"regNo\",\"id\":\"other\"");
    EXPECT_EQ(refusal(inArray), QStringLiteral("pages[0].fields[2].id: key appears more than once"));
}

TEST(JsonSubmissionHostile, RequiredFieldsAndTypes)
{
    const QJsonObject example = exampleSubmission();
    EXPECT_EQ(refusal(without(example, QStringLiteral("eservice.id"))),
              QStringLiteral("eservice.id: required but missing"));
    EXPECT_EQ(refusal(without(example, QStringLiteral("eservice"))),
              QStringLiteral("eservice: required but missing"));
    EXPECT_EQ(refusal(without(example, QStringLiteral("externalId"))),
              QStringLiteral("externalId: required but missing"));
    EXPECT_EQ(refusal(without(example, QStringLiteral("applicant.name"))),
              QStringLiteral("applicant.name: required but missing"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("applicant.name"), QStringLiteral("  "))),
              QStringLiteral("applicant.name: must not be empty"));
    EXPECT_EQ(refusal(without(example, QStringLiteral("pages"))),
              QStringLiteral("pages: required but missing"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("pages"), QJsonArray())),
              QStringLiteral("pages: must have at least one page"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("applicant.protectedIdentity"), QStringLiteral("false"))),
              QStringLiteral("applicant.protectedIdentity: expected a boolean"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("applicant.name"), 42)),
              QStringLiteral("applicant.name: expected a string"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("applicant"), QStringLiteral("Tolvan"))),
              QStringLiteral("applicant: expected an object"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("pages"), QJsonObject())),
              QStringLiteral("pages: expected an array"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("attachments"), QStringLiteral("x"))),
              QStringLiteral("attachments: expected an array"));
    EXPECT_EQ(refusal(without(example, QStringLiteral("pages[0].fields[0].value"))),
              QStringLiteral("pages[0].fields[0].value: required but missing (use null for no value)"));
    EXPECT_EQ(refusal(without(example, QStringLiteral("pages[0].title"))),
              QStringLiteral("pages[0].title: required but missing"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("pages[0].fields[0].value"),
                           QJsonObject{{QStringLiteral("a"), 1}})),
              QStringLiteral(
                  "pages[0].fields[0].value: expected a string, number, boolean, array of strings or null"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("pages[1].fields[2].value[1]"), 7)),
              QStringLiteral("pages[1].fields[2].value[1]: expected a string"));
}

TEST(JsonSubmissionHostile, EserviceIdAndDates)
{
    const QJsonObject example = exampleSubmission();
    for (const char* bad : {"Parkering", "parkering tillstånd", "-x", "../x", ""}) {
        EXPECT_TRUE(refusal(with(example, QStringLiteral("eservice.id"), QString::fromUtf8(bad)))
                        .startsWith(QStringLiteral("eservice.id: ")))
            << bad;
    }
    EXPECT_EQ(refusal(with(example, QStringLiteral("eservice.id"), QString(65, QLatin1Char('a')))),
              QStringLiteral("eservice.id: longer than 64 characters"));
    const QString noOffset = QStringLiteral(
        "submittedAt: expected an ISO 8601 date and time with a UTC offset, e.g. 2026-11-20T10:15:00+01:00");
    EXPECT_EQ(refusal(with(example, QStringLiteral("submittedAt"), QStringLiteral("2026-11-20T10:15:00"))),
              noOffset);
    EXPECT_EQ(refusal(with(example, QStringLiteral("submittedAt"), QStringLiteral("20 nov 2026"))), noOffset);
    EXPECT_EQ(
        refusal(with(example, QStringLiteral("submittedAt"), QStringLiteral("2026-02-30T10:15:00+01:00"))),
        QStringLiteral("submittedAt: not a valid date and time"));
    // Times are plausible: not in the future (beyond a few minutes of clock difference), not
    // before 1900.
    const QString future = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
    EXPECT_EQ(
        refusal(with(example, QStringLiteral("submittedAt"), QStringLiteral("2099-01-01T10:00:00+01:00"))),
        QStringLiteral("submittedAt: lies in the future"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("signatures[0].signedAt"), future)),
              QStringLiteral("signatures[0].signedAt: lies in the future"));
    EXPECT_EQ(
        refusal(with(example, QStringLiteral("submittedAt"), QStringLiteral("1899-12-31T10:00:00+01:00"))),
        QStringLiteral("submittedAt: is before 1900"));
    EXPECT_EQ(
        refusal(with(example, QStringLiteral("signatures[0].signedAt"), QStringLiteral("igår"))),
        QStringLiteral("signatures[0].signedAt: expected an ISO 8601 date and time with a UTC offset, e.g. "
                       "2026-11-20T10:15:00+01:00"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("externalId"), QString(201, QLatin1Char('x')))),
              QStringLiteral("externalId: longer than 200 characters"));
    EXPECT_EQ(
        refusal(with(example, QStringLiteral("eservice.functionalMailbox"), QStringLiteral("parkering"))),
        QStringLiteral("eservice.functionalMailbox: not a valid e-mail address"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("applicant.email"), QStringLiteral("tolvan@"))),
              QStringLiteral("applicant.email: not a valid e-mail address"));
}

TEST(JsonSubmissionHostile, InvalidPersonalNumbersAreRefusedWithoutEchoingThem)
{
    const QJsonObject example = exampleSubmission();
    const QString bad = QStringLiteral("19121212-1213");
    const QString applicant = refusal(with(example, QStringLiteral("applicant.personalNumber"), bad));
    EXPECT_EQ(applicant, QStringLiteral("applicant.personalNumber: invalid check digit"));
    EXPECT_FALSE(applicant.contains(QStringLiteral("1213")));
    EXPECT_EQ(
        refusal(with(example, QStringLiteral("applicant.personalNumber"), QStringLiteral("19121312-1212"))),
        QStringLiteral("applicant.personalNumber: not a valid date"));
    const QString zero = QStringLiteral("19121212-000") +
                         QString::number(PersonalNumber::checkDigit(QStringLiteral("121212000")));
    EXPECT_EQ(refusal(with(example, QStringLiteral("applicant.personalNumber"), zero)),
              QStringLiteral("applicant.personalNumber: birth number 000 is never issued"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("applicant.personalNumber"), QStringLiteral("1212"))),
              QStringLiteral("applicant.personalNumber: expected 10 or 12 digits"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("signatures[0].personalNumber"), bad)),
              QStringLiteral("signatures[0].personalNumber: invalid check digit"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("requiredSigners[0].personalNumber"), bad)),
              QStringLiteral("requiredSigners[0].personalNumber: invalid check digit"));
    EXPECT_EQ(refusal(without(example, QStringLiteral("requiredSigners[0].personalNumber"))),
              QStringLiteral("requiredSigners[0].personalNumber: required but missing"));
    // Normalised on the way in.
    Result<Submission> ten =
        parseJson(with(example, QStringLiteral("applicant.personalNumber"), QStringLiteral("121212+1212")));
    ASSERT_TRUE(ten) << outcome(ten).toStdString();
    EXPECT_EQ(ten->applicant.personalNumber, QStringLiteral("19121212-1212"));
}

TEST(JsonSubmissionHostile, TooManyPagesFieldsAndAttachments)
{
    IntakeLimits limits;
    limits.maxPages = 1;
    EXPECT_EQ(refusal(exampleSubmission(), limits), QStringLiteral("pages: 2 pages, over the limit of 1"));
    limits = IntakeLimits();
    limits.maxFieldsPerPage = 2;
    EXPECT_EQ(refusal(exampleSubmission(), limits),
              QStringLiteral("pages[0].fields: 3 fields, over the limit of 2"));
    limits = IntakeLimits();
    limits.maxAttachments = 0;
    EXPECT_EQ(refusal(exampleSubmission(), limits),
              QStringLiteral("attachments: 1 attachments, over the limit of 0"));
}

TEST(JsonSubmissionHostile, ControlCharactersAndAbsurdLengths)
{
    const QJsonObject example = exampleSubmission();
    EXPECT_EQ(refusal(with(example, QStringLiteral("applicant.name"), QStringLiteral("Tolvan\u001B[2J"))),
              QStringLiteral("applicant.name: contains control characters"));
    EXPECT_EQ(
        refusal(with(example, QStringLiteral("pages[0].fields[0].label"), QStringLiteral("Gatu\nadress"))),
        QStringLiteral("pages[0].fields[0].label: contains control characters"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("pages[0].fields[0].value"), QStringLiteral("a\u0000b"))),
              QStringLiteral("pages[0].fields[0].value: contains control characters"));
    EXPECT_EQ(
        refusal(with(example, QStringLiteral("pages[1].fields[2].value[0]"), QStringLiteral("x\u0007"))),
        QStringLiteral("pages[1].fields[2].value[0]: contains control characters"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("applicant.name"), QString(100000, QLatin1Char('A')))),
              QStringLiteral("applicant.name: longer than 500 characters"));
    EXPECT_EQ(
        refusal(with(example, QStringLiteral("pages[0].fields[0].value"), QString(20001, QLatin1Char('x')))),
        QStringLiteral("pages[0].fields[0].value: longer than 20000 characters"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("pages[0].title"), QString(501, QLatin1Char('x')))),
              QStringLiteral("pages[0].title: longer than 500 characters"));
    // Multi-line values may hold line breaks.
    EXPECT_EQ(refusal(with(example, QStringLiteral("pages[0].fields[0].value"), QStringLiteral("a\r\nb\tc"))),
              QStringLiteral("OK"));
}

TEST(JsonSubmissionHostile, FieldIdsMustBeUniqueAndWellFormed)
{
    const QJsonObject example = exampleSubmission();
    EXPECT_EQ(
        refusal(with(example, QStringLiteral("pages[1].fields[0].id"), QStringLiteral("street"))),
        QStringLiteral("pages[1].fields[0].id: duplicate field id 'street' (also at pages[0].fields[0])"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("pages[0].fields[1].id"), QStringLiteral("has car"))),
              QStringLiteral(
                  "pages[0].fields[1].id: not a valid field id (a letter or '_', then letters, digits, '_', "
                  "'-' or '.')"));
    EXPECT_EQ(refusal(without(example, QStringLiteral("pages[0].fields[1].id"))),
              QStringLiteral("pages[0].fields[1].id: required but missing"));
}

TEST(JsonSubmissionHostile, ConditionsMustParseAndNameExistingFields)
{
    const QJsonObject example = exampleSubmission();
    EXPECT_EQ(refusal(with(example, QStringLiteral("pages[0].fields[2].visibleWhen"),
                           QStringLiteral("hasCar #= 'Ja'"))),
              QStringLiteral("pages[0].fields[2].visibleWhen: unexpected character '#' at 7"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("pages[0].fields[2].visibleWhen"),
                           QStringLiteral("hasBoat == 'Ja'"))),
              QStringLiteral("pages[0].fields[2].visibleWhen: refers to unknown field 'hasBoat'"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("pages[0].fields[2].visibleWhen"), QString())),
              QStringLiteral("pages[0].fields[2].visibleWhen: must not be empty; leave the key out instead"));
    EXPECT_EQ(refusal(with(example, QStringLiteral("pages[0].fields[2].visibleWhen"), true)),
              QStringLiteral("pages[0].fields[2].visibleWhen: expected a string"));
}

TEST(JsonSubmissionHostile, MalformedDigestIsRefused)
{
    const QString expected = QStringLiteral(
        "signatures[0].signedDigest: expected \"sha256:\" and 64 lowercase hexadecimal digits");
    const QString hex = QString(64, QLatin1Char('a'));
    const QStringList malformed{QStringLiteral("sha1:") + hex,
                                QStringLiteral("sha256:") + hex.toUpper(),
                                QStringLiteral("sha256:") + hex.left(63),
                                QStringLiteral("sha256:") + hex + QLatin1Char('0'),
                                hex,
                                QStringLiteral("sha256: ") + hex.left(63),
                                QStringLiteral("sha256:") + hex.left(63) + QLatin1Char('g')};
    for (const QString& bad : malformed) {
        EXPECT_EQ(refusal(with(exampleSubmission(), QStringLiteral("signatures[0].signedDigest"), bad)),
                  expected)
            << bad.toStdString();
    }
    EXPECT_EQ(refusal(without(exampleSubmission(), QStringLiteral("signatures[0].signedDigest"))),
              QStringLiteral("signatures[0].signedDigest: required but missing"));
    EXPECT_EQ(refusal(without(exampleSubmission(), QStringLiteral("signatures[0].provider"))),
              QStringLiteral("signatures[0].provider: required but missing"));
}

TEST(JsonSubmissionHostile, AnOrganisationAppliesWithItsNumberInPlaceOfAPersonalNumber)
{
    const QJsonObject organisation =
        with(without(exampleSubmission(), QStringLiteral("applicant.personalNumber")),
             QStringLiteral("applicant.organisationNumber"), QStringLiteral("16556677-8899"));
    Result<Submission> parsed = parseJson(organisation);
    ASSERT_TRUE(parsed) << outcome(parsed).toStdString();
    EXPECT_EQ(parsed->applicant.organisationNumber, QStringLiteral("556677-8899"));
    EXPECT_TRUE(parsed->applicant.personalNumber.isEmpty());

    const QString field = QStringLiteral("applicant.organisationNumber");
    EXPECT_EQ(refusal(with(organisation, field, QStringLiteral("556677-8898"))),
              QStringLiteral("applicant.organisationNumber: invalid check digit"));
    EXPECT_EQ(refusal(with(organisation, field, QStringLiteral("19121212-1212"))),
              QStringLiteral("applicant.organisationNumber: expected 10 digits, e.g. 556677-8899"));
    EXPECT_EQ(
        refusal(with(organisation, field, QStringLiteral("121212-1212"))),
        QStringLiteral("applicant.organisationNumber: the third digit must be at least 2 (this looks like a "
                       "personal number)"));
    EXPECT_EQ(refusal(with(organisation, field, 5566778899.0)),
              QStringLiteral("applicant.organisationNumber: expected a string"));
    // Both numbers: which one is the applicant's would be a guess.
    EXPECT_EQ(refusal(with(exampleSubmission(), field, QStringLiteral("556677-8899"))),
              QStringLiteral("applicant.organisationNumber: give either a personal number or an organisation "
                             "number, not both (a person acting for the organisation is a party)"));
    // Empty or null: a person as before.
    EXPECT_EQ(refusal(with(exampleSubmission(), field, QJsonValue())), QStringLiteral("OK"));
}
