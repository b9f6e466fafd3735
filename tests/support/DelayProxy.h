// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QString>

#include <chrono>
#include <memory>

class QObject;
class QThread;

namespace casedesk::test {

struct DelayProxyState;
class DelayProxyServer;

// A TCP proxy for tests that puts a wide-area network between a client and a server (issue #13):
// it listens on a free port of 127.0.0.1 and forwards every connection it accepts to the target,
// holding each chunk back by the latency in each direction, in order. It runs on a thread of its
// own, so the delay is real wall time even while the test's main thread blocks in a statement
// (as a GUI thread would). dropConnections() cuts every open pair at once, as a broken WAN link
// does; setRefusing(true) closes new connections as soon as they are accepted.
class DelayProxy
{
public:
    DelayProxy(QString targetHost, int targetPort);
    ~DelayProxy();
    DelayProxy(const DelayProxy&) = delete;
    DelayProxy& operator=(const DelayProxy&) = delete;

    // Starts the thread and listens. False with `error` set when it cannot listen.
    bool start(QString* error);
    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }

    // Each way; 0 (the default) forwards at once. A chunk read after a change waits the new
    // latency but never overtakes an earlier one.
    void setLatency(std::chrono::milliseconds oneWay);
    std::chrono::milliseconds latency() const;

    // Closes both sides of every open connection; returns when they are closed.
    void dropConnections();
    void setRefusing(bool refusing);

    qint64 connectionsAccepted() const; // forwarded to the target
    qint64 connectionsRefused() const;  // closed at once while refusing
    int openConnections() const;
    qint64 bytesToTarget() const;
    qint64 bytesToClient() const;

private:
    QString m_targetHost;
    int m_targetPort = 0;
    int m_port = 0;
    std::shared_ptr<DelayProxyState> m_state;
    std::unique_ptr<QThread> m_thread;
    // Lives on m_thread: the listening socket and every connection are made and destroyed there.
    std::unique_ptr<QObject> m_context;
    DelayProxyServer* m_server = nullptr;
};

} // namespace casedesk::test
