// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PostgresCluster.h"
#include "SampleSubmissions.h"
#include "TestDatabase.h"

#include "access/AccessService.h"
#include "intake/IntakeService.h"
#include "repositories/AuditRepository.h"
#include "repositories/CaseRepository.h"
#include "repositories/SettingsRepository.h"
#include "workflow/CaseService.h"

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

// Every role against every kind of operation on a real PostgreSQL, through the repositories and
// as raw SQL under that role: the database decides, not the client. (SQLite is single-user and
// enforces none of this, so this suite runs on PostgreSQL only.)
class AccessControlTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        static int counter = 0;
        m_prefix = QStringLiteral("t%1_").arg(++counter);
        m_database = std::make_unique<TestDatabase>(Backend::Postgres);
        ASSERT_TRUE(m_database->ok());
        Database& owner = m_database->db();

        Submission parking = sampleSubmission(QStringLiteral("a-1"));
        Submission hidden = sampleSubmission(QStringLiteral("a-2"));
        hidden.applicant.name = QStringLiteral("Skyddad Person");
        hidden.applicant.protectedIdentity = true;
        Submission school = sampleSubmission(QStringLiteral("b-1"));
        school.eserviceId = QStringLiteral("skolskjuts");
        school.eserviceName = QStringLiteral("Skolskjuts");
        m_parkingRef = submit(owner, parking);
        m_protectedRef = submit(owner, hidden);
        m_schoolRef = submit(owner, school);

        const AccessService access(owner);
        ASSERT_TRUE(
            access.addUser(user("admin"), QStringLiteral("admin"), QStringLiteral("Admin"), false).ok());
        ASSERT_TRUE(
            access.addUser(user("cw"), QStringLiteral("caseworker"), QStringLiteral("Caseworker"), false)
                .ok());
        ASSERT_TRUE(access.addUser(user("cwp"), QStringLiteral("caseworker"), QString(), true).ok());
        ASSERT_TRUE(access.addUser(user("rd"), QStringLiteral("reader"), QString(), false).ok());
        ASSERT_TRUE(access.addUser(user("none"), QStringLiteral("caseworker"), QString(), false).ok());
        ASSERT_TRUE(
            access.grant(user("cw"), QStringLiteral("parkeringstillstand"), QStringLiteral("work")).ok());
        ASSERT_TRUE(access.grant(user("cw"), QStringLiteral("skolskjuts"), QStringLiteral("read")).ok());
        ASSERT_TRUE(
            access.grant(user("cwp"), QStringLiteral("parkeringstillstand"), QStringLiteral("work")).ok());
        ASSERT_TRUE(
            access.grant(user("rd"), QStringLiteral("parkeringstillstand"), QStringLiteral("read")).ok());
    }

    QString user(const char* name) const { return m_prefix + QString::fromLatin1(name); }

    static QString submit(Database& db, const Submission& s)
    {
        auto receipt = IntakeService(db).submit(s);
        EXPECT_TRUE(receipt.ok()) << (receipt.ok() ? std::string()
                                                   : receipt.error().describe().toStdString());
        return receipt.ok() ? receipt->reference : QString();
    }

    std::unique_ptr<Database> as(const char* name) { return m_database->openAs(user(name)); }

    static qint64 visibleCases(Database& db)
    {
        auto count = CaseRepository(db).count(CaseQuery());
        EXPECT_TRUE(count.ok());
        return count.ok() ? *count : -1;
    }

    static int rawCount(Database& db, const QString& sql, const QVariantList& params = {})
    {
        auto q = db.exec(sql, params);
        return q.ok() && q->next() ? q->value(0).toInt() : -1;
    }

    static ErrorCode rawError(Database& db, const QString& sql, const QVariantList& params = {})
    {
        auto q = db.exec(sql, params);
        return q.ok() ? ErrorCode::Internal : q.error().code; // Internal: "it worked", never expected below
    }

    qint64 caseId(const QString& reference)
    {
        auto q =
            m_database->db().exec(QStringLiteral("SELECT id FROM cases WHERE reference = ?"), {reference});
        return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
    }

    QString m_prefix;
    std::unique_ptr<TestDatabase> m_database;
    QString m_parkingRef;
    QString m_protectedRef;
    QString m_schoolRef;
};

