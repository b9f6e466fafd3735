// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "domain/FormCanonical.h"
#include "intake/SubmissionReader.h"

#include "TestData.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QString outcome(const Result<Submission>& result)
{
    return result ? QStringLiteral("OK") : result.error().describe();
}

const FormField* findField(const Submission& submission, const QString& id)
{
    for (const FormPage& page : submission.pages) {
        for (const FormField& field : page.fields) {
            if (field.id == id)
                return &field;
        }
    }
    return nullptr;
}

// The 12 questions (children of Values) of the real export, in order, with their labels.
const QList<std::pair<QString, QString>> SickLeaveQuestions{
    {QStringLiteral("applicant"), QStringLiteral("Anmälare")},
    {QStringLiteral("administrativeUnit"),
     QStringLiteral("I vilken förvaltning/verksamhet arbetar medarbetaren?")},
    {QStringLiteral("employmentType"), QStringLiteral("Gäller det sjukfrånvaro för en")},
    {QStringLiteral("employeeData"), QStringLiteral("Vilken anställd gäller det?")},
    {QStringLiteral("employeeTitle"), QStringLiteral("Medarbetarens befattningar")},
    {QStringLiteral("absentNewOld"), QStringLiteral("Sjukfrånvaro avser")},
    {QStringLiteral("absentDateFrom"), QStringLiteral("Datum första sjukdag")},
    {QStringLiteral("sickNotePeriod"), QStringLiteral("Antal sjukskrivningsperioder i sjukintyget:")},
    {QStringLiteral("sickNotePercentRow1"), QStringLiteral("Omfattning på sjukfrånvaro enligt läkarintyg")},
    {QStringLiteral("sickNotePeriodRow1"), QStringLiteral("Sjukskrivningsperioden from tom")},
    {QStringLiteral("sickNotePercentRow2"), QStringLiteral("Omfattning på sjukfrånvaro enligt läkarintyg")},
    {QStringLiteral("sickNotePeriodRow2"), QStringLiteral("Sjukskrivningsperioden from tom")},
};

