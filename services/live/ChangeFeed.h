// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "CaseChange.h"
#include "db/DatabaseUrl.h"

#include <QObject>
#include <QThread>

#include <optional>

namespace casedesk {

class ChangeListener;

// Tells its owner when anyone changes a case: another caseworker, the portal, intake, the
// background service. Runs a ChangeListener on a thread of its own with a dedicated connection
// (same URL and password as the caller's); the signals arrive on the owner's thread.
// On PostgreSQL it hears LISTEN/NOTIFY within milliseconds of the commit; on SQLite it checks
// PRAGMA data_version every interval (1 s by default).
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    explicit ChangeFeed(DatabaseUrl url, QObject* parent = nullptr);
    ~ChangeFeed() override;

    // SQLite: how often to look for commits. PostgreSQL: how often to check the listener
    // connection (and re-read for late commits). Set before start().
    void setInterval(int ms) { m_intervalMs = ms; }
    int interval() const { return m_intervalMs; }

    // Starts listening; delivers changes after `since`, or after the newest one now.
    void start(std::optional<qint64> since = std::nullopt);
    void stop();
    bool isListening() const { return m_listening; }
    // The newest sequence number delivered (or where listening started).
    qint64 lastSeq() const { return m_lastSeq; }

Q_SIGNALS:
    // The listener is connected and delivers changes after `fromSeq`.
    void listening(qint64 fromSeq);
    // New changes, oldest first. Only changes of cases the user may read.
    void changed(const QList<casedesk::CaseChange>& changes);
    // The listener lost its connection; it keeps trying and catches up when it is back.
    void connectionLost(const QString& reason);
    void connectionRestored();

private:
    DatabaseUrl m_url;
    int m_intervalMs;
    QThread m_thread;
    ChangeListener* m_listener = nullptr;
    bool m_listening = false;
    qint64 m_lastSeq = 0;
};

} // namespace casedesk
