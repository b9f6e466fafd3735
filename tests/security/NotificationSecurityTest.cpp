// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SecurityFixture.h"

#include "SampleSubmissions.h"
#include "messaging/MessageService.h"
#include "messaging/PortalService.h"
#include "notifications/NotificationService.h"
#include "presence/PresenceService.h"
#include "workflow/CaseService.h"

using namespace casedesk;
using namespace casedesk::test;

// Notifications and their settings (migration 0034), attacked as raw SQL by each role: the
// database writes every notification itself, whoever causes it, only to someone who may read
// the case; each person reads and marks only their own, and keeps their own settings.
namespace {

qint64 countOf(Database& db, const QString& sql, const QVariantList& params = {})
{
    auto q = db.exec(sql, params);
    return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
}

} // namespace

TEST_F(SecurityTest, TheDatabaseWritesNotificationsWhoeverCausesThem)
{
    auto cw = as("cw");
    auto colleague = as("colleague");
    auto admin = as("admin");
    auto portal = as("portal");
    ASSERT_TRUE(cw && colleague && admin && portal);
    // The administrator assigns the case to the caseworker: the caseworker is told, by whom.
    ASSERT_TRUE(CaseService(*admin).assign(m_parkingRef, login("cw"), std::nullopt).ok());
    // The applicant answers through the portal's contract: the assignee is told.
    ASSERT_TRUE(
        PortalService(*portal).reply(sampleApplicant(), m_parkingRef, QStringLiteral("Svar."), {}).ok());
    // A note names the colleague, the reader (who reads parking), someone unknown and its author.
    ASSERT_TRUE(MessageService(*cw)
                    .addNote(m_parkingRef, QStringLiteral("@%1 och @%2, se @okand_person. /@%3")
                                               .arg(login("colleague"), login("rd"), login("cw")))
                    .ok());
    // Taking a case oneself tells nobody.
    ASSERT_TRUE(CaseService(*colleague).assign(m_parkingRef, login("colleague"), std::nullopt).ok());

    auto unseen = NotificationService(*cw).unseen();
    ASSERT_TRUE(unseen.ok());
    const QList<Notification> mine = unseen->first;
    ASSERT_EQ(mine.size(), 2);
    EXPECT_EQ(unseen->total, 2);
    EXPECT_EQ(mine.at(0).kind, Notification::Kind::Assigned);
    EXPECT_EQ(mine.at(0).actor, login("admin"));
    EXPECT_EQ(mine.at(1).kind, Notification::Kind::Message);
    EXPECT_EQ(mine.at(1).reference, m_parkingRef);
    auto theirs = NotificationService(*colleague).unseen();
    ASSERT_TRUE(theirs.ok());
    ASSERT_EQ(theirs->first.size(), 1);
    EXPECT_EQ(theirs->first.at(0).kind, Notification::Kind::Mention);
    EXPECT_EQ(theirs->first.at(0).actor, login("cw"));
    EXPECT_EQ(ownerCount(QStringLiteral(
                             "SELECT count(*) FROM notifications WHERE recipient = ? AND kind = 'mention'"),
                         {login("rd")}),
              1);
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM notifications WHERE recipient IN (?, 'okand_person')"
                                  " AND kind = 'mention'"),
                   {login("cw")}),
        0);
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM notifications")), 4);

    // Nobody writes one, forges whose it is, or reads or marks another's.
    for (const char* role : {"cw", "rd", "admin", "service", "portal"}) {
        auto db = as(role);
        ASSERT_TRUE(db) << role;
        EXPECT_FALSE(attempt(*db,
                             QStringLiteral("INSERT INTO notifications (recipient, kind, case_id, reference,"
                                            " eservice_id, actor) VALUES (?, 'mention', ?, 'x', 'x', 'x')"),
                             {login("colleague"), caseId(m_parkingRef)}))
            << role;
    }
    EXPECT_FALSE(
        attempt(*cw, QStringLiteral("UPDATE notifications SET recipient = ?"), {login("colleague")}));
    EXPECT_FALSE(attempt(*cw, QStringLiteral("DELETE FROM notifications")));
    EXPECT_FALSE(attempt(*portal, QStringLiteral("SELECT count(*) FROM notifications")));
    EXPECT_EQ(countOf(*colleague, QStringLiteral("SELECT count(*) FROM notifications")), 1);
    EXPECT_TRUE(attempt(*colleague, QStringLiteral("UPDATE notifications SET seen_at = now()")));
    EXPECT_EQ(ownerCount(QStringLiteral(
                             "SELECT count(*) FROM notifications WHERE recipient = ? AND seen_at IS NULL"),
                         {login("cw")}),
              2);
    // Marked seen, they are not shown again; nobody else's are marked with them.
    ASSERT_TRUE(NotificationService(*cw).markSeenThrough(unseen->lastId).ok());
    EXPECT_TRUE(NotificationService(*cw).unseen()->first.isEmpty());
    EXPECT_EQ(NotificationService(*as("rd")).unseen()->total, 1);
    // The background service reads them all (to mail them) and marks them mailed, nothing else.
    auto service = as("service");
    EXPECT_EQ(countOf(*service, QStringLiteral("SELECT count(*) FROM notifications")), 4);
    EXPECT_TRUE(attempt(*service, QStringLiteral("UPDATE notifications SET mailed_at = now()")));
    EXPECT_FALSE(attempt(*service, QStringLiteral("UPDATE notifications SET seen_at = now()")));
    // Anyone who works cases may ask the database to note what became overdue (it tells only the
    // cases' own assignees); the portal may not.
    EXPECT_TRUE(attempt(*cw, QStringLiteral("SELECT casedesk_notify_overdue()")));
    EXPECT_FALSE(attempt(*portal, QStringLiteral("SELECT casedesk_notify_overdue()")));
    // Who reads which e-service is not for anyone to ask.
    EXPECT_FALSE(attempt(*cw, QStringLiteral("SELECT casedesk_login_reads(?, 'skolskjuts')"), {login("rd")}));
}

