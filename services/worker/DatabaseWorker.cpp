// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "DatabaseWorker.h"

#include "WorkerLane.h"
#include "core/Logging.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <QTimer>

namespace casedesk {

DatabaseWorker::DatabaseWorker(DatabaseUrl url, QObject* parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_read(std::make_unique<WorkerLane>(m_url, QStringLiteral("casedesk-db-read")))
    , m_write(std::make_unique<WorkerLane>(m_url, QStringLiteral("casedesk-db-write")))
    , m_monitor(std::make_unique<WorkerLane>(m_url, QStringLiteral("casedesk-db-monitor")))
{
    // Open every connection now, while the window is built: the first page does not wait for
    // it, and the embedded database's files are recorded (SqliteFileWatch) before anything
    // else can have touched them.
    for (Lane lane : {Lane::Read, Lane::Write})
        post(
            lane, this, [](Database&) -> VoidResult { return {}; }, [](VoidResult) {});
    m_monitor->post([](Database*, const Error*) { return false; });
}

DatabaseWorker::~DatabaseWorker()
{
    // Lanes first: afterwards no thread posts to this object any more, and QObject's destructor
    // drops the callbacks still queued.
    m_read.reset();
    m_write.reset();
    m_monitor.reset();
}

void DatabaseWorker::enqueue(Lane lane, Task task)
{
    Q_ASSERT(QThread::currentThread() == thread());
    (lane == Lane::Read ? m_read : m_write)->post(std::move(task));
}

void DatabaseWorker::toGui(std::function<void()> f)
{
    QMetaObject::invokeMethod(this, std::move(f), Qt::QueuedConnection);
}

void DatabaseWorker::delivered(bool connectionFailed)
{
    --m_pending;
    if (m_pending == 0)
        Q_EMIT busyChanged(false);
    // A task that lost the connection says so at once, not at the next timer tick.
    if (connectionFailed && m_connected)
        checkConnection();
}

bool DatabaseWorker::waitForIdle(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    const auto busy = [this] { return m_pending > 0 || m_checking; };
    do {
        while (busy() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
        // Callbacks may have posted events of their own (view updates), and those may start
        // more work (or a timer its connection check): idle means idle after them too.
        QCoreApplication::processEvents();
    } while (busy() && !deadline.hasExpired());
    return !busy();
}

void DatabaseWorker::startMonitoring(int intervalMs)
{
    if (!m_monitorTimer) {
        m_monitorTimer = new QTimer(this);
        connect(m_monitorTimer, &QTimer::timeout, this, &DatabaseWorker::checkConnection);
    }
    m_monitorTimer->start(intervalMs);
}

void DatabaseWorker::checkConnection()
{
    if (m_checking)
        return; // a reconnect across a broken network can take long; never pile checks up
    m_checking = true;
    const bool wasConnected = m_connected;
    struct Outcome
    {
        bool connected = false;
        bool filesLost = false;
        ErrorText reason; // translated when shown, English in the log
    };
    m_monitor->post([this, wasConnected](Database* db, const Error* openError) {
        Outcome outcome;
        if (!db) {
            outcome.reason = openError->text;
        } else if (wasConnected) {
            const auto alive = db->ping();
            outcome.connected = alive.ok();
            if (!alive.ok())
                outcome.reason = alive.error().text;
        } else {
            // Reconnect only from the check after the loss on, so a flapping server is not hammered.
            const auto again = db->reconnect();
            const auto alive = again.ok() ? db->ping() : again;
            outcome.connected = alive.ok();
            if (!alive.ok())
                outcome.reason = alive.error().text;
        }
        if (db)
            outcome.filesLost = db->filesLost();
        toGui([this, outcome] {
            m_checking = false;
            if (outcome.connected == m_connected)
                return;
            m_connected = outcome.connected;
            if (m_connected) {
                qCInfo(lcDb) << "database connection restored";
                Q_EMIT connectionRestored();
            } else {
                qCWarning(lcDb) << "database connection lost:" << outcome.reason.english();
                Q_EMIT connectionLost(outcome.reason.translated(), outcome.filesLost);
            }
        });
        return !outcome.connected;
    });
}

} // namespace casedesk