TEST_F(AccessControlTest, EachRoleReadsOnlyTheCasesOfItsEServices)
{
    auto admin = as("admin");
    auto cw = as("cw");
    auto rd = as("rd");
    auto none = as("none");
    ASSERT_TRUE(admin && cw && rd && none);
    EXPECT_EQ(visibleCases(*admin), 3);
    EXPECT_EQ(visibleCases(*cw), 3);
    EXPECT_EQ(visibleCases(*rd), 2);
    EXPECT_EQ(visibleCases(*none), 0);
    EXPECT_EQ(rawCount(*rd, QStringLiteral("SELECT count(*) FROM cases")), 2);
    EXPECT_EQ(rawCount(*none, QStringLiteral("SELECT count(*) FROM cases")), 0);
    EXPECT_EQ(rawCount(*none, QStringLiteral("SELECT count(*) FROM form_fields")), 0);
    EXPECT_EQ(rawCount(*rd, QStringLiteral("SELECT count(*) FROM attachments WHERE case_id = ?"),
                       {caseId(m_schoolRef)}),
              0);
    auto open = CaseService(*none).open(m_parkingRef, true);
    ASSERT_FALSE(open.ok());
    EXPECT_EQ(open.error().code, ErrorCode::NotFound);
}

TEST_F(AccessControlTest, OnlyWorkRightsChangeStatus)
{
    auto cw = as("cw");
    auto rd = as("rd");
    auto admin = as("admin");
    ASSERT_TRUE(cw && rd && admin);
    EXPECT_TRUE(
        CaseService(*cw).changeStatus(m_parkingRef, QStringLiteral("registered"), std::nullopt, {}).ok());
    auto readOnly =
        CaseService(*cw).changeStatus(m_schoolRef, QStringLiteral("registered"), std::nullopt, {});
    ASSERT_FALSE(readOnly.ok());
    EXPECT_EQ(readOnly.error().code, ErrorCode::PermissionDenied);
    auto reader =
        CaseService(*rd).changeStatus(m_parkingRef, QStringLiteral("in_progress"), std::nullopt, {});
    ASSERT_FALSE(reader.ok());
    EXPECT_EQ(reader.error().code, ErrorCode::PermissionDenied);
    // Around the client: the database still refuses.
    auto raw =
        cw->exec(QStringLiteral("UPDATE cases SET status_id = 'closed' WHERE id = ?"), {caseId(m_schoolRef)});
    ASSERT_TRUE(raw.ok());
    EXPECT_EQ(raw->numRowsAffected(), 0);
    EXPECT_EQ(rawError(*rd, QStringLiteral("UPDATE cases SET status_id = 'closed' WHERE id = ?"),
                       {caseId(m_parkingRef)}),
              ErrorCode::PermissionDenied);
    EXPECT_EQ(rawError(*cw, QStringLiteral("UPDATE cases SET applicant_name = 'x' WHERE id = ?"),
                       {caseId(m_parkingRef)}),
              ErrorCode::PermissionDenied);
    EXPECT_TRUE(
        CaseService(*admin).changeStatus(m_schoolRef, QStringLiteral("registered"), std::nullopt, {}).ok());
}

TEST_F(AccessControlTest, MessagesOnlyOnCasesOneMayWork)
{
    auto cw = as("cw");
    auto rd = as("rd");
    ASSERT_TRUE(cw && rd);
    const QString insert = QStringLiteral("INSERT INTO messages (case_id, direction, author, body, sent_at) "
                                          "VALUES (?, 'out', ?, 'Hej', now())");
    EXPECT_TRUE(cw->exec(insert, {caseId(m_parkingRef), user("cw")}).ok());
    EXPECT_EQ(rawError(*cw, insert, {caseId(m_schoolRef), user("cw")}), ErrorCode::PermissionDenied);
    EXPECT_EQ(rawError(*rd, insert, {caseId(m_parkingRef), user("rd")}), ErrorCode::PermissionDenied);
}

