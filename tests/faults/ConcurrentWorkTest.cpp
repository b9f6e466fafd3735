// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseStoreConsistency.h"
#include "SampleSubmissions.h"
#include "TestDatabase.h"

#include "intake/IntakeService.h"
#include "messaging/MessageService.h"
#include "messaging/PortalService.h"
#include "messaging/SupplementService.h"
#include "workflow/CaseService.h"

#include <QStringList>

#include <gtest/gtest.h>

#include <atomic>
#include <optional>
#include <thread>
#include <vector>

using namespace casedesk;
using namespace casedesk::test;

namespace {

constexpr int kWriters = 20;

using Outcome = std::optional<Error>; // std::nullopt: the write went in

template <typename T> Outcome outcomeOf(const Result<T>& result)
{
    return result.ok() ? Outcome() : Outcome(result.error());
}

std::string describe(const Outcome& outcome)
{
    return outcome ? outcome->describe().toStdString() : std::string("ok");
}

int succeeded(const std::vector<Outcome>& outcomes)
{
    int n = 0;
    for (const Outcome& o : outcomes)
        n += o ? 0 : 1;
    return n;
}

} // namespace

// Twenty writers at once (issue #12), each its own connection in its own thread, as separate
// CaseDesk windows, casedeskctl runs and portal requests are. Work that does not race never
// conflicts: notes, messages, supplement answers and changes without an expected version wait
// for the case and work from what it is then. Only an explicit expected version conflicts, and
// then exactly one writer wins. Every test counts the rows before and after and checks the whole
// database for consistency.
class ConcurrentWorkTest : public BackendTest
{
protected:
    void TearDown() override
    {
        EXPECT_EQ(caseStoreProblems(db()), QStringList());
        BackendTest::TearDown();
    }

    // Runs work(connection, writer) for writers 0..n-1 at once: every thread first opens its
    // connection, then all start together.
    template <typename Work> std::vector<Outcome> runConcurrently(Work work, int writers = kWriters)
    {
        std::vector<Outcome> outcomes(static_cast<std::size_t>(writers));
        std::atomic<int> ready{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < writers; ++i) {
            threads.emplace_back([&, i] {
                auto connection = testDatabase().openAnother();
                ++ready;
                while (ready.load() < writers)
                    std::this_thread::yield();
                outcomes[std::size_t(i)] =
                    connection ? work(*connection, i)
                               : Outcome(makeError(ErrorCode::Unavailable,
                                                   ErrorText::verbatim(QStringLiteral("no connection"))));
            });
        }
        for (std::thread& t : threads)
            t.join();
        return outcomes;
    }

    QString submit(const QString& externalId)
    {
        auto receipt = IntakeService(db()).submit(sampleSubmission(externalId));
        EXPECT_TRUE(receipt.ok()) << receipt.error().describe().toStdString();
        return receipt.ok() ? receipt->reference : QString();
    }

    QStringList submitMany(int n)
    {
        QStringList references;
        for (int i = 0; i < n; ++i)
            references << submit(QStringLiteral("many-%1").arg(i));
        return references;
    }

    qint64 count(const QString& sql, const QVariantList& values = {})
    {
        auto q = db().exec(sql, values);
        EXPECT_TRUE(q.ok()) << sql.toStdString();
        return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
    }

    qint64 perCase(const QString& table, const QString& reference, const QString& condition = {})
    {
        return count(QStringLiteral("SELECT count(*) FROM %1 x JOIN cases c ON c.id = x.case_id"
                                    " WHERE c.reference = ?%2")
                         .arg(table, condition.isEmpty() ? QString() : QStringLiteral(" AND ") + condition),
                     {reference});
    }

    int version(const QString& reference)
    {
        return int(count(QStringLiteral("SELECT version FROM cases WHERE reference = ?"), {reference}));
    }

    QList<EventRow> statusEvents(const QString& reference)
    {
        auto detail = CaseService(db()).open(reference, false);
        EXPECT_TRUE(detail.ok());
        QList<EventRow> events;
        if (detail.ok())
            for (const EventRow& e : detail->events)
                if (e.kind == QLatin1String("status_changed"))
                    events << e;
        return events;
    }

    void openSupplementRequest(const QString& reference)
    {
        ASSERT_TRUE(
            CaseService(db()).changeStatus(reference, QStringLiteral("in_progress"), std::nullopt, {}).ok());
        auto request = SupplementService(db()).request(reference, QStringLiteral("Läkarintyg saknas"),
                                                       QDate::currentDate().addDays(14));
        ASSERT_TRUE(request.ok()) << request.error().describe().toStdString();
    }
};

