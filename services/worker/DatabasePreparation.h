// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "Session.h"
#include "core/Result.h"

#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace casedesk {

// What has to be true before the window shows an inbox: the database reachable, its schema
// current (the embedded file created and upgraded, because it is ours; a shared one only
// checked, because its administrator upgrades it with 'casedeskctl init'), and demo cases in an
// empty or half-filled demo database when asked for. Returns who is acting.
struct PreparationOptions
{
    bool fillDemo = false;
    qint64 demoCases = 2000;
};

Result<Session> prepareDatabase(const DatabaseUrl& url, const PreparationOptions& options);

// Runs prepareDatabase on a thread of its own, so that the window's thread keeps painting a
// progress dialog while a server is slow to answer, a migration runs or demo cases are made, and
// delivers the result on the thread of `context` (not at all when `context` is gone). Destroying
// it waits for the thread: the work holds a connection and must not outlive the application.
class BackgroundPreparation
{
public:
    using Done = std::function<void(Result<Session>)>;

    BackgroundPreparation();
    ~BackgroundPreparation();
    BackgroundPreparation(const BackgroundPreparation&) = delete;
    BackgroundPreparation& operator=(const BackgroundPreparation&) = delete;

    // One preparation at a time; a second start while one runs is refused (false).
    bool start(const DatabaseUrl& url, const PreparationOptions& options, QObject* context, Done done);
    bool isRunning() const;

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace casedesk
