// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CtlProcess.h"
#include "NavetTestSupport.h"
#include "SampleSubmissions.h"
#include "TestDatabase.h"

#include "access/AccessService.h"
#include "intake/IntakeService.h"
#include "workflow/CaseService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// casedeskctl settings and navet lookup: the real program against the local Navet server.
class NavetCtlTest : public BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        m_pki = NavetPki::shared();
        ASSERT_NE(m_pki, nullptr);
        ASSERT_TRUE(m_server.start());
        ASSERT_TRUE(m_folder.isValid());
        m_passwordFile = m_folder.filePath(QStringLiteral("navet-password"));
        QFile file(m_passwordFile);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(kTestCertificatePassword + '\n');
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }

    CtlRun ctl(const QStringList& arguments, const QProcessEnvironment& environment = ctlEnvironment())
    {
        return runCtlOn(testDatabase().urlString(), arguments, environment);
    }
    CtlRun set(const QString& key, const QString& value)
    {
        return ctl({QStringLiteral("settings"), QStringLiteral("set"), key, value});
    }
    void configure()
    {
        for (const auto& [key, value] :
             {std::pair{"navet.url", m_server.url()}, std::pair{"navet.org_number", kTestOrgNumber},
              std::pair{"navet.order_id", kTestOrderId}, std::pair{"navet.certificate", m_pki->clientP12},
              std::pair{"navet.ca_certificates", m_pki->caPem},
              std::pair{"navet.timeout_seconds", QStringLiteral("10")}}) {
            const CtlRun run = set(QString::fromLatin1(key), value);
            ASSERT_EQ(run.exitCode, 0) << key << ": " << run.err.toStdString();
        }
    }
    QProcessEnvironment withPasswordFile() const
    {
        QProcessEnvironment environment = ctlEnvironment();
        environment.insert(QStringLiteral("CASEDESK_NAVET_PASSWORD_FILE"), m_passwordFile);
        return environment;
    }
    static QProcessEnvironment withPasswordVariable()
    {
        QProcessEnvironment environment = ctlEnvironment();
        environment.insert(QStringLiteral("CASEDESK_NAVET_PASSWORD"),
                           QString::fromUtf8(kTestCertificatePassword));
        return environment;
    }

    const NavetPki* m_pki = nullptr;
    NavetTestServer m_server;
    QTemporaryDir m_folder;
    QString m_passwordFile;
};

} // namespace

TEST_P(NavetCtlTest, LookupJsonReportsTheProtection)
{
    configure();
    const CtlRun run = ctl({QStringLiteral("navet"), QStringLiteral("lookup"), QStringLiteral("198509234566"),
                            QStringLiteral("--json")},
                           withPasswordFile());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonParseError parseError;
    const QJsonObject person = QJsonDocument::fromJson(run.out.toUtf8(), &parseError).object();
    ASSERT_EQ(parseError.error, QJsonParseError::NoError) << run.out.toStdString();
    EXPECT_EQ(person.value(QStringLiteral("personalNumber")).toString(), QStringLiteral("19850923-4566"));
    EXPECT_TRUE(person.value(QStringLiteral("protectedIdentity")).toBool());
    const QJsonObject protection = person.value(QStringLiteral("protection")).toObject();
    EXPECT_TRUE(protection.value(QStringLiteral("sekretessmarkering")).toBool());
    EXPECT_FALSE(protection.value(QStringLiteral("skyddadFolkbokforing")).toBool());
    const QJsonObject name = person.value(QStringLiteral("name")).toObject();
    EXPECT_EQ(name.value(QStringLiteral("firstNames")).toString(), QStringLiteral("Maja"));
    EXPECT_EQ(name.value(QStringLiteral("lastName")).toString(), QStringLiteral("Lind"));
    const QJsonObject address = person.value(QStringLiteral("registeredAddress")).toObject();
    EXPECT_EQ(address.value(QStringLiteral("streetLines")).toArray().first().toString(),
              QStringLiteral("Storgatan 3"));
    EXPECT_EQ(address.value(QStringLiteral("postalCode")).toString(), QStringLiteral("25223"));
    EXPECT_TRUE(person.value(QStringLiteral("specialPostalAddress")).isNull());
    EXPECT_TRUE(person.value(QStringLiteral("deregistration")).isNull());
    EXPECT_FALSE(person.value(QStringLiteral("deceased")).toBool());
    EXPECT_TRUE(person.value(QStringLiteral("relations")).toArray().isEmpty());
    EXPECT_EQ(person.value(QStringLiteral("registerChangedAt")).toString(),
              QStringLiteral("2026-01-02T11:00:00+01:00"));
    EXPECT_TRUE(
        QDateTime::fromString(person.value(QStringLiteral("fetchedAt")).toString(), Qt::ISODate).isValid());
}

