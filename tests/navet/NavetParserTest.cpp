// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "NavetTestSupport.h"

#include "navet/NavetRequest.h"
#include "navet/NavetResponseParser.h"

#include <QTimeZone>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QDateTime kFetched = QDateTime(QDate(2026, 12, 5), QTime(13, 2), QTimeZone::utc());

Result<NavetPerson> parseFixture(const QString& name, const QString& requested)
{
    return parsePersonpostResponse(navetFixture(name), requested, kFetched);
}

std::string describe(const Result<NavetPerson>& result)
{
    return result.ok() ? std::string("ok") : result.error().describe().toStdString();
}

// One fixture with `from` replaced by `to`, for answers Navet should not give.
QByteArray altered(const QString& name, const QByteArray& from, const QByteArray& to)
{
    QByteArray data = navetFixture(name);
    EXPECT_TRUE(data.contains(from)) << from.toStdString();
    return data.replace(from, to);
}

} // namespace

TEST(NavetParserTest, OrdinaryPersonWithBothAddresses)
{
    auto person = parseFixture(QStringLiteral("personpost-ordinary.xml"), QStringLiteral("19780412-1239"));
    ASSERT_TRUE(person.ok()) << describe(person);
    EXPECT_EQ(person->personalNumber, QStringLiteral("19780412-1239"));
    EXPECT_EQ(person->name.firstNames, QStringLiteral("Åsa Linnéa"));
    EXPECT_EQ(person->name.lastName, QStringLiteral("Öberg Nilsson"));
    EXPECT_TRUE(person->name.middleName.isEmpty());
    EXPECT_EQ(person->name.givenNameMarker, QStringLiteral("10"));
    EXPECT_EQ(person->name.givenName(), QStringLiteral("Åsa"));
    EXPECT_EQ(person->name.fullName(), QStringLiteral("Åsa Linnéa Öberg Nilsson"));
    EXPECT_FALSE(person->confidentialityMarked);
    EXPECT_FALSE(person->protectedRegistration);
    EXPECT_FALSE(person->protectedIdentity());
    EXPECT_EQ(person->registeredAddress.careOf, QStringLiteral("Familjen Öberg"));
    EXPECT_EQ(person->registeredAddress.streetLines,
              QStringList{QStringLiteral("Drottninggatan 14 lgh 1102")});
    EXPECT_EQ(person->registeredAddress.postalCode, QStringLiteral("25221"));
    EXPECT_EQ(person->registeredAddress.city, QStringLiteral("HELSINGBORG"));
    EXPECT_EQ(person->registeredAddress.oneLine(),
              QStringLiteral("c/o Familjen Öberg, Drottninggatan 14 lgh 1102, 25221 HELSINGBORG"));
    EXPECT_TRUE(person->specialPostalAddress.careOf.isEmpty());
    EXPECT_EQ(person->specialPostalAddress.streetLines, QStringList{QStringLiteral("Box 1234")});
    EXPECT_EQ(person->specialPostalAddress.postalCode, QStringLiteral("25110"));
    EXPECT_EQ(person->specialPostalAddress.city, QStringLiteral("HELSINGBORG"));
    EXPECT_FALSE(person->deregistration.has_value());
    EXPECT_FALSE(person->deceased());
    EXPECT_TRUE(person->relations.isEmpty());
    // 2026-09-11 08:15:12 Swedish summer time is 06:15:12 UTC.
    EXPECT_EQ(person->registerChangedAt.toUTC(),
              QDateTime(QDate(2026, 9, 11), QTime(6, 15, 12), QTimeZone::utc()));
    EXPECT_EQ(person->fetchedAt, kFetched);
}

TEST(NavetParserTest, SekretessmarkeringIsAProtectedIdentityWithItsAddress)
{
    auto person =
        parseFixture(QStringLiteral("personpost-sekretessmarkering.xml"), QStringLiteral("19850923-4566"));
    ASSERT_TRUE(person.ok()) << describe(person);
    EXPECT_EQ(person->personalNumber, QStringLiteral("19850923-4566"));
    EXPECT_EQ(person->name.fullName(), QStringLiteral("Maja Lind"));
    EXPECT_TRUE(person->name.givenName().isEmpty()); // no marker in the register
    EXPECT_TRUE(person->confidentialityMarked);
    EXPECT_FALSE(person->protectedRegistration);
    EXPECT_TRUE(person->protectedIdentity());
    EXPECT_EQ(person->registeredAddress.oneLine(), QStringLiteral("Storgatan 3, 25223 HELSINGBORG"));
    EXPECT_TRUE(person->specialPostalAddress.isEmpty());
    EXPECT_FALSE(person->deregistration.has_value());
    EXPECT_TRUE(person->relations.isEmpty());
    EXPECT_EQ(person->registerChangedAt.toUTC(),
              QDateTime(QDate(2026, 1, 2), QTime(10, 0), QTimeZone::utc()));
}

