// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "BenchDatabase.h"
#include "Benchmarks.h"
#include "CaseText.h"
#include "Measure.h"
#include "PostgresCluster.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace casedesk;
using namespace casedesk::bench;

namespace {

constexpr const char* kUsage =
    "casedesk_bench [Google Benchmark flags] [--cases N] [--backend sqlite|postgresql|both]\n"
    "               [--sqlite-url URL] [--postgresql-url URL] [--proxy on|off]\n"
    "casedesk_bench --prepare URL --cases N\n"
    "\n"
    "Without URLs the databases are built in a temporary folder (PostgreSQL: a cluster started\n"
    "for this run). --prepare builds one database for later runs (run.sh) and exits.\n"
    "URLs can also come from CASEDESK_BENCH_SQLITE_URL and CASEDESK_BENCH_POSTGRESQL_URL.\n"
    "With PostgreSQL the read figures run once more through a TCP proxy that holds every chunk\n"
    "back 2 ms each way (\"PostgreSQL via 2 ms proxy\"); --proxy off leaves them out.\n";

int usage(const char* problem)
{
    std::fprintf(stderr, "%s\n\n%s", problem, kUsage);
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    CaseText::setLanguage(QStringLiteral("en")); // formats dates as the window does

    BenchOptions options;
    options.sqliteUrl = qEnvironmentVariable("CASEDESK_BENCH_SQLITE_URL");
    options.postgresUrl = qEnvironmentVariable("CASEDESK_BENCH_POSTGRESQL_URL");
    QString prepare;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        const bool hasValue = i + 1 < argc;
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            std::fputs(kUsage, stdout);
            return 0;
        }
        if (!hasValue)
            return usage("missing value or unknown option");
        const QString value = QString::fromLocal8Bit(argv[++i]);
        if (arg == QLatin1String("--cases")) {
            bool ok = false;
            options.cases = value.toLongLong(&ok);
            if (!ok || options.cases < 1000 || options.cases > 10'000'000)
                return usage("--cases: a number from 1000 to 10000000");
        } else if (arg == QLatin1String("--backend")) {
            options.sqlite = value == QLatin1String("sqlite") || value == QLatin1String("both");
            options.postgres = value == QLatin1String("postgresql") || value == QLatin1String("both");
            if (!options.sqlite && !options.postgres)
                return usage("--backend: sqlite, postgresql or both");
        } else if (arg == QLatin1String("--proxy")) {
            if (value != QLatin1String("on") && value != QLatin1String("off"))
                return usage("--proxy: on or off");
            options.postgresViaProxy = value == QLatin1String("on");
        } else if (arg == QLatin1String("--sqlite-url")) {
            options.sqliteUrl = value;
        } else if (arg == QLatin1String("--postgresql-url")) {
            options.postgresUrl = value;
        } else if (arg == QLatin1String("--prepare")) {
            prepare = value;
        } else {
            return usage("unknown option");
        }
    }

    if (!prepare.isEmpty()) {
        auto url = DatabaseUrl::parse(prepare);
        if (!url.ok())
            return usage("--prepare: not a database URL");
        if (auto built = buildCaseDatabase(*url, options.cases); !built.ok()) {
            std::fprintf(stderr, "cannot build the database: %s\n", qPrintable(built.error().message()));
            return 1;
        }
        return 0;
    }

    std::vector<std::unique_ptr<BenchDatabase>> databases;
    for (const Backend backend : {Backend::Sqlite, Backend::Postgres}) {
        if (!(backend == Backend::Sqlite ? options.sqlite : options.postgres))
            continue;
        auto database = BenchDatabase::prepare(backend, options);
        if (!database.ok()) {
            // A missing backend fails the run; the figures are for both or for none.
            std::fprintf(stderr, "%s: %s\n", qPrintable(backendLabel(backend)),
                         qPrintable(database.error().message()));
            test::PostgresCluster::stopShared();
            return 1;
        }
        benchmark::AddCustomContext("casedesk_cases_" + backendLabel(backend).toStdString(),
                                    std::to_string((*database)->cases()));
        benchmark::AddCustomContext("casedesk_read_as_" + backendLabel(backend).toStdString(),
                                    readerDescription(backend).toStdString());
        databases.push_back(std::move(database).value());
        if (backend == Backend::Postgres && options.postgresViaProxy) {
            auto proxied = BenchDatabase::prepareViaProxy(*databases.back());
            if (!proxied.ok()) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(backendLabel(Backend::PostgresViaProxy)),
                             qPrintable(proxied.error().message()));
                test::PostgresCluster::stopShared();
                return 1;
            }
            const std::string label = backendLabel(Backend::PostgresViaProxy).toStdString();
            benchmark::AddCustomContext("casedesk_cases_" + label, std::to_string((*proxied)->cases()));
            benchmark::AddCustomContext("casedesk_read_as_" + label,
                                        readerDescription(Backend::PostgresViaProxy).toStdString());
            databases.push_back(std::move(proxied).value());
        }
    }
    for (auto& database : databases) {
        registerInboxBenchmarks(*database);
        registerCaseBenchmarks(*database);
        registerStatisticsBenchmarks(*database);
        if (!database->runsWriteFigures())
            continue; // the proxy's figures are what a person waits for while reading
        registerGuiBenchmarks(*database);
        registerWriteBenchmarks(*database);
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    databases.clear();
    test::PostgresCluster::stopShared();
    return anyFailed() ? 1 : 0;
}
