// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QString>

#include <benchmark/benchmark.h>

#include <functional>
#include <vector>

namespace casedesk {
class Database;
}

namespace casedesk::bench {

using Step = std::function<void()>;

double median(std::vector<double> values);

// Reports a benchmark as failed: SkipWithError, and the program's exit status becomes 1 so
// that CTest notices.
void fail(benchmark::State& state, const QString& message);
bool anyFailed();

// Times `timed` (after an untimed `setup`) in every iteration and reports the median in
// milliseconds (counter "median_ms", and as the iteration time: use UseManualTime()).
//
// With `db`, the statements `timed` ran the first time are recorded, and every iteration
// also runs them (1) bare through the driver, QSqlQuery exec and every value of every row,
// and (2) through a stock QSqlQueryModel, every cell's display text. Counters: bare_ms,
// qsqlquerymodel_ms (medians), overhead = median_ms / bare_ms, statements, rows.
// `recorded`, when given, is what runs on `db` for the recording instead of `timed`: the same
// calls that `timed` has the database worker make on a connection of its own.
void measure(benchmark::State& state, const Step& setup, const Step& timed, Database* db = nullptr,
             const Step& recorded = {});

} // namespace casedesk::bench