TEST_P(NavetCtlTest, LookupForPeopleWithThePasswordFromTheVariable)
{
    configure();
    const CtlRun child =
        ctl({QStringLiteral("navet"), QStringLiteral("lookup"), QStringLiteral("150301-2344")},
            withPasswordVariable());
    ASSERT_EQ(child.exitCode, 0) << child.err.toStdString();
    EXPECT_TRUE(child.out.contains(QStringLiteral("Name:                    Elsa Öberg Nilsson")))
        << child.out.toStdString();
    EXPECT_TRUE(child.out.contains(QStringLiteral("Protected identity:      no")));
    EXPECT_TRUE(child.out.contains(QStringLiteral("guardian (V)   19780412-1239  Åsa Linnéa Öberg Nilsson")))
        << child.out.toStdString();

    const CtlRun deceased =
        ctl({QStringLiteral("navet"), QStringLiteral("lookup"), QStringLiteral("19450101-1110")},
            withPasswordVariable());
    ASSERT_EQ(deceased.exitCode, 0) << deceased.err.toStdString();
    EXPECT_TRUE(
        deceased.out.contains(QStringLiteral("Deregistered:            2026-02-28, cause AV (deceased)")))
        << deceased.out.toStdString();

    const CtlRun hidden =
        ctl({QStringLiteral("navet"), QStringLiteral("lookup"), QStringLiteral("19810707-3457")},
            withPasswordVariable());
    ASSERT_EQ(hidden.exitCode, 0) << hidden.err.toStdString();
    EXPECT_TRUE(hidden.out.contains(QStringLiteral("Protected identity:      YES (Skyddad folkbokföring)")))
        << hidden.out.toStdString();
    EXPECT_TRUE(hidden.out.contains(QStringLiteral("Registered address:      none")));
}

