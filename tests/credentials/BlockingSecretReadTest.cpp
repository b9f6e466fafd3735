// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "credentials/BlockingSecretRead.h"
#include "credentials/InMemorySecretStore.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace casedesk {
namespace {

// Answers only after `delayMs`, like a keyring waiting for an unlock prompt.
class SlowSecretStore final : public SecretStore
{
public:
    explicit SlowSecretStore(int delayMs)
        : m_delayMs(delayMs)
    {}
    void read(const QString&, QObject* context, ReadCallback done) override
    {
        QTimer::singleShot(m_delayMs, context, [this, done = std::move(done)] {
            ++answered;
            done(Result<std::optional<QString>>(std::optional<QString>(QStringLiteral("late"))));
        });
    }
    void write(const QString&, const QString&, QObject*, DoneCallback) override {}
    void remove(const QString&, QObject*, DoneCallback) override {}

    int answered = 0;

private:
    int m_delayMs;
};

TEST(ReadSecretBlocking, ReturnsTheStoredSecret)
{
    InMemorySecretStore store;
    QObject context;
    bool written = false;
    store.write(QStringLiteral("k"), QStringLiteral("v"), &context,
                [&written](const VoidResult& r) { written = r.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&written] { return written; }, 2000));

    const auto found = readSecretBlocking(store, QStringLiteral("k"), 2000);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found.value(), std::optional<QString>(QStringLiteral("v")));

    const auto missing = readSecretBlocking(store, QStringLiteral("missing"), 2000);
    ASSERT_TRUE(missing.ok());
    EXPECT_FALSE(missing.value().has_value());
}

TEST(ReadSecretBlocking, PassesKeyringErrorsOn)
{
    InMemorySecretStore store;
    store.simulateFailure(InMemorySecretStore::Failure::NoKeyring);
    const auto result = readSecretBlocking(store, QStringLiteral("k"), 2000);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Unavailable);
    EXPECT_EQ(result.error().message(), noKeyringError().message());
}

TEST(ReadSecretBlocking, GivesUpAfterTheTimeoutAndIgnoresTheLateAnswer)
{
    SlowSecretStore store(300);
    QElapsedTimer clock;
    clock.start();
    const auto result = readSecretBlocking(store, QStringLiteral("k"), 50);
    EXPECT_LT(clock.elapsed(), 250);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Unavailable);

    // The answer would have come now; its context is gone, so nothing runs (and nothing
    // touches the finished call's stack).
    QTest::qWait(400);
    EXPECT_EQ(store.answered, 0);
}

} // namespace
} // namespace casedesk
