// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "MailTestSupport.h"
#include "PostgresCluster.h"
#include "SmtpSink.h"
#include "mail/MailTemplates.h"
#include "mail/TestMail.h"
#include "repositories/OutboxRepository.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>

#include <iostream>
#include <thread>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kApplicant = QStringLiteral("tolvan@example.se");
const QString kMailbox = QStringLiteral("parkering@kommun.example.se");
const QString kEService = QStringLiteral("Parkeringstillstånd för rörelsehindrade");

QString normalized(QString text)
{
    return text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
}

QSet<QByteArray> messageIds(const QList<ReceivedMail>& mails)
{
    QSet<QByteArray> ids;
    for (const ReceivedMail& m : mails)
        ids.insert(m.parsed.raw("Message-ID"));
    return ids;
}

} // namespace

class MailDeliveryTest : public BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        qunsetenv("CASEDESK_SMTP_PASSWORD");
        qunsetenv("CASEDESK_SMTP_PASSWORD_FILE");
        m_now = QDateTime::currentDateTimeUtc().addSecs(1);
    }

    qint64 count(const QString& where)
    {
        return scalar(db(), QStringLiteral("SELECT count(*) FROM mail_outbox WHERE ") + where);
    }

    QDateTime m_now;
};

TEST_P(MailDeliveryTest, SubmissionMailsArriveWithSwedishTextAndProperHeaders)
{
    SmtpSink sink;
    ASSERT_TRUE(sink.start());
    configureSmtp(db(), sink.port());
    const IntakeReceipt receipt = submitSample(db(), QStringLiteral("mail-1"));
    ASSERT_EQ(receipt.mailsQueued, 2);

    auto report = deliverPendingMail(db());
    ASSERT_TRUE(report.ok()) << text(report.error());
    EXPECT_EQ(report->summary().toStdString(), "Sent 2, failed 0 (permanent), retrying 0 later");
    EXPECT_EQ(report->waiting, 0);

    const QList<ReceivedMail> mails = sink.messages();
    ASSERT_EQ(mails.size(), 2);
    const MailText confirmation =
        MailTemplates::confirmation(QStringLiteral("sv"), receipt.reference, kEService);
    const MailText notice =
        MailTemplates::functionalMailboxNotice(QStringLiteral("sv"), receipt.reference, kEService);
    for (const ReceivedMail& mail : mails) {
        const ParsedMessage& m = mail.parsed;
        const QString to = QString::fromLatin1(m.raw("To"));
        const MailText& expected = to == kApplicant ? confirmation : notice;
        ASSERT_TRUE(to == kApplicant || to == kMailbox) << to.toStdString();
        EXPECT_TRUE(m.errors.isEmpty()) << m.errors.join(QLatin1Char('\n')).toStdString();
        // Our decoding and Python's email package agree with the template, letter for letter.
        EXPECT_EQ(m.header("Subject").toStdString(), expected.subject.toStdString());
        EXPECT_EQ(m.body.toStdString(), expected.body.toStdString());
        EXPECT_EQ(mail.python.value(QStringLiteral("subject")).toString().toStdString(),
                  expected.subject.toStdString());
        EXPECT_EQ(normalized(mail.python.value(QStringLiteral("body")).toString()).toStdString(),
                  expected.body.toStdString());
        EXPECT_TRUE(mail.python.value(QStringLiteral("defects")).toArray().isEmpty());
        EXPECT_EQ(mail.python.value(QStringLiteral("from")).toString().toStdString(),
                  "Kommunen – e-tjänster <noreply@kommun.example.se>");
        EXPECT_EQ(mail.python.value(QStringLiteral("mail_from")).toString(), testFrom());
        EXPECT_EQ(mail.python.value(QStringLiteral("rcpt_tos")).toArray(), QJsonArray{to});
        EXPECT_EQ(mail.python.value(QStringLiteral("charset")).toString().toStdString(), "utf-8");
        EXPECT_EQ(m.raw("MIME-Version").toStdString(), "1.0");
        EXPECT_EQ(m.raw("Content-Type").toStdString(), "text/plain; charset=UTF-8");
        EXPECT_EQ(m.raw("Content-Transfer-Encoding").toStdString(), "quoted-printable");
        const QDateTime date = QDateTime::fromString(QString::fromLatin1(m.raw("Date")), Qt::RFC2822Date);
        ASSERT_TRUE(date.isValid()) << m.raw("Date").toStdString();
        EXPECT_LE(std::abs(date.secsTo(QDateTime::currentDateTimeUtc())), 300);
        // The Message-ID is the one recorded for the row: a resend would carry it again.
        EXPECT_TRUE(m.raw("Message-ID").endsWith("@kommun.example.se>")) << m.raw("Message-ID").toStdString();
        EXPECT_EQ(
            scalar(db(),
                   QStringLiteral("SELECT count(*) FROM mail_outbox WHERE message_id = ? AND recipient = ?"),
                   {QString::fromLatin1(m.raw("Message-ID")), to}),
            1);
    }
    EXPECT_EQ(count(QStringLiteral(
                  "sent_at IS NOT NULL AND claimed_by IS NULL AND claimed_until IS NULL AND attempts = 1")),
              2);

    auto again = deliverPendingMail(db());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->sent, 0);
    EXPECT_EQ(sink.count(), 2);
}

