#include "BackgroundRunner.h"

#include "core/Logging.h"

#include <algorithm>

namespace casedesk {

namespace {

constexpr qint64 kMaxSleepMs = 60 * 1000;

} // namespace

BackgroundRunner::BackgroundRunner(const std::atomic_bool& stop)
    : m_stop(stop)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this]() { tick(); });
}

void BackgroundRunner::add(std::unique_ptr<BackgroundTask> task)
{
    m_entries.push_back({std::move(task), {}});
}

std::optional<Error> BackgroundRunner::runOne(Entry& entry)
{
    const QString name = entry.task->name();
    qCInfo(lcRetention).noquote() << name << "started";
    auto result = entry.task->run(m_stop);
    if (!result.ok()) {
        qCWarning(lcRetention).noquote() << name << "failed:" << result.error().describe();
        return result.error();
    }
    qCInfo(lcRetention).noquote() << name << "done:" << *result;
    return std::nullopt;
}

std::optional<Error> BackgroundRunner::runAllOnce()
{
    std::optional<Error> first;
    for (Entry& entry : m_entries) {
        if (m_stop.load())
            break;
        auto error = runOne(entry);
        if (error && !first)
            first = error;
    }
    return first;
}

void BackgroundRunner::start()
{
    const QDateTime now = QDateTime::currentDateTime();
    for (Entry& entry : m_entries) {
        entry.next = entry.task->nextRunAfter(now);
        qCInfo(lcRetention).noquote()
            << entry.task->name() << "next runs at" << entry.next.toString(Qt::ISODate);
    }
    arm();
}

void BackgroundRunner::tick()
{
    for (Entry& entry : m_entries) {
        if (m_stop.load())
            return;
        if (QDateTime::currentDateTime() < entry.next)
            continue;
        const bool failed = runOne(entry).has_value();
        const QDateTime now = QDateTime::currentDateTime();
        entry.next = entry.task->nextRunAfter(now);
        if (failed)
            entry.next = std::min(entry.next, now.addSecs(m_retrySeconds));
        qCInfo(lcRetention).noquote()
            << entry.task->name() << "next runs at" << entry.next.toString(Qt::ISODate);
    }
    arm();
}

void BackgroundRunner::arm()
{
    if (m_stop.load() || m_entries.empty())
        return;
    const QDateTime now = QDateTime::currentDateTime();
    qint64 wait = kMaxSleepMs;
    for (const Entry& entry : m_entries)
        wait = std::min(wait, std::max<qint64>(0, now.msecsTo(entry.next)));
    m_timer.start(int(wait));
}

} // namespace casedesk