TEST_F(AccessControlTest, ProtectedIdentityOnlyWithThatRight)
{
    auto cw = as("cw");
    auto cwp = as("cwp");
    ASSERT_TRUE(cw && cwp);
    auto hidden = CaseService(*cw).open(m_protectedRef, false);
    ASSERT_TRUE(hidden.ok()) << hidden.error().message().toStdString();
    EXPECT_TRUE(hidden->contentHidden);
    EXPECT_TRUE(hidden->applicant.name.isEmpty());
    EXPECT_TRUE(hidden->applicant.personalNumber.isEmpty());
    EXPECT_TRUE(hidden->pages.isEmpty());
    EXPECT_TRUE(hidden->attachments.isEmpty());
    EXPECT_TRUE(hidden->signatures.isEmpty());
    EXPECT_EQ(rawError(*cw, QStringLiteral("SELECT applicant_name FROM cases")), ErrorCode::PermissionDenied);
    // The full applicant only through the logging function; lists see name and masked number.
    EXPECT_EQ(rawError(*cw, QStringLiteral("SELECT count(*) FROM case_applicants")),
              ErrorCode::PermissionDenied);
    EXPECT_EQ(rawCount(*cw, QStringLiteral("SELECT count(*) FROM case_applicant_names WHERE case_id = ?"),
                       {caseId(m_protectedRef)}),
              0);
    EXPECT_EQ(rawCount(*cw, QStringLiteral("SELECT count(*) FROM casedesk_read_applicant(?)"),
                       {caseId(m_protectedRef)}),
              0);
    CaseQuery byName;
    byName.search = QStringLiteral("Skyddad");
    EXPECT_EQ(CaseRepository(*cw).count(byName).value(), 0);
    // Nobody works a protected case blind: the workflow core refuses before the database would
    // (row-level security leaves the row out of the UPDATE), for status and assignment alike.
    auto protectedWork =
        CaseService(*cw).changeStatus(m_protectedRef, QStringLiteral("registered"), std::nullopt, {});
    ASSERT_FALSE(protectedWork.ok());
    EXPECT_EQ(protectedWork.error().code, ErrorCode::PermissionDenied);
    auto protectedAssign = CaseService(*cw).assign(m_protectedRef, user("cw"), std::nullopt);
    ASSERT_FALSE(protectedAssign.ok());
    EXPECT_EQ(protectedAssign.error().code, ErrorCode::PermissionDenied);

    auto visible = CaseService(*cwp).open(m_protectedRef, false);
    ASSERT_TRUE(visible.ok());
    EXPECT_FALSE(visible->contentHidden);
    EXPECT_EQ(visible->applicant.name, QStringLiteral("Skyddad Person"));
    EXPECT_EQ(visible->pages.size(), 2);
    EXPECT_EQ(CaseRepository(*cwp).count(byName).value(), 1);
}

TEST_F(AccessControlTest, OnlyAdministratorsChangeSettingsAndAccess)
{
    auto cw = as("cw");
    auto admin = as("admin");
    ASSERT_TRUE(cw && admin);
    auto denied = SettingsRepository(*cw).set(QStringLiteral("smtp.host"), QStringLiteral("evil.example"));
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(rawError(*cw, QStringLiteral("UPDATE eservices SET retention_days = NULL")),
              ErrorCode::PermissionDenied);
    EXPECT_EQ(
        rawError(*cw,
                 QStringLiteral(
                     "INSERT INTO user_access (login, eservice_id, level) VALUES (?, 'skolskjuts', 'work')"),
                 {user("cw")}),
        ErrorCode::PermissionDenied);
    auto selfPromotion = AccessService(*cw).addUser(user("cw"), QStringLiteral("admin"), QString(), true);
    ASSERT_FALSE(selfPromotion.ok());
    EXPECT_EQ(selfPromotion.error().code, ErrorCode::PermissionDenied);

    EXPECT_TRUE(SettingsRepository(*admin)
                    .set(QStringLiteral("smtp.host"), QStringLiteral("smtp.kommun.example"))
                    .ok());
    EXPECT_TRUE(
        AccessService(*admin).grant(user("cw"), QStringLiteral("skolskjuts"), QStringLiteral("work")).ok());
    // Grants apply at once, on the caseworker's open connection.
    EXPECT_TRUE(
        CaseService(*cw).changeStatus(m_schoolRef, QStringLiteral("registered"), std::nullopt, {}).ok());
    EXPECT_TRUE(AccessService(*admin).revoke(user("cw"), QStringLiteral("skolskjuts")).ok());
    EXPECT_EQ(visibleCases(*cw), 2);
}