void expectSickLeave(const Result<Submission>& result)
{
    ASSERT_TRUE(result) << outcome(result).toStdString();
    const Submission& s = result.value();
    EXPECT_EQ(s.source, SubmissionSource::OpenEPlatform);
    EXPECT_EQ(s.eserviceId, QStringLiteral("oep-832"));
    EXPECT_EQ(s.eserviceName, QStringLiteral("Anmälan om sjukfrånvaro"));
    EXPECT_EQ(s.externalId, QStringLiteral("235212"));
    EXPECT_EQ(s.applicant.name, QStringLiteral("Namn Efternamn"));
    EXPECT_EQ(s.applicant.email, QStringLiteral("namn.efternamn@sundsvall.se"));
    EXPECT_EQ(s.applicant.personalNumber, QString());
    // 21:41:45 Swedish winter time (CET, UTC+1).
    EXPECT_EQ(s.submittedAt, QDateTime(QDate(2024, 12, 5), QTime(20, 41, 45), Qt::UTC));
    EXPECT_TRUE(s.attachments.isEmpty());
    EXPECT_TRUE(s.signatures.isEmpty());

    ASSERT_EQ(s.pages.size(), 1);
    EXPECT_EQ(s.pages.at(0).title, QStringLiteral("Anmälan om sjukfrånvaro"));
    const QList<FormField>& fields = s.pages.at(0).fields;
    ASSERT_EQ(fields.size(), 12) << "the export has 12 questions";
    ASSERT_EQ(SickLeaveQuestions.size(), 12);
    for (qsizetype i = 0; i < SickLeaveQuestions.size(); ++i) {
        EXPECT_EQ(fields.at(i).id, SickLeaveQuestions.at(i).first);
        EXPECT_EQ(fields.at(i).label, SickLeaveQuestions.at(i).second);
        EXPECT_EQ(fields.at(i).type, QStringLiteral("oep"));
        EXPECT_TRUE(fields.at(i).visibleWhen.isEmpty());
    }

    // Value questions: the text, Swedish characters intact.
    EXPECT_EQ(findField(s, QStringLiteral("employmentType"))->value,
              QJsonValue(QStringLiteral("Månadsavlönad")));
    EXPECT_EQ(findField(s, QStringLiteral("employmentType"))->valueText, QStringLiteral("Månadsavlönad"));
    EXPECT_EQ(findField(s, QStringLiteral("employeeTitle"))->valueText,
              QStringLiteral("Biståndshandläggare"));
    EXPECT_EQ(findField(s, QStringLiteral("sickNotePercentRow2"))->valueText, QStringLiteral("50%"));

    // Questions with named parts: an object, and lines in document order.
    const FormField* period = findField(s, QStringLiteral("sickNotePeriodRow1"));
    ASSERT_NE(period, nullptr);
    EXPECT_TRUE(period->valueText.contains(QStringLiteral("Datum_fran: 2024-11-30")));
    EXPECT_EQ(period->valueText, QStringLiteral("Datum_fran: 2024-11-30\nDatum_till: 2024-12-08"));
    EXPECT_EQ(period->value.toObject().value(QStringLiteral("Datum_till")).toString(),
              QStringLiteral("2024-12-08"));

    const FormField* employee = findField(s, QStringLiteral("employeeData"));
    ASSERT_NE(employee, nullptr);
    // Trailing padding is trimmed; the order is the document's, not QJsonObject's sorted one.
    EXPECT_EQ(employee->valueText,
              QStringLiteral("firstname: Namn\nlastname: Efternamn\nusername: nam00eft\n"
                             "citizenIdentifier: ************\ntitle: Biståndshandläggare\n"
                             "organization: VOF MYN LSS Biståndshandl.\nformOfEmployment: Tillsvidare"));
    EXPECT_EQ(employee->value.toObject().value(QStringLiteral("formOfEmployment")).toString(),
              QStringLiteral("Tillsvidare"));
    EXPECT_FALSE(employee->value.toObject().contains(QStringLiteral("QueryID")));
    EXPECT_FALSE(employee->value.toObject().contains(QStringLiteral("Name")));
    EXPECT_EQ(findField(s, QStringLiteral("absentDateFrom"))->valueText,
              QStringLiteral("StartDate: 2024-11-30"));
    EXPECT_EQ(findField(s, QStringLiteral("sickNotePeriodRow2"))->valueText,
              QStringLiteral("Datum_fran: 2024-12-09\nDatum_till: 2024-12-20"));
    EXPECT_EQ(findField(s, QStringLiteral("applicant"))->valueText,
              QStringLiteral("firstname: Namn\nlastname: Efternamn\nusername: nam99eft\n"
                             "email: namn.efternamn@sundsvall.se\nphone: 060-192306\ntitle: Enhetschef\n"
                             "organization: VOF MYN Ledning"));

    // What the parser stores can be signed over and digested like any other form.
    EXPECT_TRUE(pagesDigest(s.pages).startsWith(QStringLiteral("sha256:")));
}

} // namespace

TEST(OepXml, ReadsTheRealIso88591Export)
{
    const QByteArray data = readTestData(QStringLiteral("oep/sundsvall-sick-leave-235212.xml"));
    ASSERT_TRUE(data.contains("encoding=\"ISO-8859-1\""));
    ASSERT_TRUE(data.contains("Anm\xE4lan om sjukfr\xE5nvaro")); // Latin-1 bytes in the file
    expectSickLeave(parseOepXml(data));
}

TEST(OepXml, ReadsTheSameExportInUtf8)
{
    const QByteArray data = readTestData(QStringLiteral("intake/oep-sick-leave-utf8.xml"));
    ASSERT_TRUE(data.contains("Anm\xC3\xA4lan om sjukfr\xC3\xA5nvaro"));
    expectSickLeave(parseOepXml(data));
}

TEST(OepXml, ReadsXml11AsOpenEPlatformWritesItInUtf8)
{
    QByteArray data = readTestData(QStringLiteral("intake/oep-sick-leave-utf8.xml"));
    data.replace("<?xml version=\"1.0\"", "<?xml version=\"1.1\"");
    ASSERT_TRUE(data.startsWith("<?xml version=\"1.1\""));
    expectSickLeave(parseOepXml(data));
}