TEST_P(NavetCtlTest, FailuresAreClearWithTheirExitStatus)
{
    // Not configured: names the first missing setting.
    const CtlRun unconfigured =
        ctl({QStringLiteral("navet"), QStringLiteral("lookup"), QStringLiteral("198509234566")},
            withPasswordFile());
    EXPECT_EQ(unconfigured.exitCode, 3);
    EXPECT_TRUE(unconfigured.err.contains(QStringLiteral("navet.url: Navet is not configured")))
        << unconfigured.err.toStdString();

    // Settings are checked before they are stored.
    const CtlRun badOrg = set(QStringLiteral("navet.org_number"), QStringLiteral("2120001234"));
    EXPECT_EQ(badOrg.exitCode, 3);
    EXPECT_TRUE(badOrg.err.contains(QStringLiteral("navet.org_number: must be an organisation number")))
        << badOrg.err.toStdString();
    const CtlRun password = set(QStringLiteral("navet.password"), QStringLiteral("x"));
    EXPECT_EQ(password.exitCode, 3);
    EXPECT_TRUE(password.err.contains(QStringLiteral("never stored in the database")));

    configure();
    const QStringList lookup{QStringLiteral("navet"), QStringLiteral("lookup"),
                             QStringLiteral("198509234566")};
    const CtlRun noPassword = ctl(lookup);
    EXPECT_EQ(noPassword.exitCode, 3);
    EXPECT_TRUE(noPassword.err.contains(QStringLiteral("CASEDESK_NAVET_PASSWORD_FILE")))
        << noPassword.err.toStdString();

    QProcessEnvironment wrong = ctlEnvironment();
    wrong.insert(QStringLiteral("CASEDESK_NAVET_PASSWORD"), QStringLiteral("fel"));
    const CtlRun wrongPassword = ctl(lookup, wrong);
    EXPECT_EQ(wrongPassword.exitCode, 3);
    EXPECT_TRUE(wrongPassword.err.contains(QStringLiteral("navet.certificate: cannot read")))
        << wrongPassword.err.toStdString();

    const CtlRun typo =
        ctl({QStringLiteral("navet"), QStringLiteral("lookup"), QStringLiteral("19850923-4567")},
            withPasswordFile());
    EXPECT_EQ(typo.exitCode, 3);
    EXPECT_TRUE(typo.err.contains(QStringLiteral("personalNumber:"))) << typo.err.toStdString();

    const CtlRun notFound =
        ctl({QStringLiteral("navet"), QStringLiteral("lookup"), QStringLiteral("19900101-1239")},
            withPasswordFile());
    EXPECT_EQ(notFound.exitCode, 3);
    EXPECT_TRUE(notFound.err.contains(QStringLiteral("Personen finns inte i folkbokföringen")))
        << notFound.err.toStdString();

    ASSERT_EQ(set(QStringLiteral("navet.order_id"), QStringLiteral("00000236-FO01-9999")).exitCode, 0);
    const CtlRun badOrder = ctl(lookup, withPasswordFile());
    EXPECT_EQ(badOrder.exitCode, 3);
    EXPECT_TRUE(badOrder.err.contains(QStringLiteral("Ogiltig beställning"))) << badOrder.err.toStdString();

    m_server.stop();
    const CtlRun down = ctl(lookup, withPasswordFile());
    EXPECT_EQ(down.exitCode, 1);
    EXPECT_TRUE(down.err.contains(QStringLiteral("cannot reach Navet at 127.0.0.1")))
        << down.err.toStdString();

    const CtlRun usage =
        ctl({QStringLiteral("navet"), QStringLiteral("fetch"), QStringLiteral("198509234566")});
    EXPECT_EQ(usage.exitCode, 2);
}

namespace {

// The sample case with people the test server knows: the applicant Maja Lind (Sekretessmarkering)
// who signed, and two guardians who must sign: Åsa Linnéa Öberg Nilsson (an ordinary person) and
// Jonas (the register has no answer for him: fault "not found").
QString submitCaseOfRegisteredPeople(Database& db, const QString& externalId, const QString& applicant)
{
    Submission s = sampleSubmission(externalId);
    s.applicant.personalNumber = applicant;
    s.applicant.name = QStringLiteral("Maja Lind");
    s.signatures.first().personalNumber = applicant;
    s.signatures.first().name = QStringLiteral("Maja Lind");
    s.requiredSigners = {
        {QStringLiteral("guardian"), QStringLiteral("19780412-1239"), QStringLiteral("Åsa Öberg Nilsson")},
        {QStringLiteral("guardian"), QStringLiteral("19790214-5676"), QStringLiteral("Jonas Nilsson")}};
    if (!configureSampleEService(db, s))
        return {};
    auto receipt = IntakeService(db).submit(s);
    EXPECT_TRUE(receipt.ok()) << (receipt.ok() ? std::string() : receipt.error().describe().toStdString());
    return receipt.ok() ? receipt->reference : QString();
}

} // namespace