TEST(NavetParserTest, SkyddadFolkbokforingHasNoAddress)
{
    auto person =
        parseFixture(QStringLiteral("personpost-skyddad-folkbokforing.xml"), QStringLiteral("19810707-3457"));
    ASSERT_TRUE(person.ok()) << describe(person);
    EXPECT_EQ(person->name.fullName(), QStringLiteral("Karim Haddad"));
    EXPECT_FALSE(person->confidentialityMarked);
    EXPECT_TRUE(person->protectedRegistration);
    EXPECT_TRUE(person->protectedIdentity());
    EXPECT_TRUE(person->registeredAddress.isEmpty());
    EXPECT_TRUE(person->specialPostalAddress.isEmpty());
    EXPECT_FALSE(person->deregistration.has_value());
    EXPECT_TRUE(person->relations.isEmpty());

    // Even if an address came with it, none is kept for a protected registration.
    const QByteArray withAddress =
        altered(QStringLiteral("personpost-skyddad-folkbokforing.xml"), "</Namn>",
                "</Namn><Adresser><Folkbokforingsadress><Utdelningsadress2>Hemlig 1</Utdelningsadress2>"
                "<PostNr>11111</PostNr><Postort>ORT</Postort></Folkbokforingsadress></Adresser>");
    auto stillNone = parsePersonpostResponse(withAddress, QStringLiteral("19810707-3457"), kFetched);
    ASSERT_TRUE(stillNone.ok()) << describe(stillNone);
    EXPECT_TRUE(stillNone->registeredAddress.isEmpty());
}

TEST(NavetParserTest, ChildWithTwoGuardians)
{
    auto person =
        parseFixture(QStringLiteral("personpost-child-with-guardians.xml"), QStringLiteral("20150301-2344"));
    ASSERT_TRUE(person.ok()) << describe(person);
    EXPECT_EQ(person->name.fullName(), QStringLiteral("Elsa Öberg Nilsson"));
    EXPECT_FALSE(person->protectedIdentity());
    EXPECT_EQ(person->registeredAddress.oneLine(),
              QStringLiteral("Drottninggatan 14 lgh 1102, 25221 HELSINGBORG"));
    ASSERT_EQ(person->relations.size(), 2);
    EXPECT_EQ(person->relations[0].type, NavetRelationType::Guardian);
    EXPECT_EQ(person->relations[0].typeCode, QStringLiteral("V"));
    EXPECT_EQ(person->relations[0].personalNumber, QStringLiteral("19780412-1239"));
    EXPECT_EQ(person->relations[0].name.fullName(), QStringLiteral("Åsa Linnéa Öberg Nilsson"));
    EXPECT_EQ(person->relations[1].type, NavetRelationType::Guardian);
    EXPECT_EQ(person->relations[1].personalNumber, QStringLiteral("19790214-5676"));
    EXPECT_EQ(person->relations[1].name.firstNames, QStringLiteral("Jonas"));
    EXPECT_EQ(person->relations[1].name.lastName, QStringLiteral("Nilsson"));
}

TEST(NavetParserTest, DeceasedPerson)
{
    auto person = parseFixture(QStringLiteral("personpost-deceased.xml"), QStringLiteral("19450101-1110"));
    ASSERT_TRUE(person.ok()) << describe(person);
    EXPECT_EQ(person->name.fullName(), QStringLiteral("Gustav Berg"));
    ASSERT_TRUE(person->deregistration.has_value());
    EXPECT_EQ(person->deregistration->causeCode, QStringLiteral("AV"));
    EXPECT_EQ(person->deregistration->date, QDate(2026, 2, 28));
    EXPECT_EQ(person->deregistration->dateText, QStringLiteral("20260228"));
    EXPECT_TRUE(person->deceased());
    EXPECT_TRUE(person->registeredAddress.isEmpty());
    EXPECT_FALSE(person->protectedIdentity());

    // Another cause (UV: emigrated) with a day the register does not know is not "deceased".
    auto emigrated = parsePersonpostResponse(
        altered(QStringLiteral("personpost-deceased.xml"),
                "<AvregistreringsorsakKod>AV</AvregistreringsorsakKod>"
                "\n              <Avregistreringsdatum>20260228",
                "<AvregistreringsorsakKod>UV</AvregistreringsorsakKod><Avregistreringsdatum>20260200"),
        QStringLiteral("19450101-1110"), kFetched);
    ASSERT_TRUE(emigrated.ok()) << describe(emigrated);
    EXPECT_FALSE(emigrated->deceased());
    EXPECT_FALSE(emigrated->deregistration->date.isValid());
    EXPECT_EQ(emigrated->deregistration->dateText, QStringLiteral("20260200"));
}

