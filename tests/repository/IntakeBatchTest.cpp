// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SampleSubmissions.h"
#include "TestDatabase.h"

#include "db/TransactionGuard.h"
#include "intake/IntakeService.h"
#include "repositories/CaseRepository.h"

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

qint64 scalar(Database& db, const QString& sql, const QVariantList& params = {})
{
    auto q = db.exec(sql, params);
    EXPECT_TRUE(q.ok()) << sql.toStdString();
    return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
}

qint64 rowsOfCase(Database& db, const char* table, const QString& externalId)
{
    return scalar(db,
                  QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table) +
                      QStringLiteral(" t JOIN cases c ON c.id = t.case_id WHERE c.external_id = ?"),
                  {externalId});
}

// Cases found by a word of their form (the search index, filled once per batch).
QStringList foundBy(Database& db, const QString& word)
{
    CaseQuery query;
    query.search = word;
    query.limit = 100;
    auto rows = CaseRepository(db).list(query);
    EXPECT_TRUE(rows.ok()) << (rows.ok() ? std::string() : rows.error().describe().toStdString());
    QStringList references;
    if (rows.ok())
        for (const CaseSummary& row : *rows)
            references << row.reference;
    references.sort();
    return references;
}

IncomingAttachment gif()
{
    IncomingAttachment a;
    a.fileName = QStringLiteral("karta.gif");
    a.mimeType = QStringLiteral("image/gif");
    a.content = QByteArray("GIF89a\x01\0\x01\0\x80\0\0\0\0\0\xFF\xFF\xFF!\xF9\x04\x01\0\0\0\0,"
                           "\0\0\0\0\x01\0\x01\0\0\x02\x02D\x01\0;",
                           43);
    return a;
}

} // namespace

// Batch intake (casedeskctl submit of many files): one transaction, a savepoint per submission.
class IntakeBatchTest : public BackendTest
{};

TEST_P(IntakeBatchTest, RefusedSubmissionsLeaveNothingAndTheOthersAreStoredWhole)
{
    const QString sql = QStringLiteral("SELECT count(*) FROM cases");
    Submission broken = sampleSubmission(QStringLiteral("batch-broken"));
    broken.pages[1].fields[0].label = QString(); // NOT NULL: fails after the case row is written
    Submission offList = sampleSubmission(QStringLiteral("batch-gif"));
    offList.attachments = {gif()};
    const QList<Submission> batch{sampleSubmission(QStringLiteral("batch-1")), broken,
                                  sampleSubmission(QStringLiteral("batch-1")), offList,
                                  sampleSubmission(QStringLiteral("batch-2"))};

    auto outcomes = IntakeService(db()).submitBatch(batch);
    ASSERT_TRUE(outcomes.ok()) << outcomes.error().describe().toStdString();
    ASSERT_EQ(outcomes->size(), 5u);
    const auto& o = *outcomes;
    ASSERT_TRUE(o[0].ok()) << o[0].error().describe().toStdString();
    EXPECT_EQ(o[0]->reference, QStringLiteral("CD-2026-000001"));
    EXPECT_EQ(o[0]->mailsQueued, 1); // the applicant's confirmation; the e-service has no mailbox
    ASSERT_FALSE(o[1].ok());
    // The copy of batch-1 in the same batch is a duplicate of the case stored just before it.
    ASSERT_FALSE(o[2].ok());
    EXPECT_EQ(o[2].error().code, ErrorCode::Conflict);
    EXPECT_EQ(o[2].error().field, QStringLiteral("externalId"));
    EXPECT_TRUE(o[2].error().message().contains(QStringLiteral("CD-2026-000001")));
    ASSERT_FALSE(o[3].ok());
    EXPECT_EQ(
        o[3].error().describe(),
        QStringLiteral("attachments[0].fileName: type gif is not allowed for e-service parkeringstillstand"));
    ASSERT_TRUE(o[4].ok()) << o[4].error().describe().toStdString();
    // The refused ones took no reference number: their counter increments were rolled back.
    EXPECT_EQ(o[4]->reference, QStringLiteral("CD-2026-000002"));

    EXPECT_EQ(scalar(db(), sql), 2);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM cases WHERE external_id IN "
                                          "('batch-broken', 'batch-gif')")),
              0);
    // Nothing of the refused submissions anywhere, everything of the stored ones.
    for (const char* table : {"form_pages", "form_fields", "case_parties", "signatures", "attachments",
                              "case_events", "mail_outbox"}) {
        const qint64 perCase = rowsOfCase(db(), table, QStringLiteral("batch-1"));
        EXPECT_GT(perCase, 0) << table;
        EXPECT_EQ(rowsOfCase(db(), table, QStringLiteral("batch-2")), perCase) << table;
        EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table)),
                  2 * perCase)
            << table;
    }
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT sum(n) FROM case_counts")), 2);
}