TEST(OepXml, SigningEventsAndFiles)
{
    Result<Submission> result = parseOepXml(readTestData(QStringLiteral("intake/oep-signed-with-files.xml")));
    ASSERT_TRUE(result) << outcome(result).toStdString();
    const Submission& s = result.value();
    EXPECT_EQ(s.eserviceId, QStringLiteral("oep-501"));
    EXPECT_EQ(s.eserviceName, QStringLiteral("Ansökan om färdtjänst"));
    EXPECT_EQ(s.externalId, QStringLiteral("900123"));
    EXPECT_EQ(s.applicant.name, QStringLiteral("Tolvan Tolvansson"));
    EXPECT_EQ(s.applicant.personalNumber, QStringLiteral("19121212-1212"));
    // 09:30 Swedish summer time (CEST, UTC+2).
    EXPECT_EQ(s.submittedAt, QDateTime(QDate(2024, 7, 1), QTime(7, 30), Qt::UTC));

    const QList<FormField>& fields = s.pages.at(0).fields;
    ASSERT_EQ(fields.size(), 6);
    EXPECT_EQ(fields.at(0).id, QStringLiteral("reason"));
    EXPECT_EQ(fields.at(0).valueText, QStringLiteral("Jag kan inte åka buss.\nRullstol sedan 2019."));
    // Repeated Value elements (a checkbox question) make a list.
    EXPECT_EQ(fields.at(1).value,
              QJsonValue(QJsonArray{QStringLiteral("Rullstol"), QStringLiteral("Rollator")}));
    EXPECT_EQ(fields.at(1).valueText, QStringLiteral("Rullstol, Rollator"));
    // Nested parts read as paths.
    EXPECT_EQ(fields.at(2).valueText,
              QStringLiteral("Street: Storgatan 1\nLocation/ZipCode: 25221\nLocation/City: Helsingborg"));
    EXPECT_EQ(fields.at(2)
                  .value.toObject()
                  .value(QStringLiteral("Location"))
                  .toObject()
                  .value(QStringLiteral("City")),
              QJsonValue(QStringLiteral("Helsingborg")));
    // A repeated question element gets a unique id.
    EXPECT_EQ(fields.at(5).id, QStringLiteral("reason_2"));
    EXPECT_EQ(fields.at(5).label, QStringLiteral("Övrigt"));

    // File questions become attachments with safe, unique names; the field lists them.
    ASSERT_EQ(s.attachments.size(), 3);
    EXPECT_EQ(s.attachments.at(0).fileName, QStringLiteral("intyg.pdf"));
    EXPECT_EQ(s.attachments.at(0).mimeType, QStringLiteral("application/pdf"));
    EXPECT_EQ(s.attachments.at(0).fieldId, QStringLiteral("certificate"));
    EXPECT_EQ(s.attachments.at(0).content, readTestData(QStringLiteral("intake/tiny.pdf")));
    EXPECT_EQ(s.attachments.at(1).fileName, QStringLiteral("bild.png"));
    EXPECT_EQ(s.attachments.at(2).fileName, QStringLiteral("BILD (2).png"));
    EXPECT_EQ(s.attachments.at(2).mimeType, QStringLiteral("image/png"));
    EXPECT_EQ(s.attachments.at(2).fieldId, QStringLiteral("photos"));
    EXPECT_EQ(fields.at(3).valueText, QStringLiteral("intyg.pdf"));
    EXPECT_FALSE(fields.at(4).valueText.contains(QStringLiteral("iVBOR"))); // no base64 in the form

    ASSERT_EQ(s.signatures.size(), 2);
    const IncomingSignature& first = s.signatures.at(0);
    EXPECT_EQ(first.kind, SignatureKind::OpenEPlatform);
    EXPECT_EQ(first.provider, QStringLiteral("Open ePlatform"));
    EXPECT_EQ(first.role, QStringLiteral("signer"));
    EXPECT_EQ(first.name, QStringLiteral("Tolvan Tolvansson"));
    EXPECT_EQ(first.signedDigest, QStringLiteral("6f1ed002ab5595859014ebf0951522d9"));
    EXPECT_EQ(first.signedAt, QDateTime(QDate(2024, 7, 1), QTime(7, 29, 10), Qt::UTC));
    EXPECT_EQ(first.personalNumber, QString()); // ID 4711 is a user id, not a personal number
    const IncomingSignature& second = s.signatures.at(1);
    EXPECT_EQ(second.name, QStringLiteral("Vera Vårdnadshavare"));
    EXPECT_EQ(second.personalNumber, QStringLiteral("19800101-2387")); // signers outside the portal: ID
}

