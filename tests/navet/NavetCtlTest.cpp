#include "CtlProcess.h"
#include "NavetTestSupport.h"
#include "TestDatabase.h"

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
}
