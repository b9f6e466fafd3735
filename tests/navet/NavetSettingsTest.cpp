// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "NavetTestSupport.h"

#include "navet/NavetSettings.h"
#include "navet/NavetTls.h"

#include <QFile>
#include <QSslKey>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// Sets (or, for an empty value, removes) an environment variable for one test.
class ScopedVariable
{
public:
    ScopedVariable(const char* name, const QByteArray& value)
        : m_name(name)
        , m_old(qgetenv(name))
        , m_wasSet(qEnvironmentVariableIsSet(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedVariable()
    {
        if (m_wasSet)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char* m_name;
    QByteArray m_old;
    bool m_wasSet;
};

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content,
                  QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    file.setPermissions(permissions);
    return path;
}

} // namespace

TEST(NavetSettingsTest, EachValueIsCheckedNamingTheSetting)
{
    const auto refused = [](const char* key, const char* value) {
        auto r = NavetSettings::validate(QString::fromLatin1(key), QString::fromUtf8(value));
        EXPECT_FALSE(r.ok()) << key << " = " << value;
        if (!r.ok()) {
            EXPECT_EQ(r.error().field, QString::fromLatin1(key));
            EXPECT_EQ(r.error().code, ErrorCode::InvalidInput);
        }
    };
    const auto accepted = [](const char* key, const char* value) {
        auto r = NavetSettings::validate(QString::fromLatin1(key), QString::fromUtf8(value));
        EXPECT_TRUE(r.ok()) << key << " = " << value << ": "
                            << (r.ok() ? std::string() : r.error().describe().toStdString());
    };
    accepted("navet.url", "https://navet.example.se/navetnotifiering/personpostXML");
    refused("navet.url", "http://navet.example.se/personpost"); // personal data never unencrypted
    refused("navet.url", "https://user:pw@navet.example.se/");
    refused("navet.url", "navet.example.se");
    accepted("navet.org_number", "2120001231");
    refused("navet.org_number", "2120001234"); // wrong check digit
    refused("navet.org_number", "212000-1231");
    refused("navet.org_number", "21200012311");
    accepted("navet.order_id", "00000236-FO01-0001");
    refused("navet.order_id", "00000236 FO01");
    refused("navet.order_id", "<x>");
    accepted("navet.certificate", "/etc/casedesk/navet.p12");
    refused("navet.certificate", "navet.p12");
    accepted("navet.ca_certificates", "/etc/casedesk/navet-ca.pem");
    refused("navet.ca_certificates", "relative.pem");
    accepted("navet.timeout_seconds", "20");
    refused("navet.timeout_seconds", "0");
    refused("navet.timeout_seconds", "301");
    refused("navet.timeout_seconds", "ten");
    refused("navet.password", "hemligt"); // never in the database
    accepted("navet.url", "");            // not set
    EXPECT_EQ(NavetSettings::validate(QStringLiteral("navet.colour"), QStringLiteral("x")).error().code,
              ErrorCode::NotFound);
    accepted("navet.org_number", "5560000001");
    refused("navet.org_number", "5560000002"); // check digit
    refused("navet.org_number", "1912121215"); // a personal number: the third digit is below 2
}

TEST(NavetSettingsTest, PasswordFromTheFileOrTheVariable)
{
    QTemporaryDir dir;
    const QString good = writeFile(dir, QStringLiteral("password"), "från filen\n");
    {
        ScopedVariable file("CASEDESK_NAVET_PASSWORD_FILE", good.toLocal8Bit());
        ScopedVariable value("CASEDESK_NAVET_PASSWORD", "from-variable");
        auto password = NavetSettings::passwordFromEnvironment();
        ASSERT_TRUE(password.ok()) << password.error().describe().toStdString();
        EXPECT_EQ(*password, QStringLiteral("från filen").toUtf8()); // the file wins, newline dropped
    }
    {
        ScopedVariable file("CASEDESK_NAVET_PASSWORD_FILE", QByteArray());
        ScopedVariable value("CASEDESK_NAVET_PASSWORD", "from-variable");
        auto password = NavetSettings::passwordFromEnvironment();
        ASSERT_TRUE(password.ok());
        EXPECT_EQ(*password, QByteArrayLiteral("from-variable"));
    }
    {
        ScopedVariable file("CASEDESK_NAVET_PASSWORD_FILE", QByteArray());
        ScopedVariable value("CASEDESK_NAVET_PASSWORD", QByteArray());
        auto none = NavetSettings::passwordFromEnvironment();
        ASSERT_FALSE(none.ok());
        EXPECT_EQ(none.error().field, QStringLiteral("navet.certificate"));
        EXPECT_TRUE(none.error().describe().contains(QStringLiteral("CASEDESK_NAVET_PASSWORD_FILE")));
    }
    {
        const QString open =
            writeFile(dir, QStringLiteral("open"), "pw",
                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        ScopedVariable file("CASEDESK_NAVET_PASSWORD_FILE", open.toLocal8Bit());
        auto refused = NavetSettings::passwordFromEnvironment();
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
        EXPECT_EQ(refused.error().field, QStringLiteral("CASEDESK_NAVET_PASSWORD_FILE"));
        EXPECT_TRUE(refused.error().describe().contains(QStringLiteral("chmod 600")));
    }
    {
        ScopedVariable file("CASEDESK_NAVET_PASSWORD_FILE",
                            dir.filePath(QStringLiteral("missing")).toLocal8Bit());
        EXPECT_FALSE(NavetSettings::passwordFromEnvironment().ok());
    }
}

TEST(NavetTlsTest, CertificateFileProblemsNameTheSetting)
{
    const NavetPki* pki = NavetPki::shared();
    ASSERT_NE(pki, nullptr);
    NavetConfiguration configuration;
    configuration.url = QUrl(QStringLiteral("https://127.0.0.1:1/"));
    configuration.certificatePath = pki->clientP12;
    configuration.caCertificatesPath = pki->caPem;

    auto ssl = navetSslConfiguration(configuration, kTestCertificatePassword);
    ASSERT_TRUE(ssl.ok()) << ssl.error().describe().toStdString();
    EXPECT_FALSE(ssl->localCertificate().isNull());
    EXPECT_FALSE(ssl->privateKey().isNull());
    EXPECT_EQ(ssl->peerVerifyMode(), QSslSocket::VerifyPeer);

    auto wrongPassword = navetSslConfiguration(configuration, "fel");
    ASSERT_FALSE(wrongPassword.ok());
    EXPECT_EQ(wrongPassword.error().field, QStringLiteral("navet.certificate"));
    EXPECT_TRUE(wrongPassword.error().describe().contains(QStringLiteral("password is wrong")));

    NavetConfiguration missing = configuration;
    missing.certificatePath = QStringLiteral("/nonexistent/navet.p12");
    auto noFile = navetSslConfiguration(missing, kTestCertificatePassword);
    ASSERT_FALSE(noFile.ok());
    EXPECT_EQ(noFile.error().field, QStringLiteral("navet.certificate"));

    NavetConfiguration notPem = configuration;
    notPem.caCertificatesPath = pki->clientP12;
    auto noAuthorities = navetSslConfiguration(notPem, kTestCertificatePassword);
    ASSERT_FALSE(noAuthorities.ok());
    EXPECT_EQ(noAuthorities.error().field, QStringLiteral("navet.ca_certificates"));
}