TEST(OepXml, RefusesXxe)
{
    const Result<Submission> result = parseOepXml(readTestData(QStringLiteral("intake/xxe.xml")));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().field, QStringLiteral("$"));
    EXPECT_TRUE(result.error().message().startsWith(QStringLiteral("DTD declarations are not accepted")))
        << result.error().message().toStdString();
    EXPECT_FALSE(result.error().message().contains(QStringLiteral("root:")));
}

TEST(OepXml, RefusesBillionLaughs)
{
    const Result<Submission> result = parseOepXml(readTestData(QStringLiteral("intake/billion-laughs.xml")));
    ASSERT_FALSE(result);
    EXPECT_TRUE(result.error().message().startsWith(QStringLiteral("DTD declarations are not accepted")));
}

TEST(OepXml, RefusesUndeclaredEntities)
{
    const QByteArray xml =
        "<FlowInstance "
        "xmlns=\"http://www.oeplatform.org/version/2.0/schemas/flowinstance\">&e;</FlowInstance>";
    const Result<Submission> result = parseOepXml(xml);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().field, QStringLiteral("$"));
}

TEST(OepXml, MalformedXmlNamesTheLine)
{
    const Result<Submission> result =
        parseOepXml(readTestData(QStringLiteral("intake/malformed-unclosed.xml")));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().field, QStringLiteral("$"));
    EXPECT_TRUE(result.error().message().startsWith(QStringLiteral("not well-formed XML at line 9, column ")))
        << result.error().message().toStdString();

    const Result<Submission> truncated =
        parseOepXml("<?xml version=\"1.0\"?>\n<FlowInstance "
                    "xmlns=\"http://www.oeplatform.org/version/2.0/schemas/flowinstance\">\n<Header>");
    ASSERT_FALSE(truncated);
    EXPECT_TRUE(truncated.error().message().startsWith(QStringLiteral("not well-formed XML at line 3")))
        << truncated.error().message().toStdString();
}

TEST(OepXml, RefusesAnotherRootOrNamespace)
{
    const QString expected =
        QStringLiteral("$: the root element is not FlowInstance in the Open ePlatform namespace "
                       "http://www.oeplatform.org/version/2.0/schemas/flowinstance");
    EXPECT_EQ(outcome(parseOepXml(readTestData(QStringLiteral("intake/wrong-namespace.xml")))), expected);
    EXPECT_EQ(outcome(parseOepXml("<FlowInstance><Values/></FlowInstance>")), expected);
    EXPECT_EQ(
        outcome(parseOepXml(
            "<Case xmlns=\"http://www.oeplatform.org/version/2.0/schemas/flowinstance\"><Values/></Case>")),
        expected);
}

