// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "StatisticsTypes.h"

#include "domain/CaseTypes.h"

namespace casedesk {

class Database;

// The follow-up report (issue #17 §3): checks the request, cuts it into periods of Swedish days,
// and sums the database's daily aggregates into one row per period and e-service. It only reads.
class StatisticsService
{
public:
    explicit StatisticsService(const Database& db)
        : m_db(db)
    {}

    // Invalid input names its field ("from", "to", "eservice", "by") and reads nothing.
    Result<StatsReport> report(const StatsQuery& query) const;

    // The e-services to choose from (the page's filter), by name.
    Result<QList<EService>> eservices() const;

    // The most periods one report has (ten years by day).
    static constexpr qsizetype kMaxPeriods = 3660;

private:
    const Database& m_db;
};

// A day typed by a person, YYYY-MM-DD; an error naming `field` otherwise.
Result<QDate> parseStatsDay(const QString& text, const QString& field);

// The checks of report(), without the database: dates, order, number of periods.
VoidResult checkStatsQuery(const StatsQuery& query);

} // namespace casedesk