TEST_F(SecurityTest, NotificationSettingsAreEachPersonsOwn)
{
    auto cw = as("cw");
    auto colleague = as("colleague");
    ASSERT_TRUE(cw && colleague);
    NotificationSettings settings;
    settings.mention = false;
    settings.emailTo = QStringLiteral("cw@kommun.se");
    ASSERT_TRUE(NotificationService(*cw).saveSettings(settings).ok());
    EXPECT_EQ(*NotificationService(*cw).settings(), settings);
    EXPECT_EQ(*NotificationService(*colleague).settings(), NotificationSettings{}); // the defaults
    // Another's: not read, not written, not made.
    EXPECT_EQ(countOf(*colleague, QStringLiteral("SELECT count(*) FROM notification_settings")), 0);
    EXPECT_TRUE(
        attempt(*colleague, QStringLiteral("UPDATE notification_settings SET email_to = 'x@evil.example'")));
    EXPECT_TRUE(attempt(*colleague, QStringLiteral("DELETE FROM notification_settings")));
    EXPECT_FALSE(attempt(
        *colleague,
        QStringLiteral("INSERT INTO notification_settings (login, email_to) VALUES (?, 'x@evil.example')"),
        {login("rd")}));
    EXPECT_FALSE(
        attempt(*cw, QStringLiteral("UPDATE notification_settings SET login = ?"), {login("colleague")}));
    EXPECT_EQ(ownerValue(QStringLiteral("SELECT email_to FROM notification_settings WHERE login = ?"),
                         {login("cw")})
                  .toString(),
              QStringLiteral("cw@kommun.se"));
    // Nonsense addresses: refused by the service, naming the field, and by the table.
    NotificationSettings bad;
    bad.emailTo = QStringLiteral("not an address");
    auto refused = NotificationService(*cw).saveSettings(bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("emailTo"));
    EXPECT_FALSE(attempt(*cw, QStringLiteral("UPDATE notification_settings SET email_to = 'two@@at.se'")));
    auto portal = as("portal");
    EXPECT_FALSE(attempt(*portal, QStringLiteral("SELECT count(*) FROM notification_settings")));
}

TEST_F(SecurityTest, PresenceIsEachPersonsOwnAndSeenByWhoReadsTheCase)
{
    auto cw = as("cw");
    auto colleague = as("colleague");
    auto rd = as("rd");
    ASSERT_TRUE(cw && colleague && rd);
    const qint64 parking = caseId(m_parkingRef);
    const qint64 school = caseId(m_schoolRef);
    ASSERT_TRUE(PresenceService(*cw).beat(m_parkingRef).ok());
    ASSERT_TRUE(PresenceService(*cw).beat(m_schoolRef).ok());
    auto seen = PresenceService(*colleague).beat(m_parkingRef);
    ASSERT_TRUE(seen.ok());
    EXPECT_EQ(*seen, QStringList{login("cw")});
    EXPECT_EQ(*PresenceService(*cw).beat(m_parkingRef), QStringList{login("colleague")});
    // Who has a case open shows only to those who may read it.
    EXPECT_EQ(
        countOf(*colleague, QStringLiteral("SELECT count(*) FROM case_presence WHERE case_id = ?"), {school}),
        0);
    EXPECT_EQ(countOf(*rd, QStringLiteral("SELECT count(*) FROM case_presence WHERE case_id = ?"), {parking}),
              2);
    EXPECT_FALSE(PresenceService(*rd).beat(m_schoolRef).ok());
    EXPECT_FALSE(attempt(*rd, QStringLiteral("INSERT INTO case_presence (case_id, login) VALUES (?, ?)"),
                         {school, login("rd")}));
    // In another's name, or changing or removing another's mark: refused or nothing.
    EXPECT_FALSE(attempt(*colleague,
                         QStringLiteral("INSERT INTO case_presence (case_id, login) VALUES (?, ?)"),
                         {school, login("cw")}));
    EXPECT_TRUE(
        attempt(*colleague, QStringLiteral("DELETE FROM case_presence WHERE login = ?"), {login("cw")}));
    EXPECT_TRUE(attempt(*colleague,
                        QStringLiteral("UPDATE case_presence SET seen_at = now() - interval '1 hour'"
                                       " WHERE login = ?"),
                        {login("cw")}));
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM case_presence WHERE login = ?"
                                        " AND seen_at > now() - interval '1 minute'"),
                         {login("cw")}),
              2);
    EXPECT_FALSE(attempt(*cw, QStringLiteral("UPDATE case_presence SET login = ?"), {login("colleague")}));
    // Present forever by writing a time to come: the database stamps its own time.
    EXPECT_TRUE(attempt(
        *cw, QStringLiteral("UPDATE case_presence SET seen_at = '2099-01-01' WHERE case_id = ?"), {parking}));
    EXPECT_EQ(ownerCount(QStringLiteral(
                  "SELECT count(*) FROM case_presence WHERE seen_at > now() + interval '1 minute'")),
              0);
    for (const char* role : {"service", "portal"}) {
        auto db = as(role);
        ASSERT_TRUE(db) << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("SELECT count(*) FROM case_presence"))) << role;
    }
    // Leaving removes one's own mark.
    ASSERT_TRUE(PresenceService(*cw).leave(m_parkingRef).ok());
    EXPECT_TRUE(PresenceService(*colleague).beat(m_parkingRef)->isEmpty());
}