TEST_P(NavetCtlTest, RefreshStoresEachAnswerOnTheCaseAndProtectsIt)
{
    configure();
    const QString reference =
        submitCaseOfRegisteredPeople(db(), QStringLiteral("navet-1"), QStringLiteral("19850923-4566"));
    ASSERT_FALSE(reference.isEmpty());
    const CtlRun run =
        ctl({QStringLiteral("navet"), QStringLiteral("refresh"), reference, QStringLiteral("--json")},
            withPasswordFile());
    // Jonas is not in the register: his error is reported, the others are stored.
    EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
    QJsonParseError parseError;
    const QJsonArray people = QJsonDocument::fromJson(run.out.toUtf8(), &parseError).array();
    ASSERT_EQ(parseError.error, QJsonParseError::NoError) << run.out.toStdString();
    ASSERT_EQ(people.size(), 3) << run.out.toStdString();
    const QJsonObject applicant = people.at(0).toObject();
    EXPECT_EQ(applicant.value(QStringLiteral("role")).toString(), QStringLiteral("applicant"));
    EXPECT_TRUE(applicant.value(QStringLiteral("protectedNow")).toBool());
    EXPECT_TRUE(applicant.value(QStringLiteral("person"))
                    .toObject()
                    .value(QStringLiteral("protectedIdentity"))
                    .toBool());
    EXPECT_EQ(people.at(1).toObject().value(QStringLiteral("personalNumber")).toString(),
              QStringLiteral("19780412-1239"));
    EXPECT_TRUE(people.at(1).toObject().value(QStringLiteral("error")).isNull());
    EXPECT_TRUE(people.at(2).toObject().value(QStringLiteral("person")).isNull());
    EXPECT_TRUE(people.at(2)
                    .toObject()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("Personen finns inte i folkbokföringen")))
        << run.out.toStdString();

    auto detail = CaseService(db()).open(reference, false);
    ASSERT_TRUE(detail.ok());
    EXPECT_TRUE(detail->summary.protectedIdentity);
    ASSERT_EQ(detail->registerEntries.size(), 2);
    QStringList numbers;
    for (const RegisterEntry& entry : detail->registerEntries) {
        numbers << entry.person.personalNumber;
        EXPECT_EQ(entry.fetchedBy, db().currentUser());
    }
    numbers.sort();
    EXPECT_EQ(numbers, (QStringList{QStringLiteral("19780412-1239"), QStringLiteral("19850923-4566")}));

    // Again, for people to read: the same answers replace the stored ones.
    const CtlRun again =
        ctl({QStringLiteral("navet"), QStringLiteral("refresh"), reference}, withPasswordFile());
    EXPECT_EQ(again.exitCode, 3);
    EXPECT_TRUE(again.out.contains(QStringLiteral("applicant 19850923-4566: Maja Lind (protected identity)")))
        << again.out.toStdString();
    EXPECT_TRUE(again.err.contains(QStringLiteral("guardian 19790214-5676:"))) << again.err.toStdString();
    auto reread = CaseService(db()).open(reference, false);
    ASSERT_TRUE(reread.ok());
    EXPECT_EQ(reread->registerEntries.size(), 2);
}

TEST_P(NavetCtlTest, RefreshNeverStoresAnAddressForSkyddadFolkbokforing)
{
    configure();
    const QString reference =
        submitCaseOfRegisteredPeople(db(), QStringLiteral("navet-2"), QStringLiteral("19810707-3457"));
    ASSERT_FALSE(reference.isEmpty());
    const CtlRun run =
        ctl({QStringLiteral("navet"), QStringLiteral("refresh"), reference}, withPasswordFile());
    EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
    auto detail = CaseService(db()).open(reference, false);
    ASSERT_TRUE(detail.ok());
    EXPECT_TRUE(detail->summary.protectedIdentity);
    bool found = false;
    for (const RegisterEntry& entry : detail->registerEntries)
        if (entry.person.personalNumber == QStringLiteral("19810707-3457")) {
            found = true;
            EXPECT_TRUE(entry.person.protectedRegistration);
            EXPECT_TRUE(entry.person.registeredAddress.isEmpty());
            EXPECT_TRUE(entry.person.specialPostalAddress.isEmpty());
        }
    EXPECT_TRUE(found);

    const CtlRun noCase =
        ctl({QStringLiteral("navet"), QStringLiteral("refresh"), QStringLiteral("2026-999999")},
            withPasswordFile());
    EXPECT_NE(noCase.exitCode, 0);
    EXPECT_TRUE(noCase.err.contains(QStringLiteral("2026-999999"))) << noCase.err.toStdString();
}