TEST(OepXml, MissingHeaderPartsAreNamed)
{
    QByteArray data = readTestData(QStringLiteral("intake/oep-sick-leave-utf8.xml"));
    QByteArray noFamily = data;
    noFamily.replace("<FamilyID>832</FamilyID>", "");
    EXPECT_EQ(outcome(parseOepXml(noFamily)), QStringLiteral("Header/Flow/FamilyID: required but missing"));

    QByteArray noPoster = data;
    const qsizetype from = noPoster.indexOf("<Poster>");
    const qsizetype to = noPoster.indexOf("</Owner>") + 8;
    noPoster.remove(from, to - from);
    EXPECT_EQ(outcome(parseOepXml(noPoster)),
              QStringLiteral("Header/Poster: required but missing (nor is there an Owner)"));

    // Without a Poster the Owner is the applicant.
    QByteArray ownerOnly = data;
    ownerOnly.remove(ownerOnly.indexOf("<Poster>"),
                     ownerOnly.indexOf("</Poster>") + 9 - ownerOnly.indexOf("<Poster>"));
    Result<Submission> owner = parseOepXml(ownerOnly);
    ASSERT_TRUE(owner) << outcome(owner).toStdString();
    EXPECT_EQ(owner->applicant.name, QStringLiteral("Namn Efternamn"));

    QByteArray badDate = data;
    badDate.replace("<Posted>2024-12-05T21:41:45</Posted>", "<Posted>5 december</Posted>");
    EXPECT_TRUE(outcome(parseOepXml(badDate)).startsWith(QStringLiteral("Header/Posted: ")));

    // Without Posted, FirstSubmitted.
    QByteArray firstSubmitted = data;
    firstSubmitted.replace("<Posted>2024-12-05T21:41:45</Posted>", "");
    firstSubmitted.replace("<FirstSubmitted>2024-12-05T21:41:45</FirstSubmitted>",
                           "<FirstSubmitted>2024-12-06T08:00:00</FirstSubmitted>");
    Result<Submission> fallback = parseOepXml(firstSubmitted);
    ASSERT_TRUE(fallback) << outcome(fallback).toStdString();
    EXPECT_EQ(fallback->submittedAt, QDateTime(QDate(2024, 12, 6), QTime(7, 0), Qt::UTC));

    QByteArray noValues = data;
    noValues.remove(noValues.indexOf("<Values>"),
                    noValues.indexOf("</Values>") + 9 - noValues.indexOf("<Values>"));
    EXPECT_EQ(outcome(parseOepXml(noValues)), QStringLiteral("Values: required but missing"));
}

TEST(OepXml, ValuesAreCheckedLikeAnyOther)
{
    QByteArray data = readTestData(QStringLiteral("intake/oep-sick-leave-utf8.xml"));
    QByteArray control = data;
    control.replace("<Value>vof</Value>", "<Value>v&#x85;of</Value>");
    EXPECT_EQ(outcome(parseOepXml(control)),
              QStringLiteral("Values/administrativeUnit/Value: contains control characters"));

    QByteArray email = data;
    email.replace(
        "<Email><![CDATA[namn.efternamn@sundsvall.se]]></Email>\n\t\t\t<ID>17811</ID>\n\t\t</Poster>",
        "<Email>nope</Email><ID>17811</ID></Poster>");
    ASSERT_NE(email, data);
    EXPECT_EQ(outcome(parseOepXml(email)), QStringLiteral("Header/Poster/Email: not a valid e-mail address"));

    IntakeLimits limits;
    limits.maxFieldsPerPage = 10;
    EXPECT_EQ(outcome(parseOepXml(data, limits)),
              QStringLiteral("Values: 12 questions, over the limit of 10"));
    limits = IntakeLimits();
    limits.maxMultiLineLength = 20;
    EXPECT_EQ(outcome(parseOepXml(data, limits)),
              QStringLiteral("Values/applicant/email: longer than 20 characters"));
    limits.maxMultiLineLength = 30; // every part fits, the parts together do not
    EXPECT_EQ(outcome(parseOepXml(data, limits)),
              QStringLiteral("Values/applicant: longer than 30 characters"));
}

