// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "TestDatabase.h"

#include "db/PostgresDialect.h"
#include "db/SqliteDialect.h"
#include "db/TransactionGuard.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

// The SQL text SqlDialect writes, run on the real backends: each method's text is asked of the
// connection's own dialect and must give the rows it promises.

namespace {

std::string text(const Error& e)
{
    return e.describe().toStdString();
}

QList<qint64> ids(const Database& db, const QString& sql, const QVariantList& params)
{
    QList<qint64> result;
    auto q = db.exec(sql, params);
    EXPECT_TRUE(q.ok()) << (q.ok() ? std::string() : text(q.error())) << " in " << sql.toStdString();
    while (q.ok() && q->next())
        result << q->value(0).toLongLong();
    return result;
}

class SqlDialectTest : public BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (HasFatalFailure())
            return;
        // A table of this connection only, ids 1..20 and a text each.
        ASSERT_TRUE(db().exec(QStringLiteral("CREATE TEMPORARY TABLE dialect_probe (id bigint PRIMARY KEY,"
                                             " label text NOT NULL)"))
                        .ok());
        for (qint64 id = 1; id <= 20; ++id)
            ASSERT_TRUE(db().exec(QStringLiteral("INSERT INTO dialect_probe (id, label) VALUES (?, ?)"),
                                  {id, QStringLiteral("row %1").arg(id)})
                            .ok());
    }

    const SqlDialect& sql() { return db().sql(); }
};

} // namespace

TEST_P(SqlDialectTest, TheConnectionHasTheDialectOfItsUrl)
{
    const bool sqlite = GetParam() == Backend::Sqlite;
    EXPECT_EQ(sql().isEmbedded(), sqlite);
    EXPECT_EQ(sql().hasRolesAndRowSecurity(), !sqlite);
    EXPECT_EQ(sql().hasChangeNotifications(), !sqlite);
    EXPECT_EQ(sql().locksRows(), !sqlite);
    EXPECT_EQ(sql().forUpdateSkipLocked().isEmpty(), sqlite);
    EXPECT_EQ(sql().migrationLock().isEmpty(), sqlite);
}

TEST_P(SqlDialectTest, AListOfIdsIsOneParameter)
{
    const QString select = QStringLiteral("SELECT id FROM dialect_probe WHERE ") +
                           sql().inIdList(QStringLiteral("id")) + QStringLiteral(" ORDER BY id");
    EXPECT_EQ(ids(db(), select, {sql().idListParameter({17, 3, 9})}), (QList<qint64>{3, 9, 17}));
    // Ids that are not there, and no ids at all, match nothing; the statement is the same text.
    EXPECT_EQ(ids(db(), select, {sql().idListParameter({3, 99})}), (QList<qint64>{3}));
    EXPECT_TRUE(ids(db(), select, {sql().idListParameter({})}).isEmpty());
    // Many ids, still one parameter.
    QList<qint64> many;
    for (qint64 id = 1; id <= 5000; ++id)
        many << id * 2;
    EXPECT_EQ(ids(db(), select, {sql().idListParameter(many)}).size(), 10);
}

// Many rows as one JSON parameter: text with quotes and non-ASCII letters as given, JSON null as
// NULL (a NOT NULL column refuses it), numbers as numbers; the same statement text for any count.
TEST_P(SqlDialectTest, JsonRowsInsertsEveryRowOfOneParameter)
{
    const QString insert =
        QStringLiteral("INSERT INTO dialect_probe (id, label) SELECT r.id, r.label FROM ") +
        sql().jsonRows({{"id", "bigint"}, {"label", "text"}}, QStringLiteral("r"));
    const QString rows =
        QStringLiteral(R"([{"id": 21, "label": "Åsa \"Ö\" O'Brien"}, {"id": 22, "label": ""},)"
                       R"( {"label": "x", "id": 9007199254740993}])");
    ASSERT_TRUE(db().exec(insert, {rows}).ok());
    auto q = db().exec(QStringLiteral("SELECT id, label FROM dialect_probe WHERE id > 20 ORDER BY id"));
    ASSERT_TRUE(q.ok());
    QStringList read;
    while (q->next())
        read << q->value(0).toString() + QLatin1Char('=') + q->value(1).toString();
    EXPECT_EQ(read, (QStringList{QStringLiteral("21=Åsa \"Ö\" O'Brien"), QStringLiteral("22="),
                                 QStringLiteral("9007199254740993=x")}));
    EXPECT_FALSE(db().exec(insert, {QStringLiteral(R"([{"id": 30, "label": null}])")}).ok());
    EXPECT_TRUE(db().exec(insert, {QStringLiteral("[]")}).ok());
    EXPECT_EQ(ids(db(), QStringLiteral("SELECT id FROM dialect_probe WHERE id = 30"), {}).size(), 0);
}

TEST_P(SqlDialectTest, InSubqueryMatchesTheRowsTheSubqueryReturns)
{
    const QString select =
        QStringLiteral("SELECT id FROM dialect_probe WHERE ") +
        sql().inSubquery(QStringLiteral("id"),
                         QStringLiteral("SELECT id FROM dialect_probe WHERE id > ?"
                                        " UNION ALL SELECT id FROM dialect_probe WHERE id = ?")) +
        QStringLiteral(" ORDER BY id");
    EXPECT_EQ(ids(db(), select, {18, 2}), (QList<qint64>{2, 19, 20}));
}