TEST_P(NavetCtlTest, TheServiceAnswersACaseworkersFetchFromNavet)
{
    const QString reference =
        submitCaseOfRegisteredPeople(db(), QStringLiteral("navet-3"), QStringLiteral("19850923-4566"));
    ASSERT_FALSE(reference.isEmpty());
    const QStringList serveOnce{QStringLiteral("serve"), QStringLiteral("--once")};
    // Asked before Navet is configured: the request says why, nothing else changes.
    ASSERT_TRUE(CaseService(db()).requestRegisterLookup(reference).ok());
    const CtlRun unconfigured = ctl(serveOnce, withPasswordFile());
    EXPECT_EQ(unconfigured.exitCode, 0) << unconfigured.err.toStdString();
    auto before = CaseService(db()).open(reference, false);
    ASSERT_TRUE(before.ok());
    ASSERT_TRUE(before->registerRequest.has_value());
    EXPECT_FALSE(before->registerRequest->waiting());
    EXPECT_TRUE(before->registerRequest->failure.contains(QStringLiteral("Navet is not configured")))
        << before->registerRequest->failure.toStdString();
    EXPECT_FALSE(before->summary.protectedIdentity);
    EXPECT_TRUE(before->registerEntries.isEmpty());
    EXPECT_TRUE(m_server.requests().isEmpty());

    configure();
    ASSERT_TRUE(CaseService(db()).requestRegisterLookup(reference).ok());
    auto waiting = CaseService(db()).open(reference, false);
    ASSERT_TRUE(waiting.ok() && waiting->registerRequest);
    EXPECT_TRUE(waiting->registerRequest->waiting());
    const CtlRun served = ctl(serveOnce, withPasswordFile());
    EXPECT_EQ(served.exitCode, 0) << served.err.toStdString();
    auto after = CaseService(db()).open(reference, false);
    ASSERT_TRUE(after.ok());
    EXPECT_TRUE(after->summary.protectedIdentity);
    EXPECT_EQ(after->registerEntries.size(), 2);
    ASSERT_TRUE(after->registerRequest.has_value());
    EXPECT_FALSE(after->registerRequest->waiting());
    // Jonas is not in the register: his role and Navet's words, never his number.
    EXPECT_TRUE(after->registerRequest->failure.startsWith(QStringLiteral("guardian: ")))
        << after->registerRequest->failure.toStdString();
    EXPECT_FALSE(after->registerRequest->failure.contains(QStringLiteral("19790214")));
    EXPECT_TRUE(served.err.contains(QStringLiteral("1 failed")) ||
                served.out.contains(QStringLiteral("1 failed")))
        << served.out.toStdString() << served.err.toStdString();
    EXPECT_EQ(m_server.requests().size(), 3);
}

TEST_P(NavetCtlTest, TheServiceAsksAboutOnlyThePersonACaseworkerFetched)
{
    configure();
    const QString reference =
        submitCaseOfRegisteredPeople(db(), QStringLiteral("navet-5"), QStringLiteral("19850923-4566"));
    ASSERT_FALSE(reference.isEmpty());
    // Somebody the case does not name: refused, nothing queued.
    EXPECT_EQ(
        CaseService(db()).requestRegisterLookup(reference, QStringLiteral("19121212-1212")).error().code,
        ErrorCode::PermissionDenied);
    ASSERT_TRUE(CaseService(db()).requestRegisterLookup(reference, QStringLiteral("19780412-1239")).ok());
    const CtlRun served = ctl({QStringLiteral("serve"), QStringLiteral("--once")}, withPasswordFile());
    EXPECT_EQ(served.exitCode, 0) << served.err.toStdString();
    auto after = CaseService(db()).open(reference, false);
    ASSERT_TRUE(after.ok());
    // One question to Navet, one answer stored: the guardian's. The applicant's protection is not
    // known yet, so the case is not protected.
    EXPECT_EQ(m_server.requests().size(), 1);
    ASSERT_EQ(after->registerEntries.size(), 1);
    EXPECT_EQ(after->registerEntries.first().person.personalNumber, QStringLiteral("19780412-1239"));
    EXPECT_FALSE(after->summary.protectedIdentity);
    ASSERT_TRUE(after->registerRequest.has_value());
    EXPECT_FALSE(after->registerRequest->waiting());
    EXPECT_TRUE(after->registerRequest->failure.isEmpty()) << after->registerRequest->failure.toStdString();
}

