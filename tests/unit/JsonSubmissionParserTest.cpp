// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "domain/FormCanonical.h"
#include "intake/SubmissionReader.h"

#include "JsonTestSupport.h"

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// The example's pages, written out here independently of the parser.
QList<FormPage> expectedPages()
{
    FormPage first;
    first.title = QStringLiteral("Personuppgifter");
    first.fields = {
        FormField{QStringLiteral("street"),
                  QStringLiteral("Gatuadress"),
                  QStringLiteral("text"),
                  QJsonValue(QStringLiteral("Storgatan 1")),
                  QStringLiteral("Storgatan 1"),
                  {}},
        FormField{QStringLiteral("hasCar"),
                  QStringLiteral("Har du bil?"),
                  QStringLiteral("choice"),
                  QJsonValue(QStringLiteral("Ja")),
                  QStringLiteral("Ja"),
                  {}},
        FormField{QStringLiteral("regNo"), QStringLiteral("Registreringsnummer"), QStringLiteral("text"),
                  QJsonValue(QStringLiteral("ABC123")), QStringLiteral("ABC123"),
                  QStringLiteral("hasCar == 'Ja'")},
    };
    FormPage second;
    second.title = QStringLiteral("Bilagor");
    second.fields = {
        FormField{QStringLiteral("certificate"),
                  QStringLiteral("Läkarintyg"),
                  QStringLiteral("file"),
                  QJsonValue(QStringLiteral("läkarintyg.pdf")),
                  QStringLiteral("läkarintyg.pdf"),
                  {}},
        FormField{QStringLiteral("walkingDistance"),
                  QStringLiteral("Hur långt kan du gå?"),
                  QStringLiteral("number"),
                  QJsonValue(150),
                  QStringLiteral("150"),
                  {}},
        FormField{QStringLiteral("needs"),
                  QStringLiteral("Behov"),
                  QStringLiteral("multichoice"),
                  QJsonArray{QStringLiteral("Parkera nära entré"), QStringLiteral("Rullstol")},
                  QStringLiteral("Parkera nära entré, Rullstol"),
                  {}},
    };
    return {first, second};
}

void expectSameField(const FormField& actual, const FormField& expected)
{
    EXPECT_EQ(actual.id, expected.id);
    EXPECT_EQ(actual.label, expected.label);
    EXPECT_EQ(actual.type, expected.type);
    EXPECT_EQ(actual.value, expected.value) << actual.id.toStdString();
    EXPECT_EQ(actual.valueText, expected.valueText);
    EXPECT_EQ(actual.visibleWhen, expected.visibleWhen);
}

QJsonObject minimalSubmission()
{
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("casedesk.submission/1")},
        {QStringLiteral("eservice"), QJsonObject{{QStringLiteral("id"), QStringLiteral("felanmalan")},
                                                 {QStringLiteral("name"), QStringLiteral("Felanmälan")}}},
        {QStringLiteral("externalId"), QStringLiteral("x-1")},
        {QStringLiteral("submittedAt"), QStringLiteral("2026-01-02T03:04:05Z")},
        {QStringLiteral("applicant"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Anna Andersson")}}},
        {QStringLiteral("pages"), QJsonArray{QJsonObject{{QStringLiteral("title"), QString()},
                                                         {QStringLiteral("fields"), QJsonArray()}}}},
    };
}

} // namespace