TEST(NavetParserTest, UnknownRelationCodeIsOtherNeverAnError)
{
    const QByteArray data =
        altered(QStringLiteral("personpost-child-with-guardians.xml"), "<RelationstypKod>V</RelationstypKod>",
                "<RelationstypKod>FO</RelationstypKod>");
    auto person = parsePersonpostResponse(data, QStringLiteral("20150301-2344"), kFetched);
    ASSERT_TRUE(person.ok()) << describe(person);
    EXPECT_EQ(person->relations[0].type, NavetRelationType::Other);
    EXPECT_EQ(person->relations[0].typeCode, QStringLiteral("FO"));
    EXPECT_EQ(navetRelationTypeId(person->relations[0].type), QStringLiteral("other"));
    EXPECT_EQ(navetRelationTypeFromCode(QStringLiteral("B")), NavetRelationType::Child);
    EXPECT_EQ(navetRelationTypeFromCode(QStringLiteral("M")), NavetRelationType::Spouse);
}

TEST(NavetParserTest, FaultsAreErrorsWithTheFaultsWords)
{
    auto notFound = parseFixture(QStringLiteral("fault-not-found.xml"), QStringLiteral("19900101-1239"));
    ASSERT_FALSE(notFound.ok());
    EXPECT_EQ(notFound.error().code, ErrorCode::NotFound);
    const QString notFoundText = notFound.error().describe();
    EXPECT_TRUE(notFoundText.contains(QStringLiteral("Personen finns inte i folkbokföringen")))
        << describe(notFound);
    EXPECT_TRUE(notFoundText.contains(QStringLiteral("S:Client")));
    EXPECT_TRUE(notFoundText.contains(QStringLiteral("Navet error 1: Inga poster hittades")));

    auto badOrder = parseFixture(QStringLiteral("fault-bad-order-id.xml"), QStringLiteral("19900101-1239"));
    ASSERT_FALSE(badOrder.ok());
    EXPECT_EQ(badOrder.error().code, ErrorCode::InvalidInput);
    const QString badOrderText = badOrder.error().describe();
    EXPECT_TRUE(badOrderText.contains(QStringLiteral("Ogiltig beställning"))) << describe(badOrder);
    EXPECT_TRUE(badOrderText.contains(QStringLiteral("Navet error 4: BeställningsId saknar behörighet")));

    // The fault's words are arguments: the sentence around them is translated, they are not.
    EXPECT_TRUE(badOrder.error().text.is("Navet refused the lookup: %1 (fault %2, Navet error %3: %4)"));

    auto serverFault =
        parsePersonpostResponse(altered(QStringLiteral("fault-not-found.xml"),
                                        "<faultcode>S:Client</faultcode>", "<faultcode>S:Server</faultcode>")
                                    .replace("<ns0:Felkod>1</ns0:Felkod>", "<ns0:Felkod>9</ns0:Felkod>"),
                                QStringLiteral("19900101-1239"), kFetched);
    ASSERT_FALSE(serverFault.ok());
    EXPECT_EQ(serverFault.error().code, ErrorCode::Unavailable);
}

