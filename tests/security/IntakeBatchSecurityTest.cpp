// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SecurityFixture.h"

#include "SampleSubmissions.h"

#include "intake/IntakeService.h"

using namespace casedesk;
using namespace casedesk::test;

// Batch intake (IntakeService::submitBatch, casedeskctl submit of many files) writes the case
// tables with one INSERT ... SELECT FROM json_to_recordset(...) per table and defers the search
// index to the end of its transaction. Both are the caller's own statements under the caller's
// rights: whoever may not take in cases one by one may not in a batch either, nor rewrite a
// stored case's form through the many-rows statement, nor switch the index maintenance off.

namespace {

QList<Submission> twoSubmissions(const QString& who)
{
    return {sampleSubmission(QStringLiteral("batch-%1-1").arg(who)),
            sampleSubmission(QStringLiteral("batch-%1-2").arg(who))};
}

} // namespace

TEST_F(SecurityTest, OnlyTheServiceAndAdministratorsTakeInBatches)
{
    for (const char* role : {"cw", "rd", "portal"}) {
        auto db = as(role);
        ASSERT_TRUE(db);
        auto outcomes = IntakeService(*db).submitBatch(twoSubmissions(QString::fromLatin1(role)));
        if (outcomes.ok()) {
            for (const auto& outcome : *outcomes)
                EXPECT_FALSE(outcome.ok()) << role;
        }
        EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM cases WHERE external_id LIKE ?"),
                             {QStringLiteral("batch-%1-%").arg(QString::fromLatin1(role))}),
                  0)
            << role;
    }
    for (const char* role : {"service", "admin"}) {
        auto db = as(role);
        ASSERT_TRUE(db);
        auto outcomes = IntakeService(*db).submitBatch(twoSubmissions(QString::fromLatin1(role)));
        ASSERT_TRUE(outcomes.ok()) << role << ": " << outcomes.error().describe().toStdString();
        for (const auto& outcome : *outcomes)
            EXPECT_TRUE(outcome.ok()) << role << ": " << outcome.error().describe().toStdString();
        // Stored whole and indexed for search, with the index maintenance on again.
        EXPECT_EQ(
            ownerCount(QStringLiteral("SELECT count(*) FROM cases c JOIN case_search s ON s.case_id = c.id"
                                      " WHERE c.external_id LIKE ?"),
                       {QStringLiteral("batch-%1-%").arg(QString::fromLatin1(role))}),
            2)
            << role;
    }
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM search_maintenance WHERE deferred")), 0);
}

TEST_F(SecurityTest, TheManyRowsStatementsRefuseWhatTheOneRowStatementsRefuse)
{
    const qint64 id = caseId(m_parkingRef);
    const QString fields = QStringLiteral(
        "INSERT INTO form_fields (case_id, page_index, field_index, field_key, label, field_type,"
        " value_json, value_text) SELECT r.case_id, r.page_index, r.field_index, r.field_key,"
        " r.label, r.field_type, r.value_json, r.value_text FROM json_to_recordset(CAST(? AS json))"
        " AS r(case_id bigint, page_index integer, field_index integer, field_key text, label text,"
        " field_type text, value_json text, value_text text)");
    const QString row =
        QStringLiteral("[{\"case_id\": %1, \"page_index\": 0, \"field_index\": 99, \"field_key\":"
                       " \"x\", \"label\": \"x\", \"field_type\": \"text\", \"value_json\":"
                       " \"\\\"Nej\\\"\", \"value_text\": \"Nej\"}]")
            .arg(id);
    const QString events =
        QStringLiteral("INSERT INTO case_events (case_id, occurred_at, actor, kind) SELECT r.case_id,"
                       " r.occurred_at, r.actor, r.kind FROM json_to_recordset(CAST(? AS json))"
                       " AS r(case_id bigint, occurred_at timestamptz, actor text, kind text)");
    const QString forged =
        QStringLiteral("[{\"case_id\": %1, \"occurred_at\": \"2001-01-01T00:00:00Z\", \"actor\": \"portal\","
                       " \"kind\": \"submitted\"}]")
            .arg(id);
    for (const char* role : {"admin", "cw", "rd", "service", "portal"}) {
        auto db = as(role);
        ASSERT_TRUE(db);
        // A stored case's form is never added to, in one row or many.
        EXPECT_FALSE(attempt(*db, fields, {row})) << role;
        // Nobody but the service's and administrators' bulk writers switches the index off, and
        // nobody reindexes a case by hand but them.
        const bool bulkWriter = QByteArray(role) == "admin" || QByteArray(role) == "service";
        EXPECT_EQ(attempt(*db, QStringLiteral("UPDATE search_maintenance SET deferred = false WHERE id = 1")),
                  bulkWriter)
            << role;
        EXPECT_EQ(attempt(*db, QStringLiteral("SELECT casedesk_search_refresh(CAST(? AS bigint[]))"),
                          {QStringLiteral("{%1}").arg(id)}),
                  bulkWriter)
            << role;
        // History in many rows is written in the writer's name at the database's time, as in one.
        attempt(*db, events, {forged});
    }
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM form_fields WHERE case_id = ? AND field_index = 99"),
                   {id}),
        0);
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM case_events WHERE actor = 'portal'")), 0);
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM case_events WHERE occurred_at < '2002-01-01'")),
              0);
}

