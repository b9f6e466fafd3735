// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "BenchDatabase.h"
#include "Benchmarks.h"
#include "Measure.h"
#include "workflow/CaseScreen.h"

namespace casedesk::bench {

void registerCaseBenchmarks(BenchDatabase& database)
{
    // Opening a case in the window: readCaseScreen, everything the case view shows (the case
    // with its signatures re-checked, the conversation, the allowed next statuses, the person's
    // access, the attachment types and the message templates). On PostgreSQL that is one
    // statement, casedesk_open_case_screen, so the baseline is that call through QSqlQuery; on
    // SQLite the parts' statements, the conversation's audit row included.
    const std::string name = "open_case/" + database.label().toStdString() + "/screen";
    benchmark::RegisterBenchmark(name.c_str(), [&database](benchmark::State& state) {
        const Database& db = database.db();
        const QStringList& references = database.sampleReferences();
        qsizetype next = 0;
        QString error;
        qint64 items = 0;
        measure(
            state, {},
            [&] {
                auto screen = readCaseScreen(db, references.at(next++ % references.size()), false);
                if (!screen.ok()) {
                    error = screen.error().message();
                    return;
                }
                items += screen->detail.pages.size() + screen->detail.events.size() +
                         screen->allowedNext.size() + screen->messageTemplates.size();
                if (screen->thread)
                    items += screen->thread->messages.size() + screen->thread->notes.size() +
                             screen->thread->supplementRequests.size() + screen->thread->decisions.size();
            },
            &database.db());
        if (!error.isEmpty())
            return fail(state, error);
        state.counters["items_per_case"] =
            double(items) / double(std::max<qint64>(state.iterations() + 1, 1));
    })->UseManualTime();
}

} // namespace casedesk::bench
