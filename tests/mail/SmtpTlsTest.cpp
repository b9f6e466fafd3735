// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "MailTestSupport.h"
#include "SmtpSink.h"
#include "mail/MailMessage.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace casedesk;
using namespace casedesk::test;

// TLS, authentication and the wire itself against the real server; about SMTP, not about the
// database, so SQLite only.
class SmtpTlsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        qunsetenv("CASEDESK_SMTP_PASSWORD");
        qunsetenv("CASEDESK_SMTP_PASSWORD_FILE");
        ASSERT_TRUE(makeTestCertificate(m_dir.path(), &m_certificate));
        m_database = std::make_unique<TestDatabase>(Backend::Sqlite);
        ASSERT_TRUE(m_database->ok());
    }
    void TearDown() override
    {
        qunsetenv("CASEDESK_SMTP_PASSWORD");
        qunsetenv("CASEDESK_SMTP_PASSWORD_FILE");
    }

    Database& db() { return m_database->db(); }
    void set(const char* key, const QString& value)
    {
        ASSERT_TRUE(SettingsRepository(db()).set(QString::fromLatin1(key), value).ok());
    }
    void useTls(int port, const QString& security, bool trustCertificate = true)
    {
        configureSmtp(db(), port, security);
        set("smtp.ca_file", trustCertificate ? m_certificate.certFile : QStringLiteral(""));
    }
    QString passwordFile(const QByteArray& password, QFileDevice::Permissions permissions)
    {
        const QString path = m_dir.filePath(QStringLiteral("smtp-password"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(password + '\n');
        file.close();
        EXPECT_TRUE(file.setPermissions(permissions));
        return path;
    }
    SmtpSink::Options starttls(const QString& auth = {})
    {
        SmtpSink::Options options;
        options.starttlsCert = m_certificate.certFile;
        options.starttlsKey = m_certificate.keyFile;
        options.auth = auth;
        return options;
    }
    qint64 failedCount()
    {
        return scalar(db(), QStringLiteral("SELECT count(*) FROM mail_outbox WHERE failed_at IS NOT NULL"));
    }

    QTemporaryDir m_dir;
    TestCertificate m_certificate;
    std::unique_ptr<TestDatabase> m_database;
};

TEST_F(SmtpTlsTest, StartTlsAndLoginWithThePasswordFromAPrivateFile)
{
    SmtpSink sink(starttls(QStringLiteral("casedesk:S3cret=pass word")));
    ASSERT_TRUE(sink.start());
    useTls(sink.port(), QStringLiteral("starttls"));
    set("smtp.user", QStringLiteral("casedesk"));
    submitSample(db(), QStringLiteral("tls-1"));

    qputenv("CASEDESK_SMTP_PASSWORD_FILE",
            QFile::encodeName(
                passwordFile("S3cret=pass word", QFileDevice::ReadOwner | QFileDevice::WriteOwner)));
    auto report = deliverPendingMail(db());
    ASSERT_TRUE(report.ok()) << text(report.error());
    EXPECT_EQ(report->sent, 2) << report->serverError.toStdString();
    const QList<ReceivedMail> mails = sink.messages();
    ASSERT_EQ(mails.size(), 2);
    for (const ReceivedMail& mail : mails)
        EXPECT_TRUE(mail.python.value(QStringLiteral("authenticated")).toBool());
}

TEST_F(SmtpTlsTest, APasswordFileOthersCanReadIsRefused)
{
    SmtpSink sink(starttls(QStringLiteral("casedesk:secret")));
    ASSERT_TRUE(sink.start());
    useTls(sink.port(), QStringLiteral("starttls"));
    set("smtp.user", QStringLiteral("casedesk"));
    submitSample(db(), QStringLiteral("tls-2"));
    qputenv("CASEDESK_SMTP_PASSWORD_FILE",
            QFile::encodeName(passwordFile("secret", QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                         QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    auto report = deliverPendingMail(db());
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().code, ErrorCode::PermissionDenied);
    EXPECT_TRUE(report.error().message().contains(QLatin1String("chmod 600"))) << text(report.error());
    EXPECT_EQ(sink.count(), 0);
}

TEST_F(SmtpTlsTest, AWrongPasswordStopsTheRunButFailsNoMail)
{
    SmtpSink sink(starttls(QStringLiteral("casedesk:right")));
    ASSERT_TRUE(sink.start());
    useTls(sink.port(), QStringLiteral("starttls"));
    set("smtp.user", QStringLiteral("casedesk"));
    submitSample(db(), QStringLiteral("tls-3"));
    qputenv("CASEDESK_SMTP_PASSWORD", "wrong");
    auto report = deliverPendingMail(db());
    ASSERT_TRUE(report.ok()) << text(report.error());
    EXPECT_TRUE(report->serverUnavailable);
    EXPECT_TRUE(report->serverError.contains(QLatin1String("login"))) << report->serverError.toStdString();
    EXPECT_FALSE(report->serverError.contains(QLatin1String("wrong")));
    EXPECT_EQ(report->sent, 0);
    EXPECT_EQ(failedCount(), 0);
}

TEST_F(SmtpTlsTest, ImplicitTls)
{
    SmtpSink::Options options;
    options.tlsCert = m_certificate.certFile;
    options.tlsKey = m_certificate.keyFile;
    SmtpSink sink(options);
    ASSERT_TRUE(sink.start());
    useTls(sink.port(), QStringLiteral("tls"));
    submitSample(db(), QStringLiteral("tls-4"));
    auto report = deliverPendingMail(db());
    ASSERT_TRUE(report.ok()) << text(report.error());
    EXPECT_EQ(report->sent, 2) << report->serverError.toStdString();
    EXPECT_EQ(sink.count(), 2);
}

TEST_F(SmtpTlsTest, AnUntrustedCertificateOrNoStartTlsMeansNothingIsSent)
{
    SmtpSink tlsSink(starttls());
    ASSERT_TRUE(tlsSink.start());
    useTls(tlsSink.port(), QStringLiteral("starttls"), false);
    submitSample(db(), QStringLiteral("tls-5"));
    auto untrusted = deliverPendingMail(db());
    ASSERT_TRUE(untrusted.ok()) << text(untrusted.error());
    EXPECT_TRUE(untrusted->serverUnavailable);
    EXPECT_EQ(tlsSink.count(), 0);

    SmtpSink plain;
    ASSERT_TRUE(plain.start());
    useTls(plain.port(), QStringLiteral("starttls"));
    ASSERT_TRUE(db().exec(QStringLiteral("UPDATE mail_outbox SET next_attempt_at = created_at")).ok());
    auto noStartTls = deliverPendingMail(db());
    ASSERT_TRUE(noStartTls.ok()) << text(noStartTls.error());
    EXPECT_TRUE(noStartTls->serverUnavailable);
    EXPECT_TRUE(noStartTls->serverError.contains(QLatin1String("STARTTLS")))
        << noStartTls->serverError.toStdString();
    EXPECT_EQ(plain.count(), 0);
    EXPECT_EQ(failedCount(), 0);
}

// libcurl dot-stuffs the DATA for us (and adds the final "."): lines that start with a dot,
// or are one, arrive intact, and nothing is cut off.
TEST_F(SmtpTlsTest, LibcurlDotStuffsTheMessage)
{
    SmtpSink sink;
    ASSERT_TRUE(sink.start());
    SmtpSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = sink.port();
    settings.security = SmtpSecurity::None;
    settings.from = testFrom();
    settings.timeoutSeconds = 10;
    const QByteArray message = "Subject: dots\r\nMessage-ID: <dots@kommun.example.se>\r\n\r\n"
                               ".hidden\r\n.\r\n..two\r\nmiddle . dot\r\n.\r\nlast line\r\n";
    CurlSmtpSender sender(settings, QByteArray());
    const SmtpSendResult result = sender.send(testFrom().toLatin1(), "someone@example.se", message);
    ASSERT_TRUE(result.sent()) << result.error.toStdString();
    const QList<ReceivedMail> mails = sink.messages();
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails.first().raw.toStdString(), message.toStdString());
}