TEST_P(ConcurrentWorkTest, TwentyNotesOnOneCaseAllLand)
{
    const QString reference = submit(QStringLiteral("race-1"));
    const int before = version(reference);
    ASSERT_EQ(perCase(QStringLiteral("notes"), reference), 0);
    const auto outcomes = runConcurrently([&](Database& mine, int i) {
        return outcomeOf(MessageService(mine).addNote(reference, QStringLiteral("Anteckning %1").arg(i)));
    });
    for (const Outcome& o : outcomes)
        EXPECT_FALSE(o) << describe(o);
    EXPECT_EQ(perCase(QStringLiteral("notes"), reference), kWriters);
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(DISTINCT n.body) FROM notes n JOIN cases c ON c.id = n.case_id"
                             " WHERE c.reference = ?"),
              {reference}),
        kWriters);
    EXPECT_EQ(perCase(QStringLiteral("case_events"), reference, QStringLiteral("x.kind = 'note_added'")),
              kWriters);
    EXPECT_EQ(version(reference), before + kWriters);
}

TEST_P(ConcurrentWorkTest, TwentyMessagesToTheApplicantOnOneCaseAllLand)
{
    const QString reference = submit(QStringLiteral("race-1"));
    const int before = version(reference);
    const qint64 outboundBefore =
        perCase(QStringLiteral("messages"), reference, QStringLiteral("x.direction = 'out'"));
    const qint64 mailsBefore = perCase(QStringLiteral("mail_outbox"), reference);
    const auto outcomes = runConcurrently([&](Database& mine, int i) {
        return outcomeOf(MessageService(mine).send(reference, QStringLiteral("Meddelande %1").arg(i), {}));
    });
    for (const Outcome& o : outcomes)
        EXPECT_FALSE(o) << describe(o);
    EXPECT_EQ(perCase(QStringLiteral("messages"), reference, QStringLiteral("x.direction = 'out'")),
              outboundBefore + kWriters);
    // Every message tells the applicant by mail, in the same transaction.
    EXPECT_EQ(perCase(QStringLiteral("mail_outbox"), reference), mailsBefore + kWriters);
    EXPECT_EQ(version(reference), before + kWriters);
}

TEST_P(ConcurrentWorkTest, NotesAndMessagesOnTwentyCasesAllLand)
{
    const QStringList references = submitMany(kWriters);
    const qint64 notesBefore = count(QStringLiteral("SELECT count(*) FROM notes"));
    const qint64 messagesBefore = count(QStringLiteral("SELECT count(*) FROM messages"));
    // Each writer writes a note on its own case and a message on its neighbour's, so that every
    // case has two writers at once.
    const auto outcomes = runConcurrently([&](Database& mine, int i) {
        if (auto note = MessageService(mine).addNote(references.at(i), QStringLiteral("Anteckning"));
            !note.ok())
            return Outcome(note.error());
        return outcomeOf(
            MessageService(mine).send(references.at((i + 1) % kWriters), QStringLiteral("Hej"), {}));
    });
    for (const Outcome& o : outcomes)
        EXPECT_FALSE(o) << describe(o);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM notes")), notesBefore + kWriters);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM messages")), messagesBefore + kWriters);
    for (const QString& reference : references) {
        EXPECT_EQ(perCase(QStringLiteral("notes"), reference), 1) << reference.toStdString();
        EXPECT_EQ(perCase(QStringLiteral("messages"), reference, QStringLiteral("x.direction = 'out'")), 1)
            << reference.toStdString();
    }
}

// Status changes without an expected version: each applies if its transition is still allowed
// when its turn comes, and is otherwise refused as not allowed from the current status; none is
// a conflict. The history is one unbroken chain ending in the case's status.
TEST_P(ConcurrentWorkTest, TwentyStatusChangesWithoutAnExpectedVersionNeverConflict)
{
    const QString reference = submit(QStringLiteral("race-1"));
    const int before = version(reference);
    const QStringList targets{QStringLiteral("registered"), QStringLiteral("in_progress"),
                              QStringLiteral("closed"), QStringLiteral("submitted")};
    const auto outcomes = runConcurrently([&](Database& mine, int i) {
        return outcomeOf(
            CaseService(mine).changeStatus(reference, targets.at(i % targets.size()), std::nullopt, {}));
    });
    for (const Outcome& o : outcomes) {
        if (!o)
            continue;
        EXPECT_EQ(o->code, ErrorCode::InvalidInput) << describe(o);
        EXPECT_EQ(o->field, QStringLiteral("status")) << describe(o);
        EXPECT_TRUE(o->message().contains(QStringLiteral(" cannot move to "))) << describe(o);
    }
    const int applied = succeeded(outcomes);
    EXPECT_GE(applied, 1);
    const QList<EventRow> events = statusEvents(reference);
    ASSERT_EQ(events.size(), applied);
    QString status = QStringLiteral("submitted");
    for (const EventRow& e : events) { // oldest first
        EXPECT_EQ(e.fromStatusId, status);
        status = e.toStatusId;
    }
    EXPECT_EQ(CaseService(db()).open(reference, false)->summary.statusId, status);
    EXPECT_EQ(version(reference), before + applied);
}

