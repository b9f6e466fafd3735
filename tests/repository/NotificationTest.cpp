// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SampleSubmissions.h"
#include "TestDatabase.h"

#include "access/AccessService.h"
#include "admin/AdminService.h"
#include "db/SqlValues.h"
#include "intake/IntakeService.h"
#include "messaging/MessageService.h"
#include "messaging/PortalService.h"
#include "notifications/NotificationRepository.h"
#include "notifications/NotificationService.h"
#include "repositories/CaseRepository.h"
#include "repositories/DeadlineRepository.h"
#include "workflow/CaseService.h"

#include <QUuid>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

// Notifications (issue #16 §3) on both backends: the same events make the same notifications
// whether the database's triggers write them (PostgreSQL) or CaseDesk's own writes do (SQLite).
class NotificationTest : public BackendTest
{
protected:
    QString m_reference;
    QString m_anna;
    QString m_bert;
    QString m_boss;

    void SetUp() override
    {
        BackendTest::SetUp();
        auto receipt = IntakeService(db()).submit(sampleSubmission(QStringLiteral("notify-1")));
        ASSERT_TRUE(receipt.ok());
        m_reference = receipt->reference;
        // Logins unique per test: PostgreSQL's roles belong to the whole cluster.
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_anna = QStringLiteral("anna_") + suffix; // works parking
        m_bert = QStringLiteral("bert_") + suffix; // no access to it
        m_boss = QStringLiteral("boss_") + suffix; // an administrator
        const AccessService access(db());
        ASSERT_TRUE(access.addUser(m_anna, QStringLiteral("caseworker"), QString(), false).ok());
        ASSERT_TRUE(access.addUser(m_bert, QStringLiteral("caseworker"), QString(), false).ok());
        ASSERT_TRUE(access.addUser(m_boss, QStringLiteral("admin"), QString(), false).ok());
        ASSERT_TRUE(access.grant(m_anna, QStringLiteral("parkeringstillstand"), QStringLiteral("work")).ok());
    }

    QStringList notified(const QString& recipient)
    {
        auto q =
            db().exec(QStringLiteral("SELECT kind, actor FROM notifications WHERE recipient = ? ORDER BY id"),
                      {recipient});
        QStringList rows;
        while (q.ok() && q->next())
            rows << q->value(0).toString() + QLatin1Char('/') + q->value(1).toString();
        return rows;
    }
};

TEST_P(NotificationTest, MentionsAssignmentsAndTheApplicantsMessagesNotifyWhoMayRead)
{
    const QString me = db().currentUser();
    ASSERT_TRUE(
        MessageService(db())
            .addNote(m_reference, QStringLiteral("Hej @%1. Fråga @%2 eller @%3, inte anna@kommun.se, @%4 ✓")
                                      .arg(m_anna, m_bert, m_boss, me))
            .ok());
    EXPECT_EQ(notified(m_anna), QStringList{QStringLiteral("mention/") + me});
    EXPECT_TRUE(notified(m_bert).isEmpty()); // may not read the case
    EXPECT_EQ(notified(m_boss), QStringList{QStringLiteral("mention/") + me});
    EXPECT_TRUE(notified(me).isEmpty());

    ASSERT_TRUE(CaseService(db()).assign(m_reference, m_anna, std::nullopt).ok());
    ASSERT_TRUE(
        PortalService(db()).reply(sampleApplicant(), m_reference, QStringLiteral("Intyget."), {}).ok());
    EXPECT_EQ(notified(m_anna),
              (QStringList{QStringLiteral("mention/") + me, QStringLiteral("assigned/") + me,
                           QStringLiteral("message/applicant")}));
    // Taking it oneself tells nobody.
    ASSERT_TRUE(CaseService(db()).assign(m_reference, me, std::nullopt).ok());
    EXPECT_TRUE(notified(me).isEmpty());
}