TEST_P(NavetCtlTest, AnEServiceThatLooksUpAtIntakeHasItsNewCasesAnswered)
{
    configure();
    // The e-service exists once a case of it came in; then the administrator turns lookups on.
    const QString first =
        submitCaseOfRegisteredPeople(db(), QStringLiteral("navet-4"), QStringLiteral("19780412-1239"));
    ASSERT_FALSE(first.isEmpty());
    const CtlRun on = ctl({QStringLiteral("eservice"), QStringLiteral("set-navet-at-intake"),
                           QStringLiteral("parkeringstillstand"), QStringLiteral("on")});
    ASSERT_EQ(on.exitCode, 0) << on.err.toStdString();
    const CtlRun wrong = ctl({QStringLiteral("eservice"), QStringLiteral("set-navet-at-intake"),
                              QStringLiteral("parkeringstillstand"), QStringLiteral("ja")});
    EXPECT_EQ(wrong.exitCode, 3);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("must be on or off"))) << wrong.err.toStdString();
    const CtlRun list = ctl({QStringLiteral("eservice"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_TRUE(QJsonDocument::fromJson(list.out.toUtf8())
                    .array()
                    .first()
                    .toObject()
                    .value(QStringLiteral("navetAtIntake"))
                    .toBool())
        << list.out.toStdString();

    const QString second =
        submitCaseOfRegisteredPeople(db(), QStringLiteral("navet-5"), QStringLiteral("19850923-4566"));
    ASSERT_FALSE(second.isEmpty());
    auto waiting = CaseService(db()).open(second, false);
    ASSERT_TRUE(waiting.ok() && waiting->registerRequest);
    EXPECT_TRUE(waiting->registerRequest->waiting());
    auto earlier = CaseService(db()).open(first, false);
    ASSERT_TRUE(earlier.ok());
    EXPECT_FALSE(earlier->registerRequest.has_value()) << "only cases that arrive after it is turned on";

    const CtlRun served = ctl({QStringLiteral("serve"), QStringLiteral("--once")}, withPasswordFile());
    EXPECT_EQ(served.exitCode, 0) << served.err.toStdString();
    auto answered = CaseService(db()).open(second, false);
    ASSERT_TRUE(answered.ok());
    EXPECT_TRUE(answered->summary.protectedIdentity);
    EXPECT_FALSE(answered->registerRequest->waiting());
    EXPECT_EQ(answered->registerEntries.size(), 2);
}

CASEDESK_INSTANTIATE_BACKENDS(NavetCtlTest);

// PostgreSQL only: the certificate is the organisation's; a caseworker or a reader is refused
// before any setting or file is read, an administrator may look people up.
TEST(NavetCtlRoleTest, OnlyAdministratorsAndTheServiceLookUp)
{
    TestDatabase database(Backend::Postgres);
    ASSERT_TRUE(database.ok());
    const NavetPki* pki = NavetPki::shared();
    ASSERT_NE(pki, nullptr);
    NavetTestServer server;
    ASSERT_TRUE(server.start());
    const QString ownerUrl = database.urlString();
    for (const auto& [key, value] :
         {std::pair{"navet.url", server.url()}, std::pair{"navet.org_number", kTestOrgNumber},
          std::pair{"navet.order_id", kTestOrderId}, std::pair{"navet.certificate", pki->clientP12},
          std::pair{"navet.ca_certificates", pki->caPem}})
        ASSERT_EQ(runCtlOn(ownerUrl, {QStringLiteral("settings"), QStringLiteral("set"),
                                      QString::fromLatin1(key), value})
                      .exitCode,
                  0);
    QProcessEnvironment environment = ctlEnvironment();
    environment.insert(QStringLiteral("CASEDESK_NAVET_PASSWORD"),
                       QString::fromUtf8(kTestCertificatePassword));
    const QString suffix = database.url().databaseName.toLower().remove(QLatin1Char('-'));
    const DatabaseUrl url = database.url();
    const auto urlOf = [&](const QString& login) {
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(login, url.host)
            .arg(url.port)
            .arg(url.databaseName);
    };
    const QStringList lookup{QStringLiteral("navet"), QStringLiteral("lookup"),
                             QStringLiteral("198509234566"), QStringLiteral("--json")};
    for (const char* role : {"caseworker", "reader"}) {
        const QString login = QStringLiteral("nv_%1_").arg(QLatin1String(role)) + suffix;
        ASSERT_EQ(runCtlOn(ownerUrl, {QStringLiteral("user"), QStringLiteral("add"), login,
                                      QStringLiteral("--role"), QString::fromLatin1(role)})
                      .exitCode,
                  0);
        const CtlRun refused = runCtlOn(urlOf(login), lookup, environment);
        EXPECT_EQ(refused.exitCode, 5) << role << ": " << refused.err.toStdString();
        EXPECT_TRUE(refused.err.contains(QStringLiteral("administrators look people up in Navet directly")))
            << refused.err.toStdString();
        EXPECT_TRUE(refused.out.isEmpty());
    }
    EXPECT_TRUE(server.requests().isEmpty());

    const QString admin = QStringLiteral("nv_admin_") + suffix;
    ASSERT_EQ(runCtlOn(ownerUrl, {QStringLiteral("user"), QStringLiteral("add"), admin,
                                  QStringLiteral("--role"), QStringLiteral("admin")})
                  .exitCode,
              0);
    const CtlRun allowed = runCtlOn(urlOf(admin), lookup, environment);
    ASSERT_EQ(allowed.exitCode, 0) << allowed.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(allowed.out.toUtf8())
                    .object()
                    .value(QStringLiteral("protectedIdentity"))
                    .toBool());
    EXPECT_EQ(server.requests().size(), 1);

    // A case of that person: the caseworker who works its e-service (without the right to see
    // protected identities) reads who applied until an administrator's refresh protects it.
    const QString reference = submitCaseOfRegisteredPeople(database.db(), QStringLiteral("navet-role"),
                                                           QStringLiteral("19850923-4566"));
    ASSERT_FALSE(reference.isEmpty());
    const QString caseworker = QStringLiteral("nv_caseworker_") + suffix;
    ASSERT_TRUE(AccessService(database.db())
                    .grant(caseworker, QStringLiteral("parkeringstillstand"), QStringLiteral("work"))
                    .ok());
    const QStringList show{QStringLiteral("show"), reference, QStringLiteral("--json")};
    const CtlRun before = runCtlOn(urlOf(caseworker), show);
    ASSERT_EQ(before.exitCode, 0) << before.err.toStdString();
    EXPECT_TRUE(before.out.contains(QStringLiteral("Maja Lind"))) << before.out.toStdString();
    const QStringList refresh{QStringLiteral("navet"), QStringLiteral("refresh"), reference};
    const CtlRun refusedRefresh = runCtlOn(urlOf(caseworker), refresh, environment);
    EXPECT_EQ(refusedRefresh.exitCode, 5) << refusedRefresh.err.toStdString();
    EXPECT_EQ(server.requests().size(), 1);

    const CtlRun refreshed = runCtlOn(urlOf(admin), refresh, environment);
    EXPECT_EQ(refreshed.exitCode, 3) << refreshed.err.toStdString(); // Jonas is not in the register
    EXPECT_TRUE(refreshed.out.contains(QStringLiteral("the case is now a protected-identity case")))
        << refreshed.out.toStdString();
    const CtlRun after = runCtlOn(urlOf(caseworker), show);
    EXPECT_FALSE(after.out.contains(QStringLiteral("Maja Lind"))) << after.out.toStdString();
    EXPECT_FALSE(after.out.contains(QStringLiteral("19850923"))) << after.out.toStdString();
    const CtlRun list = runCtlOn(urlOf(caseworker), {QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_FALSE(list.out.contains(QStringLiteral("Maja"))) << list.out.toStdString();
}