TEST_F(AccessControlTest, OnlyTheServiceAndAdministratorsPurge)
{
    auto cw = as("cw");
    auto admin = as("admin");
    ASSERT_TRUE(cw && admin);
    EXPECT_EQ(rawError(*cw, QStringLiteral("DELETE FROM cases WHERE id = ?"), {caseId(m_parkingRef)}),
              ErrorCode::PermissionDenied);
    EXPECT_EQ(rawError(*cw, QStringLiteral("DELETE FROM form_fields")), ErrorCode::PermissionDenied);
    EXPECT_EQ(
        rawError(*cw,
                 QStringLiteral(
                     "INSERT INTO purge_log (reference, eservice_id, closed_at, purged_at, field_count,"
                     " attachment_count, message_count, note_count, signature_count, event_count, mail_count)"
                     " VALUES ('x', 'y', now(), now(), 0, 0, 0, 0, 0, 0, 0)")),
        ErrorCode::PermissionDenied);
    // Administrators purge, but only what retention has made due by the database's clock: a case
    // that is open (or closed too recently) stays whatever DELETE they send.
    auto kept = admin->exec(QStringLiteral("DELETE FROM cases WHERE id = ?"), {caseId(m_parkingRef)});
    ASSERT_TRUE(kept.ok()) << kept.error().message().toStdString();
    EXPECT_EQ(kept->numRowsAffected(), 0);
    ASSERT_TRUE(
        m_database->db()
            .exec(QStringLiteral("UPDATE cases SET status_id = 'closed', closed_at = now() - interval "
                                 "'400 days' WHERE id = ?"),
                  {caseId(m_parkingRef)})
            .ok());
    auto deleted = admin->exec(QStringLiteral("DELETE FROM cases WHERE id = ?"), {caseId(m_parkingRef)});
    ASSERT_TRUE(deleted.ok()) << deleted.error().message().toStdString();
    EXPECT_EQ(deleted->numRowsAffected(), 1);
}

TEST_F(AccessControlTest, TheAuditLogIsAppendOnlyAndReadByAdministrators)
{
    auto cw = as("cw");
    auto admin = as("admin");
    ASSERT_TRUE(cw && admin);
    ASSERT_TRUE(CaseService(*cw).open(m_parkingRef, true).ok()); // writes an audit row as the caseworker
    EXPECT_EQ(rawError(*cw, QStringLiteral("SELECT count(*) FROM audit_log")), ErrorCode::PermissionDenied);
    EXPECT_EQ(rawError(*cw, QStringLiteral("UPDATE audit_log SET actor = 'someone'")),
              ErrorCode::PermissionDenied);
    EXPECT_EQ(rawError(*cw, QStringLiteral("DELETE FROM audit_log")), ErrorCode::PermissionDenied);
    // Whatever actor and time a caseworker sends, the row names them, at the database's time.
    ASSERT_TRUE(cw->exec(QStringLiteral("INSERT INTO audit_log (occurred_at, actor, action) VALUES"
                                        " (now() - interval '3 years', 'someone.else', 'forged')"))
                    .ok());
    EXPECT_EQ(rawCount(m_database->db(),
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'forged' AND actor = ?"
                                      " AND occurred_at > now() - interval '1 hour'"),
                       {user("cw")}),
              1);
    auto opened = AuditRepository(*admin).countFor(m_parkingRef, QStringLiteral("case.opened"));
    ASSERT_TRUE(opened.ok()) << opened.error().message().toStdString();
    EXPECT_EQ(*opened, 1);
    EXPECT_EQ(rawError(*admin, QStringLiteral("UPDATE audit_log SET actor = 'someone'")),
              ErrorCode::PermissionDenied);
    EXPECT_EQ(rawError(*admin, QStringLiteral("DELETE FROM audit_log")), ErrorCode::PermissionDenied);
}
