// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "DelayProxy.h"

#include <QHostAddress>
#include <QMetaObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <deque>
#include <functional>
#include <vector>

namespace casedesk::test {

// What the test's thread reads and sets while the proxy's thread works.
struct DelayProxyState
{
    std::atomic<qint64> latencyMs{0};
    std::atomic<bool> refusing{false};
    std::atomic<qint64> accepted{0};
    std::atomic<qint64> refused{0};
    std::atomic<int> open{0};
    std::atomic<qint64> toTarget{0};
    std::atomic<qint64> toClient{0};
};

namespace {

using Clock = std::chrono::steady_clock;

// One direction of one connection: what `from` sent waits in a queue until its time, then goes
// to `to` in the order it came.
class DelayedPipe
{
public:
    DelayedPipe(QTcpSocket* from, QTcpSocket* to, std::atomic<qint64>& bytes, const DelayProxyState& state,
                std::function<void()> onDrained)
        : m_from(from)
        , m_to(to)
        , m_bytes(bytes)
        , m_state(state)
        , m_onDrained(std::move(onDrained))
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { flush(); });
    }

    void read()
    {
        const QByteArray data = m_from->readAll();
        if (data.isEmpty())
            return;
        m_bytes += data.size();
        // Never before the chunk ahead of it, even when the latency was lowered meanwhile.
        Clock::time_point due = Clock::now() + std::chrono::milliseconds(m_state.latencyMs.load());
        if (!m_queue.empty())
            due = std::max(due, m_queue.back().first);
        m_queue.emplace_back(due, data);
        flush();
    }

    // The sending side closed: what it sent still goes, then the other side is closed too.
    void sourceClosed()
    {
        read();
        m_sourceClosed = true;
        flush();
    }

    void flush()
    {
        if (m_to->state() != QAbstractSocket::ConnectedState)
            return; // the target is still being connected; connected() flushes again
        const Clock::time_point now = Clock::now();
        while (!m_queue.empty() && m_queue.front().first <= now) {
            m_to->write(m_queue.front().second);
            m_queue.pop_front();
        }
        if (!m_queue.empty()) {
            const auto wait =
                std::chrono::ceil<std::chrono::milliseconds>(m_queue.front().first - Clock::now());
            m_timer.start(std::max<qint64>(0, wait.count()));
        } else if (m_sourceClosed && m_onDrained) {
            m_onDrained();
        }
    }

    void stop()
    {
        m_timer.stop();
        m_queue.clear();
    }

private:
    QTcpSocket* m_from;
    QTcpSocket* m_to;
    std::atomic<qint64>& m_bytes;
    const DelayProxyState& m_state;
    std::function<void()> m_onDrained;
    std::deque<std::pair<Clock::time_point, QByteArray>> m_queue;
    QTimer m_timer;
    bool m_sourceClosed = false;
};

// One accepted client and its connection to the target.
class ProxiedConnection : public QObject
{
public:
    ProxiedConnection(QTcpSocket* client, const QString& host, int port, DelayProxyState& state,
                      std::function<void(ProxiedConnection*)> onClosed)
        : m_client(client)
        , m_target(new QTcpSocket(this))
        , m_state(state)
        , m_onClosed(std::move(onClosed))
        , m_up(client, m_target, state.toTarget, state, [this] { m_target->disconnectFromHost(); })
        , m_down(m_target, client, state.toClient, state, [this] { m_client->disconnectFromHost(); })
    {
        m_client->setParent(this);
        for (QTcpSocket* socket : {m_client, m_target})
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(m_client, &QTcpSocket::readyRead, this, [this] { m_up.read(); });
        connect(m_target, &QTcpSocket::readyRead, this, [this] { m_down.read(); });
        connect(m_target, &QTcpSocket::connected, this, [this] { m_up.flush(); });
        connect(m_client, &QTcpSocket::disconnected, this, [this] { m_up.sourceClosed(); });
        connect(m_target, &QTcpSocket::disconnected, this, [this] { m_down.sourceClosed(); });
        // A target that cannot be reached: the client sees its connection closed.
        connect(m_target, &QTcpSocket::errorOccurred, this, [this] {
            if (m_target->state() == QAbstractSocket::UnconnectedState && !m_everConnected)
                m_client->disconnectFromHost();
            checkClosed();
        });
        connect(m_target, &QTcpSocket::connected, this, [this] { m_everConnected = true; });
        for (QTcpSocket* socket : {m_client, m_target})
            connect(socket, &QTcpSocket::stateChanged, this, [this] { checkClosed(); });
        ++m_state.open;
        m_target->connectToHost(host, quint16(port));
    }

    ~ProxiedConnection() override
    {
        if (!m_closed)
            --m_state.open;
    }

