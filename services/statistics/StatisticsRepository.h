// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "StatisticsTypes.h"

namespace casedesk {

class Database;

// Reads the daily aggregates of migration 0037 (stats_daily, stats_durations, stats_outcomes)
// summed per period and e-service. On PostgreSQL row-level security leaves a caseworker or
// reader the e-services they may read. Nobody writes them: the database's triggers do.
class StatisticsRepository
{
public:
    explicit StatisticsRepository(const Database& db)
        : m_db(db)
    {}

    Result<bool> eserviceExists(const QString& eserviceId) const;

    // The rows of `periods` (consecutive, in order) for one e-service or every readable one
    // (`eserviceId` empty). `backlogDay`: the last day whose backlog changes count (today), so
    // that a period ending later shows today's backlog. Fills counts, histograms and outcomes;
    // rows only for e-services with any figure up to the last period.
    Result<QList<StatsRow>> read(const QList<StatsPeriod>& periods, const QString& eserviceId,
                                 const QDate& backlogDay) const;

private:
    const Database& m_db;
};

} // namespace casedesk
