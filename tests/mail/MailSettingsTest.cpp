// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "mail/MailSettings.h"
#include "mail/MailDelivery.h"
#include "mail/SmtpSender.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace casedesk;

namespace {

QString writePasswordFile(const QTemporaryDir& dir, const QByteArray& content,
                          QFileDevice::Permissions permissions)
{
    const QString path = dir.filePath(QStringLiteral("smtp-password"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    EXPECT_TRUE(file.setPermissions(permissions));
    return path;
}

} // namespace

TEST(RetrySchedule, OneFiveFifteenSixtyMinutesThenHourlyForAboutTwoDays)
{
    EXPECT_EQ(RetrySchedule::delayAfter(1), 60);
    EXPECT_EQ(RetrySchedule::delayAfter(2), 5 * 60);
    EXPECT_EQ(RetrySchedule::delayAfter(3), 15 * 60);
    EXPECT_EQ(RetrySchedule::delayAfter(4), 60 * 60);
    EXPECT_EQ(RetrySchedule::delayAfter(5), 60 * 60);
    EXPECT_EQ(RetrySchedule::delayAfter(RetrySchedule::kGiveUpAfterAttempts - 1), 60 * 60);
    EXPECT_FALSE(RetrySchedule::delayAfter(RetrySchedule::kGiveUpAfterAttempts).has_value());
    qint64 total = 0;
    for (int attempt = 1; RetrySchedule::delayAfter(attempt); ++attempt)
        total += *RetrySchedule::delayAfter(attempt);
    EXPECT_GE(total, 46 * 3600);
    EXPECT_LE(total, 50 * 3600);
}

TEST(MailSettingsValidation, PortSecurityFromAndTimeout)
{
    const auto valid = [](const char* key, const char* value) {
        return MailSettings::validate(QString::fromLatin1(key), QString::fromUtf8(value)).ok();
    };
    EXPECT_TRUE(valid("smtp.port", "1"));
    EXPECT_TRUE(valid("smtp.port", "65535"));
    EXPECT_TRUE(valid("smtp.port", "587"));
    EXPECT_FALSE(valid("smtp.port", "0"));
    EXPECT_FALSE(valid("smtp.port", "65536"));
    EXPECT_FALSE(valid("smtp.port", "25a"));
    EXPECT_TRUE(valid("smtp.port", "")) << "empty: not set";
    for (const char* security : {"none", "starttls", "tls"})
        EXPECT_TRUE(valid("smtp.security", security)) << security;
    EXPECT_FALSE(valid("smtp.security", "ssl"));
    EXPECT_FALSE(valid("smtp.security", "STARTTLS"));
    EXPECT_TRUE(valid("smtp.from", "noreply@sundsvall.se"));
    EXPECT_FALSE(valid("smtp.from", "noreply"));
    EXPECT_FALSE(valid("smtp.from", "Sundsvall <noreply@sundsvall.se>"));
    EXPECT_FALSE(valid("smtp.from", "åsa@sundsvall.se"));
    EXPECT_TRUE(valid("smtp.host", "smtp.sundsvall.se"));
    EXPECT_TRUE(valid("smtp.host", "127.0.0.1"));
    EXPECT_TRUE(valid("smtp.host", "::1"));
    EXPECT_TRUE(valid("smtp.host", "smtp.växjö.se"));
    EXPECT_FALSE(valid("smtp.host", "smtp.example.se/evil"));
    EXPECT_FALSE(valid("smtp.host", "user@smtp.example.se"));
    EXPECT_TRUE(valid("smtp.timeout_seconds", "30"));
    EXPECT_FALSE(valid("smtp.timeout_seconds", "0"));
    EXPECT_FALSE(valid("smtp.timeout_seconds", "3600"));
    EXPECT_FALSE(valid("smtp.host", "a\nb"));

    auto password = MailSettings::validate(QStringLiteral("smtp.password"), QStringLiteral("hemligt"));
    ASSERT_FALSE(password.ok());
    EXPECT_TRUE(password.error().message().contains(QLatin1String("CASEDESK_SMTP_PASSWORD_FILE")));
    auto unknown = MailSettings::validate(QStringLiteral("smtp.hots"), QStringLiteral("x"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
}

TEST(MailSettingsValidation, EffectivePortFollowsSecurity)
{
    SmtpSettings s;
    s.security = SmtpSecurity::Tls;
    EXPECT_EQ(s.effectivePort(), 465);
    s.security = SmtpSecurity::StartTls;
    EXPECT_EQ(s.effectivePort(), 587);
    s.security = SmtpSecurity::None;
    EXPECT_EQ(s.effectivePort(), 25);
    s.port = 2525;
    EXPECT_EQ(s.effectivePort(), 2525);
}

TEST(SmtpPassword, FileMustBeReadableOnlyByItsOwner)
{
    QTemporaryDir dir;
    const QString path =
        writePasswordFile(dir, "hemligt lösen\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto password = MailSettings::passwordFromFile(path);
    ASSERT_TRUE(password.ok()) << password.error().describe().toStdString();
    EXPECT_EQ(password->toStdString(), "hemligt lösen");

#ifdef Q_OS_UNIX
    for (const auto permissions : {QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup,
                                   QFileDevice::ReadOwner | QFileDevice::ReadOther}) {
        writePasswordFile(dir, "hemligt\n", permissions);
        auto refused = MailSettings::passwordFromFile(path);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
        EXPECT_TRUE(refused.error().message().contains(QLatin1String("chmod 600")))
            << refused.error().message().toStdString();
        EXPECT_FALSE(refused.error().message().contains(QLatin1String("hemligt")));
    }
#endif
    EXPECT_FALSE(MailSettings::passwordFromFile(dir.filePath(QStringLiteral("missing"))).ok());
    writePasswordFile(dir, "", QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    EXPECT_FALSE(MailSettings::passwordFromFile(path).ok());
}

TEST(SmtpPassword, FromTheEnvironmentFileFirst)
{
    QTemporaryDir dir;
    const QString path = writePasswordFile(dir, "from-file\r\n", QFileDevice::ReadOwner);
    qputenv("CASEDESK_SMTP_PASSWORD", "from-variable");
    qunsetenv("CASEDESK_SMTP_PASSWORD_FILE");
    EXPECT_EQ(MailSettings::passwordFromEnvironment()->toStdString(), "from-variable");
    qputenv("CASEDESK_SMTP_PASSWORD_FILE", QFile::encodeName(path));
    EXPECT_EQ(MailSettings::passwordFromEnvironment()->toStdString(), "from-file");
    qunsetenv("CASEDESK_SMTP_PASSWORD_FILE");
    qunsetenv("CASEDESK_SMTP_PASSWORD");
    EXPECT_TRUE(MailSettings::passwordFromEnvironment()->isEmpty());
}

TEST(SmtpPassword, NeverSentUnencryptedToAnotherMachine)
{
    SmtpSettings s;
    s.host = QStringLiteral("smtp.example.se");
    s.user = QStringLiteral("casedesk");
    s.security = SmtpSecurity::StartTls;
    EXPECT_FALSE(MailSettings::checkUsable(s, QByteArray()).ok()) << "a user needs a password";
    EXPECT_TRUE(MailSettings::checkUsable(s, "secret").ok());
    s.security = SmtpSecurity::None;
    auto refused = MailSettings::checkUsable(s, "secret");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field.toStdString(), "smtp.security");
    s.host = QStringLiteral("127.0.0.1");
    EXPECT_TRUE(MailSettings::checkUsable(s, "secret").ok());
    s.user.clear();
    s.host = QStringLiteral("smtp.example.se");
    EXPECT_TRUE(MailSettings::checkUsable(s, QByteArray()).ok()) << "no authentication, no password";
}

TEST(SmtpReplies, WhoseProblemIsIt)
{
    using Outcome = SmtpSendResult::Outcome;
    const auto check = [](SmtpStage stage, int code, Outcome outcome, bool serverWide) {
        const SmtpSendResult r = classifySmtpReply(stage, code, QStringLiteral("text"));
        EXPECT_EQ(r.outcome, outcome) << smtpStageName(stage) << " " << code;
        EXPECT_EQ(r.serverWide, serverWide) << smtpStageName(stage) << " " << code;
        EXPECT_TRUE(r.error.contains(QString::number(code))) << r.error.toStdString();
    };
    check(SmtpStage::RcptTo, 550, Outcome::Permanent, false);
    check(SmtpStage::Data, 554, Outcome::Permanent, false);
    check(SmtpStage::RcptTo, 451, Outcome::Temporary, false);
    check(SmtpStage::Data, 452, Outcome::Temporary, false);
    check(SmtpStage::RcptTo, 421, Outcome::Temporary, true);
    // Refusals of our login or sender are the settings' problem, never the mails'.
    check(SmtpStage::Auth, 535, Outcome::Temporary, true);
    check(SmtpStage::MailFrom, 553, Outcome::Temporary, true);
    check(SmtpStage::MailFrom, 530, Outcome::Temporary, true);
    check(SmtpStage::Connect, 554, Outcome::Temporary, true);
}

TEST(DeliveryReport, Summary)
{
    DeliveryReport report;
    report.sent = 2;
    report.failed = 1;
    report.retrying = 3;
    EXPECT_EQ(report.summary().toStdString(), "Sent 2, failed 1 (permanent), retrying 3 later");
}