TEST(JsonSubmission, ParsesTheDocumentedExample)
{
    Result<Submission> result =
        parseJsonSubmission(readTestData(QStringLiteral("intake/parkering-example.json")));
    ASSERT_TRUE(result) << outcome(result).toStdString();
    const Submission& s = result.value();

    EXPECT_EQ(s.source, SubmissionSource::CaseDeskJson);
    EXPECT_EQ(s.eserviceId, QStringLiteral("parkeringstillstand"));
    EXPECT_EQ(s.eserviceName, QStringLiteral("Parkeringstillstånd för rörelsehindrade"));
    EXPECT_EQ(s.eserviceMailbox, QStringLiteral("parkering@example.se"));
    EXPECT_EQ(s.externalId, QStringLiteral("portal-4711"));
    EXPECT_EQ(s.submittedAt, QDateTime(QDate(2026, 11, 20), QTime(9, 15), Qt::UTC));
    EXPECT_EQ(s.submittedAt.timeSpec(), Qt::UTC);

    EXPECT_EQ(s.applicant.personalNumber, QStringLiteral("19121212-1212"));
    EXPECT_EQ(s.applicant.name, QStringLiteral("Tolvan Tolvansson"));
    EXPECT_EQ(s.applicant.email, QStringLiteral("tolvan@example.se"));
    EXPECT_EQ(s.applicant.phone, QStringLiteral("070-1234567"));
    EXPECT_EQ(s.applicant.address.street, QStringLiteral("Storgatan 1"));
    EXPECT_EQ(s.applicant.address.postalCode, QStringLiteral("25221"));
    EXPECT_EQ(s.applicant.address.city, QStringLiteral("Helsingborg"));
    EXPECT_FALSE(s.applicant.protectedIdentity);

    const QList<FormPage> expected = expectedPages();
    ASSERT_EQ(s.pages.size(), expected.size());
    for (qsizetype p = 0; p < expected.size(); ++p) {
        EXPECT_EQ(s.pages.at(p).title, expected.at(p).title);
        ASSERT_EQ(s.pages.at(p).fields.size(), expected.at(p).fields.size());
        for (qsizetype f = 0; f < expected.at(p).fields.size(); ++f)
            expectSameField(s.pages.at(p).fields.at(f), expected.at(p).fields.at(f));
    }

    ASSERT_EQ(s.attachments.size(), 1);
    EXPECT_EQ(s.attachments.at(0).fileName, QStringLiteral("läkarintyg.pdf"));
    EXPECT_EQ(s.attachments.at(0).mimeType, QStringLiteral("application/pdf"));
    EXPECT_EQ(s.attachments.at(0).fieldId, QStringLiteral("certificate"));
    EXPECT_EQ(s.attachments.at(0).content, readTestData(QStringLiteral("intake/tiny.pdf")));

    ASSERT_EQ(s.signatures.size(), 1);
    const IncomingSignature& signature = s.signatures.at(0);
    EXPECT_EQ(signature.kind, SignatureKind::PagesDigest);
    EXPECT_EQ(signature.role, QStringLiteral("applicant"));
    EXPECT_EQ(signature.personalNumber, QStringLiteral("19121212-1212"));
    EXPECT_EQ(signature.name, QStringLiteral("Tolvan Tolvansson"));
    EXPECT_EQ(signature.provider, QStringLiteral("BankID"));
    EXPECT_EQ(signature.signedAt, QDateTime(QDate(2026, 11, 20), QTime(9, 14, 30), Qt::UTC));
    // The example in the documentation is signed over exactly the pages that are stored.
    EXPECT_EQ(signature.signedDigest, pagesDigest(s.pages));
    EXPECT_EQ(signature.signedDigest, pagesDigest(expected));

    ASSERT_EQ(s.requiredSigners.size(), 1);
    EXPECT_EQ(s.requiredSigners.at(0).role, QStringLiteral("guardian"));
    EXPECT_EQ(s.requiredSigners.at(0).personalNumber, QStringLiteral("19800101-2387"));
    EXPECT_EQ(s.requiredSigners.at(0).name, QStringLiteral("Vera Vårdnadshavare"));
}

TEST(JsonSubmission, DigestComputedHereMatchesTheStoredPages)
{
    // Change a value, sign the new pages here, and check the parser keeps exactly them.
    QJsonObject root = with(exampleSubmission(), QStringLiteral("pages[0].fields[0].value"),
                            QStringLiteral("Lilla torget 3\nlägenhet 1102"));
    QList<FormPage> pages = expectedPages();
    pages[0].fields[0].value = QStringLiteral("Lilla torget 3\nlägenhet 1102");
    const QString digest = pagesDigest(pages);
    ASSERT_TRUE(digest.startsWith(QStringLiteral("sha256:")));
    root = with(root, QStringLiteral("signatures[0].signedDigest"), digest);

    Result<Submission> result = parseJson(root);
    ASSERT_TRUE(result) << outcome(result).toStdString();
    EXPECT_EQ(result->signatures.at(0).signedDigest, digest);
    EXPECT_EQ(pagesDigest(result->pages), digest);
    EXPECT_EQ(result->pages.at(0).fields.at(0).valueText, QStringLiteral("Lilla torget 3\nlägenhet 1102"));
}

TEST(JsonSubmission, KeepsAWellFormedDigestThatDoesNotMatch)
{
    const QString other = QStringLiteral("sha256:") + QString(64, QLatin1Char('0'));
    Result<Submission> result =
        parseJson(with(exampleSubmission(), QStringLiteral("signatures[0].signedDigest"), other));
    ASSERT_TRUE(result) << outcome(result).toStdString();
    EXPECT_EQ(result->signatures.at(0).signedDigest, other);
    EXPECT_NE(pagesDigest(result->pages), other);
    EXPECT_EQ(result->signatures.at(0).kind, SignatureKind::PagesDigest);
}

