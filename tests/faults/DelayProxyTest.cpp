// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
// The delaying proxy the network tests stand on (issue #13): a loopback echo server reached
// through it shows the delay, the order of many small writes, and what dropping and refusing do.
#include "DelayProxy.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QMetaObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace casedesk::test;
using namespace std::chrono_literals;

namespace {

// Sends back whatever it receives, on a thread of its own (the test's thread blocks in waits).
class EchoServer
{
public:
    EchoServer()
    {
        m_context.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            &m_context,
            [this] {
                m_server = new QTcpServer(&m_context);
                QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
                        QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                         [socket] { socket->write(socket->readAll()); });
                        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                    }
                });
                m_server->listen(QHostAddress::LocalHost, 0);
                m_port = m_server->serverPort();
            },
            Qt::BlockingQueuedConnection);
    }
    ~EchoServer()
    {
        QMetaObject::invokeMethod(
            &m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    int port() const { return m_port; }

private:
    QThread m_thread;
    QObject m_context;
    QTcpServer* m_server = nullptr;
    int m_port = 0;
};

class DelayProxyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_GT(m_echo.port(), 0);
        m_proxy = std::make_unique<DelayProxy>(QStringLiteral("127.0.0.1"), m_echo.port());
        QString error;
        ASSERT_TRUE(m_proxy->start(&error)) << error.toStdString();
        ASSERT_GT(m_proxy->port(), 0);
    }

    std::unique_ptr<QTcpSocket> connectClient()
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, quint16(m_proxy->port()));
        EXPECT_TRUE(socket->waitForConnected(5000)) << socket->errorString().toStdString();
        return socket;
    }

    // Reads until `size` bytes came or `timeoutMs` passed.
    static QByteArray readAtLeast(QTcpSocket& socket, qsizetype size, int timeoutMs = 10000)
    {
        QByteArray data;
        QElapsedTimer timer;
        timer.start();
        while (data.size() < size && timer.elapsed() < timeoutMs) {
            if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(int(timeoutMs - timer.elapsed())))
                break;
            data += socket.readAll();
        }
        return data;
    }

    // Echoes `message` and returns the round trip in milliseconds (-1 when nothing came back).
    static qint64 roundTrip(QTcpSocket& socket, const QByteArray& message)
    {
        QElapsedTimer timer;
        timer.start();
        socket.write(message);
        socket.flush();
        const QByteArray back = readAtLeast(socket, message.size());
        return back == message ? timer.elapsed() : -1;
    }

    static bool closedSoon(QTcpSocket& socket, int timeoutMs = 5000)
    {
        if (socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        return socket.waitForDisconnected(timeoutMs) || socket.state() == QAbstractSocket::UnconnectedState;
    }

    EchoServer m_echo;
    std::unique_ptr<DelayProxy> m_proxy;
};

} // namespace

TEST_F(DelayProxyTest, ARoundTripTakesTheLatencyEachWay)
{
    auto client = connectClient();
    EXPECT_GE(roundTrip(*client, "warm up"), 0);
    // The quickest of a few, so that a busy machine does not make the point for it.
    qint64 direct = -1;
    for (int i = 0; i < 5; ++i) {
        const qint64 ms = roundTrip(*client, "ping");
        ASSERT_GE(ms, 0);
        direct = direct < 0 ? ms : std::min(direct, ms);
    }
    EXPECT_LT(direct, 20) << "without latency the proxy forwards at once";

    m_proxy->setLatency(20ms);
    for (int i = 0; i < 3; ++i) {
        const qint64 delayed = roundTrip(*client, "ping");
        ASSERT_GE(delayed, 0);
        EXPECT_GE(delayed, 40) << "20 ms to the server and 20 ms back";
        EXPECT_LT(delayed, 1000);
    }
}