TEST_P(MailDeliveryTest, AnOutageLosesNothingAndAfterwardsEveryMailArrivesExactlyOnce)
{
    const int port = SmtpSink::unusedPort();
    configureSmtp(db(), port);
    submitSample(db(), QStringLiteral("outage-1"));
    submitSample(db(), QStringLiteral("outage-2"));

    // Nobody listens: the run stops at the first mail instead of trying every one.
    DeliveryReport down = deliverAt(db(), m_now);
    EXPECT_TRUE(down.serverUnavailable);
    EXPECT_FALSE(down.serverError.isEmpty());
    EXPECT_EQ(down.summary().toStdString(), "Sent 0, failed 0 (permanent), retrying 1 later");
    EXPECT_EQ(down.waiting, 4);
    EXPECT_EQ(count(QStringLiteral("sent_at IS NULL AND failed_at IS NULL AND claimed_by IS NULL")), 4);
    EXPECT_EQ(count(QStringLiteral("attempts = 1")), 1);
    EXPECT_EQ(
        scalar(db(),
               QStringLiteral("SELECT count(*) FROM mail_outbox WHERE attempts = 1 AND next_attempt_at = ?"),
               {toSqlTime(m_now.addSecs(60))}),
        1);

    SmtpSink sink;
    ASSERT_TRUE(sink.start(port));
    const DeliveryReport up = deliverAt(db(), m_now.addSecs(120));
    EXPECT_FALSE(up.serverUnavailable) << up.serverError.toStdString();
    EXPECT_EQ(up.sent, 4);
    EXPECT_EQ(sink.count(), 4);

    // Down again in the middle of the day: stopped, then back.
    sink.stop();
    submitSample(db(), QStringLiteral("outage-3"));
    EXPECT_TRUE(deliverAt(db(), m_now.addSecs(180)).serverUnavailable);
    ASSERT_TRUE(sink.start(port));
    EXPECT_EQ(deliverAt(db(), m_now.addSecs(600)).sent, 2);
    EXPECT_EQ(deliverAt(db(), m_now.addDays(1)).sent, 0);

    const QList<ReceivedMail> mails = sink.messages();
    EXPECT_EQ(mails.size(), 6);
    EXPECT_EQ(messageIds(mails).size(), 6);
    EXPECT_EQ(count(QStringLiteral("sent_at IS NOT NULL")), 6);
    EXPECT_EQ(count(QStringLiteral("failed_at IS NOT NULL")), 0);
}

