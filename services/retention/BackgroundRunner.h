// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "BackgroundTask.h"

#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace casedesk {

class Database;

// Runs the background tasks on the current thread's event loop, each when it is due. The
// timer is re-armed at most a minute ahead, so a changed clock (suspend, DST, NTP) delays a run
// by a minute at most. A failed run is retried after `retryDelay`, or at its next regular time
// if that is sooner: a task never waits longer than its own interval because the last run failed.
//
// The service outlives database restarts: before every task the runner checks the connection
// (a cheap round trip) and reconnects if it is gone, here and nowhere else, so no task needs a
// copy of that logic. While the database is away, the tasks are skipped (and retried as failed
// runs); the loss and the recovery are logged once each.
class BackgroundRunner
{
public:
    // `db` is the connection the tasks use; nullptr for tasks that need none.
    explicit BackgroundRunner(const std::atomic_bool& stop, Database* db = nullptr);

    void add(std::unique_ptr<BackgroundTask> task);
    void setRetryDelay(int seconds) { m_retrySeconds = seconds; }

    // Every task once, in order; returns the first error. For `serve --once` and cron.
    std::optional<Error> runAllOnce();
    // Schedules the tasks; runs from the event loop until stop is set.
    void start();
    void stop() { m_timer.stop(); }

private:
    struct Entry
    {
        std::unique_ptr<BackgroundTask> task;
        QDateTime next;
    };
    // `idle` (when given) is set when the task had nothing to do (an empty summary).
    std::optional<Error> runOne(Entry& entry, bool* reconnectTried, bool* idle = nullptr);
    std::optional<Error> ensureConnected(bool* reconnectTried);
    void tick();
    void arm();

    const std::atomic_bool& m_stop;
    Database* m_db = nullptr;
    bool m_connected = true;
    std::vector<Entry> m_entries;
    QTimer m_timer;
    int m_retrySeconds = 300;
};

} // namespace casedesk