TEST(JsonSubmission, AcceptsTheMinimum)
{
    Result<Submission> result = parseJson(minimalSubmission());
    ASSERT_TRUE(result) << outcome(result).toStdString();
    EXPECT_EQ(result->applicant.personalNumber, QString());
    EXPECT_EQ(result->eserviceMailbox, QString());
    EXPECT_EQ(result->pages.size(), 1);
    EXPECT_TRUE(result->attachments.isEmpty());
    EXPECT_TRUE(result->signatures.isEmpty());
    EXPECT_TRUE(result->requiredSigners.isEmpty());
    EXPECT_EQ(result->submittedAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
}

TEST(JsonSubmission, OptionalValuesMayBeNull)
{
    QJsonObject root = minimalSubmission();
    root = with(root, QStringLiteral("applicant.email"), QJsonValue::Null);
    root = with(root, QStringLiteral("applicant.address"), QJsonValue::Null);
    root = with(root, QStringLiteral("attachments"), QJsonValue::Null);
    root = with(root, QStringLiteral("eservice.functionalMailbox"), QJsonValue::Null);
    EXPECT_EQ(outcome(parseJson(root)), QStringLiteral("OK"));
}

TEST(JsonSubmission, FieldValuesOfEveryAllowedType)
{
    QJsonObject root = minimalSubmission();
    const QJsonArray fields{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("s")},
                    {QStringLiteral("label"), QStringLiteral("S")},
                    {QStringLiteral("type"), QStringLiteral("text")},
                    {QStringLiteral("value"), QStringLiteral("rad 1\nrad 2")}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("n")},
                    {QStringLiteral("label"), QStringLiteral("N")},
                    {QStringLiteral("type"), QStringLiteral("number")},
                    {QStringLiteral("value"), 2.5}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("b")},
                    {QStringLiteral("label"), QStringLiteral("B")},
                    {QStringLiteral("type"), QStringLiteral("bool")},
                    {QStringLiteral("value"), true}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("a")},
                    {QStringLiteral("label"), QStringLiteral("A")},
                    {QStringLiteral("type"), QStringLiteral("multi")},
                    {QStringLiteral("value"), QJsonArray{QStringLiteral("x"), QStringLiteral("y")}}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("z")},
                    {QStringLiteral("label"), QStringLiteral("Z")},
                    {QStringLiteral("type"), QStringLiteral("text")},
                    {QStringLiteral("value"), QJsonValue::Null},
                    {QStringLiteral("visibleWhen"), QStringLiteral("b && n == 2.5 && a != 'q'")}},
    };
    root = with(root, QStringLiteral("pages[0].fields"), fields);
    Result<Submission> result = parseJson(root);
    ASSERT_TRUE(result) << outcome(result).toStdString();
    const QList<FormField>& f = result->pages.at(0).fields;
    ASSERT_EQ(f.size(), 5);
    EXPECT_EQ(f.at(0).valueText, QStringLiteral("rad 1\nrad 2"));
    EXPECT_EQ(f.at(1).valueText, QStringLiteral("2.5"));
    EXPECT_EQ(f.at(2).valueText, QStringLiteral("true"));
    EXPECT_EQ(f.at(3).valueText, QStringLiteral("x, y"));
    EXPECT_TRUE(f.at(4).value.isNull());
    EXPECT_EQ(f.at(4).valueText, QString());
    EXPECT_EQ(f.at(4).visibleWhen, QStringLiteral("b && n == 2.5 && a != 'q'"));
}

TEST(JsonSubmission, ConditionsMayNameFieldsOnLaterPages)
{
    QJsonObject root = with(exampleSubmission(), QStringLiteral("pages[0].fields[0].visibleWhen"),
                            QStringLiteral("needs == 'Rullstol'"));
    EXPECT_EQ(outcome(parseJson(root)), QStringLiteral("OK"));
}

TEST(JsonSubmission, AcceptsAByteOrderMark)
{
    const QByteArray json = QByteArray("\xEF\xBB\xBF") + QJsonDocument(minimalSubmission()).toJson();
    EXPECT_EQ(outcome(parseJsonSubmission(json)), QStringLiteral("OK"));
}

TEST(JsonSubmission, ProtectedIdentityAndCoordinationNumber)
{
    QJsonObject root = with(minimalSubmission(), QStringLiteral("applicant.protectedIdentity"), true);
    root = with(root, QStringLiteral("applicant.personalNumber"), QStringLiteral("701063-2391"));
    Result<Submission> result = parseJson(root);
    ASSERT_TRUE(result) << outcome(result).toStdString();
    EXPECT_TRUE(result->applicant.protectedIdentity);
    EXPECT_EQ(result->applicant.personalNumber, QStringLiteral("19701063-2391"));
}

TEST(JsonSubmission, SameSafeNamesAreNumbered)
{
    QJsonObject root = exampleSubmission();
    const QJsonObject pdf = root.value(QStringLiteral("attachments")).toArray().at(0).toObject();
    QJsonObject second = pdf;
    second.insert(QStringLiteral("fileName"), QStringLiteral("C:\\Users\\x\\LÄKARINTYG.pdf"));
    QJsonObject third = pdf;
    third.insert(QStringLiteral("fileName"), QStringLiteral("../läkarintyg.pdf"));
    QJsonObject plain = pdf;
    plain.insert(QStringLiteral("fileName"), QStringLiteral("läkarintyg (2).pdf"));
    root.insert(QStringLiteral("attachments"), QJsonArray{pdf, second, third, plain});

    Result<Submission> result = parseJson(root);
    ASSERT_TRUE(result) << outcome(result).toStdString();
    ASSERT_EQ(result->attachments.size(), 4);
    EXPECT_EQ(result->attachments.at(0).fileName, QStringLiteral("läkarintyg.pdf"));
    EXPECT_EQ(result->attachments.at(1).fileName, QStringLiteral("LÄKARINTYG (3).pdf"));
    EXPECT_EQ(result->attachments.at(2).fileName, QStringLiteral("läkarintyg (4).pdf"));
    EXPECT_EQ(result->attachments.at(3).fileName, QStringLiteral("läkarintyg (2).pdf"));
}
