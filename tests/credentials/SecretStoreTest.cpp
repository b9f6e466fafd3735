// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SecretTestSupport.h"

#include "credentials/InMemorySecretStore.h"
#include "db/DatabaseUrl.h"

#include <QCoreApplication>
#include <QStringList>

#include <gtest/gtest.h>

#include <memory>

namespace casedesk {
namespace {

using test::DoneAnswer;
using test::ReadAnswer;

const QString kKey = QStringLiteral("db:postgresql://anna@db.kommun.example:5432/casedesk");

class InMemorySecretStoreTest : public ::testing::Test
{
protected:
    std::optional<QString> readBack(const QString& key)
    {
        ReadAnswer answer;
        store.read(key, &context, answer.callback());
        EXPECT_TRUE(answer.wait());
        EXPECT_TRUE(answer.get().ok()) << answer.get().error().describe().toStdString();
        return answer.get().ok() ? answer.get().value() : std::nullopt;
    }

    void writeSecret(const QString& key, const QString& secret)
    {
        DoneAnswer answer;
        store.write(key, secret, &context, answer.callback());
        ASSERT_TRUE(answer.wait());
        ASSERT_TRUE(answer.get().ok()) << answer.get().error().describe().toStdString();
    }

    InMemorySecretStore store;
    QObject context;
};

TEST_F(InMemorySecretStoreTest, ReadingAMissingKeyIsNoPasswordNotAnError)
{
    ReadAnswer answer;
    store.read(kKey, &context, answer.callback());
    ASSERT_TRUE(answer.wait());
    ASSERT_TRUE(answer.get().ok());
    EXPECT_FALSE(answer.get().value().has_value());
}

TEST_F(InMemorySecretStoreTest, WritesReadsOverwritesAndRemoves)
{
    writeSecret(kKey, QStringLiteral("första"));
    EXPECT_EQ(readBack(kKey), std::optional<QString>(QStringLiteral("första")));

    writeSecret(kKey, QStringLiteral("andra"));
    EXPECT_EQ(readBack(kKey), std::optional<QString>(QStringLiteral("andra")));
    EXPECT_EQ(store.size(), 1);

    DoneAnswer removed;
    store.remove(kKey, &context, removed.callback());
    ASSERT_TRUE(removed.wait());
    EXPECT_TRUE(removed.get().ok());
    EXPECT_EQ(readBack(kKey), std::nullopt);
    EXPECT_FALSE(store.contains(kKey));
}

TEST_F(InMemorySecretStoreTest, RemovingAMissingKeySucceeds)
{
    DoneAnswer removed;
    store.remove(kKey, &context, removed.callback());
    ASSERT_TRUE(removed.wait());
    EXPECT_TRUE(removed.get().ok());
}

TEST_F(InMemorySecretStoreTest, KeysAreSeparate)
{
    const QString other = QStringLiteral("db:postgresql://bertil@db.kommun.example:5432/casedesk");
    writeSecret(kKey, QStringLiteral("anna-pw"));
    writeSecret(other, QStringLiteral("bertil-pw"));
    EXPECT_EQ(readBack(kKey), std::optional<QString>(QStringLiteral("anna-pw")));
    EXPECT_EQ(readBack(other), std::optional<QString>(QStringLiteral("bertil-pw")));
}

TEST_F(InMemorySecretStoreTest, AnswersLaterNeverInsideTheCall)
{
    ReadAnswer answer;
    store.read(kKey, &context, answer.callback());
    EXPECT_FALSE(answer.arrived());
    ASSERT_TRUE(answer.wait());
    EXPECT_EQ(answer.calls(), 1);
}

TEST_F(InMemorySecretStoreTest, NoKeyringIsUnavailableWithAClearMessage)
{
    writeSecret(kKey, QStringLiteral("kept"));
    store.simulateFailure(InMemorySecretStore::Failure::NoKeyring);

    ReadAnswer read;
    store.read(kKey, &context, read.callback());
    ASSERT_TRUE(read.wait());
    ASSERT_FALSE(read.get().ok());
    EXPECT_EQ(read.get().error().code, ErrorCode::Unavailable);
    EXPECT_EQ(read.get().error().message(), noKeyringError().message());
    EXPECT_TRUE(read.get().error().message().contains(QStringLiteral("No keyring is running")));
    EXPECT_TRUE(read.get().error().message().contains(QStringLiteral("gnome-keyring")));
    EXPECT_TRUE(read.get().error().message().contains(QStringLiteral("KWallet")));
    EXPECT_TRUE(read.get().error().message().contains(QStringLiteral("Windows Credential Manager")));

    DoneAnswer written;
    store.write(kKey, QStringLiteral("new"), &context, written.callback());
    ASSERT_TRUE(written.wait());
    ASSERT_FALSE(written.get().ok());
    EXPECT_EQ(written.get().error().code, ErrorCode::Unavailable);

    DoneAnswer removed;
    store.remove(kKey, &context, removed.callback());
    ASSERT_TRUE(removed.wait());
    ASSERT_FALSE(removed.get().ok());
    EXPECT_EQ(removed.get().error().code, ErrorCode::Unavailable);

    // A failing keyring changes nothing.
    store.simulateFailure(InMemorySecretStore::Failure::None);
    EXPECT_EQ(readBack(kKey), std::optional<QString>(QStringLiteral("kept")));
}

TEST_F(InMemorySecretStoreTest, AccessDeniedIsUnavailableWithItsOwnMessage)
{
    store.simulateFailure(InMemorySecretStore::Failure::AccessDenied);
    DoneAnswer written;
    store.write(kKey, QStringLiteral("pw"), &context, written.callback());
    ASSERT_TRUE(written.wait());
    ASSERT_FALSE(written.get().ok());
    EXPECT_EQ(written.get().error().code, ErrorCode::Unavailable);
    EXPECT_EQ(written.get().error().message(), keyringAccessDeniedError().message());
    EXPECT_NE(written.get().error().message(), noKeyringError().message());
    EXPECT_FALSE(store.contains(kKey));
}

TEST_F(InMemorySecretStoreTest, EmptyKeyIsInvalidInput)
{
    ReadAnswer read;
    store.read(QString(), &context, read.callback());
    ASSERT_TRUE(read.wait());
    ASSERT_FALSE(read.get().ok());
    EXPECT_EQ(read.get().error().code, ErrorCode::InvalidInput);

    DoneAnswer written;
    store.write(QString(), QStringLiteral("pw"), &context, written.callback());
    ASSERT_TRUE(written.wait());
    ASSERT_FALSE(written.get().ok());
    EXPECT_EQ(written.get().error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(store.size(), 0);
}

TEST_F(InMemorySecretStoreTest, CallbacksDieWithTheirContext)
{
    writeSecret(kKey, QStringLiteral("pw"));
    int calls = 0;
    auto doomed = std::make_unique<QObject>();
    store.read(kKey, doomed.get(), [&calls](const Result<std::optional<QString>>&) { ++calls; });
    store.write(kKey, QStringLiteral("changed"), doomed.get(), [&calls](const VoidResult&) { ++calls; });
    store.remove(QStringLiteral("other"), doomed.get(), [&calls](const VoidResult&) { ++calls; });
    doomed.reset();

    // An answer for a living context, queued after the dead ones, proves the queue ran.
    ReadAnswer later;
    store.read(kKey, &context, later.callback());
    ASSERT_TRUE(later.wait());
    QTest::qWait(20);
    EXPECT_EQ(calls, 0);
    // The write itself happened; only its answer was dropped.
    EXPECT_EQ(later.get().value(), std::optional<QString>(QStringLiteral("changed")));
}

TEST(SecretKeyForDatabase, NamesDialectUserHostPortAndDatabase)
{
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://anna@db.kommun.example/casedesk"));
    ASSERT_TRUE(url.ok());
    EXPECT_EQ(secretKeyForDatabase(url.value()),
              QStringLiteral("db:postgresql://anna@db.kommun.example:5432/casedesk"));
    EXPECT_EQ(secretServiceName(), QStringLiteral("CaseDesk"));
}

TEST(SecretKeyForDatabase, NeverContainsThePassword)
{
    auto withPassword = DatabaseUrl::parse(
        QStringLiteral("postgresql://anna:Hemligt-L0senord@db.kommun.example:5432/casedesk?sslmode=require"));
    ASSERT_TRUE(withPassword.ok());
    ASSERT_EQ(withPassword->password, QStringLiteral("Hemligt-L0senord"));
    const QString key = secretKeyForDatabase(withPassword.value());
    EXPECT_FALSE(key.contains(QStringLiteral("Hemligt"), Qt::CaseInsensitive)) << key.toStdString();
    EXPECT_FALSE(key.contains(QStringLiteral("L0senord"), Qt::CaseInsensitive)) << key.toStdString();

    // The same login with or without a password in the URL shares one key.
    auto without = DatabaseUrl::parse(QStringLiteral("postgresql://anna@db.kommun.example:5432/casedesk"));
    ASSERT_TRUE(without.ok());
    EXPECT_EQ(key, secretKeyForDatabase(without.value()));

    // A password set by hand, even one that looks like a URL part, stays out too.
    DatabaseUrl manual = without.value();
    manual.password = QStringLiteral("@evil:1/x");
    EXPECT_FALSE(secretKeyForDatabase(manual).contains(QStringLiteral("evil")));
}

TEST(SecretKeyForDatabase, DifferentLoginsGetDifferentKeys)
{
    const auto key = [](const char* text) {
        auto url = DatabaseUrl::parse(QString::fromUtf8(text));
        EXPECT_TRUE(url.ok()) << text;
        return url.ok() ? secretKeyForDatabase(url.value()) : QString();
    };
    const QStringList keys{
        key("postgresql://anna@db.kommun.example:5432/casedesk"),
        key("postgresql://bertil@db.kommun.example:5432/casedesk"),
        key("postgresql://anna@db2.kommun.example:5432/casedesk"),
        key("postgresql://anna@db.kommun.example:5433/casedesk"),
        key("postgresql://anna@db.kommun.example:5432/casedesk_test"),
        key("postgresql://db.kommun.example:5432/casedesk"),
    };
    for (qsizetype i = 0; i < keys.size(); ++i) {
        for (qsizetype j = i + 1; j < keys.size(); ++j)
            EXPECT_NE(keys[i], keys[j]) << keys[i].toStdString();
    }
}

TEST(SecretKeyForDatabase, EncodesCharactersThatWouldMakeKeysAmbiguous)
{
    DatabaseUrl url;
    url.dialect = Dialect::Postgres;
    url.user = QStringLiteral("a@b");
    url.host = QStringLiteral("c");
    url.databaseName = QStringLiteral("d");
    DatabaseUrl other = url;
    other.user = QStringLiteral("a");
    other.host = QStringLiteral("b@c");
    EXPECT_NE(secretKeyForDatabase(url), secretKeyForDatabase(other));
    EXPECT_EQ(secretKeyForDatabase(url), QStringLiteral("db:postgresql://a%40b@c:5432/d"));
}

} // namespace
} // namespace casedesk
