#include "BenchDatabase.h"
#include "Benchmarks.h"
#include "Measure.h"
#include "workflow/CaseService.h"

namespace casedesk::bench {

void registerCaseBenchmarks(BenchDatabase& database)
{
    // Opening a case reads everything but attachment contents, re-checks the signatures and
    // writes one audit row (a transaction). The baselines re-run only the reads.
    const std::string name = "open_case/" + database.label().toStdString() + "/detail";
    benchmark::RegisterBenchmark(name.c_str(), [&database](benchmark::State& state) {
        const CaseService service(database.db());
        const QStringList& references = database.sampleReferences();
        qsizetype next = 0;
        QString error;
        qint64 items = 0;
        measure(
            state, {},
            [&] {
                auto detail = service.open(references.at(next++ % references.size()), false);
                if (!detail.ok())
                    error = detail.error().message();
                else
                    items += detail->pages.size() + detail->events.size() + detail->messages.size();
            },
            &database.db());
        if (!error.isEmpty())
            return fail(state, error);
        state.counters["items_per_case"] =
            double(items) / double(std::max<qint64>(state.iterations() + 1, 1));
    })->UseManualTime();
}

} // namespace casedesk::bench