TEST_P(MailDeliveryTest, ARefusedRecipientFailsForGoodAndIsNotRetried)
{
    SmtpSink sink(SmtpSink::Options{{kApplicant}, {}, {}, {}, {}, {}, {}, 0});
    ASSERT_TRUE(sink.start());
    configureSmtp(db(), sink.port());
    submitSample(db(), QStringLiteral("reject-1"));

    const DeliveryReport report = deliverAt(db(), m_now);
    EXPECT_FALSE(report.serverUnavailable);
    EXPECT_EQ(report.summary().toStdString(), "Sent 1, failed 1 (permanent), retrying 0 later");
    auto failed = OutboxRepository(db()).failed(10);
    ASSERT_TRUE(failed.ok());
    ASSERT_EQ(failed->size(), 1);
    EXPECT_EQ(failed->first().kind.toStdString(), "confirmation");
    EXPECT_TRUE(failed->first().failedAt.isValid());
    EXPECT_TRUE(failed->first().lastError.contains(QLatin1String("550")))
        << failed->first().lastError.toStdString();
    EXPECT_TRUE(failed->first().lastError.contains(QLatin1String("RCPT TO")))
        << failed->first().lastError.toStdString();
    EXPECT_FALSE(failed->first().lastError.contains(kApplicant))
        << "the server's echo of the address is removed";

    EXPECT_EQ(deliverAt(db(), m_now.addDays(3)).sent, 0);
    EXPECT_EQ(sink.count(), 1);

    // The administrator fixes it (here: the server accepts the address now) and requeues.
    auto requeued = OutboxRepository(db()).requeueFailed({}, m_now);
    ASSERT_TRUE(requeued.ok());
    EXPECT_EQ(*requeued, 1);
    sink.stop();
    SmtpSink fixed;
    ASSERT_TRUE(fixed.start());
    configureSmtp(db(), fixed.port());
    EXPECT_EQ(deliverAt(db(), m_now.addSecs(1)).sent, 1);
    EXPECT_EQ(fixed.count(), 1);
}

TEST_P(MailDeliveryTest, ATemporaryRefusalIsRetriedWithBackoffUntilItIsGivenUp)
{
    SmtpSink sink(SmtpSink::Options{{}, {kApplicant}, {}, {}, {}, {}, {}, 0});
    ASSERT_TRUE(sink.start());
    configureSmtp(db(), sink.port());
    submitSample(db(), QStringLiteral("tempfail-1"));
    const QString confirmation = QStringLiteral("kind = 'confirmation' AND ");

    DeliveryReport first = deliverAt(db(), m_now);
    EXPECT_FALSE(first.serverUnavailable) << "a 451 to one recipient does not stop the run";
    EXPECT_EQ(first.summary().toStdString(), "Sent 1, failed 0 (permanent), retrying 1 later");
    EXPECT_EQ(scalar(db(),
                     QStringLiteral("SELECT count(*) FROM mail_outbox WHERE kind = 'confirmation'"
                                    " AND attempts = 1 AND next_attempt_at = ? AND last_error LIKE '%451%'"),
                     {toSqlTime(m_now.addSecs(60))}),
              1);
    EXPECT_EQ(deliverAt(db(), m_now.addSecs(30)).retrying, 0) << "not due yet";
    EXPECT_EQ(deliverAt(db(), m_now.addSecs(61)).retrying, 1);
    EXPECT_EQ(scalar(db(),
                     QStringLiteral("SELECT count(*) FROM mail_outbox WHERE kind = 'confirmation'"
                                    " AND attempts = 2 AND next_attempt_at = ?"),
                     {toSqlTime(m_now.addSecs(61 + 300))}),
              1);

    ASSERT_TRUE(db().exec(QStringLiteral("UPDATE mail_outbox SET attempts = ? WHERE kind = 'confirmation'"),
                          {RetrySchedule::kGiveUpAfterAttempts - 1})
                    .ok());
    const DeliveryReport last = deliverAt(db(), m_now.addDays(2));
    EXPECT_EQ(last.failed, 1);
    EXPECT_EQ(count(confirmation +
                    QStringLiteral("failed_at IS NOT NULL AND last_error LIKE 'gave up after 51 attempts%'")),
              1);
    EXPECT_EQ(sink.count(), 1);
}

