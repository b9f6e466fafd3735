// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SecurityFixture.h"

#include "workflow/CaseService.h"

using namespace casedesk;
using namespace casedesk::test;

// Reads of personal data are logged by the database itself, whichever client reads: people read
// those columns only through the casedesk_read_* functions, which write the audit row (0011).

namespace {

const QString kAccessRows =
    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'case.personal_data_read' AND actor = ?"
                   " AND case_id = ?");

} // namespace

TEST_F(SecurityTest, NobodyReadsPersonalDataAroundTheLog)
{
    for (const char* role : {"admin", "cw", "rd"}) {
        auto db = as(role);
        ASSERT_TRUE(db) << role;
        for (const QString& sql :
             {QStringLiteral("SELECT * FROM case_applicants"),
              QStringLiteral("SELECT applicant_email FROM cases"),
              QStringLiteral("SELECT value_text FROM form_fields"),
              QStringLiteral("SELECT value_json FROM form_fields"),
              QStringLiteral("SELECT name, personal_number FROM case_parties"),
              QStringLiteral("SELECT personal_number FROM signatures"),
              QStringLiteral("SELECT content FROM attachments"), QStringLiteral("SELECT body FROM messages"),
              QStringLiteral("SELECT body FROM notes"),
              QStringLiteral("SELECT body FROM supplement_requests"),
              QStringLiteral("SELECT body FROM decisions"), QStringLiteral("SELECT * FROM messages")})
            EXPECT_FALSE(attempt(*db, sql)) << role << ": " << sql.toStdString();
        // What is not personal data stays readable, so lists and counts work.
        EXPECT_TRUE(attempt(*db, QStringLiteral("SELECT count(*), max(sent_at) FROM messages"))) << role;
        EXPECT_TRUE(attempt(*db, QStringLiteral("SELECT file_name, size_bytes FROM attachments"))) << role;
        EXPECT_TRUE(attempt(*db, QStringLiteral("SELECT name, personal_number FROM case_applicant_names")))
            << role;
    }
    // A caseworker sees which mails a case has, not the applicant's address in them.
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    EXPECT_FALSE(attempt(*cw, QStringLiteral("SELECT recipient FROM mail_outbox")));
    EXPECT_TRUE(attempt(*cw, QStringLiteral("SELECT kind, sent_at FROM mail_outbox")));
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'case.personal_data_read'")),
        0);
}

TEST_F(SecurityTest, EveryReadOfPersonalDataWritesItsAuditRowOncePerFewMinutes)
{
    auto cw = as("cw");
    auto rd = as("rd");
    ASSERT_TRUE(cw && rd);
    const qint64 parking = caseId(m_parkingRef);
    // psql, through the reading functions: the rows come, and so does the audit row.
    auto q = cw->exec(QStringLiteral("SELECT body FROM casedesk_read_messages(?)"), {parking});
    ASSERT_TRUE(q.ok() && q->next());
    EXPECT_EQ(q->value(0).toString(), QStringLiteral("Jag bifogar intyget."));
    EXPECT_EQ(ownerCount(kAccessRows, {login("cw"), parking}), 1);
    for (const char* function :
         {"casedesk_read_form_fields", "casedesk_read_case_parties", "casedesk_read_signatures",
          "casedesk_read_attachments", "casedesk_read_notes", "casedesk_read_applicant"}) {
        auto rows = cw->exec(QStringLiteral("SELECT count(*) FROM %1(?)").arg(QString::fromLatin1(function)),
                             {parking});
        ASSERT_TRUE(rows.ok() && rows->next()) << function;
    }
    EXPECT_EQ(ownerCount(kAccessRows, {login("cw"), parking}), 1)
        << "repeated reads within minutes are one row";
    // Another person's read is their own row; a reader reads (and is logged) too.
    auto byReader = rd->exec(QStringLiteral("SELECT count(*) FROM casedesk_read_form_fields(?)"), {parking});
    ASSERT_TRUE(byReader.ok() && byReader->next());
    EXPECT_GT(byReader->value(0).toInt(), 0);
    EXPECT_EQ(ownerCount(kAccessRows, {login("rd"), parking}), 1);
    // A read after the window is a new row. (The log is append-only even for the owner: the test
    // ages the rows with the guard switched off for one transaction, as only a superuser can.)
    ASSERT_TRUE(attemptTransaction(
        owner(), {QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_guard_change"),
                  QStringLiteral("UPDATE audit_log SET occurred_at = occurred_at - interval '10 minutes'"
                                 " WHERE action = 'case.personal_data_read'"),
                  QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER audit_log_guard_change")}));
    ASSERT_TRUE(attempt(*cw, QStringLiteral("SELECT * FROM casedesk_read_applicant(?)"), {parking}));
    EXPECT_EQ(ownerCount(kAccessRows, {login("cw"), parking}), 2);

    // A protected identity without the right: nothing comes back, and there was no access to log.
    const qint64 hidden = caseId(m_protectedRef);
    auto none = cw->exec(QStringLiteral("SELECT count(*) FROM casedesk_read_applicant(?)"), {hidden});
    ASSERT_TRUE(none.ok() && none->next());
    EXPECT_EQ(none->value(0).toInt(), 0);
    EXPECT_EQ(ownerCount(kAccessRows, {login("cw"), hidden}), 0);

    // CaseDesk reads the same way: opening a case is logged by the database too.
    const qint64 school = caseId(m_schoolRef);
    auto opened = CaseService(*cw).open(m_schoolRef, false);
    ASSERT_TRUE(opened.ok()) << opened.error().describe().toStdString();
    EXPECT_FALSE(opened->applicant.name.isEmpty());
    EXPECT_FALSE(opened->pages.isEmpty());
    EXPECT_EQ(ownerCount(kAccessRows, {login("cw"), school}), 1);
}
