// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PostgresCluster.h"
#include "TestDatabase.h"

#include "db/Database.h"
#include "worker/DatabaseWorker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>

using namespace casedesk;
using namespace casedesk::test;

namespace {

Result<int> countCases(Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT COUNT(*) FROM cases"));
    if (!q.ok())
        return q.error();
    q->next();
    return q->value(0).toInt();
}

// Blocks the lane's thread until `release` is set (or 10 s pass), like a long search.
Result<int> holdUntil(const std::atomic_bool& release)
{
    QElapsedTimer timer;
    timer.start();
    while (!release && timer.elapsed() < 10000)
        QThread::msleep(2);
    return 1;
}

class DatabaseWorkerTest : public BackendTest
{};

} // namespace

TEST_P(DatabaseWorkerTest, RunsTheTaskOnItsOwnThreadAndTheCallbackOnTheCallers)
{
    DatabaseWorker worker(testDatabase().url());
    ASSERT_TRUE(worker.waitForIdle()); // the connections it opens at once
    QObject context;
    QThread* taskThread = nullptr;
    QThread* callbackThread = nullptr;
    std::optional<Result<int>> answer;
    worker.post(
        DatabaseWorker::Lane::Read, &context,
        [&](Database& db) {
            taskThread = QThread::currentThread();
            return countCases(db);
        },
        [&](Result<int> result) {
            callbackThread = QThread::currentThread();
            answer = std::move(result);
        });
    EXPECT_EQ(worker.pendingCount(), 1);
    ASSERT_TRUE(worker.waitForIdle());
    ASSERT_TRUE(answer.has_value());
    ASSERT_TRUE(answer->ok()) << answer->error().message().toStdString();
    EXPECT_EQ(**answer, 0);
    EXPECT_NE(taskThread, QThread::currentThread());
    EXPECT_EQ(callbackThread, QThread::currentThread());
}

TEST_P(DatabaseWorkerTest, AWriteDoesNotQueueBehindALongRead)
{
    DatabaseWorker worker(testDatabase().url());
    QObject context;
    std::atomic_bool release{false};
    QStringList order;
    worker.post(
        DatabaseWorker::Lane::Read, &context, [&](Database&) { return holdUntil(release); },
        [&](Result<int>) { order << QStringLiteral("read"); });
    worker.post(
        DatabaseWorker::Lane::Write, &context,
        [&](Database& db) -> VoidResult {
            auto done = db.exec(QStringLiteral("UPDATE settings SET value = value WHERE key = 'nothing'"));
            if (!done.ok())
                return done.error();
            return {};
        },
        [&](VoidResult result) {
            EXPECT_TRUE(result.ok()) << result.error().message().toStdString();
            order << QStringLiteral("write");
            release = true;
        });
    ASSERT_TRUE(worker.waitForIdle());
    EXPECT_EQ(order, (QStringList{QStringLiteral("write"), QStringLiteral("read")}));
}

TEST_P(DatabaseWorkerTest, TasksOnOneLaneRunInTheOrderPosted)
{
    DatabaseWorker worker(testDatabase().url());
    QObject context;
    QList<int> ran;
    QList<int> delivered;
    for (int i = 0; i < 50; ++i)
        worker.post(
            DatabaseWorker::Lane::Read, &context,
            [&ran, i](Database&) -> Result<int> {
                ran << i; // only the lane's thread touches it until the callbacks run
                return i;
            },
            [&delivered](Result<int> r) { delivered << *r; });
    ASSERT_TRUE(worker.waitForIdle());
    QList<int> expected;
    for (int i = 0; i < 50; ++i)
        expected << i;
    EXPECT_EQ(ran, expected);
    EXPECT_EQ(delivered, expected);
}

TEST_P(DatabaseWorkerTest, DropsTheCallbackOfACancelledTicketAndOfADestroyedContext)
{
    DatabaseWorker worker(testDatabase().url());
    std::atomic_bool release{false};
    std::atomic_bool laterTaskRan{false};
    QObject keeper;
    bool held = false;
    worker.post(
        DatabaseWorker::Lane::Read, &keeper, [&](Database&) { return holdUntil(release); },
        [&](Result<int>) { held = true; });
    // Queued behind the held task: cancelled before it starts, it never runs at all.
    WorkTicket cancelled = worker.post(
        DatabaseWorker::Lane::Read, &keeper,
        [&](Database&) -> Result<int> {
            laterTaskRan = true;
            return 1;
        },
        [](Result<int>) { ADD_FAILURE() << "the callback of a cancelled task ran"; });
    auto goner = std::make_unique<QObject>();
    worker.post(
        DatabaseWorker::Lane::Read, goner.get(), [](Database& db) { return countCases(db); },
        [](Result<int>) { ADD_FAILURE() << "the callback of a destroyed context ran"; });
    cancelled.cancel();
    goner.reset();
    release = true;
    ASSERT_TRUE(worker.waitForIdle());
    EXPECT_TRUE(held);
    EXPECT_FALSE(laterTaskRan);
    EXPECT_EQ(worker.pendingCount(), 0);
}