TEST(OepXml, FilesFollowTheAttachmentRules)
{
    const QByteArray data = readTestData(QStringLiteral("intake/oep-signed-with-files.xml"));
    IntakeLimits limits;
    limits.maxAttachmentBytes = 100;
    EXPECT_EQ(outcome(parseOepXml(data, limits)),
              QStringLiteral(
                  "Values/certificate/File[1]/EncodedData: attachment is 579 bytes, over the limit of 100"));

    QByteArray exe = data;
    const QByteArray elf = QByteArray("\x7F"
                                      "ELF\x02\x01\x01\0\0\0\0\0",
                                      12)
                               .toBase64();
    const qsizetype start = exe.indexOf("<EncodedData>", exe.indexOf("<photos>")) + 13;
    exe.replace(start, exe.indexOf("</EncodedData>", start) - start, elf);
    EXPECT_EQ(outcome(parseOepXml(exe)),
              QStringLiteral("Values/photos/File[1]/EncodedData: executable content is not accepted"));

    QByteArray garbage = data;
    garbage.replace(start, 4, "!!!!");
    EXPECT_EQ(outcome(parseOepXml(garbage)),
              QStringLiteral("Values/photos/File[1]/EncodedData: not valid base64"));

    limits = IntakeLimits();
    limits.maxAttachments = 2;
    EXPECT_EQ(outcome(parseOepXml(data, limits)),
              QStringLiteral("Values/photos/File[2]: more than 2 attachments"));
}

TEST(OepXml, SignEventsNeedAChecksumAndASigner)
{
    const QByteArray data = readTestData(QStringLiteral("intake/oep-signed-with-files.xml"));
    QByteArray noChecksum = data;
    noChecksum.replace("<SignedChecksum>6f1ed002ab5595859014ebf0951522d9</SignedChecksum>", "");
    EXPECT_EQ(outcome(parseOepXml(noChecksum)),
              QStringLiteral("SigningEvents/SignEvent[1]/SignedChecksum: required but missing"));
    QByteArray noSigner = data;
    const qsizetype from = noSigner.lastIndexOf("<Signer>");
    noSigner.remove(from, noSigner.lastIndexOf("</Signer>") + 9 - from);
    EXPECT_EQ(outcome(parseOepXml(noSigner)),
              QStringLiteral("SigningEvents/SignEvent[2]/Signer: required but missing"));
}

TEST(OepXml, RefusesAbsurdNesting)
{
    QByteArray xml = "<FlowInstance xmlns=\"http://www.oeplatform.org/version/2.0/schemas/flowinstance\">";
    for (int i = 0; i < 100; ++i)
        xml += "<a>";
    for (int i = 0; i < 100; ++i)
        xml += "</a>";
    xml += "</FlowInstance>";
    const Result<Submission> result = parseOepXml(xml);
    ASSERT_FALSE(result);
    EXPECT_TRUE(result.error().message().startsWith(QStringLiteral("elements nested more than 32 deep")))
        << result.error().message().toStdString();
}

TEST(OepXml, AnOrganisationQuestionMakesTheOrganisationTheApplicant)
{
    const QByteArray original = readTestData(QStringLiteral("intake/oep-signed-with-files.xml"));
    auto withOrganisation = [&original](const QByteArray& number) {
        QByteArray data = original;
        const QByteArray question =
            QByteArray("<Values><company><QueryID>7</QueryID><Name>Sökande företag</Name>"
                       "<OrganizationName>Exempel AB</OrganizationName><OrganizationNumber>") +
            number + QByteArray("</OrganizationNumber></company>");
        return data.replace(QByteArray("<Values>"), question);
    };
    Result<Submission> result = parseOepXml(withOrganisation("5566778899"));
    ASSERT_TRUE(result) << outcome(result).toStdString();
    EXPECT_EQ(result->applicant.organisationNumber, QStringLiteral("556677-8899"));
    EXPECT_EQ(result->applicant.name, QStringLiteral("Exempel AB"));
    // The poster acts for the organisation: their number stays on their signature only.
    EXPECT_TRUE(result->applicant.personalNumber.isEmpty());
    ASSERT_FALSE(result->signatures.isEmpty());
    // The question is still an answer in the form.
    EXPECT_NE(findField(*result, QStringLiteral("company")), nullptr);

    // A number that is not an organisation's leaves the poster as the applicant.
    Result<Submission> person = parseOepXml(withOrganisation("5566778898"));
    ASSERT_TRUE(person) << outcome(person).toStdString();
    EXPECT_TRUE(person->applicant.organisationNumber.isEmpty());
    EXPECT_EQ(person->applicant.personalNumber, QStringLiteral("19121212-1212"));
    EXPECT_EQ(person->applicant.name, QStringLiteral("Tolvan Tolvansson"));
}
