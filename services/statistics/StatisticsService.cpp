// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "StatisticsService.h"

#include "StatisticsRepository.h"

#include "deadlines/StatusDeadline.h"
#include "repositories/EServiceRepository.h"

#include <QRegularExpression>

#include <algorithm>

namespace casedesk {

Result<QDate> parseStatsDay(const QString& text, const QString& field)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate day = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!day.isValid())
        return makeError(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "must be a date written YYYY-MM-DD"), field);
    return day;
}

VoidResult checkStatsQuery(const StatsQuery& query)
{
    if (!query.from.isValid())
        return makeError(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "must be a date written YYYY-MM-DD"),
                         QStringLiteral("from"));
    if (!query.to.isValid())
        return makeError(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "must be a date written YYYY-MM-DD"),
                         QStringLiteral("to"));
    if (query.from > query.to)
        return makeError(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "must not be before the first day (from)"),
                         QStringLiteral("to"));
    if (statsPeriods(query.from, query.to, query.by).size() > StatisticsService::kMaxPeriods)
        return makeError(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("casedesk::Errors",
                              "gives too many periods: group by week or month, or choose fewer days"),
            QStringLiteral("by"));
    return {};
}

Result<StatsReport> StatisticsService::report(const StatsQuery& query) const
{
    if (auto checked = checkStatsQuery(query); !checked.ok())
        return checked.error();
    const StatisticsRepository repository(m_db);
    if (!query.eserviceId.isEmpty()) {
        auto exists = repository.eserviceExists(query.eserviceId);
        if (!exists.ok())
            return exists.error();
        if (!*exists)
            return makeError(ErrorCode::InvalidInput,
                             QT_TRANSLATE_NOOP("casedesk::Errors", "no such e-service"),
                             QStringLiteral("eservice"));
    }
    StatsReport report;
    report.query = query;
    if (!report.query.today.isValid())
        report.query.today = swedishToday();
    report.periods = statsPeriods(query.from, query.to, query.by);
    auto rows = repository.read(report.periods, query.eserviceId, report.query.today);
    if (!rows.ok())
        return rows.error();
    report.rows = std::move(*rows);
    if (!query.eserviceId.isEmpty() && report.rows.isEmpty()) {
        // An e-service without a single figure yet still gets its rows of zeros.
        for (const StatsPeriod& period : std::as_const(report.periods)) {
            StatsRow r;
            r.period = period;
            r.eserviceId = query.eserviceId;
            report.rows.append(r);
        }
    }
    QStringList eservices, outcomes, statuses;
    for (const StatsRow& r : std::as_const(report.rows)) {
        eservices << r.eserviceId;
        outcomes << r.outcomes.keys();
        statuses << r.inStatus.keys();
    }
    for (QStringList* list : {&eservices, &outcomes, &statuses}) {
        list->sort();
        list->removeDuplicates();
    }
    report.eservices = eservices;
    report.outcomeIds = outcomes;
    report.statusIds = statuses;
    return report;
}

Result<QList<EService>> StatisticsService::eservices() const
{
    auto list = EServiceRepository(m_db).list();
    if (!list.ok())
        return list.error();
    QList<EService> sorted = *list;
    std::sort(sorted.begin(), sorted.end(), [](const EService& a, const EService& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return sorted;
}

} // namespace casedesk
