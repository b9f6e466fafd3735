// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

namespace casedesk::bench {

class BenchDatabase;

// Each registers its figures for one backend; names are "<figure>/<backend>/<variant>".
void registerInboxBenchmarks(BenchDatabase& database);
void registerCaseBenchmarks(BenchDatabase& database);
void registerWriteBenchmarks(BenchDatabase& database);
void registerGuiBenchmarks(BenchDatabase& database);
void registerStatisticsBenchmarks(BenchDatabase& database);

} // namespace casedesk::bench
