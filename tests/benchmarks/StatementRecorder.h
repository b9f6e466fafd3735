// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

namespace casedesk::bench {

// A statement as the driver ran it: SQL with `?` placeholders and the values bound to them,
// or (no params) SQL with the values written in.
struct RecordedStatement
{
    QString sql;
    QVariantList params;
};

// Records the statements one connection runs, so that a baseline can run exactly what the
// repositories ran. SQLite through sqlite3_trace_v2: the SQL with its placeholders and the
// bound values read back from sqlite3_expanded_sql (bound, not written in, because SQLite
// plans literals differently). PostgreSQL through libpq's PQtrace: Qt's driver sends
// PREPARE ... AS and EXECUTE ... (values) as text, which are put back together with the values
// written in, as the server's custom plan for EXECUTE sees them.
// Only reads (SELECT/WITH) are kept: baselines never repeat writes.
class StatementRecorder
{
public:
    explicit StatementRecorder(const QSqlDatabase& connection);
    ~StatementRecorder();
    StatementRecorder(const StatementRecorder&) = delete;
    StatementRecorder& operator=(const StatementRecorder&) = delete;

    // Stops recording and returns what was run, in order. Empty with `error` set when the
    // driver could not be traced.
    QList<RecordedStatement> finish(QString* error = nullptr);

    struct State;

private:
    std::unique_ptr<State> m_state;
};

// PostgreSQL trace parsing, exposed for the self-check at start-up. A statement the connection
// prepared before the trace began (one the code keeps prepared, or an earlier run of the same
// benchmark) is asked of `preparedBefore` by its name.
QStringList statementsFromPqTrace(const QByteArray& trace,
                                  const std::function<QString(const QString& name)>& preparedBefore = {});
// `sql` with `?` placeholders and their values, read from `expanded` (the same text with each
// placeholder replaced by an SQL literal); nullopt when the two do not line up.
std::optional<RecordedStatement> statementFromExpanded(const QByteArray& sql, const QByteArray& expanded);

} // namespace casedesk::bench
