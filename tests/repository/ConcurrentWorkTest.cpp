#include "SampleSubmissions.h"
#include "TestDatabase.h"

#include "intake/IntakeService.h"
#include "messaging/MessageService.h"
#include "workflow/CaseService.h"

#include <QStringList>

#include <gtest/gtest.h>

#include <atomic>
#include <optional>
#include <thread>
#include <vector>

using namespace casedesk;
using namespace casedesk::test;

// Work that does not race never conflicts (issue #12): writers that name no expected version
// wait for the case and work from what it is then. Each writer is its own connection in its
// own thread, as separate CaseDesk windows or casedeskctl runs are.
class ConcurrentWorkTest : public BackendTest
{
protected:
    template <typename Work> std::vector<std::optional<ErrorCode>> runConcurrently(int writers, Work work)
    {
        std::vector<std::optional<ErrorCode>> codes(std::size_t(writers), ErrorCode::Internal);
        std::atomic<int> ready{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < writers; ++i) {
            threads.emplace_back([&, i] {
                auto db = testDatabase().openAnother();
                ++ready;
                while (ready.load() < writers)
                    std::this_thread::yield();
                codes[std::size_t(i)] = db ? work(*db, i) : std::optional(ErrorCode::Unavailable);
            });
        }
        for (std::thread& t : threads)
            t.join();
        return codes;
    }

    QString submitOne()
    {
        auto receipt = IntakeService(db()).submit(sampleSubmission(QStringLiteral("race-1")));
        EXPECT_TRUE(receipt.ok());
        return receipt.ok() ? receipt->reference : QString();
    }
};

// Ten notes on one case at once: all ten are stored.
TEST_P(ConcurrentWorkTest, ConcurrentNotesAllLand)
{
    const QString reference = submitOne();
    const int before = int(CaseService(db()).open(reference, false)->summary.version);
    const auto codes = runConcurrently(10, [&](Database& mine, int i) {
        auto note = MessageService(mine).addNote(reference, QStringLiteral("Anteckning %1").arg(i));
        return note.ok() ? std::nullopt : std::optional(note.error().code);
    });
    for (const auto& code : codes)
        EXPECT_FALSE(code.has_value()) << int(*code);
    auto notes = MessageService(db()).thread(reference);
    ASSERT_TRUE(notes.ok());
    EXPECT_EQ(notes->notes.size(), 10);
    EXPECT_EQ(CaseService(db()).open(reference, false)->summary.version, before + 10);
}

// Status changes without an expected version: each applies if the transition is still allowed
// when its turn comes, and is refused as not allowed otherwise; none is a conflict.
TEST_P(ConcurrentWorkTest, StatusChangesWithoutAnExpectedVersionNeverConflict)
{
    const QString reference = submitOne();
    const QStringList targets{QStringLiteral("registered"), QStringLiteral("in_progress")};
    const auto codes = runConcurrently(8, [&](Database& mine, int i) {
        auto changed = CaseService(mine).changeStatus(reference, targets.at(i % 2), std::nullopt, {});
        return changed.ok() ? std::nullopt : std::optional(changed.error().code);
    });
    int applied = 0;
    for (const auto& code : codes) {
        EXPECT_TRUE(!code || *code == ErrorCode::InvalidInput) << "error code " << int(*code);
        applied += code ? 0 : 1;
    }
    EXPECT_GE(applied, 1);
    auto events = CaseService(db()).open(reference, false);
    ASSERT_TRUE(events.ok());
    int statusEvents = 0;
    for (const EventRow& e : events->events)
        statusEvents += e.kind == QLatin1String("status_changed") ? 1 : 0;
    EXPECT_EQ(statusEvents, applied); // every applied change has its history event
}

// Intake is idempotent under concurrency: ten copies of one submission store one case and
// report the others as duplicates; ten first submissions to a new e-service all go in.
TEST_P(ConcurrentWorkTest, ConcurrentIntakeStoresEachSubmissionOnce)
{
    const auto copies = runConcurrently(10, [&](Database& mine, int) {
        auto receipt = IntakeService(mine).submit(sampleSubmission(QStringLiteral("copy-1")));
        if (receipt.ok())
            return std::optional<ErrorCode>();
        EXPECT_EQ(receipt.error().field, QStringLiteral("externalId"))
            << receipt.error().describe().toStdString();
        EXPECT_TRUE(receipt.error().message.startsWith(QStringLiteral("already stored as ")))
            << receipt.error().describe().toStdString();
        return std::optional(receipt.error().code);
    });
    int stored = 0;
    for (const auto& code : copies) {
        EXPECT_TRUE(!code || *code == ErrorCode::Conflict) << "error code " << int(*code);
        stored += code ? 0 : 1;
    }
    EXPECT_EQ(stored, 1);

    const auto firsts = runConcurrently(10, [&](Database& mine, int i) {
        Submission s = sampleSubmission(QStringLiteral("new-es-%1").arg(i));
        s.eserviceId = QStringLiteral("nytt-e-tjanst");
        s.eserviceName = QStringLiteral("Ny e-tjänst");
        auto receipt = IntakeService(mine).submit(s);
        return receipt.ok() ? std::nullopt : std::optional(receipt.error().code);
    });
    for (const auto& code : firsts)
        EXPECT_FALSE(code.has_value()) << "error code " << int(*code);
    auto q = db().exec(QStringLiteral("SELECT count(*) FROM cases WHERE eservice_id = 'nytt-e-tjanst'"));
    ASSERT_TRUE(q.ok() && q->next());
    EXPECT_EQ(q->value(0).toInt(), 10);
}

CASEDESK_INSTANTIATE_BACKENDS(ConcurrentWorkTest);
