// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "Measure.h"

#include "StatementRecorder.h"
#include "db/Database.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>

#include <algorithm>
#include <atomic>

namespace casedesk::bench {

namespace {

std::atomic_bool g_failed{false};

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

bool run(QSqlQuery& query, const RecordedStatement& statement)
{
    if (statement.params.isEmpty())
        return query.exec(statement.sql);
    if (!query.prepare(statement.sql))
        return false;
    for (const QVariant& value : statement.params)
        query.addBindValue(value);
    return query.exec();
}

// Every statement through the driver alone; returns the rows read, or -1 with `error`.
qint64 runBare(const QSqlDatabase& connection, const QList<RecordedStatement>& statements, QString* error)
{
    qint64 rows = 0;
    for (const RecordedStatement& statement : statements) {
        QSqlQuery query(connection);
        query.setForwardOnly(true);
        if (!run(query, statement)) {
            *error = query.lastError().text();
            return -1;
        }
        const int columns = query.record().count();
        while (query.next()) {
            ++rows;
            for (int i = 0; i < columns; ++i)
                benchmark::DoNotOptimize(query.value(i));
        }
    }
    return rows;
}

bool runModel(const QSqlDatabase& connection, const QList<RecordedStatement>& statements, QString* error)
{
    for (const RecordedStatement& statement : statements) {
        QSqlQuery query(connection);
        if (!run(query, statement)) {
            *error = query.lastError().text();
            return false;
        }
        QSqlQueryModel model;
        model.setQuery(std::move(query));
        if (model.lastError().isValid()) {
            *error = model.lastError().text();
            return false;
        }
        while (model.canFetchMore())
            model.fetchMore();
        for (int row = 0; row < model.rowCount(); ++row)
            for (int column = 0; column < model.columnCount(); ++column)
                benchmark::DoNotOptimize(model.data(model.index(row, column)));
    }
    return true;
}

} // namespace

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

void fail(benchmark::State& state, const QString& message)
{
    g_failed = true;
    state.SkipWithError(message.toUtf8().constData());
}

bool anyFailed()
{
    return g_failed;
}

void measure(benchmark::State& state, const Step& setup, const Step& timed, Database* db,
             const Step& recorded)
{
    QList<RecordedStatement> statements;
    if (db) {
        if (setup)
            setup();
        StatementRecorder recorder(db->connection());
        (recorded ? recorded : timed)();
        QString error;
        statements = recorder.finish(&error);
        if (statements.isEmpty()) {
            fail(state, QStringLiteral("no statements recorded for the baselines: ") + error);
            return;
        }
    }
    std::vector<double> ours, bare, model;
    qint64 rows = 0;
    QElapsedTimer timer;
    for (auto _ : state) {
        if (setup)
            setup();
        timer.start();
        timed();
        const double elapsed = seconds(timer);
        state.SetIterationTime(elapsed);
        ours.push_back(elapsed);
        if (!db)
            continue;
        QString error;
        timer.start();
        rows = runBare(db->connection(), statements, &error);
        bare.push_back(seconds(timer));
        timer.start();
        const bool modelOk = rows >= 0 && runModel(db->connection(), statements, &error);
        model.push_back(seconds(timer));
        if (!modelOk) {
            fail(state, QStringLiteral("baseline failed: ") + error);
            return;
        }
    }
    const double ms = median(ours) * 1000;
    state.counters["median_ms"] = ms;
    if (!db)
        return;
    const double bareMs = median(bare) * 1000;
    state.counters["bare_ms"] = bareMs;
    state.counters["qsqlquerymodel_ms"] = median(model) * 1000;
    state.counters["overhead"] = bareMs > 0 ? ms / bareMs : 0;
    state.counters["statements"] = double(statements.size());
    state.counters["rows"] = double(rows);
}

} // namespace casedesk::bench
