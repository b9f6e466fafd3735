#pragma once

#include "BackgroundTask.h"

#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace casedesk {

// Runs the background tasks on the current thread's event loop, each when it is due. The
// timer is re-armed at most a minute ahead, so a changed clock (suspend, DST, NTP) delays a run
// by a minute at most. A failed run is retried after `retryDelay` (the database may be back),
// or at its next regular time if that is sooner.
class BackgroundRunner
{
public:
    explicit BackgroundRunner(const std::atomic_bool& stop);

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
    std::optional<Error> runOne(Entry& entry);
    void tick();
    void arm();

    const std::atomic_bool& m_stop;
    std::vector<Entry> m_entries;
    QTimer m_timer;
    int m_retrySeconds = 300;
};

} // namespace casedesk
