// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "CaseQuery.h"
#include "CaseTypes.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace casedesk {

// One description per column of the inbox (issue #13 §4). Three small tables, each the only
// place its facts are written:
//   - summaryFields(): what a case row of the inbox reads: the SQL expression, its name in the
//     result (the row reader reads by this name, not by position), how the value is read, and
//     the key and value of `casedeskctl list --json`;
//   - caseSorts(): every ordering: the SQL expression the list orders and pages by (never NULL,
//     so that the keyset comparison never meets one) and a row's value of it (the cursor);
//   - inboxColumns(): the columns the list shows, in order: header text, the JSON key that
//     carries what the column shows, and its ordering (none for an indicator).
// CaseRepository builds its SELECT, reader and ORDER BY from these, CaseListModel its columns,
// headers and sort, the CLI its JSON; the plan and JSON tests walk them.

// How a field's SQL value is read into the case summary.
enum class FieldKind
{
    Integer,
    Text,
    Boolean,
    // A timestamp as the database stores it (see toSqlTime), or as epoch milliseconds: PostgreSQL
    // selects the inbox's times so, because Qt's driver parses a timestamptz as text and then
    // converts it to local time, together half the client's cost of a page.
    Time,
    Date, // a calendar date, ISO text or a date value
};

struct SummaryField
{
    const char* name;        // the column's name in the result (SELECT ... AS name)
    const char* sql;         // the expression, over cases c, eservices e and statuses s
    const char* postgresSql; // when PostgreSQL reads it differently (nullptr: the same)
    FieldKind kind;
    // Stores a value, already read as `kind` says (QDateTime, QDate, qint64, QString, bool).
    void (*set)(CaseSummary& row, const QVariant& value);
    const char* jsonKey; // its key in `list --json` (nullptr: not in the JSON)
    QJsonValue (*json)(const CaseSummary& row);
};

// What lists and the JSON show for a protected identity in place of the name.
QString protectedNameText();

// The fields in SELECT order.
const QList<SummaryField>& summaryFields();
// What the fields' expressions read besides `cases c`, `eservices e` and `statuses s`, per
// dialect: joined after those. Their one parameter, bound after every other of the statement
// but those after the joins, is the reader's login (whose marks the row shows).
const char* summaryJoins(bool postgres);
// JSON keys derived from the fields rather than read (e.g. whether a due date has passed).
QJsonObject derivedJson(const CaseSummary& row, const QDate& today);

struct CaseSortKey
{
    CaseSort sort;
    const char* name; // as scripts name it (casedeskctl list --sort)
    const char* sql;  // the NULL-free expression ordered and paged by; an index reads it
    // The row's value of the expression: the keyset cursor. A QDateTime is bound as the
    // database stores times; everything else as it is.
    QVariant (*keyOf)(const CaseSummary& row);
};

const QList<CaseSortKey>& caseSorts();
const CaseSortKey& caseSortKey(CaseSort sort);
std::optional<CaseSort> caseSortNamed(const QString& name);

struct InboxColumn
{
    const char* header;           // untranslated: QT_TRANSLATE_NOOP("casedesk::CaseListModel", ...)
    const char* jsonKey;          // the key of `list --json` that carries what the column shows
    std::optional<CaseSort> sort; // nullopt: an indicator, not an ordering
};

// In the order the inbox shows them; CaseListModel::Column numbers them.
const QList<InboxColumn>& inboxColumns();

} // namespace casedesk
