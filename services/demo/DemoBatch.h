// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "DemoCase.h"

#include <QVariantList>

#include <array>

namespace casedesk::demo {

// The tables demo data fills, in the order they are written (parents before children).
enum class DemoTable
{
    Cases,
    Pages,
    Fields,
    Parties,
    Signatures,
    Messages,
    Attachments,
    Notes,
    Events
};
constexpr int kDemoTableCount = int(DemoTable::Events) + 1;

struct DemoTableInfo
{
    const char* name;
    const char* columns;
    const char* postgresTypes; // the columns' types, for unnest() on PostgreSQL
    int columnCount;
    bool explicitId; // the first column is the row's id, chosen by the writer
    int caseColumn;  // the column holding the case: the batch holds the case's index in the batch
};

const DemoTableInfo& demoTableInfo(DemoTable table);

// Row values of one table, row after row. Case and message columns hold indexes into the batch
// until the writer replaces them with database ids.
struct DemoRows
{
    QVariantList values;
    qsizetype rowCount = 0;
};

// Up to a few thousand cases, flattened into rows in the generator thread, written by the
// writer in one transaction.
struct DemoBatch
{
    QList<int> years; // per case: the reference counter it draws from
    std::array<DemoRows, kDemoTableCount> tables;

    int caseCount() const { return int(years.size()); }
    DemoRows& rows(DemoTable table) { return tables[std::size_t(table)]; }
    const DemoRows& rows(DemoTable table) const { return tables[std::size_t(table)]; }
};

// Flattens a case into the batch's rows; the external id is demo-<seed>-<number>.
void appendCase(DemoBatch& batch, const DemoCase& c, quint64 seed);

// A JSON value as form_fields.value_json stores it (what reading it back gives the same value).
QString valueToJsonText(const QJsonValue& value);

} // namespace casedesk::demo