    // Both sides at once, nothing more forwarded: a broken link.
    void drop()
    {
        m_up.stop();
        m_down.stop();
        for (QTcpSocket* socket : {m_client, m_target}) {
            socket->disconnect(this);
            socket->abort();
        }
        markClosed();
    }

private:
    void checkClosed()
    {
        if (m_closed || m_client->state() != QAbstractSocket::UnconnectedState ||
            m_target->state() != QAbstractSocket::UnconnectedState)
            return;
        markClosed();
        // Not from inside the socket's own signal: the owner deletes it later.
        QTimer::singleShot(0, this, [this] { m_onClosed(this); });
    }

    void markClosed()
    {
        if (m_closed)
            return;
        m_closed = true;
        --m_state.open;
    }

    QTcpSocket* m_client;
    QTcpSocket* m_target;
    DelayProxyState& m_state;
    std::function<void(ProxiedConnection*)> m_onClosed;
    DelayedPipe m_up;   // client -> target
    DelayedPipe m_down; // target -> client
    bool m_everConnected = false;
    bool m_closed = false;
};

} // namespace

// The listening socket and the open connections, on the proxy's thread.
class DelayProxyServer : public QObject
{
public:
    DelayProxyServer(QString host, int port, DelayProxyState& state)
        : m_host(std::move(host))
        , m_port(port)
        , m_state(state)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
    }

    ~DelayProxyServer() override { dropAll(); }

    bool listen(QString* error)
    {
        if (m_server.listen(QHostAddress::LocalHost, 0))
            return true;
        *error = m_server.errorString();
        return false;
    }
    int port() const { return m_server.serverPort(); }

    void dropAll()
    {
        const std::vector<ProxiedConnection*> open = std::move(m_connections);
        m_connections.clear();
        for (ProxiedConnection* connection : open) {
            connection->drop();
            delete connection;
        }
    }

private:
    void accept()
    {
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            if (m_state.refusing) {
                ++m_state.refused;
                client->abort();
                client->deleteLater();
                continue;
            }
            ++m_state.accepted;
            m_connections.push_back(
                new ProxiedConnection(client, m_host, m_port, m_state, [this](ProxiedConnection* closed) {
                    const auto it = std::find(m_connections.begin(), m_connections.end(), closed);
                    if (it == m_connections.end())
                        return; // dropped meanwhile, and deleted with that
                    m_connections.erase(it);
                    delete closed;
                }));
        }
    }

    QString m_host;
    int m_port;
    DelayProxyState& m_state;
    QTcpServer m_server;
    std::vector<ProxiedConnection*> m_connections;
};

DelayProxy::DelayProxy(QString targetHost, int targetPort)
    : m_targetHost(std::move(targetHost))
    , m_targetPort(targetPort)
    , m_state(std::make_shared<DelayProxyState>())
{}

DelayProxy::~DelayProxy()
{
    if (!m_thread)
        return;
    if (m_thread->isRunning()) {
        QMetaObject::invokeMethod(
            m_context.get(),
            [this] {
                delete m_server;
                m_server = nullptr;
            },
            Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
    m_context.reset(); // its thread has ended, so it may go from here
}

bool DelayProxy::start(QString* error)
{
    if (m_thread) {
        *error = QStringLiteral("the proxy is already started");
        return false;
    }
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("DelayProxy"));
    m_context = std::make_unique<QObject>();
    m_context->moveToThread(m_thread.get());
    m_thread->start();
    bool listening = false;
    QString listenError;
    QMetaObject::invokeMethod(
        m_context.get(),
        [&] {
            m_server = new DelayProxyServer(m_targetHost, m_targetPort, *m_state);
            listening = m_server->listen(&listenError);
            m_port = m_server->port();
        },
        Qt::BlockingQueuedConnection);
    if (!listening)
        *error = QStringLiteral("the delaying proxy cannot listen: %1").arg(listenError);
    return listening;
}

void DelayProxy::setLatency(std::chrono::milliseconds oneWay)
{
    m_state->latencyMs = std::max<qint64>(0, oneWay.count());
}

std::chrono::milliseconds DelayProxy::latency() const
{
    return std::chrono::milliseconds(m_state->latencyMs.load());
}

void DelayProxy::dropConnections()
{
    if (!m_server)
        return;
    QMetaObject::invokeMethod(
        m_context.get(), [this] { m_server->dropAll(); }, Qt::BlockingQueuedConnection);
}

void DelayProxy::setRefusing(bool refusing)
{
    m_state->refusing = refusing;
}

qint64 DelayProxy::connectionsAccepted() const
{
    return m_state->accepted;
}

qint64 DelayProxy::connectionsRefused() const
{
    return m_state->refused;
}

int DelayProxy::openConnections() const
{
    return m_state->open;
}

qint64 DelayProxy::bytesToTarget() const
{
    return m_state->toTarget;
}

qint64 DelayProxy::bytesToClient() const
{
    return m_state->toClient;
}

} // namespace casedesk::test
