// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CommandParser.h"
#include "Commands.h"
#include "CtlContext.h"

#include "statistics/StatisticsExport.h"
#include "statistics/StatisticsService.h"

namespace casedesk::ctl {

namespace {

const QString kStatsUsage = QStringLiteral(
    "stats --from DATE --to DATE [--eservice ID] [--by day|week|month] [--format table|csv|json|xlsx] "
    "[--output FILE]");

Error invalid(const char* text, const QString& field)
{
    return makeError(ErrorCode::InvalidInput, text, field);
}

} // namespace

int runStats(CtlContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints the follow-up statistics (issue #17): one row per period and e-service with the cases "
        "submitted, decided and closed, the median and 90th percentile of the days from submission to "
        "decision and to closing, supplement requests, the backlog and the overdue cases at the period's "
        "end, and decisions by outcome. Days are Swedish calendar days (Europe/Stockholm). The figures come "
        "from daily aggregates that the database keeps as cases move and that hold no personal data, so "
        "they are the same before and after the cases are purged. Caseworkers and readers see the "
        "e-services they may read. Only reads."));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day, YYYY-MM-DD."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day, YYYY-MM-DD (included)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption eservice(QStringLiteral("eservice"),
                                      QStringLiteral("One e-service (default: every e-service)."),
                                      QStringLiteral("ID"));
    const QCommandLineOption by(
        QStringLiteral("by"),
        QStringLiteral("Periods: day, week (ISO, Monday to Sunday) or month (default)."),
        QStringLiteral("PERIOD"), QStringLiteral("month"));
    const QCommandLineOption format(
        QStringLiteral("format"), QStringLiteral("table (default), csv, json or xlsx (xlsx needs --output)."),
        QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption output(
        QStringLiteral("output"),
        QStringLiteral("Write to FILE instead of standard output (replaced whole)."), QStringLiteral("FILE"));
    parser.addOptions({from, to, eservice, by, format, output});
    if (auto stop = parseCommandLine(context, parser, kStatsUsage, 0, 0))
        return *stop;

    if (!parser.isSet(from))
        return context.fail(
            invalid(QT_TRANSLATE_NOOP("casedesk::Errors", "is required"), QStringLiteral("from")));
    if (!parser.isSet(to))
        return context.fail(
            invalid(QT_TRANSLATE_NOOP("casedesk::Errors", "is required"), QStringLiteral("to")));
    auto fromDay = parseStatsDay(parser.value(from), QStringLiteral("from"));
    if (!fromDay.ok())
        return context.fail(fromDay.error());
    auto toDay = parseStatsDay(parser.value(to), QStringLiteral("to"));
    if (!toDay.ok())
        return context.fail(toDay.error());
    const auto grouping = statsGroupingFromName(parser.value(by));
    if (!grouping)
        return context.fail(invalid(QT_TRANSLATE_NOOP("casedesk::Errors", "must be day, week or month"),
                                    QStringLiteral("by")));
    const auto chosenFormat = statsFormatFromName(parser.value(format));
    if (!chosenFormat)
        return context.fail(invalid(QT_TRANSLATE_NOOP("casedesk::Errors", "must be table, csv, json or xlsx"),
                                    QStringLiteral("format")));
    const QString outputPath = parser.value(output);
    if (*chosenFormat == StatsFormat::Xlsx && outputPath.isEmpty())
        return context.fail(
            invalid(QT_TRANSLATE_NOOP("casedesk::Errors", "is required for xlsx"), QStringLiteral("output")));
    if (parser.isSet(output) && outputPath.isEmpty())
        return context.fail(
            invalid(QT_TRANSLATE_NOOP("casedesk::Errors", "must not be empty"), QStringLiteral("output")));

    StatsQuery query;
    query.from = *fromDay;
    query.to = *toDay;
    query.eserviceId = parser.value(eservice);
    query.by = *grouping;
    if (auto checked = checkStatsQuery(query); !checked.ok())
        return context.fail(checked.error()); // before opening the database

    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    auto report = StatisticsService(**db).report(query);
    if (!report.ok())
        return context.fail(report.error());

    if (!outputPath.isEmpty()) {
        if (auto written = writeStatsFile(*report, *chosenFormat, outputPath); !written.ok())
            return context.fail(written.error());
        return ExitOk;
    }
    switch (*chosenFormat) {
    case StatsFormat::Csv:
        context.out() << QString::fromUtf8(statsCsv(*report));
        break;
    case StatsFormat::Json:
        context.out() << QString::fromUtf8(statsJson(*report));
        break;
    case StatsFormat::Table:
    case StatsFormat::Xlsx:
        context.out() << statsTable(*report);
        break;
    }
    context.out().flush();
    return ExitOk;
}

} // namespace casedesk::ctl