// The same expected version from twenty writers: exactly one wins, nineteen are conflicts, the
// history has exactly one change.
TEST_P(ConcurrentWorkTest, TwentyStatusChangesWithTheSameExpectedVersionHaveOneWinner)
{
    const QString reference = submit(QStringLiteral("race-1"));
    const int before = version(reference);
    const auto outcomes = runConcurrently([&](Database& mine, int) {
        return outcomeOf(CaseService(mine).changeStatus(reference, QStringLiteral("registered"), before, {}));
    });
    for (const Outcome& o : outcomes)
        EXPECT_TRUE(!o || o->code == ErrorCode::Conflict) << describe(o);
    EXPECT_EQ(succeeded(outcomes), 1);
    EXPECT_EQ(statusEvents(reference).size(), 1);
    EXPECT_EQ(version(reference), before + 1);
}

// On twenty different cases nobody races: every change applies, with or without a version.
TEST_P(ConcurrentWorkTest, StatusChangesOnTwentyCasesAllApply)
{
    const QStringList references = submitMany(kWriters);
    const auto outcomes = runConcurrently([&](Database& mine, int i) {
        const std::optional<int> expected = i % 2 == 0 ? std::optional(1) : std::nullopt;
        return outcomeOf(
            CaseService(mine).changeStatus(references.at(i), QStringLiteral("registered"), expected, {}));
    });
    for (const Outcome& o : outcomes)
        EXPECT_FALSE(o) << describe(o);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM cases WHERE status_id = 'registered'")), kWriters);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM case_events WHERE kind = 'status_changed'")),
              kWriters);
}

// Assignments without a version all apply in turn (the last one stays); taking the case at the
// version one saw has exactly one winner.
TEST_P(ConcurrentWorkTest, TwentyAssignmentsAndOneTakeOfTheCase)
{
    const QString reference = submit(QStringLiteral("race-1"));
    const int before = version(reference);
    const auto handed = runConcurrently([&](Database& mine, int i) {
        return outcomeOf(
            CaseService(mine).assign(reference, QStringLiteral("handlaggare%1").arg(i), std::nullopt));
    });
    for (const Outcome& o : handed)
        EXPECT_FALSE(o) << describe(o);
    EXPECT_EQ(perCase(QStringLiteral("case_events"), reference, QStringLiteral("x.kind = 'assigned'")),
              kWriters);
    EXPECT_EQ(version(reference), before + kWriters);
    QString lastAssigned;
    {
        // The query is done before anything else reads: an open SQLite statement pins a snapshot.
        auto last =
            db().exec(QStringLiteral("SELECT e.detail FROM case_events e JOIN cases c ON c.id = e.case_id"
                                     " WHERE c.reference = ? AND e.kind = 'assigned' ORDER BY e.id DESC"),
                      {reference});
        ASSERT_TRUE(last.ok() && last->next());
        lastAssigned = last->value(0).toString();
    }
    EXPECT_EQ(CaseService(db()).open(reference, false)->summary.assignee, lastAssigned);

    const int seen = version(reference);
    const auto taken = runConcurrently([&](Database& mine, int i) {
        return outcomeOf(CaseService(mine).assign(reference, QStringLiteral("tar%1").arg(i), seen));
    });
    for (const Outcome& o : taken)
        EXPECT_TRUE(!o || o->code == ErrorCode::Conflict) << describe(o);
    EXPECT_EQ(succeeded(taken), 1);
    EXPECT_EQ(version(reference), seen + 1);
    EXPECT_TRUE(CaseService(db()).open(reference, false)->summary.assignee.startsWith(QStringLiteral("tar")));
}

