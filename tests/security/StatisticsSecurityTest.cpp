// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SecurityFixture.h"

#include "statistics/StatisticsService.h"

#include <functional>

using namespace casedesk;
using namespace casedesk::test;

// The follow-up statistics (migration 0037), attacked as raw SQL by each role: nobody writes the
// daily aggregates but the database's own triggers, whatever the login (an inflated or erased
// figure would survive every purge), and each login reads only the rows of the e-services it may
// read.
namespace {

const char* const kTables[] = {"stats_daily", "stats_durations", "stats_outcomes"};

// Everything the aggregates hold, as one text: what no attack may change.
QString fingerprint(const std::function<QVariant(const QString&)>& value)
{
    return value(
               QStringLiteral(
                   "SELECT string_agg(concat_ws('|', day, eservice_id, submitted, decided, closed, reopened,"
                   " supplement_requests, open_delta, overdue_delta), ';' ORDER BY day, eservice_id)"
                   " FROM stats_daily"))
               .toString() +
           value(QStringLiteral(
                     "SELECT string_agg(concat_ws('|', day, eservice_id, measure, status_id, days, n),"
                     " ';' ORDER BY 1) FROM stats_durations"))
               .toString() +
           value(QStringLiteral(
                     "SELECT string_agg(concat_ws('|', day, eservice_id, outcome_id, n), ';' ORDER BY 1)"
                     " FROM stats_outcomes"))
               .toString();
}

} // namespace

TEST_F(SecurityTest, NobodyWritesTheStatisticsButTheDatabase)
{
    addParkingConversation(); // the caseworker's supplement request and decision, counted by the triggers
    EXPECT_EQ(ownerCount(QStringLiteral(
                  "SELECT sum(decided) FROM stats_daily WHERE eservice_id = 'parkeringstillstand'")),
              1);
    EXPECT_EQ(
        ownerCount(QStringLiteral(
            "SELECT sum(supplement_requests) FROM stats_daily WHERE eservice_id = 'parkeringstillstand'")),
        1);
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT sum(submitted) FROM stats_daily")),
              ownerCount(QStringLiteral("SELECT count(*) FROM cases")));
    auto ownerValueOf = [this](const QString& sql) { return ownerValue(sql); };
    const QString before = fingerprint(ownerValueOf);
    ASSERT_FALSE(before.isEmpty());

    const QStringList attacks{
        QStringLiteral("INSERT INTO stats_daily (day, eservice_id, submitted) VALUES ('2026-01-01', "
                       "'parkeringstillstand', 1000)"),
        QStringLiteral("UPDATE stats_daily SET submitted = submitted + 1000"),
        QStringLiteral("DELETE FROM stats_daily"),
        QStringLiteral("TRUNCATE stats_daily"),
        QStringLiteral("INSERT INTO stats_durations (day, eservice_id, measure, days, n)"
                       " VALUES ('2026-01-01', 'parkeringstillstand', 'decision', 1, 1000)"),
        QStringLiteral("UPDATE stats_durations SET n = n + 1000"),
        QStringLiteral("DELETE FROM stats_durations"),
        QStringLiteral("TRUNCATE stats_durations"),
        QStringLiteral("INSERT INTO stats_outcomes (day, eservice_id, outcome_id, n)"
                       " VALUES ('2026-01-01', 'parkeringstillstand', 'approved', 1000)"),
        QStringLiteral("UPDATE stats_outcomes SET n = n + 1000"),
        QStringLiteral("DELETE FROM stats_outcomes"),
        QStringLiteral("TRUNCATE stats_outcomes"),
        // The triggers' helper, called directly with a forged move.
        QStringLiteral("SELECT casedesk_stats_apply(ARRAY[ROW('parkeringstillstand', DATE '2026-01-01', NULL,"
                       " DATE '2026-01-01', DATE '9999-12-31', NULL, NULL, NULL, NULL, false, true, true,"
                       " false)::stats_move])"),
        // The trigger functions themselves cannot be called outside a trigger; try anyway.
        QStringLiteral("SELECT casedesk_stats_cases()"),
    };
    for (const char* role : {"cw", "rd", "service", "portal", "admin"}) {
        auto db = as(role);
        ASSERT_TRUE(db) << role;
        for (const QString& attack : attacks) {
            EXPECT_FALSE(attempt(*db, attack)) << role << ": " << attack.toStdString();
            EXPECT_EQ(fingerprint(ownerValueOf), before) << role << ": " << attack.toStdString();
        }
    }
}

TEST_F(SecurityTest, EachLoginReadsTheStatisticsOfTheEServicesItMayRead)
{
    addParkingConversation();
    for (const char* table : kTables) {
        const QString distinct =
            QStringLiteral("SELECT string_agg(DISTINCT eservice_id, ',' ORDER BY eservice_id) FROM ") +
            QLatin1String(table);
        if (table == kTables[0]) {
            EXPECT_EQ(ownerValue(distinct).toString(), QStringLiteral("parkeringstillstand,skolskjuts"));
        }
        // The caseworker reads both; the reader the parking e-service only.
        auto cw = as("cw");
        auto rd = as("rd");
        auto admin = as("admin");
        ASSERT_TRUE(cw && rd && admin);
        for (auto& [db, expected] : std::initializer_list<std::pair<Database*, QString>>{
                 {admin.get(), ownerValue(distinct).toString()},
                 {cw.get(), ownerValue(distinct).toString()},
                 {rd.get(), QStringLiteral("parkeringstillstand")}}) {
            auto q = db->exec(distinct);
            ASSERT_TRUE(q.ok()) << table;
            ASSERT_TRUE(q->next());
            EXPECT_EQ(q->value(0).toString(), expected) << table;
        }
        // The service and the portal read none of it.
        for (const char* role : {"service", "portal"}) {
            auto db = as(role);
            ASSERT_TRUE(db);
            EXPECT_FALSE(attempt(*db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)))
                << role << " " << table;
        }
    }
    // Through CaseDesk: the reader's report has the parking e-service alone.
    auto rd = as("rd");
    StatsQuery query;
    query.from = QDate(2000, 1, 1);
    query.to = QDate(2039, 12, 31);
    query.by = StatsGrouping::Month;
    auto report = StatisticsService(*rd).report(query);
    ASSERT_TRUE(report.ok()) << report.error().describe().toStdString();
    EXPECT_EQ(report->eservices, QStringList{QStringLiteral("parkeringstillstand")});
    query.eserviceId = QStringLiteral("skolskjuts");
    report = StatisticsService(*rd).report(query);
    ASSERT_TRUE(report.ok());
    for (const StatsRow& row : report->rows)
        EXPECT_EQ(row.submitted, 0);
}
