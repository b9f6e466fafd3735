// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "RoundTripCounter.h"
#include "SecurityFixture.h"

#include "SampleSubmissions.h"
#include "SavedView.h"
#include "intake/IntakeService.h"
#include "repositories/CaseRepository.h"
#include "workflow/CaseScreen.h"
#include "workflow/CaseService.h"

#include <QSet>

#include <algorithm>

using namespace casedesk;
using namespace casedesk::test;

// Round trips per user action on PostgreSQL as a caseworker (issue #13 §2), counted from libpq's
// trace of what the connection sends: an inbox page, its next page, the counts and the sidebar's
// view counts are one round trip once the connection has run them; a status change or an
// assignment, commit included, at most two (one after a connection's first); everything the case
// view shows of a case at most three.

namespace {

std::string described(const QStringList& queries)
{
    return queries.isEmpty() ? std::string("(none)") : queries.join(QLatin1Char('\n')).toStdString();
}

// Runs `action` and returns what it sent.
template <typename Action> QStringList sentBy(const Database& db, Action&& action)
{
    RoundTripCounter counter(db);
    EXPECT_TRUE(counter.ok());
    action();
    return counter.stop();
}

} // namespace

TEST_F(SecurityTest, AnInboxPageIsOneRoundTripOnceTheConnectionListedOne)
{
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    const CaseRepository cases(*cw);
    for (const CaseSort sort : {CaseSort::Submitted, CaseSort::Reference, CaseSort::Applicant,
                                CaseSort::Status, CaseSort::Assignee, CaseSort::LastActivity}) {
        CaseQuery first;
        first.sort = sort;
        first.limit = 2;
        for (int run = 0; run < 3; ++run) {
            QList<CaseSummary> page;
            const QStringList queries = sentBy(*cw, [&] {
                auto listed = cases.list(first);
                ASSERT_TRUE(listed.ok()) << listed.error().message().toStdString();
                page = *listed;
            });
            // The first run prepares the statement; every later one only executes it.
            EXPECT_EQ(queries.size(), run == 0 ? 2 : 1) << described(queries);
            ASSERT_EQ(page.size(), 2) << "the caseworker reads all three cases";

            CaseQuery next = first;
            continueAfter(next, page.last());
            QList<CaseSummary> rest;
            const QStringList nextQueries = sentBy(*cw, [&] {
                auto listed = cases.list(next);
                ASSERT_TRUE(listed.ok()) << listed.error().message().toStdString();
                rest = *listed;
            });
            EXPECT_EQ(nextQueries.size(), run == 0 ? 2 : 1) << described(nextQueries);
            ASSERT_EQ(rest.size(), 1);
            EXPECT_NE(rest.first().id, page.first().id);
            EXPECT_NE(rest.first().id, page.last().id);
        }
    }
}

// The Waiting and Closed views are a status kind, several statuses: PostgreSQL reads which in
// the page's own statement, not in a statement before it.
TEST_F(SecurityTest, EverySavedViewsPageIsOneRoundTripStatusKindsIncluded)
{
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    const CaseRepository cases(*cw);
    for (const SavedView view : allSavedViews()) {
        for (const CaseSort sort : {CaseSort::Submitted, CaseSort::Reference}) {
            CaseQuery query = queryForView(view, cw->currentUser());
            query.sort = sort;
            query.limit = 2;
            for (int run = 0; run < 3; ++run) {
                const QStringList queries = sentBy(*cw, [&] {
                    auto listed = cases.list(query);
                    ASSERT_TRUE(listed.ok()) << listed.error().message().toStdString();
                });
                // The first run prepares, unless a view of the same shape (another kind) did. A
                // view of high-priority cases first (Flagged) reads its two parts in two
                // statements when the first does not fill the page, as here (nothing is marked).
                const qsizetype parts = query.highPriorityFirst ? 2 : 1;
                if (run == 0)
                    EXPECT_TRUE(queries.size() == parts || queries.size() == 2 * parts) << described(queries);
                else
                    EXPECT_EQ(queries.size(), parts) << "view " << int(view) << ", sort " << int(sort) << "\n"
                                                     << described(queries);
            }
        }
    }
}

