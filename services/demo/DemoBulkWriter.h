// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "DemoBatch.h"
#include "core/Result.h"

#include <QSqlQuery>

#include <memory>

namespace casedesk {
class Database;
}

namespace casedesk::demo {

// Writes demo batches fast on SQLite and PostgreSQL: one transaction per batch, statements
// prepared once and reused, many rows per statement, and ids chosen up front (MAX(id) under
// SQLite's write lock, nextval() on PostgreSQL) so that child rows need no round trip to learn
// their case's id. On SQLite the statements are multi-row INSERT ... VALUES (?, ...), (?, ...);
// on PostgreSQL INSERT ... SELECT * FROM unnest(?::type[], ...) with one array per column.
// The search index (migration 0007) is filled once per batch, inside the batch's transaction,
// instead of row by row by its triggers; the view counters are kept by their triggers.
class DemoBulkWriter
{
public:
    explicit DemoBulkWriter(const Database& db);
    ~DemoBulkWriter();

    // Reads the reference prefix; adds the catalog's e-services that are missing. Returns how
    // many were added.
    Result<int> prepare();
    // Stores the batch in one transaction, references continuing from reference_counters.
    VoidResult write(DemoBatch& batch);

    const QString& firstReference() const { return m_firstReference; }
    const QString& lastReference() const { return m_lastReference; }

private:
    Result<QList<qint64>> reserveIds(DemoTable table, qsizetype count) const;
    Result<QStringList> reserveReferences(const QList<int>& years) const;
    VoidResult insertRows(DemoTable table, const DemoRows& rows);
    VoidResult insertArrays(DemoTable table, const DemoRows& rows); // PostgreSQL
    Result<QSqlQuery> prepareInsert(DemoTable table, qsizetype rows) const;
    void tuneSqlite();

    const Database& m_db;
    QString m_prefix;
    QString m_firstReference;
    QString m_lastReference;
    QString m_sqliteCacheSize; // to restore after the run; empty when unchanged
    // Per table: statements of the full size and of 64, 16, 4 and 1 rows, prepared on first use.
    std::array<std::array<std::unique_ptr<QSqlQuery>, 5>, kDemoTableCount> m_statements;
};

// Rows per full multi-row INSERT: 100 to 500, about 2,400 bound parameters (SQLite allows 32,766).
int demoRowsPerStatement(DemoTable table);

} // namespace casedesk::demo
