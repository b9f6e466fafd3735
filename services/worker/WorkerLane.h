// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "db/DatabaseUrl.h"

#include <QThread>

#include <atomic>
#include <functional>

namespace casedesk {

class Database;
class LaneConnection;

// One thread of the DatabaseWorker with its own connection, opened on that thread on the first
// task (Qt's rule: a connection belongs to the thread that opened it). Runs tasks one at a time
// in the order posted. After a task found the connection gone, the next one first checks it
// and reconnects, so a server restart costs one failed task, not a dead lane.
class WorkerLane
{
public:
    // A task gets the lane's connection, or the error that kept it from opening; it answers
    // whether the connection failed while it ran.
    using Task = std::function<bool(Database* db, const Error* openError)>;

    WorkerLane(DatabaseUrl url, const QString& name);
    ~WorkerLane(); // lets the running task finish, drops the queued ones, closes the connection

    WorkerLane(const WorkerLane&) = delete;
    WorkerLane& operator=(const WorkerLane&) = delete;

    void post(Task task);

private:
    QThread m_thread;
    LaneConnection* m_connection = nullptr; // lives on m_thread
    std::atomic_bool m_stopping{false};
};

} // namespace casedesk
