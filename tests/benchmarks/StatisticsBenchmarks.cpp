// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "BenchDatabase.h"
#include "Benchmarks.h"
#include "Measure.h"
#include "statistics/StatisticsService.h"
#include "worker/DatabaseWorker.h"

namespace casedesk::bench {

namespace {

// The year up to the sample case's day (the demo data's busiest year), grouped `by`.
StatsQuery yearUpTo(const BenchDatabase& database, StatsGrouping by, const QString& eservice = {})
{
    StatsQuery query;
    query.to = database.sampleSubmitted().date();
    query.from = query.to.addDays(-364);
    query.by = by;
    query.eserviceId = eservice;
    return query;
}

// The Statistics window's read (issue #17 §3): the report posted to the database worker and its
// answer on the GUI thread, next to the bare statements in the same run.
void registerReport(BenchDatabase& database, const char* variant, const StatsQuery& query)
{
    const std::string name = std::string("statistics_year/") + database.label().toStdString() + '/' + variant;
    benchmark::RegisterBenchmark(name.c_str(), [&database, query](benchmark::State& state) {
        DatabaseWorker worker(database.db().url());
        QString error;
        qsizetype rows = 0;
        // The window's worker has its connection open and has read once before the timing starts,
        // as when a person changes a filter.
        const auto read = [&] {
            worker.post(
                DatabaseWorker::Lane::Read, &worker,
                [query](Database& db) { return StatisticsService(db).report(query); },
                [&](Result<StatsReport> report) {
                    if (!report.ok())
                        error = report.error().message();
                    else
                        rows = report->rows.size();
                });
            worker.waitForIdle();
        };
        read();
        if (!error.isEmpty())
            return fail(state, error);
        measure(state, {}, read, &database.db(),
                [&] { benchmark::DoNotOptimize(StatisticsService(database.db()).report(query)); });
        if (!error.isEmpty())
            return fail(state, error);
        state.counters["rows"] = double(rows);
    })->UseManualTime();
}

} // namespace

void registerStatisticsBenchmarks(BenchDatabase& database)
{
    registerReport(database, "by_week", yearUpTo(database, StatsGrouping::Week));
    registerReport(database, "by_month", yearUpTo(database, StatsGrouping::Month));
    registerReport(database, "by_week_eservice",
                   yearUpTo(database, StatsGrouping::Week, database.sampleEService()));
}

} // namespace casedesk::bench