TEST_F(SecurityTest, CountsAndTheSidebarsViewCountsAreOneRoundTrip)
{
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    const CaseRepository cases(*cw);
    CaseQuery open;
    open.openOnly = true;
    for (int run = 0; run < 3; ++run) {
        qint64 n = -1;
        const QStringList queries = sentBy(*cw, [&] {
            auto counted = cases.count(open);
            ASSERT_TRUE(counted.ok()) << counted.error().message().toStdString();
            n = *counted;
        });
        EXPECT_EQ(queries.size(), run == 0 ? 2 : 1) << described(queries);
        EXPECT_EQ(n, 3);
    }

    // Every saved view's count at once, as the sidebar's task on the database worker reads them.
    QList<CaseQuery> viewQueries;
    for (const SavedView view : allSavedViews())
        viewQueries << queryForView(view, cw->currentUser());
    Result<QList<qint64>> viewCounts = QList<qint64>();
    for (int run = 0; run < 3; ++run) {
        const QStringList queries = sentBy(*cw, [&] { viewCounts = cases.counts(viewQueries); });
        ASSERT_TRUE(viewCounts.ok()) << viewCounts.error().message().toStdString();
        EXPECT_EQ(queries.size(), run == 0 ? 2 : 1) << described(queries);
    }
    const auto countOf = [&](SavedView view) { return viewCounts->at(int(allSavedViews().indexOf(view))); };
    EXPECT_EQ(countOf(SavedView::AllOpen), 3);
    EXPECT_EQ(countOf(SavedView::Unassigned), 3);
    EXPECT_EQ(countOf(SavedView::Mine), 0);
    EXPECT_EQ(countOf(SavedView::Closed), 0);
    // The counts are the caseworker's: the colleague does not read the school case.
    auto colleague = as("colleague");
    ASSERT_TRUE(colleague);
    QList<CaseQuery> theirQueries;
    for (const SavedView view : allSavedViews())
        theirQueries << queryForView(view, colleague->currentUser());
    auto theirs = CaseRepository(*colleague).counts(theirQueries);
    ASSERT_TRUE(theirs.ok());
    EXPECT_EQ(theirs->at(int(allSavedViews().indexOf(SavedView::AllOpen))), 2);
}

TEST_F(SecurityTest, AStatusChangeOrAnAssignmentIsAtMostTwoRoundTripsWithTheCommit)
{
    ASSERT_TRUE(attempt(owner(), QStringLiteral("UPDATE eservices SET announce_closed = true WHERE id = ?"),
                        {QStringLiteral("parkeringstillstand")}));
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    const CaseService service(*cw);
    const qint64 parking = caseId(m_parkingRef);
    int version = int(ownerCount(QStringLiteral("SELECT version FROM cases WHERE id = ?"), {parking}));
    // The last move closes the case, and the e-service tells the applicant: the mail is queued
    // in the same statement.
    for (const char* status : {"registered", "in_progress", "registered", "in_progress", "closed"}) {
        Result<CaseSummary> changed = makeError(ErrorCode::Internal, ErrorText());
        const QStringList queries = sentBy(*cw, [&] {
            changed = service.changeStatus(m_parkingRef, QString::fromLatin1(status), version,
                                           QStringLiteral("ok"));
        });
        ASSERT_TRUE(changed.ok()) << status << ": " << changed.error().message().toStdString();
        EXPECT_LE(queries.size(), 2) << described(queries);
        EXPECT_EQ(changed->statusId, QString::fromLatin1(status));
        EXPECT_EQ(changed->version, version + 1);
        version = changed->version;
    }
    EXPECT_EQ(ownerValue(QStringLiteral("SELECT status_id FROM cases WHERE id = ?"), {parking}).toString(),
              QStringLiteral("closed"));
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM case_events WHERE case_id = ? AND kind ="
                                        " 'status_changed' AND actor = ? AND detail = 'ok'"),
                         {parking, login("cw")}),
              5);
    EXPECT_EQ(ownerCount(QStringLiteral(
                             "SELECT count(*) FROM mail_outbox WHERE case_id = ? AND kind = 'case_closed'"
                             " AND recipient = (SELECT applicant_email FROM cases WHERE id = ?)"
                             " AND subject LIKE '%' || (SELECT reference FROM cases WHERE id = ?) || '%'"),
                         {parking, parking, parking}),
              1);

    for (const QString& assignee : {login("cw"), QString(), login("colleague")}) {
        Result<CaseSummary> assigned = makeError(ErrorCode::Internal, ErrorText());
        const QStringList queries =
            sentBy(*cw, [&] { assigned = service.assign(m_parkingRef, assignee, version); });
        ASSERT_TRUE(assigned.ok()) << assigned.error().message().toStdString();
        EXPECT_LE(queries.size(), 2) << described(queries);
        EXPECT_EQ(assigned->assignee, assignee);
        version = assigned->version;
    }
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM case_events WHERE case_id = ? AND actor = ?"
                                        " AND kind IN ('assigned', 'unassigned')"),
                         {parking, login("cw")}),
              3);

    // A refusal costs no more.
    Result<CaseSummary> stale = makeError(ErrorCode::Internal, ErrorText());
    const QStringList queries = sentBy(*cw, [&] {
        stale = service.changeStatus(m_parkingRef, QStringLiteral("in_progress"), version - 1, QString());
    });
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(stale.error().message().contains(QStringLiteral("last change: assigned by ") + login("cw")))
        << stale.error().message().toStdString();
    EXPECT_LE(queries.size(), 1) << described(queries);
}

