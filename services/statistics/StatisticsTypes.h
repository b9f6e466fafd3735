// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace casedesk {

// Follow-up statistics (issue #17 §3), read from the daily aggregates of migration 0037: no
// personal data, and the same before and after the cases are purged.

// How the days of a report are grouped: Swedish calendar days, ISO weeks (Monday to Sunday) or
// calendar months. The first and last period are cut at the report's dates.
enum class StatsGrouping
{
    Day,
    Week,
    Month,
};

// "day", "week", "month"; nullopt for anything else.
std::optional<StatsGrouping> statsGroupingFromName(const QString& name);
QString statsGroupingName(StatsGrouping grouping);

struct StatsQuery
{
    QDate from; // Swedish calendar days, both included
    QDate to;
    QString eserviceId; // empty: every e-service the reader may read
    StatsGrouping by = StatsGrouping::Month;
    // The Swedish day it is now (backlog and overdue for days after it are today's); invalid:
    // the clock's.
    QDate today;
};

// One period of a report: its name ("2026-01", "2026-W05", "2026-01-31") and days.
struct StatsPeriod
{
    QString key;
    QDate start;
    QDate end;
};

// The periods of [from, to] grouped `by`, cut at from and to.
QList<StatsPeriod> statsPeriods(const QDate& from, const QDate& to, StatsGrouping by);

// How many cases took how many whole days: the percentiles of a duration without the cases.
class DayHistogram
{
public:
    void add(int days, qint64 n) { m_counts[days] += n; }
    void add(const DayHistogram& other);
    qint64 total() const;
    // Nearest rank: the smallest number of days that at least `fraction` of the cases took
    // (0.5: the median, the lower one of an even count); nullopt without cases.
    std::optional<int> percentile(double fraction) const;
    const QMap<int, qint64>& counts() const { return m_counts; }

private:
    QMap<int, qint64> m_counts;
};

// One period and e-service.
struct StatsRow
{
    StatsPeriod period;
    QString eserviceId;
    qint64 submitted = 0;
    qint64 decided = 0;
    qint64 closed = 0;
    qint64 reopened = 0;
    qint64 supplementRequests = 0;
    qint64 openAtEnd = 0;    // backlog at the end of the period's last day (today's for later days)
    qint64 overdueAtEnd = 0; // of those, past the due day of their status
    DayHistogram toDecision; // submission to first decision
    DayHistogram toClosing;  // submission to closing
    QMap<QString, DayHistogram> inStatus; // time spent in a status, by status id
    QMap<QString, qint64> outcomes;       // first decisions by outcome id

    // Overdue cases of the backlog, 0..1 (0 without backlog).
    double overdueShare() const;
    // Supplement requests per case submitted in the period (0 without cases).
    double supplementRequestsPerCase() const;
};

struct StatsReport
{
    StatsQuery query;
    QList<StatsPeriod> periods;
    QStringList eservices;  // ids, sorted
    QStringList outcomeIds; // every outcome in the report, sorted
    QStringList statusIds;  // every status with time spent in it, sorted
    QList<StatsRow> rows;   // by period, then e-service

    // The same figures summed over the e-services, one row per period (eserviceId empty).
    QList<StatsRow> totalsByPeriod() const;
};

} // namespace casedesk
