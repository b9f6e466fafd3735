// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SecretTestSupport.h"

#include "credentials/DatabasePasswordProvider.h"
#include "credentials/InMemorySecretStore.h"
#include "db/DatabaseUrl.h"

#include <gtest/gtest.h>

namespace casedesk {
namespace {

using test::DoneAnswer;
using test::ReadAnswer;

DatabaseUrl postgres(const char* text = "postgresql://anna@db.kommun.example/casedesk")
{
    auto url = DatabaseUrl::parse(QString::fromUtf8(text));
    EXPECT_TRUE(url.ok());
    return url.ok() ? url.value() : DatabaseUrl();
}

class DatabasePasswordProviderTest : public ::testing::Test
{
protected:
    ReadAnswer* lookup(const DatabaseUrl& url)
    {
        m_lookup = std::make_unique<ReadAnswer>();
        provider.lookup(url, &context, m_lookup->callback());
        EXPECT_TRUE(m_lookup->wait());
        return m_lookup.get();
    }
    VoidResult choose(const DatabaseUrl& url, const QString& password, bool remember)
    {
        DoneAnswer answer;
        provider.applyRememberChoice(url, password, remember, &context, answer.callback());
        EXPECT_TRUE(answer.wait());
        return answer.arrived() ? answer.get()
                                : VoidResult(makeError(ErrorCode::Internal,
                                                       ErrorText::verbatim(QStringLiteral("no answer"))));
    }

    InMemorySecretStore store;
    DatabasePasswordProvider provider{store};
    QObject context;

private:
    std::unique_ptr<ReadAnswer> m_lookup;
};

TEST_F(DatabasePasswordProviderTest, NothingRememberedMeansNoPassword)
{
    const auto* answer = lookup(postgres());
    ASSERT_TRUE(answer->get().ok());
    EXPECT_FALSE(answer->get().value().has_value());
}

TEST_F(DatabasePasswordProviderTest, RemembersWhenTickedAndFindsItAgain)
{
    ASSERT_TRUE(choose(postgres(), QStringLiteral("s3cret"), true).ok());
    EXPECT_TRUE(store.contains(QStringLiteral("db:postgresql://anna@db.kommun.example:5432/casedesk")));

    // The same login written differently (explicit port, options) finds the same password.
    const auto* answer =
        lookup(postgres("postgresql://anna@db.kommun.example:5432/casedesk?sslmode=require"));
    ASSERT_TRUE(answer->get().ok());
    EXPECT_EQ(answer->get().value(), std::optional<QString>(QStringLiteral("s3cret")));
}

TEST_F(DatabasePasswordProviderTest, UntickingForgetsAnEarlierPassword)
{
    ASSERT_TRUE(choose(postgres(), QStringLiteral("s3cret"), true).ok());
    ASSERT_TRUE(choose(postgres(), QStringLiteral("s3cret"), false).ok());
    EXPECT_EQ(store.size(), 0);
    EXPECT_FALSE(lookup(postgres())->get().value().has_value());
}

TEST_F(DatabasePasswordProviderTest, APasswordInTheUrlWinsWithoutAskingTheKeyring)
{
    const auto* answer = lookup(postgres("postgresql://anna:fromurl@db.kommun.example/casedesk"));
    ASSERT_TRUE(answer->get().ok());
    EXPECT_EQ(answer->get().value(), std::optional<QString>(QStringLiteral("fromurl")));
    EXPECT_EQ(store.callCount(), 0);
}

TEST_F(DatabasePasswordProviderTest, SqliteNeverTouchesTheKeyring)
{
    DatabaseUrl sqlite;
    sqlite.sqlitePath = QStringLiteral("/tmp/casedesk.db");
    const auto* answer = lookup(sqlite);
    ASSERT_TRUE(answer->get().ok());
    EXPECT_FALSE(answer->get().value().has_value());
    EXPECT_TRUE(choose(sqlite, QString(), false).ok());
    EXPECT_FALSE(choose(sqlite, QStringLiteral("x"), true).ok());
    EXPECT_EQ(store.callCount(), 0);
}

TEST_F(DatabasePasswordProviderTest, NoKeyringIsReportedSoTheDialogCanAskInstead)
{
    store.simulateFailure(InMemorySecretStore::Failure::NoKeyring);
    const auto* answer = lookup(postgres());
    ASSERT_FALSE(answer->get().ok());
    EXPECT_EQ(answer->get().error().code, ErrorCode::Unavailable);
    EXPECT_EQ(answer->get().error().message(), noKeyringError().message());

    const VoidResult remembered = choose(postgres(), QStringLiteral("s3cret"), true);
    ASSERT_FALSE(remembered.ok());
    EXPECT_EQ(remembered.error().code, ErrorCode::Unavailable);
}

TEST_F(DatabasePasswordProviderTest, AnEmptyPasswordIsNotRemembered)
{
    const VoidResult remembered = choose(postgres(), QString(), true);
    ASSERT_FALSE(remembered.ok());
    EXPECT_EQ(remembered.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(store.size(), 0);
}

} // namespace
} // namespace casedesk