// 0020's casedesk_case_new_here: inside savepoints a case is new only when this transaction
// wrote it. A stored case stays closed to new form rows whatever the nesting, and a case written
// in a savepoint that was rolled back is gone, not new.
TEST_F(SecurityTest, SavepointsOpenNoStoredCaseToNewFormRows)
{
    const qint64 id = caseId(m_parkingRef);
    for (const char* role : {"service", "admin"}) {
        auto db = as(role);
        ASSERT_TRUE(db);
        for (const QStringList& before :
             {QStringList{QStringLiteral("SAVEPOINT a")},
              QStringList{QStringLiteral("SAVEPOINT a"), QStringLiteral("SAVEPOINT b")},
              QStringList{QStringLiteral("SAVEPOINT a"), QStringLiteral("RELEASE SAVEPOINT a"),
                          QStringLiteral("SAVEPOINT b")}}) {
            EXPECT_FALSE(attemptTransaction(
                *db,
                before + QStringList{QStringLiteral("INSERT INTO form_pages (case_id, page_index, title)"
                                                    " VALUES (?, 9, 'Tillägg')")},
                {id}))
                << role;
            EXPECT_FALSE(attemptTransaction(
                *db,
                before + QStringList{QStringLiteral("INSERT INTO signatures (case_id, role, name, signed_at,"
                                                    " provider, signed_digest, kind) VALUES (?, 'applicant',"
                                                    " 'X', now(), 'bankid', 'x', 'oep')")},
                {id}))
                << role;
        }
    }
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM form_pages WHERE case_id = ? AND page_index = 9"),
                   {id}),
        0);
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM signatures WHERE case_id = ? AND name = 'X'"), {id}),
        0);
}

// 0021's casedesk_intake_submission is SECURITY INVOKER: one statement, but every insert in it
// under the caller's rights, guards and policies, as the separate statements were. Sent by hand
// with a forged document: who may not take in cases may not call it; the service's forgeries
// are rewritten or refused by the same guards, and a refusal half-way leaves nothing.
namespace {

QString intakeDocument(const QString& externalId, const QString& status, const QString& mailRecipient)
{
    return QStringLiteral(
               "{\"source\": \"casedesk\", \"external_id\": \"%1\", \"eservice_id\": \"parkeringstillstand\","
               " \"eservice_name\": \"Parkering\", \"status_id\": \"%2\", \"reference_prefix\": \"CD\","
               " \"year\": 2026, \"applicant\": {\"name\": \"Test Testsson\", \"email\": \"test@example.se\","
               " \"protected_identity\": false}, \"submitted_at\": \"2026-03-01T10:00:00Z\","
               " \"now\": \"2001-01-01T00:00:00Z\", \"signature_state\": \"none\","
               " \"pages\": [{\"page_index\": 0, \"title\": \"Sida\"}],"
               " \"fields\": [{\"page_index\": 0, \"field_index\": 0, \"field_key\": \"x\", \"label\": \"X\","
               " \"field_type\": \"text\", \"value_json\": \"\\\"Ja\\\"\", \"value_text\": \"Ja\"}],"
               " \"parties\": [], \"signatures\": [], \"attachments\": [],"
               " \"events\": [{\"occurred_at\": \"2001-01-01T00:00:00Z\", \"actor\": \"portal\","
               " \"kind\": \"submitted\", \"to_status_id\": \"%2\"}],"
               " \"mails\": [{\"kind\": \"confirmation\", \"recipient\": \"%3\", \"subject\": \"Forged\","
               " \"body\": \"Forged\"}]}")
        .arg(externalId, status, mailRecipient);
}

// The function's answer, or "" when the statement itself failed.
QString callIntake(Database& db, const QString& document)
{
    auto q = db.exec(QStringLiteral("SELECT casedesk_intake_submission(CAST(? AS jsonb), CAST(? AS bytea))"),
                     {document, QByteArray()});
    return q.ok() && q->next() ? q->value(0).toString() : QString();
}

} // namespace