// Intake as the service login: the statements every submission sends are kept prepared, so a
// submission is BEGIN, one EXECUTE per statement and COMMIT once the connection has taken one
// (55 round trips before: PREPARE, EXECUTE and DEALLOCATE for most).
TEST_F(SecurityTest, ASubmissionKeepsItsStatementsPrepared)
{
    auto service = as("service");
    ASSERT_TRUE(service);
    QList<qsizetype> sent;
    for (int run = 0; run < 3; ++run) {
        const QStringList queries = sentBy(*service, [&] {
            auto stored = IntakeService(*service).submit(sampleSubmission(QStringLiteral("rt-%1").arg(run)));
            ASSERT_TRUE(stored.ok()) << stored.error().message().toStdString();
        });
        sent << queries.size();
        if (run > 0) {
            const auto prepared = std::count_if(queries.cbegin(), queries.cend(), [](const QString& q) {
                return q.startsWith(QLatin1String("PREPARE"));
            });
            EXPECT_LE(prepared, 1) << "run " << run << ": only the setting is prepared again";
        }
    }
    // BEGIN, the duplicate check, the e-service, the reference's counter, the case, 2 pages and
    // 5 fields, 2 parties, a signature, an attachment, the event, two mails with their templates,
    // COMMIT: one round trip each; the reference prefix (a setting, not kept) three.
    EXPECT_LE(sent.at(2), 25) << "round trips of one submission";
}

// Everything the case view shows (readCaseScreen: the case, its messages, notes, supplement
// requests and decisions, the allowed next statuses, the person's access, the attachment types
// and message templates) is one statement, casedesk_open_case_screen (0017), kept prepared: 2
// round trips on a connection's first open, 1 after that (about 20 before).
TEST_F(SecurityTest, OpeningACaseInTheWindowIsAtMostThreeRoundTrips)
{
    addParkingConversation();
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    for (int run = 0; run < 3; ++run) {
        Result<CaseScreen> screen = makeError(ErrorCode::Internal, ErrorText());
        const QStringList queries = sentBy(*cw, [&] { screen = readCaseScreen(*cw, m_parkingRef, true); });
        ASSERT_TRUE(screen.ok()) << screen.error().message().toStdString();
        EXPECT_LE(queries.size(), 3) << described(queries);
        EXPECT_EQ(queries.size(), run == 0 ? 2 : 1) << described(queries);
        // It is all there: the count is of the whole screen, not of a part.
        EXPECT_TRUE(screen->detail.notMarked.isEmpty()) << screen->detail.notMarked.english().toStdString();
        EXPECT_FALSE(screen->detail.applicant.name.isEmpty());
        ASSERT_TRUE(screen->thread.has_value()) << screen->threadError.english().toStdString();
        EXPECT_GE(screen->thread->messages.size(), 4); // the applicant's, ours, the request, the decision
        EXPECT_EQ(screen->thread->notes.size(), 1);
        EXPECT_EQ(screen->thread->supplementRequests.size(), 1);
        EXPECT_EQ(screen->thread->decisions.size(), 1);
        EXPECT_FALSE(screen->allowedNext.isEmpty());
        EXPECT_EQ(screen->role, Role::Caseworker);
        EXPECT_EQ(screen->canWork, true);
        EXPECT_FALSE(screen->allowedFileTypes.isEmpty());
        EXPECT_EQ(screen->messageTemplates.size(), 1);
    }
}

// Intake in batches (casedeskctl submit) as the service: the whole batch is one statement,
// SELECT casedesk_intake_submissions(...) (0021), whatever its size, and no savepoint of the
// batch's: it was twelve round trips per submission, a savepoint and a statement per table.
TEST_F(SecurityTest, ABatchIsOneRoundTripWhateverItsSize)
{
    auto service = as("service");
    ASSERT_TRUE(service);
    const IntakeService intake(*service);
    int next = 0;
    const auto batchOf = [&](int size) {
        QList<Submission> batch;
        for (int i = 0; i < size; ++i)
            batch << sampleSubmission(QStringLiteral("round-trip-%1").arg(++next));
        return batch;
    };
    const auto storedAll = [&](const QList<Submission>& batch) {
        auto outcomes = intake.submitBatch(batch);
        ASSERT_TRUE(outcomes.ok()) << outcomes.error().describe().toStdString();
        ASSERT_EQ(outcomes->size(), std::size_t(batch.size()));
        for (const auto& outcome : *outcomes)
            ASSERT_TRUE(outcome.ok()) << outcome.error().describe().toStdString();
    };
    storedAll(batchOf(2)); // the connection prepares its kept statements
    const QList<Submission> small = batchOf(2);
    const QList<Submission> large = batchOf(12);
    const QStringList forSmall = sentBy(*service, [&] { storedAll(small); });
    const QStringList forLarge = sentBy(*service, [&] { storedAll(large); });
    EXPECT_EQ(forLarge.size(), forSmall.size()) << described(forLarge);
    // The kept statement's EXECUTE, its first value the documents (each with its keys sorted).
    EXPECT_EQ(forLarge.filter(QStringLiteral("('[{\"applicant\":")).size(), 1) << described(forLarge);
    EXPECT_EQ(forLarge.filter(QStringLiteral("SAVEPOINT")).size(), 0) << described(forLarge);
}