TEST(NavetParserTest, AnswersThatCannotBeTrustedAreRefused)
{
    const QString who = QStringLiteral("19850923-4566");
    const QString fixture = QStringLiteral("personpost-sekretessmarkering.xml");
    struct Case
    {
        const char* what;
        QByteArray data;
        const char* expected;
    };
    const QByteArray billionLaughs =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
        "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><S:Envelope "
        "xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>&lol2;</S:Body></S:Envelope>";
    const QByteArray externalEntity =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        "<S:Envelope "
        "xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>&xxe;</S:Body></S:Envelope>";
    const QByteArray base = navetFixture(fixture);
    const qsizetype postStart = base.indexOf("<Folkbokforingspost>");
    const QByteArray post = base.mid(postStart, base.indexOf("</Folkbokforingspost>") + 21 - postStart);
    QByteArray deep = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>";
    for (int i = 0; i < 100; ++i)
        deep += "<a>";
    const QList<Case> cases{
        {"empty", QByteArray(), ""},
        {"not XML", "<html><body>Service Unavailable", "not well-formed"},
        {"malformed", navetFixture(fixture).replace("</Personpost>", "</Persnpost>"), "not well-formed"},
        {"DTD", billionLaughs, "DTD declarations are not accepted"},
        {"external entity", externalEntity, "DTD declarations are not accepted"},
        {"too deep", deep, "nested more than"},
        {"huge", QByteArray(kNavetMaxResponseBytes + 1, ' '), "larger than"},
        {"SOAP 1.2",
         navetFixture(fixture).replace("http://schemas.xmlsoap.org/soap/envelope/",
                                       "http://www.w3.org/2003/05/soap-envelope"),
         "not a SOAP 1.1 envelope"},
        {"another namespace", navetFixture(fixture).replace("epersondata/V1", "epersondata/V9"),
         "PersonpostXMLResponse is missing"},
        {"no flag", navetFixture(fixture).replace("<Sekretessmarkering>J</Sekretessmarkering>", ""),
         "Sekretessmarkering is missing"},
        {"odd flag", navetFixture(fixture).replace("<Sekretessmarkering>J<", "<Sekretessmarkering>j<"),
         "Sekretessmarkering must be J or N"},
        {"no person",
         navetFixture(fixture)
             .replace("<Folkbokforingspost>", "<Annan>")
             .replace("</Folkbokforingspost>", "</Annan>"),
         "holds 0 persons"},
        {"two persons",
         QByteArray(base).replace("</ns0:Folkbokforingsposter>",
                                  QByteArray(post + "</ns0:Folkbokforingsposter>")),
         "holds 2 persons"},
        {"invalid number", navetFixture(fixture).replace("198509234566", "198509234567"),
         "is not a valid personal number"},
    };
    for (const Case& c : cases) {
        auto result = parsePersonpostResponse(c.data, who, kFetched);
        ASSERT_FALSE(result.ok()) << c.what;
        EXPECT_EQ(result.error().code, ErrorCode::Unavailable) << c.what;
        const QString text = result.error().describe();
        EXPECT_TRUE(text.startsWith(QStringLiteral("Navet's answer cannot be used: "))) << text.toStdString();
        EXPECT_TRUE(text.contains(QLatin1String(c.expected))) << c.what << ": " << text.toStdString();
    }

    // An answer about someone else is never taken for the person asked about.
    auto other = parseFixture(fixture, QStringLiteral("19780412-1239"));
    ASSERT_FALSE(other.ok());
    EXPECT_TRUE(other.error().describe().contains(QStringLiteral("another person"))) << describe(other);
}

TEST(NavetParserTest, GivenNameMarker)
{
    NavetName name;
    name.firstNames = QStringLiteral("Anna-Karin Maria");
    name.givenNameMarker = QStringLiteral("12");
    EXPECT_EQ(name.givenName(), QStringLiteral("Anna-Karin"));
    name.givenNameMarker = QStringLiteral("30");
    EXPECT_EQ(name.givenName(), QStringLiteral("Maria"));
    name.givenNameMarker = QStringLiteral("40"); // no fourth name
    EXPECT_TRUE(name.givenName().isEmpty());
    name.givenNameMarker = QStringLiteral("x");
    EXPECT_TRUE(name.givenName().isEmpty());
}

TEST(NavetRequestTest, EnvelopeCarriesTheValuesEscaped)
{
    const QByteArray request = buildPersonpostRequest(
        QStringLiteral("2120001231"), QStringLiteral("A&B<C>\"%1"), QStringLiteral("198509234566"));
    QXmlStreamReader reader(request);
    QMap<QString, QString> values;
    QString envelopeNamespace;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == QLatin1String("Envelope"))
            envelopeNamespace = reader.namespaceUri().toString();
        const QString name = reader.name().toString();
        const QString ns = reader.namespaceUri().toString();
        if (name == QLatin1String("OrgNr") || name == QLatin1String("BestallningsId") ||
            name == QLatin1String("PersonId")) {
            EXPECT_EQ(ns, QLatin1String(kNavetNamespace)) << name.toStdString();
            values.insert(name, reader.readElementText());
        }
    }
    ASSERT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    EXPECT_EQ(envelopeNamespace, QLatin1String(kSoapEnvelopeNamespace));
    EXPECT_EQ(values.value(QStringLiteral("OrgNr")), QStringLiteral("2120001231"));
    EXPECT_EQ(values.value(QStringLiteral("BestallningsId")), QStringLiteral("A&B<C>\"%1"));
    EXPECT_EQ(values.value(QStringLiteral("PersonId")), QStringLiteral("198509234566"));
}
