// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "BackgroundRunner.h"

#include "core/Logging.h"
#include "db/Database.h"

#include <algorithm>

namespace casedesk {

namespace {

constexpr qint64 kMaxSleepMs = 60 * 1000;

} // namespace

BackgroundRunner::BackgroundRunner(const std::atomic_bool& stop, Database* db)
    : m_stop(stop)
    , m_db(db)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this]() { tick(); });
}

void BackgroundRunner::add(std::unique_ptr<BackgroundTask> task)
{
    m_entries.push_back({std::move(task), {}});
}

std::optional<Error> BackgroundRunner::ensureConnected(bool* reconnectTried)
{
    if (!m_db)
        return std::nullopt;
    if (m_connected) {
        auto alive = m_db->ping();
        if (alive.ok())
            return std::nullopt;
        m_connected = false;
        qCWarning(lcRetention).noquote() << "database connection lost:" << alive.error().describe()
                                         << "- reconnecting before every task until it is back";
    }
    // One attempt per round of due tasks: a server that is down (or a connect timeout) is not
    // asked again for each task in the same round.
    if (*reconnectTried)
        return makeError(ErrorCode::Unavailable,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "no connection to the database"));
    *reconnectTried = true;
    if (auto reconnected = m_db->reconnect(); !reconnected.ok()) {
        qCDebug(lcRetention).noquote() << "reconnect failed:" << reconnected.error().describe();
        return makeError(ErrorCode::Unavailable,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "no connection to the database: %1"),
                          {reconnected.error().text}});
    }
    m_connected = true;
    qCInfo(lcRetention) << "database connection restored";
    return std::nullopt;
}

std::optional<Error> BackgroundRunner::runOne(Entry& entry, bool* reconnectTried, bool* idle)
{
    const QString name = entry.task->name();
    if (auto unavailable = ensureConnected(reconnectTried)) {
        // The loss is logged once by ensureConnected, not again for every skipped run.
        qCDebug(lcRetention).noquote() << name << "skipped:" << unavailable->describe();
        return unavailable;
    }
    qCDebug(lcRetention).noquote() << name << "started";
    auto result = entry.task->run(m_stop);
    if (!result.ok()) {
        qCWarning(lcRetention).noquote() << name << "failed:" << result.error().describe();
        return result.error();
    }
    // A task that looks every few seconds and found nothing stays out of the log.
    if (result->isEmpty()) {
        qCDebug(lcRetention).noquote() << name << "done: nothing to do";
        if (idle)
            *idle = true;
        return std::nullopt;
    }
    qCInfo(lcRetention).noquote() << name << "done:" << *result;
    return std::nullopt;
}

std::optional<Error> BackgroundRunner::runAllOnce()
{
    std::optional<Error> first;
    bool reconnectTried = false;
    for (Entry& entry : m_entries) {
        if (m_stop.load())
            break;
        auto error = runOne(entry, &reconnectTried);
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
    bool reconnectTried = false;
    for (Entry& entry : m_entries) {
        if (m_stop.load())
            return;
        if (QDateTime::currentDateTime() < entry.next)
            continue;
        bool idle = false;
        const bool failed = runOne(entry, &reconnectTried, &idle).has_value();
        const QDateTime now = QDateTime::currentDateTime();
        entry.next = entry.task->nextRunAfter(now);
        if (failed)
            entry.next = std::min(entry.next, now.addSecs(m_retrySeconds));
        if (idle)
            qCDebug(lcRetention).noquote()
                << entry.task->name() << "next runs at" << entry.next.toString(Qt::ISODate);
        else
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