// The database refuses a submission after its case row, form, parties and signatures are written
// (here a trigger of the test's refuses its file): the refusal comes back with the database's
// reason for that submission alone, nothing of it is left, its reference number is not used, and
// the submissions before and after it are stored. On PostgreSQL the refused one is stored by the
// one statement (casedesk_intake_submission) in its own subtransaction, without a savepoint of
// the batch's when it is first (reads to make) and when it is not.
TEST_P(IntakeBatchTest, ARefusalHalfWayIsReportedWithItsReasonAndLeavesNoHalfCase)
{
    if (db().sql().isEmbedded()) {
        ASSERT_TRUE(db().exec(QStringLiteral("CREATE TRIGGER test_refuse_file BEFORE INSERT ON attachments"
                                             " WHEN NEW.file_name = 'refuse.pdf'"
                                             " BEGIN SELECT RAISE(ABORT, 'the test refuses the file'); END"))
                        .ok());
    } else {
        ASSERT_TRUE(
            db().exec(QStringLiteral("CREATE FUNCTION test_refuse_file() RETURNS trigger LANGUAGE plpgsql"
                                     " AS $$ BEGIN IF NEW.file_name = 'refuse.pdf' THEN"
                                     " RAISE EXCEPTION 'the test refuses the file' USING ERRCODE = '22023';"
                                     " END IF; RETURN NEW; END $$"))
                .ok());
        ASSERT_TRUE(db().exec(QStringLiteral("CREATE TRIGGER test_refuse_file BEFORE INSERT ON attachments"
                                             " FOR EACH ROW EXECUTE FUNCTION test_refuse_file()"))
                        .ok());
    }
    const auto refused = [](const QString& externalId) {
        Submission s = sampleSubmission(externalId);
        s.attachments[0].fileName = QStringLiteral("refuse.pdf");
        return s;
    };
    const QList<Submission> batch{
        refused(QStringLiteral("half-0")), sampleSubmission(QStringLiteral("half-1")),
        refused(QStringLiteral("half-2")), sampleSubmission(QStringLiteral("half-3"))};
    auto outcomes = IntakeService(db()).submitBatch(batch);
    ASSERT_TRUE(outcomes.ok()) << outcomes.error().describe().toStdString();
    ASSERT_EQ(outcomes->size(), 4u);
    const auto& o = *outcomes;
    for (int i : {0, 2}) {
        ASSERT_FALSE(o[std::size_t(i)].ok()) << i;
        EXPECT_TRUE(
            o[std::size_t(i)].error().describe().contains(QStringLiteral("the test refuses the file")))
            << o[std::size_t(i)].error().describe().toStdString();
    }
    ASSERT_TRUE(o[1].ok()) << o[1].error().describe().toStdString();
    ASSERT_TRUE(o[3].ok()) << o[3].error().describe().toStdString();
    EXPECT_EQ(o[1]->reference, QStringLiteral("CD-2026-000001"));
    EXPECT_EQ(o[3]->reference, QStringLiteral("CD-2026-000002"));

    EXPECT_EQ(
        scalar(db(), QStringLiteral("SELECT count(*) FROM cases WHERE external_id IN ('half-0', 'half-2')")),
        0);
    for (const char* table : {"form_pages", "form_fields", "case_parties", "signatures", "attachments",
                              "case_events", "mail_outbox"}) {
        const qint64 perCase = rowsOfCase(db(), table, QStringLiteral("half-1"));
        EXPECT_GT(perCase, 0) << table;
        EXPECT_EQ(rowsOfCase(db(), table, QStringLiteral("half-3")), perCase) << table;
        // No row of a refused case under any case id.
        EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table)),
                  2 * perCase)
            << table;
    }
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT sum(n) FROM case_counts")), 2);
    EXPECT_EQ(foundBy(db(), QStringLiteral("ABC123")).size(), 2);
}