// The applicant's side through the portal: twenty replies on one case all land; twenty answers to
// twenty open supplement requests all land; twenty answers to one request: one answers it, the
// others find no open request.
TEST_P(ConcurrentWorkTest, PortalRepliesAndSupplementAnswersUnderConcurrency)
{
    const QString reference = submit(QStringLiteral("race-1"));
    const auto replies = runConcurrently([&](Database& mine, int i) {
        return outcomeOf(
            PortalService(mine).reply(sampleApplicant(), reference, QStringLiteral("Svar %1").arg(i), {}));
    });
    for (const Outcome& o : replies)
        EXPECT_FALSE(o) << describe(o);
    EXPECT_EQ(perCase(QStringLiteral("messages"), reference, QStringLiteral("x.direction = 'in'")), kWriters);
    EXPECT_EQ(count(QStringLiteral("SELECT unread_count FROM cases WHERE reference = ?"), {reference}),
              kWriters);

    const QStringList references = submitMany(kWriters);
    for (const QString& r : references)
        openSupplementRequest(r);
    const auto answers = runConcurrently([&](Database& mine, int i) {
        return outcomeOf(
            PortalService(mine).supplement(sampleApplicant(), references.at(i), QStringLiteral("Intyget"),
                                           {OutgoingFile{QStringLiteral("intyg.pdf"), tinyPdf(), {}}}));
    });
    for (const Outcome& o : answers)
        EXPECT_FALSE(o) << describe(o);
    for (const QString& r : references) {
        EXPECT_EQ(count(QStringLiteral(
                            "SELECT count(*) FROM cases WHERE reference = ? AND status_id = 'supplemented'"),
                        {r}),
                  1)
            << r.toStdString();
        EXPECT_EQ(perCase(QStringLiteral("supplement_requests"), r,
                          QStringLiteral("x.answer_message_id IS NOT NULL")),
                  1);
        EXPECT_EQ(perCase(QStringLiteral("attachments"), r, QStringLiteral("x.message_id IS NOT NULL")), 1);
    }

    openSupplementRequest(reference);
    const qint64 inboundBefore =
        perCase(QStringLiteral("messages"), reference, QStringLiteral("x.direction = 'in'"));
    const auto oneRequest = runConcurrently([&](Database& mine, int i) {
        return outcomeOf(PortalService(mine).supplement(sampleApplicant(), reference,
                                                        QStringLiteral("Komplettering %1").arg(i), {}));
    });
    for (const Outcome& o : oneRequest)
        EXPECT_TRUE(!o || (o->code == ErrorCode::NotFound &&
                           o->message() == QStringLiteral("the case has no open supplement request")))
            << describe(o);
    EXPECT_EQ(succeeded(oneRequest), 1);
    EXPECT_EQ(perCase(QStringLiteral("messages"), reference, QStringLiteral("x.direction = 'in'")),
              inboundBefore + 1);
    EXPECT_EQ(
        perCase(QStringLiteral("case_events"), reference, QStringLiteral("x.kind = 'supplement_received'")),
        1);
}

// Intake is idempotent under concurrency: twenty copies of one submission store one case and
// report the others as duplicates; twenty first submissions to a new e-service all go in.
TEST_P(ConcurrentWorkTest, ConcurrentIntakeStoresEachSubmissionOnce)
{
    const auto copies = runConcurrently([&](Database& mine, int) {
        return outcomeOf(IntakeService(mine).submit(sampleSubmission(QStringLiteral("copy-1"))));
    });
    for (const Outcome& o : copies) {
        if (!o)
            continue;
        EXPECT_EQ(o->code, ErrorCode::Conflict) << describe(o);
        EXPECT_EQ(o->field, QStringLiteral("externalId")) << describe(o);
        EXPECT_TRUE(o->message().startsWith(QStringLiteral("already stored as "))) << describe(o);
    }
    EXPECT_EQ(succeeded(copies), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM cases WHERE external_id = 'copy-1'")), 1);

    const auto firsts = runConcurrently([&](Database& mine, int i) {
        Submission s = sampleSubmission(QStringLiteral("new-es-%1").arg(i));
        s.eserviceId = QStringLiteral("nytt-e-tjanst");
        s.eserviceName = QStringLiteral("Ny e-tjänst");
        return outcomeOf(IntakeService(mine).submit(s));
    });
    for (const Outcome& o : firsts)
        EXPECT_FALSE(o) << describe(o);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM cases WHERE eservice_id = 'nytt-e-tjanst'")),
              kWriters);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM eservices WHERE id = 'nytt-e-tjanst'")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM cases")), kWriters + 1);
}

CASEDESK_INSTANTIATE_BACKENDS(ConcurrentWorkTest);
