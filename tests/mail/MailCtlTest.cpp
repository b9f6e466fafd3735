// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CtlProcess.h"
#include "MailTestSupport.h"
#include "SmtpSink.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>

using namespace casedesk;
using namespace casedesk::test;

namespace {

int sentIn(const QString& summary)
{
    static const QRegularExpression pattern(
        QStringLiteral("^Sent (\\d+), failed (\\d+) \\(permanent\\), retrying (\\d+) later$"),
        QRegularExpression::MultilineOption);
    const auto match = pattern.match(summary);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

// casedeskctl settings and send-mail: the real program against a real SMTP server.
class MailCtlTest : public BackendTest
{
protected:
    std::unique_ptr<QProcess> start(const QStringList& arguments)
    {
        return startCtlOn(testDatabase().urlString(), arguments);
    }
    CtlRun ctl(const QStringList& arguments) { return finishCtl(*start(arguments)); }
    CtlRun set(const QString& key, const QString& value)
    {
        return ctl({QStringLiteral("settings"), QStringLiteral("set"), key, value});
    }
    void configureWithCtl(int port)
    {
        for (const auto& [key, value] :
             {std::pair{"smtp.host", QStringLiteral("127.0.0.1")},
              std::pair{"smtp.port", QString::number(port)},
              std::pair{"smtp.security", QStringLiteral("none")}, std::pair{"smtp.from", testFrom()}}) {
            const CtlRun run = set(QString::fromLatin1(key), value);
            ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        }
    }
};

TEST_P(MailCtlTest, SettingsAreValidatedAuditedAndListed)
{
    configureWithCtl(2525);
    EXPECT_EQ(
        scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'admin.setting_changed'")),
        4);
    EXPECT_EQ(ctl({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("smtp.port")})
                  .out.trimmed()
                  .toStdString(),
              "2525");

    for (const auto& [key, value] :
         {std::pair{"smtp.port", "0"}, std::pair{"smtp.port", "65536"}, std::pair{"smtp.security", "ssl"},
          std::pair{"smtp.from", "noreply"}, std::pair{"smtp.timeout_seconds", "4"},
          std::pair{"smtp.hots", "x"}, std::pair{"retention.run_at", "25:00"},
          std::pair{"whatever.key", "x"}}) {
        const CtlRun run = set(QString::fromLatin1(key), QString::fromLatin1(value));
        EXPECT_EQ(run.exitCode, 3) << key << "=" << value << ": " << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QString::fromLatin1(key))) << run.err.toStdString();
    }
    const CtlRun password = set(QStringLiteral("smtp.password"), QStringLiteral("hemligt"));
    EXPECT_EQ(password.exitCode, 3);
    EXPECT_TRUE(password.err.contains(QLatin1String("CASEDESK_SMTP_PASSWORD_FILE")))
        << password.err.toStdString();
    EXPECT_EQ(ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("smtp.password"),
                   QStringLiteral("x"), QStringLiteral("--force")})
                  .exitCode,
              3)
        << "not even with --force";
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE '%pass%'")), 0);
    EXPECT_EQ(ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("whatever.key"),
                   QStringLiteral("x"), QStringLiteral("--force")})
                  .exitCode,
              0);

    const CtlRun list = ctl({QStringLiteral("settings"), QStringLiteral("list")});
    EXPECT_EQ(list.exitCode, 0);
    EXPECT_TRUE(list.out.contains(QLatin1String("smtp.host = 127.0.0.1\n"))) << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(QLatin1String("smtp.timeout_seconds (not set, default 30)")))
        << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(QLatin1String("whatever.key = x"))) << list.out.toStdString();
    const CtlRun missing =
        ctl({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("smtp.user")});
    EXPECT_EQ(missing.exitCode, 3);
    const CtlRun help = ctl({QStringLiteral("settings"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* key :
         {"smtp.host", "smtp.port", "smtp.security", "smtp.user", "smtp.from", "smtp.timeout_seconds"})
        EXPECT_TRUE(help.out.contains(QString::fromLatin1(key))) << key;
}

TEST_P(MailCtlTest, SendMailOnceReportsWhatHappened)
{
    submitSample(db(), QStringLiteral("ctl-1"));
    submitSample(db(), QStringLiteral("ctl-2"));
    const CtlRun unconfigured = ctl({QStringLiteral("send-mail"), QStringLiteral("--once")});
    EXPECT_EQ(unconfigured.exitCode, 3);
    EXPECT_TRUE(unconfigured.err.contains(QLatin1String("SMTP is not configured")))
        << unconfigured.err.toStdString();
    EXPECT_EQ(ctl({QStringLiteral("send-mail")}).exitCode, 2);

    const int port = SmtpSink::unusedPort();
    configureWithCtl(port);
    const CtlRun down = ctl({QStringLiteral("send-mail"), QStringLiteral("--once")});
    EXPECT_EQ(down.exitCode, 1);
    EXPECT_EQ(down.out.toStdString(), "Sent 0, failed 0 (permanent), retrying 1 later\n");
    EXPECT_TRUE(down.err.contains(QLatin1String("4 mail(s) wait in the outbox"))) << down.err.toStdString();
    EXPECT_FALSE(down.err.contains(QLatin1String("tolvan"))) << "no recipients in messages";

    SmtpSink sink(SmtpSink::Options{{QStringLiteral("tolvan@example.se")}, {}, {}, {}, {}, {}, {}, 0});
    ASSERT_TRUE(sink.start(port));
    ASSERT_TRUE(
        db().exec(QStringLiteral("UPDATE mail_outbox SET next_attempt_at = created_at")).ok()); // time passes
    const CtlRun one = ctl({QStringLiteral("send-mail"), QStringLiteral("--once"), QStringLiteral("--limit"),
                            QStringLiteral("1")});
    EXPECT_EQ(one.exitCode, 0) << one.err.toStdString();
    EXPECT_EQ(one.out.toStdString(), "Sent 0, failed 1 (permanent), retrying 0 later\n");
    const CtlRun rest = ctl({QStringLiteral("send-mail"), QStringLiteral("--once")});
    EXPECT_EQ(rest.exitCode, 0) << rest.err.toStdString();
    EXPECT_EQ(rest.out.toStdString(), "Sent 2, failed 1 (permanent), retrying 0 later\n");
    EXPECT_EQ(sink.count(), 2);

    const CtlRun failed = ctl({QStringLiteral("send-mail"), QStringLiteral("--failed")});
    EXPECT_EQ(failed.exitCode, 0);
    EXPECT_TRUE(failed.out.contains(QLatin1String("2 failed mail(s)"))) << failed.out.toStdString();
    EXPECT_TRUE(failed.out.contains(QLatin1String("550"))) << failed.out.toStdString();
    EXPECT_FALSE(failed.out.contains(QLatin1String("tolvan@example.se"))) << failed.out.toStdString();
    const CtlRun requeue = ctl({QStringLiteral("send-mail"), QStringLiteral("--requeue-failed")});
    EXPECT_EQ(requeue.out.toStdString(), "Requeued 2 mail(s)\n");
}

TEST_P(MailCtlTest, TwoSendMailProcessesAtOnceNeverSendTheSameMail)
{
    SmtpSink sink(SmtpSink::Options{{}, {}, {}, {}, {}, {}, {}, 0.02});
    ASSERT_TRUE(sink.start());
    configureWithCtl(sink.port());
    constexpr int kCases = 12;
    for (int i = 0; i < kCases; ++i)
        submitSample(db(), QStringLiteral("processes-%1").arg(i));

    auto first = start({QStringLiteral("send-mail"), QStringLiteral("--once")});
    auto second = start({QStringLiteral("send-mail"), QStringLiteral("--once")});
    const CtlRun a = finishCtl(*first);
    const CtlRun b = finishCtl(*second);
    EXPECT_EQ(a.exitCode, 0) << a.err.toStdString();
    EXPECT_EQ(b.exitCode, 0) << b.err.toStdString();
    std::cout << "[          ] the two processes: " << a.out.trimmed().toStdString() << " / "
              << b.out.trimmed().toStdString() << std::endl;
    EXPECT_EQ(sentIn(a.out) + sentIn(b.out), 2 * kCases);
    const QList<ReceivedMail> mails = sink.messages();
    EXPECT_EQ(mails.size(), 2 * kCases);
    QSet<QByteArray> ids;
    for (const ReceivedMail& m : mails)
        ids.insert(m.parsed.raw("Message-ID"));
    EXPECT_EQ(ids.size(), 2 * kCases);
    EXPECT_EQ(
        scalar(db(),
               QStringLiteral("SELECT count(*) FROM mail_outbox WHERE sent_at IS NOT NULL AND attempts = 1")),
        2 * kCases);
}

CASEDESK_INSTANTIATE_BACKENDS(MailCtlTest);