TEST_P(IntakeBatchTest, TheBatchsCasesAreInTheSearchIndexWhenItCommits)
{
    QList<Submission> batch;
    for (int i = 0; i < 3; ++i)
        batch << sampleSubmission(QStringLiteral("search-%1").arg(i));
    auto outcomes = IntakeService(db()).submitBatch(batch);
    ASSERT_TRUE(outcomes.ok()) << outcomes.error().describe().toStdString();
    QStringList references;
    for (const auto& outcome : *outcomes) {
        ASSERT_TRUE(outcome.ok()) << outcome.error().describe().toStdString();
        references << outcome->reference;
    }
    // By a form value, by the applicant's name: found like a case stored alone.
    EXPECT_EQ(foundBy(db(), QStringLiteral("ABC123")), references);
    EXPECT_EQ(foundBy(db(), QStringLiteral("Tolvansson")), references);
    // The index's per-statement maintenance is on again for everyone after the batch.
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM search_maintenance WHERE deferred")), 0);
    auto alone = IntakeService(db()).submit(sampleSubmission(QStringLiteral("search-alone")));
    ASSERT_TRUE(alone.ok());
    EXPECT_EQ(foundBy(db(), QStringLiteral("ABC123")).size(), 4);
}

TEST_P(IntakeBatchTest, MoreThanTheLargestBatchIsRefusedWhole)
{
    QList<Submission> batch;
    for (int i = 0; i <= IntakeService::kMaxBatch; ++i)
        batch << sampleSubmission(QStringLiteral("big-%1").arg(i));
    auto outcomes = IntakeService(db()).submitBatch(batch);
    ASSERT_FALSE(outcomes.ok());
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM cases")), 0);
}

CASEDESK_INSTANTIATE_BACKENDS(IntakeBatchTest);

// A batch whose connection dies in the middle (here the server ends the session while it inserts
// the fourth case, as a crash or a restart would): the three cases before it were stored inside
// the batch's transaction and go with it. Nothing of the batch is left, not even half a case, and
// the same batch again stores all of it.
TEST(IntakeBatchCrashTest, AConnectionLostMidBatchLeavesNoCaseOfIt)
{
    TestDatabase database(Backend::Postgres);
    ASSERT_TRUE(database.ok());
    Database& db = database.db();
    ASSERT_TRUE(
        db.exec(QStringLiteral("CREATE FUNCTION test_die() RETURNS trigger LANGUAGE plpgsql AS $$"
                               " BEGIN IF NEW.external_id = 'crash-3' THEN"
                               " PERFORM pg_terminate_backend(pg_backend_pid()); END IF; RETURN NEW; END $$"))
            .ok());
    ASSERT_TRUE(db.exec(QStringLiteral("CREATE TRIGGER test_die BEFORE INSERT ON cases FOR EACH ROW"
                                       " EXECUTE FUNCTION test_die()"))
                    .ok());
    QList<Submission> batch;
    for (int i = 0; i < 6; ++i)
        batch << sampleSubmission(QStringLiteral("crash-%1").arg(i));

    auto outcomes = IntakeService(db).submitBatch(batch);
    ASSERT_FALSE(outcomes.ok());
    EXPECT_EQ(outcomes.error().code, ErrorCode::Unavailable) << outcomes.error().describe().toStdString();
    EXPECT_FALSE(isUnknownCommitOutcome(outcomes.error()));

    ASSERT_TRUE(db.reconnect().ok());
    for (const char* table :
         {"cases", "form_pages", "form_fields", "case_parties", "signatures", "attachments", "case_events",
          "mail_outbox", "case_search", "reference_counters"})
        EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table)), 0)
            << table;
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM search_maintenance WHERE deferred")), 0);

    ASSERT_TRUE(db.exec(QStringLiteral("DROP TRIGGER test_die ON cases")).ok());
    auto again = IntakeService(db).submitBatch(batch);
    ASSERT_TRUE(again.ok()) << again.error().describe().toStdString();
    for (const auto& outcome : *again)
        EXPECT_TRUE(outcome.ok());
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM cases")), 6);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM case_search")), 6);
}
