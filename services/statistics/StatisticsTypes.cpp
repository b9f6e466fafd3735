// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "StatisticsTypes.h"

#include <algorithm>
#include <cmath>

namespace casedesk {

std::optional<StatsGrouping> statsGroupingFromName(const QString& name)
{
    if (name == QLatin1String("day"))
        return StatsGrouping::Day;
    if (name == QLatin1String("week"))
        return StatsGrouping::Week;
    if (name == QLatin1String("month"))
        return StatsGrouping::Month;
    return std::nullopt;
}

QString statsGroupingName(StatsGrouping grouping)
{
    switch (grouping) {
    case StatsGrouping::Day:
        return QStringLiteral("day");
    case StatsGrouping::Week:
        return QStringLiteral("week");
    case StatsGrouping::Month:
        break;
    }
    return QStringLiteral("month");
}

namespace {

// The first day of the period `day` is in, and its name.
std::pair<QDate, QString> periodOf(const QDate& day, StatsGrouping by)
{
    switch (by) {
    case StatsGrouping::Day:
        return {day, day.toString(Qt::ISODate)};
    case StatsGrouping::Week: {
        int isoYear = 0;
        const int week = day.weekNumber(&isoYear);
        return {day.addDays(1 - day.dayOfWeek()), QStringLiteral("%1-W%2")
                                                      .arg(isoYear, 4, 10, QLatin1Char('0'))
                                                      .arg(week, 2, 10, QLatin1Char('0'))};
    }
    case StatsGrouping::Month:
        break;
    }
    return {QDate(day.year(), day.month(), 1), QStringLiteral("%1-%2")
                                                   .arg(day.year(), 4, 10, QLatin1Char('0'))
                                                   .arg(day.month(), 2, 10, QLatin1Char('0'))};
}

QDate nextPeriodStart(const QDate& start, StatsGrouping by)
{
    switch (by) {
    case StatsGrouping::Day:
        return start.addDays(1);
    case StatsGrouping::Week:
        return start.addDays(7);
    case StatsGrouping::Month:
        break;
    }
    return start.addMonths(1);
}

} // namespace

QList<StatsPeriod> statsPeriods(const QDate& from, const QDate& to, StatsGrouping by)
{
    QList<StatsPeriod> periods;
    if (!from.isValid() || !to.isValid() || from > to)
        return periods;
    QDate day = from;
    while (day <= to) {
        const auto [start, key] = periodOf(day, by);
        const QDate end = std::min(nextPeriodStart(start, by).addDays(-1), to);
        periods.append(StatsPeriod{key, day, end});
        day = end.addDays(1);
    }
    return periods;
}

void DayHistogram::add(const DayHistogram& other)
{
    for (auto it = other.m_counts.cbegin(); it != other.m_counts.cend(); ++it)
        m_counts[it.key()] += it.value();
}

qint64 DayHistogram::total() const
{
    qint64 n = 0;
    for (const qint64 count : m_counts)
        n += count;
    return n;
}

std::optional<int> DayHistogram::percentile(double fraction) const
{
    const qint64 n = total();
    if (n <= 0)
        return std::nullopt;
    const auto rank =
        std::max<qint64>(1, static_cast<qint64>(std::ceil(fraction * static_cast<double>(n) - 1e-9)));
    qint64 seen = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        seen += it.value();
        if (seen >= rank)
            return it.key();
    }
    return m_counts.lastKey();
}

double StatsRow::overdueShare() const
{
    return openAtEnd > 0 ? static_cast<double>(overdueAtEnd) / static_cast<double>(openAtEnd) : 0.0;
}

double StatsRow::supplementRequestsPerCase() const
{
    return submitted > 0 ? static_cast<double>(supplementRequests) / static_cast<double>(submitted) : 0.0;
}

QList<StatsRow> StatsReport::totalsByPeriod() const
{
    QList<StatsRow> totals;
    totals.reserve(periods.size());
    QMap<QString, qsizetype> index;
    for (const StatsPeriod& period : periods) {
        index.insert(period.key, totals.size());
        StatsRow total;
        total.period = period;
        totals.append(total);
    }
    for (const StatsRow& row : rows) {
        StatsRow& t = totals[index.value(row.period.key)];
        t.submitted += row.submitted;
        t.decided += row.decided;
        t.closed += row.closed;
        t.reopened += row.reopened;
        t.supplementRequests += row.supplementRequests;
        t.openAtEnd += row.openAtEnd;
        t.overdueAtEnd += row.overdueAtEnd;
        t.toDecision.add(row.toDecision);
        t.toClosing.add(row.toClosing);
        for (auto it = row.inStatus.cbegin(); it != row.inStatus.cend(); ++it)
            t.inStatus[it.key()].add(it.value());
        for (auto it = row.outcomes.cbegin(); it != row.outcomes.cend(); ++it)
            t.outcomes[it.key()] += it.value();
    }
    return totals;
}

} // namespace casedesk