TEST_P(SqlDialectTest, ByteOrderComparesCodePoints)
{
    // Upper case before lower case, and Ä (U+00C4) after both, whatever the collation.
    const QStringList labels{QStringLiteral("b"), QStringLiteral("Ä"), QStringLiteral("a"),
                             QStringLiteral("B")};
    for (qsizetype i = 0; i < labels.size(); ++i)
        ASSERT_TRUE(db().exec(QStringLiteral("UPDATE dialect_probe SET label = ? WHERE id = ?"),
                              {labels.at(i), qint64(i + 1)})
                        .ok());
    const QString label = sql().byteOrder(QStringLiteral("label"));
    EXPECT_EQ(ids(db(), QStringLiteral("SELECT id FROM dialect_probe WHERE id <= 4 ORDER BY ") + label, {}),
              (QList<qint64>{4, 3, 1, 2}));
    // A prefix range: from "B" up to (not including) "C" holds only "B".
    EXPECT_EQ(ids(db(),
                  QStringLiteral("SELECT id FROM dialect_probe WHERE ") + label +
                      QStringLiteral(" >= ? AND ") + label + QStringLiteral(" < ?"),
                  {QStringLiteral("B"), QStringLiteral("C")}),
              (QList<qint64>{4}));
}

TEST_P(SqlDialectTest, TimeMinusDaysIsComparableWithStoredTimes)
{
    const QDateTime now(QDate(2026, 3, 30), QTime(12, 0, 0, 250), QTimeZone::utc());
    auto q =
        db().exec(QStringLiteral("SELECT ") + sql().timeMinusDays(QStringLiteral("?"), QStringLiteral("?")),
                  {toSqlTime(now), 30});
    ASSERT_TRUE(q.ok()) << text(q.error());
    ASSERT_TRUE(q->next());
    // 30 days of 24 hours in UTC (the spring's daylight saving time change plays no part).
    EXPECT_EQ(fromSqlTime(q->value(0)), now.addDays(-30));
}

TEST_P(SqlDialectTest, TableInIdOrderReadsInIdOrder)
{
    EXPECT_EQ(ids(db(),
                  QStringLiteral("SELECT id FROM ") + sql().tableInIdOrder(QStringLiteral("dialect_probe")) +
                      QStringLiteral(" WHERE id > ? ORDER BY id LIMIT ?"),
                  {5, 3}),
              (QList<qint64>{6, 7, 8}));
}

TEST_P(SqlDialectTest, CountTablesNamedFindsTheSchemaVersionTable)
{
    EXPECT_EQ(ids(db(), sql().countTablesNamed(), {QStringLiteral("schema_version")}), (QList<qint64>{1}));
    EXPECT_EQ(ids(db(), sql().countTablesNamed(), {QStringLiteral("no_such_table")}), (QList<qint64>{0}));
}

TEST_P(SqlDialectTest, AWriteTransactionBeginsAndTakesTheMigrationLock)
{
    ASSERT_TRUE(db().exec(sql().beginWriteTransaction(false)).ok());
    if (const QString lock = sql().migrationLock(); !lock.isEmpty()) {
        auto locked = db().exec(lock, {qint64(4711)});
        EXPECT_TRUE(locked.ok()) << text(locked.error());
    }
    ASSERT_TRUE(db().exec(QStringLiteral("DELETE FROM dialect_probe WHERE id = ?"), {1}).ok());
    ASSERT_TRUE(db().exec(QStringLiteral("ROLLBACK")).ok());
    EXPECT_EQ(ids(db(), QStringLiteral("SELECT count(*) FROM dialect_probe"), {}), (QList<qint64>{20}));
}

TEST_P(SqlDialectTest, ARowAnotherTransactionClaimedIsSkipped)
{
    // A real table, so that a second connection sees it: the statuses of the seed data.
    const QString claim = QStringLiteral("SELECT id FROM statuses ORDER BY sort_order, id LIMIT 1") +
                          sql().forUpdateSkipLocked();
    if (!sql().locksRows()) {
        // SQLite's write transaction excludes the other writer instead: the claim is a plain read.
        EXPECT_TRUE(sql().forUpdateSkipLocked().isEmpty());
        EXPECT_EQ(ids(db(), QStringLiteral("SELECT count(*) FROM (") + claim + QLatin1Char(')'), {}),
                  (QList<qint64>{1}));
        return;
    }
    auto other = testDatabase().openAnother();
    ASSERT_TRUE(other);
    ASSERT_TRUE(db().exec(QStringLiteral("BEGIN")).ok());
    auto first = db().exec(claim);
    ASSERT_TRUE(first.ok()) << text(first.error());
    ASSERT_TRUE(first->next());
    const QString claimed = first->value(0).toString();
    ASSERT_TRUE(other->exec(QStringLiteral("BEGIN")).ok());
    auto second = other->exec(claim);
    ASSERT_TRUE(second.ok()) << text(second.error());
    ASSERT_TRUE(second->next());
    EXPECT_NE(second->value(0).toString(), claimed);
    ASSERT_TRUE(other->exec(QStringLiteral("ROLLBACK")).ok());
    ASSERT_TRUE(db().exec(QStringLiteral("ROLLBACK")).ok());
}

TEST(SqlDialect, FullTextQueriesInEachEngine)
{
    const QStringList words{QStringLiteral("anders"), QStringLiteral("19121212")};
    EXPECT_EQ(SqliteDialect().fullTextQuery(words, false), QStringLiteral("\"anders\"* \"19121212\"*"));
    EXPECT_EQ(SqliteDialect().fullTextQuery(words, true), QStringLiteral("\"anders\" \"19121212\""));
    EXPECT_EQ(PostgresDialect().fullTextQuery(words, false), QStringLiteral("anders:* & 19121212:*"));
    EXPECT_EQ(PostgresDialect().fullTextQuery(words, true), QStringLiteral("anders & 19121212"));
}

CASEDESK_INSTANTIATE_BACKENDS(SqlDialectTest);