TEST_P(NotificationTest, WhoAskedGetsAMailWithTheReferenceAndEServiceOnly)
{
    const QString me = db().currentUser();
    // Anna wants mentions mailed, not assignments; Boss wants nothing mailed.
    ASSERT_TRUE(
        db().exec(QStringLiteral("INSERT INTO notification_settings (login, assigned, mention, email_to)"
                                 " VALUES (?, ?, ?, 'anna@kommun.se')"),
                  {m_anna, false, true})
            .ok());
    ASSERT_TRUE(
        MessageService(db())
            .addNote(m_reference, QStringLiteral("@%1 @%2: Tolvan Tolvansson ringde.").arg(m_anna, m_boss))
            .ok());
    ASSERT_TRUE(CaseService(db()).assign(m_reference, m_anna, std::nullopt).ok());
    auto q = db().exec(
        QStringLiteral("SELECT recipient, subject, body FROM mail_outbox WHERE kind = 'notification'"));
    ASSERT_TRUE(q.ok());
    QStringList mails;
    while (q->next()) {
        mails << q->value(0).toString();
        const QString text = q->value(1).toString() + q->value(2).toString();
        EXPECT_TRUE(text.contains(m_reference)) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("nämnts"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("Parkeringstillstånd"))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("Tolvan"))) << "no personal data: " << text.toStdString();
        EXPECT_FALSE(text.contains(me)) << "not who wrote it: " << text.toStdString();
    }
    EXPECT_EQ(mails, QStringList{QStringLiteral("anna@kommun.se")});
    // Marked mailed; the others not.
    auto mailed =
        db().exec(QStringLiteral("SELECT recipient, kind FROM notifications WHERE mailed_at IS NOT NULL"));
    ASSERT_TRUE(mailed.ok() && mailed->next());
    EXPECT_EQ(mailed->value(0).toString(), m_anna);
    EXPECT_EQ(mailed->value(1).toString(), QStringLiteral("mention"));
    EXPECT_FALSE(mailed->next());
}

TEST_P(NotificationTest, AnOverdueCaseTellsItsAssigneeOncePerStatusAndByMailWhoAsked)
{
    ASSERT_TRUE(
        db().exec(QStringLiteral(
                      "INSERT INTO notification_settings (login, email_to) VALUES (?, 'anna@kommun.se')"),
                  {m_anna})
            .ok());
    ASSERT_TRUE(CaseService(db()).assign(m_reference, m_anna, std::nullopt).ok());
    const NotificationService service(db());
    EXPECT_EQ(*service.noteOverdue(), 0); // no handling time: never overdue
    ASSERT_TRUE(AdminService(db())
                    .setDeadline(StatusDeadline{QStringLiteral("parkeringstillstand"),
                                                QStringLiteral("submitted"), 2, false})
                    .ok());
    const qint64 id = CaseRepository(db()).findSummary(m_reference).value()->id;
    ASSERT_TRUE(
        DeadlineRepository(db()).caseEnteredStatus(id, QDateTime::currentDateTimeUtc().addDays(-10)).ok());
    EXPECT_EQ(*service.noteOverdue(), 1);
    EXPECT_EQ(*service.noteOverdue(), 0); // once
    EXPECT_EQ(notified(m_anna).last(), QStringLiteral("overdue/casedesk"));
    auto mail = db().exec(QStringLiteral(
        "SELECT subject FROM mail_outbox WHERE kind = 'notification' AND recipient = 'anna@kommun.se'"
        " ORDER BY id DESC"));
    ASSERT_TRUE(mail.ok() && mail->next());
    EXPECT_TRUE(mail->value(0).toString().contains(QStringLiteral("försenat")))
        << mail->value(0).toString().toStdString();
    // In its next status and overdue there too: told again.
    ASSERT_TRUE(
        CaseService(db()).changeStatus(m_reference, QStringLiteral("registered"), std::nullopt, {}).ok());
    ASSERT_TRUE(AdminService(db())
                    .setDeadline(StatusDeadline{QStringLiteral("parkeringstillstand"),
                                                QStringLiteral("registered"), 1, false})
                    .ok());
    // (As if the first notice, and the first status, were of 20 days ago and the move of 5.)
    ASSERT_TRUE(db().exec(QStringLiteral("UPDATE notifications SET created_at = ? WHERE kind = 'overdue'"),
                          {toSqlTime(QDateTime::currentDateTimeUtc().addDays(-20))})
                    .ok());
    // (The owner may write both; PostgreSQL's trigger keeps the owner's own values.)
    ASSERT_TRUE(db().exec(QStringLiteral("UPDATE cases SET status_since = ?, status_due_on = ? WHERE id = ?"),
                          {toSqlTime(QDateTime::currentDateTimeUtc().addDays(-5)),
                           QDate::currentDate().addDays(-3).toString(Qt::ISODate), id})
                    .ok());
    EXPECT_EQ(*service.noteOverdue(), 1);
    EXPECT_EQ(notified(m_anna).count(QStringLiteral("overdue/casedesk")), 2);
}

