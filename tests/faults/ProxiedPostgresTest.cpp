// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
// A real PostgreSQL across a slow link (issue #13): the test cluster reached through the delaying
// proxy at 20 ms each way works as usual, a broken link makes the next statement Unavailable,
// and reconnect() gets a working connection once the link is back.
#include "DelayProxy.h"
#include "RoundTripCounter.h"
#include "TestDatabase.h"

#include "db/Database.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;
using namespace std::chrono_literals;

namespace {

class ProxiedPostgresTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // A migrated database, so the statements are CaseDesk's own.
        m_database = std::make_unique<TestDatabase>(Backend::Postgres);
        ASSERT_TRUE(m_database->ok()) << "PostgreSQL is required for the proxied tests";
        m_proxy = std::make_unique<DelayProxy>(m_database->url().host, m_database->url().port);
        QString error;
        ASSERT_TRUE(m_proxy->start(&error)) << error.toStdString();
        m_proxy->setLatency(20ms);
    }

    DatabaseUrl proxiedUrl() const
    {
        DatabaseUrl url = m_database->url();
        url.host = m_proxy->host();
        url.port = m_proxy->port();
        return url;
    }

    // Milliseconds one statement took, or -1 when it failed.
    static qint64 timedCaseCount(Database& db)
    {
        QElapsedTimer timer;
        timer.start();
        auto q = db.exec(QStringLiteral("SELECT count(*) FROM cases"));
        if (!q.ok() || !q->next())
            return -1;
        return timer.elapsed();
    }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<DelayProxy> m_proxy;
};

} // namespace

TEST_F(ProxiedPostgresTest, OpensAndRunsStatementsAcrossTheDelay)
{
    auto opened = Database::open(proxiedUrl());
    ASSERT_TRUE(opened.ok()) << opened.error().message().toStdString();
    Database& db = **opened;
    EXPECT_EQ(m_proxy->connectionsAccepted(), 1);
    EXPECT_FALSE(db.currentUser().isEmpty());
    // One simple statement is one round trip: at least 20 ms there and 20 ms back.
    const qint64 ms = timedCaseCount(db);
    ASSERT_GE(ms, 0);
    EXPECT_GE(ms, 40);
    // A parameterised one as Qt's driver sends it: PREPARE, EXECUTE, DEALLOCATE.
    QElapsedTimer timer;
    timer.start();
    {
        auto q =
            db.exec(QStringLiteral("SELECT count(*) FROM statuses WHERE id <> ?"), {QStringLiteral("x")});
        ASSERT_TRUE(q.ok()) << q.error().message().toStdString();
        ASSERT_TRUE(q->next());
        EXPECT_GT(q->value(0).toInt(), 0);
    }
    EXPECT_GE(timer.elapsed(), 2 * 40);
    EXPECT_GT(m_proxy->bytesToTarget(), 0);
    EXPECT_GT(m_proxy->bytesToClient(), 0);
}

TEST_F(ProxiedPostgresTest, ABrokenLinkIsUnavailableAndReconnectRecovers)
{
    auto opened = Database::open(proxiedUrl());
    ASSERT_TRUE(opened.ok()) << opened.error().message().toStdString();
    Database& db = **opened;
    ASSERT_GE(timedCaseCount(db), 0);

    m_proxy->dropConnections();
    auto broken = db.exec(QStringLiteral("SELECT count(*) FROM cases"));
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().code, ErrorCode::Unavailable) << broken.error().message().toStdString();
    auto ping = db.ping();
    ASSERT_FALSE(ping.ok());
    EXPECT_EQ(ping.error().code, ErrorCode::Unavailable);

    // While the link refuses, reconnecting fails the same way, and says so.
    m_proxy->setRefusing(true);
    auto refused = db.reconnect();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Unavailable) << refused.error().message().toStdString();
    EXPECT_GE(m_proxy->connectionsRefused(), 1);

    m_proxy->setRefusing(false);
    auto back = db.reconnect();
    ASSERT_TRUE(back.ok()) << back.error().message().toStdString();
    EXPECT_GE(timedCaseCount(db), 40);
    EXPECT_TRUE(db.ping().ok());
    // A statement the connection kept before the break is prepared afresh on the new one.
    auto kept =
        db.execKept(QStringLiteral("SELECT count(*) FROM statuses WHERE id <> ?"), {QStringLiteral("x")});
    ASSERT_TRUE(kept.ok()) << kept.error().message().toStdString();
    (*kept)->finish();
}

TEST_F(ProxiedPostgresTest, AKeptStatementIsOneRoundTripAfterItsFirstRun)
{
    auto opened = Database::open(proxiedUrl());
    ASSERT_TRUE(opened.ok()) << opened.error().message().toStdString();
    Database& db = **opened;
    const QString sql = QStringLiteral("SELECT count(*) FROM statuses WHERE id <> ?");
    for (int run = 0; run < 3; ++run) {
        RoundTripCounter counter(db);
        ASSERT_TRUE(counter.ok());
        QElapsedTimer timer;
        timer.start();
        auto q = db.execKept(sql, {QStringLiteral("x%1").arg(run)});
        ASSERT_TRUE(q.ok()) << q.error().message().toStdString();
        ASSERT_TRUE((*q)->next());
        (*q)->finish();
        const qint64 ms = timer.elapsed();
        const QStringList queries = counter.stop();
        // The first run prepares it, every later one only executes it.
        EXPECT_EQ(queries.size(), run == 0 ? 2 : 1) << queries.join(QLatin1Char('\n')).toStdString();
        EXPECT_GE(ms, 40 * queries.size());
    }
}
