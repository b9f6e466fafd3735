// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "WorkTicket.h"
#include "core/Result.h"
#include "db/DatabaseUrl.h"

#include <QObject>
#include <QPointer>

class QTimer;

#include <concepts>
#include <functional>
#include <memory>

namespace casedesk {

class Database;
class WorkerLane;

// Runs database work off the GUI thread, so that the window never waits for the database or
// the network. One place owns this: widgets and models post a task (a function of a Database)
// with a callback, the task runs on a lane's thread with that lane's own connection, and the
// callback runs on the GUI thread with the result, unless its context object is gone or the
// ticket was cancelled (a case the person navigated away from).
//
// Two lanes, each a thread with a connection of its own: reads (inbox pages, counts, opening a
// case) and writes (status changes, messages), so that a save never queues behind a long
// search. A third connection only checks that the database is there (see connectionLost).
// Tasks on one lane run one at a time in the order posted.
class DatabaseWorker : public QObject
{
    Q_OBJECT
public:
    enum class Lane
    {
        Read,
        Write
    };

    // Each lane opens its connection on its own thread right away (SQLite: the file must exist;
    // the GUI creates and migrates it before the window opens). A connection that cannot be
    // opened is every task's error, and the first one starts a connection check.
    explicit DatabaseWorker(DatabaseUrl url, QObject* parent = nullptr);
    ~DatabaseWorker() override; // waits for running tasks, drops queued ones and their callbacks

    const DatabaseUrl& url() const { return m_url; }

    // Posts `work(Database&, const TaskControl&)`; `done(result)` runs on the GUI thread.
    // `work` returns a Result (a connection that cannot be opened gives its error instead).
    // `context` lives on the GUI thread; once it is destroyed the callback is dropped.
    template <typename Work, typename Done>
    requires std::invocable<Work, Database&, const TaskControl&> WorkTicket post(Lane lane, QObject* context,
                                                                                 Work work, Done done);

    template <typename Work, typename Done>
    requires std::invocable<Work, Database&> WorkTicket post(Lane lane, QObject* context, Work work,
                                                             Done done)
    {
        return post(
            lane, context,
            [work = std::move(work)](Database& db, const TaskControl&) mutable { return work(db); },
            std::move(done));
    }

    // Tasks posted whose callback has not run (or been dropped) yet.
    int pendingCount() const { return m_pending; }
    // Processes events until no task and no connection check is pending (tests).
    bool waitForIdle(int timeoutMs = 30000);

    // Checks the connection every `intervalMs` (and at once after a task found it gone).
    void startMonitoring(int intervalMs = 5000);
    // One check now (it answers through the signals below).
    void checkConnection();
    // What the last check found (true until a check found otherwise).
    bool isConnected() const { return m_connected; }

Q_SIGNALS:
    // The database went away (filesLost: the embedded database's files were replaced or
    // removed, which no reconnect mends). Tasks fail with Unavailable meanwhile.
    void connectionLost(const QString& reason, bool filesLost);
    void connectionRestored();
    // Something is running or queued (a busy indicator).
    void busyChanged(bool busy);

private:
    // Runs on the lane's thread; answers whether the connection failed (Unavailable), so that
    // the lane checks it before its next task.
    using Task = std::function<bool(Database* db, const Error* openError)>;
    void enqueue(Lane lane, Task task);
    void delivered(bool connectionFailed);
    // Runs `f` on the GUI thread (this object's thread).
    void toGui(std::function<void()> f);

    DatabaseUrl m_url;
    std::unique_ptr<WorkerLane> m_read;
    std::unique_ptr<WorkerLane> m_write;
    std::unique_ptr<WorkerLane> m_monitor;
    bool m_connected = true;
    bool m_checking = false;
    QTimer* m_monitorTimer = nullptr;
    int m_pending = 0;
};

template <typename Work, typename Done>
requires std::invocable<Work, Database&, const TaskControl&>
    WorkTicket DatabaseWorker::post(Lane lane, QObject* context, Work work, Done done)
{
    using R = std::invoke_result_t<Work, Database&, const TaskControl&>;
    static_assert(std::constructible_from<R, Error>, "a task returns a Result");
    auto state = std::make_shared<WorkState>();
    QPointer<QObject> guard(context);
    ++m_pending;
    if (m_pending == 1)
        Q_EMIT busyChanged(true);
    enqueue(lane, [this, state, guard, work = std::move(work),
                   done = std::move(done)](Database* db, const Error* openError) mutable {
        if (state->cancelled) {
            toGui([this] { delivered(false); });
            return false;
        }
        auto result = std::make_shared<R>(db ? work(*db, TaskControl(state)) : R(*openError));
        const bool lost = !result->ok() && result->error().code == ErrorCode::Unavailable;
        toGui([this, state, guard, result, done = std::move(done), lost]() mutable {
            // Checked here, on the GUI thread, where the context lives and is destroyed.
            if (guard && !state->cancelled)
                done(std::move(*result));
            delivered(lost);
        });
        return lost;
    });
    return WorkTicket(state);
}

} // namespace casedesk