TEST_F(SecurityTest, TheOneStatementIntakeIsTheCallersOwnWritesUnderTheSameGuards)
{
    for (const char* role : {"cw", "rd", "portal"}) {
        auto db = as(role);
        ASSERT_TRUE(db);
        EXPECT_FALSE(
            attempt(*db, QStringLiteral("SELECT casedesk_intake_submission(CAST(? AS jsonb), NULL)"),
                    {intakeDocument(QStringLiteral("one-%1").arg(QString::fromLatin1(role)),
                                    QStringLiteral("submitted"), QStringLiteral("test@example.se"))}))
            << role;
    }
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM cases WHERE external_id LIKE 'one-%'")), 0);

    auto service = as("service");
    ASSERT_TRUE(service);
    // A case that starts closed: refused by the case row's guard, in the function's own
    // subtransaction: the session's transaction goes on, nothing of the case is left.
    const QString closed =
        callIntake(*service, intakeDocument(QStringLiteral("one-closed"), QStringLiteral("closed"),
                                            QStringLiteral("test@example.se")));
    EXPECT_TRUE(closed.contains(QStringLiteral("\"error\""))) << closed.toStdString();
    EXPECT_TRUE(closed.contains(QStringLiteral("a new case starts in a submitted status")))
        << closed.toStdString();
    // A mail to someone else than the applicant: refused after the case, its form and history
    // were written, and all of them go.
    const QString elsewhere =
        callIntake(*service, intakeDocument(QStringLiteral("one-mail"), QStringLiteral("submitted"),
                                            QStringLiteral("attacker@example.com")));
    EXPECT_TRUE(elsewhere.contains(QStringLiteral("goes to its applicant"))) << elsewhere.toStdString();
    for (const char* table : {"form_pages", "form_fields", "case_events", "mail_outbox"})
        EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table) +
                             QStringLiteral(" t JOIN cases c ON c.id = t.case_id WHERE c.external_id IN"
                                            " ('one-closed', 'one-mail')")),
                  0)
            << table;
    EXPECT_EQ(ownerCount(QStringLiteral(
                  "SELECT count(*) FROM cases WHERE external_id IN ('one-closed', 'one-mail')")),
              0);

    // Stored: the forged history and times are the database's, the mail's text the templates'.
    const QString stored =
        callIntake(*service, intakeDocument(QStringLiteral("one-ok"), QStringLiteral("submitted"),
                                            QStringLiteral("test@example.se")));
    ASSERT_TRUE(stored.contains(QStringLiteral("\"reference\""))) << stored.toStdString();
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id"
                                        " WHERE c.external_id = 'one-ok' AND (e.actor = 'portal'"
                                        " OR e.occurred_at < '2002-01-01')")),
              0);
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM cases WHERE external_id = 'one-ok'"
                                        " AND updated_at < '2002-01-01'")),
              0);
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM mail_outbox o JOIN cases c ON c.id = o.case_id"
                                        " WHERE c.external_id = 'one-ok' AND (o.subject = 'Forged'"
                                        " OR o.created_at < '2002-01-01')")),
              0);
    // The batch function is the one-case function per element: whoever may not call that may
    // not call this; the service's forged element is refused alone, the other is stored.
    for (const char* role : {"cw", "rd", "portal"}) {
        auto db = as(role);
        ASSERT_TRUE(db);
        EXPECT_FALSE(
            attempt(*db, QStringLiteral("SELECT casedesk_intake_submissions(CAST(? AS jsonb), NULL)"),
                    {QString(QLatin1Char('[') +
                             intakeDocument(QStringLiteral("many-%1").arg(QString::fromLatin1(role)),
                                            QStringLiteral("submitted"), QStringLiteral("test@example.se")) +
                             QLatin1Char(']'))}))
            << role;
    }
    const QString two = QLatin1Char('[') +
                        intakeDocument(QStringLiteral("many-closed"), QStringLiteral("closed"),
                                       QStringLiteral("test@example.se")) +
                        QLatin1Char(',') +
                        intakeDocument(QStringLiteral("many-ok"), QStringLiteral("submitted"),
                                       QStringLiteral("test@example.se")) +
                        QLatin1Char(']');
    auto batch =
        service->exec(QStringLiteral("SELECT casedesk_intake_submissions(CAST(? AS jsonb), NULL)"), {two});
    ASSERT_TRUE(batch.ok()) << batch.error().describe().toStdString();
    ASSERT_TRUE(batch->next());
    const QString outcomes = batch->value(0).toString();
    EXPECT_TRUE(outcomes.contains(QStringLiteral("a new case starts in a submitted status")))
        << outcomes.toStdString();
    EXPECT_TRUE(outcomes.contains(QStringLiteral("\"reference\""))) << outcomes.toStdString();
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM cases WHERE external_id LIKE 'many-%'")), 1);
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM cases WHERE external_id = 'many-ok'")), 1);

    // The same external id again is answered as a duplicate, not stored twice.
    const QString again =
        callIntake(*service, intakeDocument(QStringLiteral("one-ok"), QStringLiteral("submitted"),
                                            QStringLiteral("test@example.se")));
    EXPECT_TRUE(again.contains(QStringLiteral("duplicate_of"))) << again.toStdString();
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM cases WHERE external_id = 'one-ok'")), 1);
}
