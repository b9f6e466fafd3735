// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "BenchDatabase.h"
#include "Benchmarks.h"
#include "Measure.h"
#include "SavedView.h"
#include "intake/IntakeService.h"
#include "intake/SubmissionReader.h"
#include "repositories/CaseRepository.h"
#include "retention/RetentionService.h"
#include "retention/StorageMaintenance.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <thread>

namespace casedesk::bench {

namespace {

std::string name(const char* figure, const BenchDatabase& database, const char* variant)
{
    return std::string(figure) + '/' + database.label().toStdString() + '/' + variant;
}

// The inbox's first page, asked again and again from a second connection (another
// caseworker) while a purge runs; remembers how long each ask took.
class InboxWatcher
{
public:
    explicit InboxWatcher(DatabaseUrl url)
        : m_thread([this, url] { run(url); })
    {}
    std::vector<double> stop()
    {
        m_stop = true;
        m_thread.join();
        return m_waits;
    }
    const QString& error() const { return m_error; }
    // Waits until the watcher's connection is open and its first query done (or failed).
    void waitUntilReady() const
    {
        while (!m_ready)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }

private:
    void run(const DatabaseUrl& url)
    {
        auto db = Database::open(url);
        if (!db.ok()) {
            m_error = db.error().message();
            m_ready = true;
            return;
        }
        CaseQuery query = queryForView(SavedView::AllOpen, QString());
        query.limit = 200;
        const CaseRepository cases(**db);
        QElapsedTimer timer;
        while (!m_stop) {
            timer.start();
            auto rows = cases.list(query);
            m_waits.push_back(double(timer.nsecsElapsed()) / 1e6);
            m_ready = true;
            if (!rows.ok()) {
                m_error = rows.error().message();
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }

    std::atomic_bool m_stop{false};
    std::atomic_bool m_ready{false};
    std::vector<double> m_waits;
    QString m_error;
    std::thread m_thread; // last: starts when everything above exists
};

} // namespace

void registerWriteBenchmarks(BenchDatabase& database)
{
    // Intake on the scratch copy: parse and validate the JSON, then store the case in one
    // transaction, as `casedeskctl submit` does.
    benchmark::RegisterBenchmark(name("intake", database, "json").c_str(), [&database](
                                                                               benchmark::State& state) {
        auto db = Database::open(database.scratchUrl());
        if (!db.ok())
            return fail(state, db.error().message());
        QFile file(QStringLiteral(CASEDESK_BENCH_SAMPLE_SUBMISSION));
        if (!file.open(QIODevice::ReadOnly))
            return fail(state, QStringLiteral("cannot read ") + file.fileName());
        QJsonObject sample = QJsonDocument::fromJson(file.readAll()).object();
        const IntakeService intake(**db);
        static int submitted = 0;
        QByteArray next;
        QString error;
        measure(
            state,
            [&] {
                sample.insert(QStringLiteral("externalId"), QStringLiteral("bench-%1").arg(++submitted));
                next = QJsonDocument(sample).toJson(QJsonDocument::Compact);
            },
            [&] {
                auto submission = readSubmission(next);
                if (!submission.ok()) {
                    error = submission.error().describe();
                    return;
                }
                if (auto receipt = intake.submit(*submission); !receipt.ok())
                    error = receipt.error().message();
            });
        if (!error.isEmpty())
            return fail(state, error);
        const double ms = state.counters["median_ms"];
        state.counters["submissions_per_s"] = ms > 0 ? 1000 / ms : 0;
        state.counters["bytes"] = double(next.size());
    })->UseManualTime();

    // Intake of many submissions at once, as `casedeskctl submit` stores a folder of files:
    // IntakeService::kMaxBatch parsed and stored in one transaction (a savepoint each, the search
    // index filled once). The figure is per submission: the batch's median time divided by its size.
    benchmark::RegisterBenchmark(name("intake", database, "json_batch").c_str(), [&database](benchmark::State&
                                                                                                 state) {
        auto db = Database::open(database.scratchUrl());
        if (!db.ok())
            return fail(state, db.error().message());
        QFile file(QStringLiteral(CASEDESK_BENCH_SAMPLE_SUBMISSION));
        if (!file.open(QIODevice::ReadOnly))
            return fail(state, QStringLiteral("cannot read ") + file.fileName());
        QJsonObject sample = QJsonDocument::fromJson(file.readAll()).object();
        const IntakeService intake(**db);
        constexpr int kBatch = IntakeService::kMaxBatch;
        static int submitted = 0;
        QList<QByteArray> batch;
        QString error;
        measure(
            state,
            [&] {
                batch.clear();
                for (int i = 0; i < kBatch; ++i) {
                    sample.insert(QStringLiteral("externalId"),
                                  QStringLiteral("bench-batch-%1").arg(++submitted));
                    batch << QJsonDocument(sample).toJson(QJsonDocument::Compact);
                }
            },
            [&] {
                QList<Submission> submissions;
                for (const QByteArray& json : std::as_const(batch)) {
                    auto submission = readSubmission(json);
                    if (!submission.ok()) {
                        error = submission.error().describe();
                        return;
                    }
                    submissions << *submission;
                }
                auto outcomes = intake.submitBatch(submissions);
                if (!outcomes.ok()) {
                    error = outcomes.error().message();
                    return;
                }
                for (const auto& outcome : *outcomes)
                    if (!outcome.ok())
                        error = outcome.error().message();
            });
        if (!error.isEmpty())
            return fail(state, error);
        const double ms = state.counters["median_ms"] / kBatch;
        state.counters["median_ms"] = ms;
        state.counters["submissions_per_s"] = ms > 0 ? 1000 / ms : 0;
        state.counters["batch"] = kBatch;
    })->UseManualTime();

    // Purge on the scratch copy: a tenth of the cases (100,000 at a million), in the service's
    // batches, while another connection keeps asking for the inbox. Storage maintenance
    // (checkpoint/VACUUM) is timed on its own.
    benchmark::RegisterBenchmark(
        name("purge", database, "tenth").c_str(),
        [&database](benchmark::State& state) {
            for (auto _ : state) {
                auto db = Database::open(database.scratchUrl());
                if (!db.ok())
                    return fail(state, db.error().message());
                PurgeOptions options;
                const qint64 target = std::max<qint64>(options.batchSize, database.cases() / 10);
                options.maxBatches = int((target + options.batchSize - 1) / options.batchSize);
                options.expireAuditLog = false;
                options.reclaimSpace = false;
                const QDateTime farFuture = QDateTime::currentDateTimeUtc().addYears(100);

                InboxWatcher watcher(database.scratchUrl());
                watcher.waitUntilReady();
                QElapsedTimer timer;
                timer.start();
                auto report = RetentionService(**db).purge(farFuture, options);
                const double purgeSeconds = double(timer.nsecsElapsed()) / 1e9;
                timer.start();
                auto maintenance = StorageMaintenance(**db).afterPurge();
                const double maintenanceSeconds = double(timer.nsecsElapsed()) / 1e9;
                const std::vector<double> waits = watcher.stop();
                if (!report.ok())
                    return fail(state, report.error().message());
                if (!maintenance.ok())
                    return fail(state, maintenance.error().message());
                if (!watcher.error().isEmpty())
                    return fail(state, QStringLiteral("concurrent inbox: ") + watcher.error());
                if (report->purged == 0)
                    return fail(state, QStringLiteral("nothing was due for purging"));
                state.SetIterationTime(purgeSeconds);
                state.counters["purged"] = double(report->purged);
                state.counters["cases_per_s"] = double(report->purged) / purgeSeconds;
                state.counters["cases_per_s_with_maintenance"] =
                    double(report->purged) / (purgeSeconds + maintenanceSeconds);
                state.counters["maintenance_s"] = maintenanceSeconds;
                state.counters["inbox_worst_wait_ms"] =
                    waits.empty() ? 0 : *std::max_element(waits.begin(), waits.end());
                state.counters["inbox_median_ms"] = median(waits);
                state.counters["inbox_queries"] = double(waits.size());
            }
        })
        ->Iterations(1)
        ->UseManualTime();
}

} // namespace casedesk::bench