TEST_P(MailDeliveryTest, TwoRunsAtOnceNeverSendTheSameMail)
{
    SmtpSink sink(SmtpSink::Options{{}, {}, {}, {}, {}, {}, {}, 0.02});
    ASSERT_TRUE(sink.start());
    configureSmtp(db(), sink.port());
    constexpr int kCases = 15;
    for (int i = 0; i < kCases; ++i)
        submitSample(db(), QStringLiteral("concurrent-%1").arg(i));

    DatabaseUrl url = testDatabase().url();
    if (GetParam() == Backend::Postgres) {
        // As the background service runs: a login role in casedesk_service.
        QString error;
        PostgresCluster* cluster = PostgresCluster::shared(&error);
        ASSERT_TRUE(cluster) << error.toStdString();
        url.user = QStringLiteral("mail_svc_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        ASSERT_TRUE(cluster->execAsSuperuser(
            url.databaseName, QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE casedesk_service").arg(url.user),
            &error))
            << error.toStdString();
    }
    int sent[2] = {-1, -1};
    const auto run = [&url](int* count) {
        auto db = Database::open(url); // one connection per thread
        ASSERT_TRUE(db.ok()) << text(db.error());
        const DeliveryReport report = deliverAt(**db, QDateTime::currentDateTimeUtc().addSecs(1));
        EXPECT_FALSE(report.serverUnavailable) << report.serverError.toStdString();
        *count = report.sent;
    };
    std::thread first(run, &sent[0]);
    std::thread second(run, &sent[1]);
    first.join();
    second.join();

    std::cout << "[          ] the two runs sent " << sent[0] << " and " << sent[1] << " mails" << std::endl;
    EXPECT_EQ(sent[0] + sent[1], 2 * kCases);
    const QList<ReceivedMail> mails = sink.messages();
    EXPECT_EQ(mails.size(), 2 * kCases);
    EXPECT_EQ(messageIds(mails).size(), 2 * kCases);
    EXPECT_EQ(count(QStringLiteral("sent_at IS NOT NULL AND attempts = 1")), 2 * kCases);
}

CASEDESK_INSTANTIATE_BACKENDS(MailDeliveryTest);

// The Mail settings page's "Send test e-mail": sent now, not queued, and what the server said.
TEST(TestMailTest, SendsNowAndSaysWhatTheServerAnswered)
{
    SmtpSink sink(SmtpSink::Options{{QStringLiteral("nobody@kommun.example")}, {}, {}, {}, {}, {}, {}, 0});
    ASSERT_TRUE(sink.start());
    SmtpSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = sink.port();
    settings.security = SmtpSecurity::None;
    settings.from = testFrom();
    settings.timeoutSeconds = 10;
    auto receipt = sendTestMail(settings, {}, QStringLiteral("admin@kommun.example"));
    ASSERT_TRUE(receipt.ok()) << receipt.error().describe().toStdString();
    EXPECT_EQ(receipt->replyCode, 250);
    EXPECT_TRUE(receipt->server.contains(QStringLiteral("127.0.0.1"))) << receipt->server.toStdString();
    ASSERT_EQ(sink.count(), 1);
    EXPECT_TRUE(sink.messages()
                    .first()
                    .python.value(QStringLiteral("subject"))
                    .toString()
                    .contains(QStringLiteral("test e-mail")));
    // The server's refusal, in its words, and where in the dialogue.
    auto refused = sendTestMail(settings, {}, QStringLiteral("nobody@kommun.example"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("550")))
        << refused.error().message().toStdString();
    // A user without a password is refused before anything is sent.
    settings.user = QStringLiteral("casedesk");
    EXPECT_FALSE(sendTestMail(settings, {}, QStringLiteral("admin@kommun.example")).ok());
    EXPECT_EQ(sink.count(), 1);
}
