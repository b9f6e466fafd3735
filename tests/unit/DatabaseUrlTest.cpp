// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "db/DatabaseUrl.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace casedesk;

TEST(DatabaseUrl, SqliteForms)
{
    auto plain = DatabaseUrl::parse(QStringLiteral("sqlite:/var/lib/casedesk/cases.db"));
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(plain->dialect, Dialect::Sqlite);
    EXPECT_EQ(plain->sqlitePath, QStringLiteral("/var/lib/casedesk/cases.db"));
    auto triple = DatabaseUrl::parse(QStringLiteral("sqlite:///var/lib/casedesk/cases%20x.db"));
    ASSERT_TRUE(triple.ok()) << triple.error().message().toStdString();
    EXPECT_EQ(triple->sqlitePath, QStringLiteral("/var/lib/casedesk/cases x.db"));
    auto relative = DatabaseUrl::parse(QStringLiteral("sqlite:local.db"));
    ASSERT_TRUE(relative.ok());
    EXPECT_EQ(relative->sqlitePath, QDir::current().absoluteFilePath(QStringLiteral("local.db")));
    EXPECT_FALSE(DatabaseUrl::parse(QStringLiteral("sqlite:")).ok());
}

TEST(DatabaseUrl, PostgresFormsAndOptions)
{
    auto url = DatabaseUrl::parse(
        QStringLiteral("postgresql://anna@db.kommun.example:6543/casedesk?sslmode=verify-full"));
    ASSERT_TRUE(url.ok());
    EXPECT_EQ(url->dialect, Dialect::Postgres);
    EXPECT_EQ(url->host, QStringLiteral("db.kommun.example"));
    EXPECT_EQ(url->port, 6543);
    EXPECT_EQ(url->user, QStringLiteral("anna"));
    EXPECT_EQ(url->databaseName, QStringLiteral("casedesk"));
    EXPECT_EQ(url->connectOptions, QStringLiteral("sslmode=verify-full"));
    auto defaults = DatabaseUrl::parse(QStringLiteral("postgres:///casedesk"));
    ASSERT_TRUE(defaults.ok());
    EXPECT_EQ(defaults->host, QStringLiteral("localhost"));
    EXPECT_EQ(defaults->port, 5432);
}

TEST(DatabaseUrl, RefusesWhatItCannotUse)
{
    for (const char* bad :
         {"mysql://x/y", "postgresql://host", "postgresql://host/a/b", "postgresql://h/db?colour=red",
          "postgresql://h/db?sslmode=require;host=evil", "casedesk.db"}) {
        auto url = DatabaseUrl::parse(QString::fromLatin1(bad));
        ASSERT_FALSE(url.ok()) << bad;
        EXPECT_EQ(url.error().field, QStringLiteral("--db")) << bad;
    }
}

TEST(DatabaseUrl, NeverShowsThePassword)
{
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://anna:hemligt@db/casedesk"));
    ASSERT_TRUE(url.ok());
    EXPECT_EQ(url->password, QStringLiteral("hemligt"));
    EXPECT_FALSE(url->displayString().contains(QStringLiteral("hemligt")));
}

TEST(DatabaseUrl, RemoteServersUseVerifiedTlsUnlessTheUrlSaysOtherwise)
{
    for (const char* remote :
         {"postgresql://anna@db.kommun.example/casedesk", "postgresql://anna@10.1.2.3:5432/casedesk",
          "postgresql://anna@[2001:db8::5]/casedesk", "postgresql://anna@128.0.0.1/casedesk",
          "postgresql://anna@localhost.kommun.example/casedesk",
          "postgresql://anna@db/casedesk?connect_timeout=5"}) {
        auto url = DatabaseUrl::parse(QString::fromLatin1(remote));
        ASSERT_TRUE(url.ok()) << remote;
        EXPECT_TRUE(
            url->connectOptions.split(QLatin1Char(';')).contains(QStringLiteral("sslmode=verify-full")))
            << remote << ": " << url->connectOptions.toStdString();
    }
    auto withTimeout = DatabaseUrl::parse(QStringLiteral("postgresql://anna@db/casedesk?connect_timeout=5"));
    ASSERT_TRUE(withTimeout.ok());
    EXPECT_EQ(withTimeout->connectOptions, QStringLiteral("sslmode=verify-full;connect_timeout=5"));

    // Loopback and Unix sockets: no TLS is forced.
    for (const char* local :
         {"postgresql://anna@localhost/casedesk", "postgresql://anna@LOCALHOST:5433/casedesk",
          "postgresql://anna@127.0.0.1/casedesk", "postgresql://anna@127.10.20.30/casedesk",
          "postgresql://anna@[::1]:5432/casedesk", "postgres:///casedesk",
          "postgresql:///casedesk?host=/var/run/postgresql",
          "postgresql://anna@db.kommun.example/casedesk?host=%2Fvar%2Frun%2Fpostgresql"}) {
        auto url = DatabaseUrl::parse(QString::fromLatin1(local));
        ASSERT_TRUE(url.ok()) << local;
        EXPECT_FALSE(url->connectOptions.contains(QStringLiteral("sslmode"))) << local;
    }

    // An explicit sslmode wins, whatever it is.
    for (const char* mode : {"disable", "require", "verify-ca", "verify-full"}) {
        auto url =
            DatabaseUrl::parse(QStringLiteral("postgresql://anna@db.kommun.example/casedesk?sslmode=") +
                               QString::fromLatin1(mode));
        ASSERT_TRUE(url.ok()) << mode;
        EXPECT_EQ(url->connectOptions, QStringLiteral("sslmode=") + QString::fromLatin1(mode));
    }
    auto local = DatabaseUrl::parse(QStringLiteral("postgresql://anna@localhost/casedesk?sslmode=require"));
    ASSERT_TRUE(local.ok());
    EXPECT_EQ(local->connectOptions, QStringLiteral("sslmode=require"));

    EXPECT_TRUE(DatabaseUrl::isLocalHost(QString()));
    EXPECT_TRUE(DatabaseUrl::isLocalHost(QStringLiteral("/tmp/pg")));
    EXPECT_TRUE(DatabaseUrl::isLocalHost(QStringLiteral("::1")));
    EXPECT_FALSE(DatabaseUrl::isLocalHost(QStringLiteral("127.example")));
    EXPECT_FALSE(DatabaseUrl::isLocalHost(QStringLiteral("::2")));
}
