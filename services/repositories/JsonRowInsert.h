// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "db/SqlDialect.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>

namespace casedesk {

class Database;

// Inserts many rows into one table with one statement: the rows travel as one JSON parameter
// (SqlDialect::jsonRows), so the SQL text is the same for any number of rows and stays prepared
// on the connection. On PostgreSQL that is one round trip, and the table's statement-level
// triggers (the search index) run once, for all rows, instead of once per row. Each row is a
// JSON object keyed by the columns' names. Nothing is sent for no rows.
// A text value of such a row as Qt binds a QString: a null QString is NULL, any other text (the
// empty text too) is text. jsonTextOrNull: empty text is NULL too, as toSqlText.
QJsonValue jsonText(const QString& text);
QJsonValue jsonTextOrNull(const QString& text);
// A time as toSqlTime: ISO 8601 UTC, NULL when invalid.
QJsonValue jsonTime(const QDateTime& time);

VoidResult insertJsonRows(const Database& db, const char* table, const QList<JsonRowColumn>& columns,
                          const QJsonArray& rows);
// The same for rows of one case: the rows carry no case_id, the case's id is bound once.
VoidResult insertCaseJsonRows(const Database& db, const char* table, qint64 caseId,
                              const QList<JsonRowColumn>& columns, const QJsonArray& rows);

} // namespace casedesk