TEST_F(DelayProxyTest, ManySmallWritesArriveInOrderWhileTheLatencyChanges)
{
    auto client = connectClient();
    m_proxy->setLatency(15ms);
    QByteArray sent;
    for (int i = 0; i < 3000; ++i) {
        const QByteArray chunk = QByteArray::number(i) + ';';
        client->write(chunk);
        client->flush();
        sent += chunk;
        // Lowered midway: what is read later waits less, but never overtakes what came first.
        if (i == 1000)
            m_proxy->setLatency(0ms);
        if (i == 2000)
            m_proxy->setLatency(5ms);
    }
    const QByteArray back = readAtLeast(*client, sent.size());
    EXPECT_EQ(back.size(), sent.size());
    EXPECT_TRUE(back == sent) << "the echo differs from what was sent";
    EXPECT_EQ(m_proxy->bytesToTarget(), sent.size());
    EXPECT_EQ(m_proxy->bytesToClient(), sent.size());
    EXPECT_EQ(m_proxy->connectionsAccepted(), 1);
}

TEST_F(DelayProxyTest, DroppingClosesEveryOpenPairAndNewConnectionsWorkAfterwards)
{
    auto first = connectClient();
    auto second = connectClient();
    ASSERT_GE(roundTrip(*first, "one"), 0);
    ASSERT_GE(roundTrip(*second, "two"), 0);
    EXPECT_EQ(m_proxy->openConnections(), 2);

    m_proxy->dropConnections();
    EXPECT_EQ(m_proxy->openConnections(), 0);
    EXPECT_TRUE(closedSoon(*first));
    EXPECT_TRUE(closedSoon(*second));
    // Nothing written to a dropped connection comes back.
    first->write("lost");
    EXPECT_FALSE(first->waitForReadyRead(200));

    auto third = connectClient();
    EXPECT_GE(roundTrip(*third, "three"), 0);
    EXPECT_EQ(m_proxy->connectionsAccepted(), 3);
}

TEST_F(DelayProxyTest, DroppingDiscardsWhatIsStillHeldBack)
{
    auto client = connectClient();
    m_proxy->setLatency(500ms);
    client->write("held back");
    client->flush();
    QThread::msleep(50); // read by the proxy, not yet sent on
    m_proxy->dropConnections();
    EXPECT_TRUE(closedSoon(*client));
    EXPECT_EQ(client->readAll(), QByteArray());
}

TEST_F(DelayProxyTest, WhileRefusingNewConnectionsAreClosedAndOpenOnesGoOn)
{
    auto before = connectClient();
    ASSERT_GE(roundTrip(*before, "before"), 0);

    m_proxy->setRefusing(true);
    QTcpSocket refused;
    refused.connectToHost(QHostAddress::LocalHost, quint16(m_proxy->port()));
    refused.waitForConnected(5000); // the kernel accepts; the proxy closes it right away
    EXPECT_TRUE(closedSoon(refused));
    EXPECT_EQ(m_proxy->connectionsRefused(), 1);
    EXPECT_EQ(m_proxy->connectionsAccepted(), 1);
    EXPECT_GE(roundTrip(*before, "still open"), 0);

    m_proxy->setRefusing(false);
    auto after = connectClient();
    EXPECT_GE(roundTrip(*after, "after"), 0);
    EXPECT_EQ(m_proxy->connectionsAccepted(), 2);
}

TEST_F(DelayProxyTest, TheServerClosingClosesTheClientAfterWhatItSent)
{
    // A target that closes: the proxy forwards its last bytes, then closes the client.
    QTcpServer closer;
    ASSERT_TRUE(closer.listen(QHostAddress::LocalHost, 0));
    DelayProxy proxy(QStringLiteral("127.0.0.1"), closer.serverPort());
    QString error;
    ASSERT_TRUE(proxy.start(&error)) << error.toStdString();
    proxy.setLatency(30ms);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, quint16(proxy.port()));
    ASSERT_TRUE(client.waitForConnected(5000));
    ASSERT_TRUE(closer.waitForNewConnection(5000));
    QTcpSocket* server = closer.nextPendingConnection();
    ASSERT_NE(server, nullptr);
    server->write("goodbye");
    // This thread blocks in the client's waits below: hand the bytes to the kernel first.
    ASSERT_TRUE(server->waitForBytesWritten(5000));
    server->disconnectFromHost();
    EXPECT_EQ(readAtLeast(client, 7), QByteArray("goodbye"));
    EXPECT_TRUE(closedSoon(client));
    EXPECT_EQ(proxy.bytesToClient(), 7);
}
