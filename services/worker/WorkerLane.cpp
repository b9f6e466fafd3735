// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "WorkerLane.h"

#include "db/Database.h"

#include <QObject>

#include <memory>

namespace casedesk {

// The part of a lane that lives on its thread: the connection and what runs on it.
class LaneConnection : public QObject
{
public:
    LaneConnection(DatabaseUrl url, const std::atomic_bool& stopping)
        : m_url(std::move(url))
        , m_stopping(stopping)
    {}

    void run(const WorkerLane::Task& task)
    {
        if (m_stopping)
            return; // the worker is going; nobody waits for the result
        const Error* openError = prepare();
        m_suspect = task(openError ? nullptr : m_db.get(), openError);
    }

    void close() { m_db.reset(); }

private:
    // Opens the connection on first use, and checks it after a task found it gone. Answers the
    // error that leaves the task without a connection, or null.
    const Error* prepare()
    {
        if (!m_db) {
            if (m_url.isInMemory()) {
                m_error = makeError(ErrorCode::Unavailable,
                                    QT_TRANSLATE_NOOP("casedesk::Errors",
                                                      "A private in-memory database cannot be shared with "
                                                      "the database worker."));
                return &m_error;
            }
            auto opened = Database::open(m_url, OpenMode::ExistingOnly);
            if (!opened.ok()) {
                m_error = opened.error();
                return &m_error;
            }
            m_db = std::move(opened).value();
            m_suspect = false;
            return nullptr;
        }
        if (!m_suspect)
            return nullptr;
        if (m_db->ping().ok())
            return nullptr;
        if (auto again = m_db->reconnect(); !again.ok()) {
            m_error = again.error();
            return &m_error;
        }
        m_suspect = false;
        return nullptr;
    }

    DatabaseUrl m_url;
    const std::atomic_bool& m_stopping;
    std::unique_ptr<Database> m_db;
    Error m_error;
    bool m_suspect = false;
};

WorkerLane::WorkerLane(DatabaseUrl url, const QString& name)
{
    m_thread.setObjectName(name);
    m_connection = new LaneConnection(std::move(url), m_stopping);
    m_connection->moveToThread(&m_thread);
    m_thread.start();
}

WorkerLane::~WorkerLane()
{
    m_stopping = true;
    // Queued after every task posted so far, which now return at once; waits for the running one.
    QMetaObject::invokeMethod(
        m_connection, [connection = m_connection] { connection->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_connection; // its thread has ended: nothing else touches it now
}

void WorkerLane::post(Task task)
{
    QMetaObject::invokeMethod(
        m_connection, [connection = m_connection, task = std::move(task)] { connection->run(task); },
        Qt::QueuedConnection);
}

} // namespace casedesk