TEST_P(DatabaseWorkerTest, ARunningTaskSeesItsCancellationAndStopsEarly)
{
    DatabaseWorker worker(testDatabase().url());
    QObject context;
    std::atomic_bool started{false};
    std::atomic_int steps{0};
    WorkTicket ticket = worker.post(
        DatabaseWorker::Lane::Write, &context,
        [&](Database&, const TaskControl& control) -> Result<int> {
            started = true;
            while (!control.isCancelled() && steps < 5000) {
                ++steps;
                QThread::msleep(1);
            }
            return int(steps);
        },
        [](Result<int>) { ADD_FAILURE() << "a cancelled task's result was delivered"; });
    QElapsedTimer timer;
    timer.start();
    while (!started && timer.elapsed() < 5000)
        QThread::msleep(1);
    ticket.cancel();
    ASSERT_TRUE(worker.waitForIdle());
    EXPECT_LT(steps.load(), 5000);
}

TEST_P(DatabaseWorkerTest, GoingAwayWithWorkQueuedNeitherRunsItNorCallsBack)
{
    std::atomic_bool release{false};
    std::atomic_int ran{0};
    QObject context;
    {
        DatabaseWorker worker(testDatabase().url());
        worker.post(
            DatabaseWorker::Lane::Read, &context,
            [&](Database&) {
                ++ran;
                return holdUntil(release);
            },
            [](Result<int>) { ADD_FAILURE() << "a callback ran after the worker went"; });
        for (int i = 0; i < 10; ++i)
            worker.post(
                DatabaseWorker::Lane::Read, &context,
                [&](Database&) -> Result<int> {
                    ++ran;
                    return 0;
                },
                [](Result<int>) { ADD_FAILURE() << "a callback ran after the worker went"; });
        QElapsedTimer timer;
        timer.start();
        while (ran == 0 && timer.elapsed() < 5000)
            QThread::msleep(1);
        release = true;
    }
    QCoreApplication::processEvents();
    EXPECT_EQ(ran.load(), 1);
}

TEST_P(DatabaseWorkerTest, AConnectionThatCannotOpenIsTheTasksError)
{
    DatabaseUrl url = testDatabase().url();
    if (GetParam() == Backend::Sqlite)
        url.sqlitePath += QStringLiteral(".missing");
    else
        url.databaseName += QStringLiteral("_missing");
    DatabaseWorker worker(url);
    QObject context;
    std::optional<Error> error;
    bool ran = false;
    worker.post(
        DatabaseWorker::Lane::Read, &context,
        [&](Database&) -> Result<int> {
            ran = true;
            return 0;
        },
        [&](Result<int> r) {
            if (!r.ok())
                error = r.error();
        });
    ASSERT_TRUE(worker.waitForIdle());
    EXPECT_FALSE(ran);
    ASSERT_TRUE(error.has_value());
    EXPECT_FALSE(error->message().isEmpty());
}

CASEDESK_INSTANTIATE_BACKENDS(DatabaseWorkerTest);

// A server restart: the check says the connection is lost and, once the server is back, that
// it is restored; a lane whose task failed meanwhile reconnects before its next task.
TEST(DatabaseWorkerRestartTest, ReportsALostServerAndRecoversAfterItsRestart)
{
    TestDatabase database(Backend::Postgres);
    ASSERT_TRUE(database.ok());
    QString error;
    PostgresCluster* cluster = PostgresCluster::shared(&error);
    ASSERT_NE(cluster, nullptr) << error.toStdString();

    DatabaseWorker worker(database.url());
    QObject context;
    QSignalSpy lost(&worker, &DatabaseWorker::connectionLost);
    QSignalSpy restored(&worker, &DatabaseWorker::connectionRestored);
    std::optional<Result<int>> before;
    worker.post(DatabaseWorker::Lane::Read, &context, countCases, [&](Result<int> r) { before = r; });
    ASSERT_TRUE(worker.waitForIdle());
    ASSERT_TRUE(before && before->ok());

    ASSERT_TRUE(cluster->stopServer(&error)) << error.toStdString();
    std::optional<Result<int>> during;
    worker.post(DatabaseWorker::Lane::Read, &context, countCases, [&](Result<int> r) { during = r; });
    ASSERT_TRUE(worker.waitForIdle());
    ASSERT_TRUE(during.has_value());
    ASSERT_FALSE(during->ok());
    EXPECT_EQ(during->error().code, ErrorCode::Unavailable);
    // The failed task asked for a check at once; no timer needed.
    ASSERT_TRUE(lost.wait(10000) || lost.count() == 1);
    EXPECT_EQ(lost.count(), 1);

    ASSERT_TRUE(cluster->startServer(&error)) << error.toStdString();
    worker.checkConnection();
    ASSERT_TRUE(restored.wait(10000) || restored.count() == 1);

    std::optional<Result<int>> after;
    worker.post(DatabaseWorker::Lane::Read, &context, countCases, [&](Result<int> r) { after = r; });
    ASSERT_TRUE(worker.waitForIdle());
    ASSERT_TRUE(after.has_value());
    EXPECT_TRUE(after->ok()) << after->error().message().toStdString();
    EXPECT_EQ(lost.count(), 1);
}
