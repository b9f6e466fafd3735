// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "BenchDatabase.h"
#include "Benchmarks.h"
#include "Measure.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

namespace casedesk::bench {

namespace {

QString urlString(const DatabaseUrl& url)
{
    if (url.dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + url.sqlitePath;
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(url.user, url.host)
        .arg(url.port)
        .arg(url.databaseName);
}

// Reads lines from the probe until one starts with `prefix`; empty on timeout or exit.
QList<QByteArray> waitForLine(QProcess& process, const char* prefix, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        while (process.canReadLine()) {
            const QList<QByteArray> parts = process.readLine().trimmed().split(' ');
            if (parts.value(0) == prefix)
                return parts;
        }
        if (!process.waitForReadyRead(int(timeoutMs - timer.elapsed())) && !process.canReadLine())
            return {};
    }
    return {};
}

} // namespace

void registerGuiBenchmarks(BenchDatabase& database)
{
    // From starting the program to the inbox painted with its first page, and the resident
    // memory with the inbox open: casedesk_gui_probe (the real MainWindow, offscreen) as a
    // child process, so that loading the program and its libraries counts too.
    const std::string name = "gui_start/" + database.label().toStdString() + "/painted_inbox";
    benchmark::RegisterBenchmark(
        name.c_str(),
        [&database](benchmark::State& state) {
            QTemporaryDir config;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
            if (!database.readUrl().password.isEmpty())
                environment.insert(QStringLiteral("PGPASSWORD"), database.readUrl().password);
            std::vector<double> sinceMain, rss, peak;
            QElapsedTimer timer;
            for (auto _ : state) {
                QProcess probe;
                probe.setProcessEnvironment(environment);
                timer.start();
                probe.start(QStringLiteral(CASEDESK_GUI_PROBE), {urlString(database.readUrl())});
                const QList<QByteArray> painted = waitForLine(probe, "painted", 150'000);
                const double elapsed = double(timer.nsecsElapsed()) / 1e9;
                const QList<QByteArray> memory = waitForLine(probe, "rss", 30'000);
                probe.waitForFinished(30'000);
                if (painted.size() < 3 || memory.size() < 3 || probe.exitStatus() != QProcess::NormalExit ||
                    probe.exitCode() != 0)
                    return fail(state, QStringLiteral("casedesk_gui_probe did not report a painted inbox: ") +
                                           QString::fromLocal8Bit(probe.readAllStandardError()).trimmed());
                state.SetIterationTime(elapsed);
                sinceMain.push_back(painted.at(1).toDouble());
                rss.push_back(memory.at(1).toDouble() / 1024);
                peak.push_back(memory.at(2).toDouble() / 1024);
                state.counters["page_rows"] = painted.at(2).toDouble();
            }
            state.counters["main_to_paint_ms"] = median(sinceMain);
            state.counters["rss_mb"] = median(rss);
            state.counters["rss_peak_mb"] = median(peak);
        })
        ->UseManualTime()
        ->Iterations(5);
}

} // namespace casedesk::bench
