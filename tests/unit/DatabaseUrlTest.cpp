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
    ASSERT_TRUE(triple.ok()) << triple.error().message.toStdString();
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
