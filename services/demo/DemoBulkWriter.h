#pragma once

#include "DemoBatch.h"
#include "core/Result.h"

#include <QSqlQuery>

#include <memory>

namespace casedesk {
class Database;
}

namespace casedesk::demo {

// Writes demo batches fast on SQLite and PostgreSQL: one transaction per batch, multi-row
// INSERT ... VALUES (?, ...), (?, ...) statements prepared once and reused, and ids chosen up
// front (MAX(id) under SQLite's write lock, nextval() on PostgreSQL) so that child rows need no
// round trip to learn their case's id.
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
    Result<QSqlQuery> prepareInsert(DemoTable table, qsizetype rows) const;

    const Database& m_db;
    QString m_prefix;
    QString m_firstReference;
    QString m_lastReference;
    std::array<std::unique_ptr<QSqlQuery>, kDemoTableCount> m_statements; // full-size, reused
};

// Rows per multi-row INSERT: well below SQLite's 32766 bound parameters.
int demoRowsPerStatement(DemoTable table);

} // namespace casedesk::demo
