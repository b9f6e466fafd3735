#pragma once

#include "core/Result.h"
#include "db/SqlDialect.h"

#include <QJsonArray>

namespace casedesk {

class Database;

// Inserts many rows into one table with one statement: the rows travel as one JSON parameter
// (SqlDialect::jsonRows), so the SQL text is the same for any number of rows and stays prepared
// on the connection. On PostgreSQL that is one round trip, and the table's statement-level
// triggers (the search index) run once, for all rows, instead of once per row. Each row is a
// JSON object keyed by the columns' names. Nothing is sent for no rows.
VoidResult insertJsonRows(const Database& db, const char* table, const QList<JsonRowColumn>& columns,
                          const QJsonArray& rows);

} // namespace casedesk
