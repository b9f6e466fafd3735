// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "TestDatabase.h"

#include "db/Migrator.h"
#include "repositories/StatusRepository.h"

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

class MigrationTest : public BackendTest
{};

TEST_P(MigrationTest, CreatesTheCurrentSchemaAndIsIdempotent)
{
    const Migrator migrator(db());
    auto state = migrator.state();
    ASSERT_TRUE(state.ok()) << state.error().message().toStdString();
    EXPECT_GE(state->current, 1);
    EXPECT_EQ(state->current, state->supported);
    EXPECT_TRUE(migrator.requireCurrent().ok());

    auto again = migrator.migrate();
    ASSERT_TRUE(again.ok()) << again.error().message().toStdString();
    EXPECT_EQ(again->current, state->current);
    // Versions are the migration files' numbers; one row per file, none applied twice.
    auto rows = db().exec(
        QStringLiteral("SELECT count(*), count(DISTINCT version), max(version) FROM schema_version"));
    ASSERT_TRUE(rows.ok());
    ASSERT_TRUE(rows->next());
    EXPECT_EQ(rows->value(0).toInt(), rows->value(1).toInt());
    EXPECT_EQ(rows->value(2).toInt(), state->supported);
    EXPECT_EQ(rows->value(0).toInt(), state->supported); // no gaps: every number 1..N applied once
}

TEST_P(MigrationTest, RefusesADatabaseNewerThanTheProgram)
{
    ASSERT_TRUE(db().exec(QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                                         "VALUES (9999, 'future', ?)"),
                          {toSqlTime(QDateTime::currentDateTimeUtc())})
                    .ok());
    const Migrator migrator(db());
    auto migrated = migrator.migrate();
    ASSERT_FALSE(migrated.ok());
    EXPECT_EQ(migrated.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(migrated.error().message().contains(QStringLiteral("9999")))
        << migrated.error().message().toStdString();
    EXPECT_FALSE(migrator.requireCurrent().ok());
}

TEST_P(MigrationTest, SeedsTheDefaultStatusesWithSwedishAndEnglishNames)
{
    const StatusRepository statuses(db());
    struct Expected
    {
        const char* id;
        const char* sv;
        const char* en;
        StatusKind kind;
    };
    for (const Expected& e :
         {Expected{"submitted", "Inskickat", "Submitted", StatusKind::Submitted},
          Expected{"registered", "Registrerat", "Registered", StatusKind::Registered},
          Expected{"in_progress", "Under handläggning", "In progress", StatusKind::InProgress},
          Expected{"closed", "Avslutat", "Closed", StatusKind::Closed}}) {
        auto status = statuses.find(QString::fromLatin1(e.id));
        ASSERT_TRUE(status.ok());
        ASSERT_TRUE(status->has_value()) << e.id;
        EXPECT_EQ((*status)->nameSv, QString::fromUtf8(e.sv));
        EXPECT_EQ((*status)->nameEn, QString::fromUtf8(e.en));
        EXPECT_EQ((*status)->kind, e.kind);
        EXPECT_TRUE((*status)->builtIn);
    }
    auto next = statuses.allowedNext(QStringLiteral("registered"), QStringLiteral("any"));
    ASSERT_TRUE(next.ok());
    QStringList ids;
    for (const Status& s : *next)
        ids << s.id;
    EXPECT_TRUE(ids.contains(QStringLiteral("in_progress")));
    EXPECT_TRUE(ids.contains(QStringLiteral("closed")));
    EXPECT_FALSE(ids.contains(QStringLiteral("submitted")));
}

TEST(SqlScriptSplitter, KeepsTriggerBodiesAndDollarQuotesWhole)
{
    const QString script = QStringLiteral("CREATE TABLE a (x int);\n"
                                          "-- a comment;\n"
                                          "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                                          "  UPDATE a SET x = 1;\n"
                                          "  UPDATE a SET x = 2;\n"
                                          "END;\n"
                                          "CREATE FUNCTION f() RETURNS int AS $$\n"
                                          "BEGIN\n  RETURN 1;\nEND;\n$$ LANGUAGE plpgsql;\n");
    const QStringList statements = splitSqlScript(script);
    ASSERT_EQ(statements.size(), 3) << statements.join(QStringLiteral("\n|\n")).toStdString();
    EXPECT_TRUE(statements[1].contains(QStringLiteral("x = 2")));
    EXPECT_TRUE(statements[2].endsWith(QStringLiteral("LANGUAGE plpgsql;")));
}

CASEDESK_INSTANTIATE_BACKENDS(MigrationTest);