TEST_P(NotificationTest, BothDatabasesReadTheSameMentions)
{
    const QStringList notes{QStringLiteral("@anna"),
                            QStringLiteral("Hej @anna."),
                            QStringLiteral("(@anna.lind)"),
                            QStringLiteral("anna@kommun.se"),
                            QStringLiteral("@anna-b, @bert_c!"),
                            QStringLiteral("@@anna"),
                            QStringLiteral("@.anna @anna..."),
                            QStringLiteral("x@anna @ bert"),
                            QStringLiteral("@åsa @anna @Anna"),
                            QStringLiteral("@ANNA.LIND!")};
    for (const QString& note : notes) {
        const QStringList ours = NotificationRepository::mentionedLogins(note);
        if (db().dialect() != Dialect::Postgres)
            continue;
        auto q = db().exec(QStringLiteral("SELECT DISTINCT lower(m[1]) FROM regexp_matches(?, "
                                          "'(?:^|[^A-Za-z0-9_.])@([A-Za-z0-9_.]*[A-Za-z0-9_])', 'g') AS m"),
                           {note});
        ASSERT_TRUE(q.ok());
        QStringList theirs;
        while (q->next())
            theirs << q->value(0).toString();
        QStringList sorted = ours;
        sorted.sort();
        theirs.sort();
        EXPECT_EQ(sorted, theirs) << note.toStdString();
    }
    EXPECT_EQ(NotificationRepository::mentionedLogins(QStringLiteral("Hej @anna.")),
              QStringList{QStringLiteral("anna")});
    EXPECT_TRUE(NotificationRepository::mentionedLogins(QStringLiteral("anna@kommun.se")).isEmpty());
    // Logins are ASCII (AccessService): "@åsa" names nobody, "@Anna" is anna.
    EXPECT_EQ(NotificationRepository::mentionedLogins(QStringLiteral("@åsa @anna @Anna")),
              QStringList{QStringLiteral("anna")});
}

TEST_P(NotificationTest, SettingsAreStoredAndANonsenseAddressIsRefusedByName)
{
    const NotificationService service(db());
    EXPECT_EQ(*service.settings(), NotificationSettings{});
    NotificationSettings settings{false, true, false, true, QStringLiteral("  handlaggare@kommun.se ")};
    ASSERT_TRUE(service.saveSettings(settings).ok());
    settings.emailTo = settings.emailTo.trimmed();
    EXPECT_EQ(*service.settings(), settings);
    for (const QString& address :
         {QStringLiteral("nobody"), QStringLiteral("a@b"), QStringLiteral("two words@x.se")}) {
        NotificationSettings bad;
        bad.emailTo = address;
        auto refused = service.saveSettings(bad);
        ASSERT_FALSE(refused.ok()) << address.toStdString();
        EXPECT_EQ(refused.error().field, QStringLiteral("emailTo"));
    }
    EXPECT_EQ(*service.settings(), settings); // unchanged
}

CASEDESK_INSTANTIATE_BACKENDS(NotificationTest);
