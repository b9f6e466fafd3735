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
