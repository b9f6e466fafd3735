// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SampleSubmissions.h"
#include "TestDatabase.h"

#include "admin/AdminService.h"
#include "db/SqlValues.h"
#include "intake/IntakeService.h"
#include "repositories/CaseRepository.h"
#include "retention/RetentionService.h"
#include "statistics/StatisticsExport.h"
#include "statistics/StatisticsService.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kParking = QStringLiteral("parkeringstillstand");

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

QDate swedish(const QDateTime& t)
{
    return t.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Stockholm"))).date();
}

std::string text(const Error& e)
{
    return e.describe().toStdString();
}

} // namespace

// The follow-up statistics (issue #17 §3) on both backends: the aggregates the database keeps
// (0037) against the cases themselves, hand-made durations, Swedish days, and a purge.
class StatisticsTest : public BackendTest
{
protected:
    qint64 submit(const QString& externalId, const QDateTime& at)
    {
        auto receipt = IntakeService(db()).submit(sampleSubmission(externalId, at));
        EXPECT_TRUE(receipt.ok()) << (receipt.ok() ? std::string() : text(receipt.error()));
        if (!receipt.ok())
            return -1;
        return CaseRepository(db()).findSummary(receipt->reference).value()->id;
    }

    void run(const QString& sql, const QVariantList& params)
    {
        auto q = db().exec(sql, params);
        ASSERT_TRUE(q.ok()) << (q.ok() ? std::string() : text(q.error())) << " " << sql.toStdString();
    }

    // A first decision at `at` with its outgoing message, as the database's owner writes it.
    void decide(qint64 caseId, const QDateTime& at, const QString& outcome)
    {
        run(QStringLiteral("INSERT INTO messages (case_id, direction, kind, author, body, sent_at)"
                           " VALUES (?, 'out', 'decision', 'tester', 'Beslut.', ?)"),
            {caseId, toSqlTime(at)});
        run(QStringLiteral(
                "INSERT INTO decisions (case_id, outcome_id, outcome_name_sv, outcome_name_en, body,"
                " message_id, decided_by, decided_at) SELECT ?, ?, ?, ?, 'Beslut.', max(m.id), 'tester', ?"
                " FROM messages m WHERE m.case_id = ? AND m.kind = 'decision'"),
            {caseId, outcome, outcome, outcome, toSqlTime(at), caseId});
    }

    void close(qint64 caseId, const QDateTime& at)
    {
        run(QStringLiteral(
                "UPDATE cases SET status_id = 'closed', closed_at = ?, updated_at = ?, status_since = ?"
                " WHERE id = ?"),
            {toSqlTime(at), toSqlTime(at), toSqlTime(at), caseId});
    }

    StatsReport report(const QDate& from, const QDate& to, StatsGrouping by, const QString& eservice = {})
    {
        StatsQuery query;
        query.from = from;
        query.to = to;
        query.by = by;
        query.eserviceId = eservice;
        query.today = QDate(2030, 1, 1);
        auto r = StatisticsService(db()).report(query);
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : text(r.error()));
        return r.ok() ? *r : StatsReport{};
    }

    static qint64 submittedTotal(const StatsReport& r)
    {
        qint64 n = 0;
        for (const StatsRow& row : r.rows)
            n += row.submitted;
        return n;
    }
};

TEST_P(StatisticsTest, InflowCountsEachCaseOnItsSwedishDay)
{
    // Around New Year, midsummer and both changes of summer time: the Swedish day is not UTC's.
    const QList<QDateTime> times{
        utc(2026, 12, 31, 23, 30), // 00:30 on 1 January 2027 in Sweden
        utc(2026, 12, 31, 22, 59), // 23:59 on 31 December
        utc(2025, 12, 31, 23, 0),  // 00:00 on 1 January 2026
        utc(2026, 3, 29, 0, 59),   // 01:59 CET, the morning summer time begins
        utc(2026, 3, 28, 23, 30),  // 00:30 CET on 29 March
        utc(2026, 6, 30, 22, 30),  // 00:30 CEST on 1 July
        utc(2026, 10, 24, 22, 30), // 00:30 CEST on 25 October
        utc(2026, 10, 25, 22, 30), // 23:30 CET on 25 October
        utc(2026, 10, 25, 23, 0),  // 00:00 CET on 26 October
        utc(2026, 5, 15, 10, 0),
    };
    QMap<QDate, int> expected;
    for (qsizetype i = 0; i < times.size(); ++i) {
        ASSERT_GT(submit(QStringLiteral("day-%1").arg(i), times.at(i)), 0);
        expected[swedish(times.at(i))] += 1;
    }
    EXPECT_EQ(swedish(times.at(0)), QDate(2027, 1, 1));

    const StatsReport byDay = report(QDate(2025, 12, 30), QDate(2027, 1, 2), StatsGrouping::Day);
    QMap<QDate, int> counted;
    for (const StatsRow& row : byDay.rows)
        if (row.submitted > 0)
            counted[row.period.start] += int(row.submitted);
    EXPECT_EQ(counted, expected);

    // A year's inflow is the number of cases submitted on its Swedish days.
    const StatsReport year = report(QDate(2026, 1, 1), QDate(2026, 12, 31), StatsGrouping::Month);
    ASSERT_EQ(year.periods.size(), 12);
    EXPECT_EQ(submittedTotal(year), 9);
    const StatsReport weeks = report(QDate(2026, 1, 1), QDate(2026, 12, 31), StatsGrouping::Week);
    EXPECT_EQ(weeks.periods.first().key, QStringLiteral("2026-W01"));
    EXPECT_EQ(weeks.periods.last().key, QStringLiteral("2026-W53"));
    EXPECT_EQ(submittedTotal(weeks), 9);
    // The backlog at the end of 2026: everything submitted by then, nothing closed.
    EXPECT_EQ(year.rows.last().openAtEnd, 9);
}

TEST_P(StatisticsTest, MediansAndPercentilesOfHandMadeCases)
{
    // Ten cases in on 2 February, decided after 1..10 days, closed after 20.
    const QDateTime in = utc(2026, 2, 2, 9, 0);
    for (int i = 1; i <= 10; ++i) {
        const qint64 id = submit(QStringLiteral("dur-%1").arg(i), in);
        ASSERT_GT(id, 0);
        decide(id, in.addDays(i).addSecs(3600),
               i <= 7 ? QStringLiteral("approved") : QStringLiteral("rejected"));
        close(id, in.addDays(20));
    }
    const StatsReport r = report(QDate(2026, 2, 1), QDate(2026, 2, 28), StatsGrouping::Month, kParking);
    ASSERT_EQ(r.rows.size(), 1);
    const StatsRow& row = r.rows.first();
    EXPECT_EQ(row.submitted, 10);
    EXPECT_EQ(row.decided, 10);
    EXPECT_EQ(row.closed, 10);
    EXPECT_EQ(row.toDecision.percentile(0.5), 5); // nearest rank: the 5th of 10
    EXPECT_EQ(row.toDecision.percentile(0.9), 9);
    EXPECT_EQ(row.toClosing.percentile(0.5), 20);
    EXPECT_EQ(row.toClosing.percentile(0.9), 20);
    EXPECT_EQ(row.outcomes.value(QStringLiteral("approved")), 7);
    EXPECT_EQ(row.outcomes.value(QStringLiteral("rejected")), 3);
    EXPECT_EQ(row.openAtEnd, 0);
    ASSERT_TRUE(row.inStatus.contains(QStringLiteral("submitted")));
    EXPECT_EQ(row.inStatus.value(QStringLiteral("submitted")).percentile(0.5), 20);

    const QString csv = QString::fromUtf8(statsCsv(r));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    for (const char* column :
         {"period", "eservice", "submitted", "decided", "closed", "median_days_to_decision",
          "p90_days_to_decision", "open_at_end", "overdue_at_end"})
        EXPECT_TRUE(lines.first().split(QLatin1Char(',')).contains(QLatin1String(column))) << column;
    EXPECT_TRUE(
        lines.at(1).startsWith(QStringLiteral("2026-02,2026-02-01,2026-02-28,parkeringstillstand,10,10,10,")))
        << lines.at(1).toStdString();
}

TEST_P(StatisticsTest, APurgeOfTheYearsClosedCasesLeavesTheYearsFiguresAsTheyWere)
{
    // A year of cases: every third closed in the year, some decided, some still open.
    int closedCases = 0;
    int closedIn2026 = 0;
    for (int i = 0; i < 36; ++i) {
        const QDateTime in = utc(2026, 1 + i / 3, 1 + (i * 7) % 27, 8 + i % 10, 15);
        const qint64 id = submit(QStringLiteral("year-%1").arg(i), in);
        ASSERT_GT(id, 0);
        if (i % 2 == 0)
            decide(id, in.addDays(3 + i % 5), QStringLiteral("approved"));
        if (i % 3 == 0 && in.date().month() < 12) {
            close(id, in.addDays(10 + i));
            ++closedCases;
            if (in.addDays(10 + i).date().year() == 2026)
                ++closedIn2026;
        }
    }
    const StatsReport before = report(QDate(2026, 1, 1), QDate(2026, 12, 31), StatsGrouping::Month);
    const StatsReport weeksBefore = report(QDate(2026, 1, 1), QDate(2026, 12, 31), StatsGrouping::Week);
    EXPECT_EQ(submittedTotal(before), 36);
    EXPECT_EQ(before.rows.last().openAtEnd, 36 - closedIn2026);

    auto purged = RetentionService(db()).purge(utc(2027, 12, 1, 0, 0));
    ASSERT_TRUE(purged.ok()) << text(purged.error());
    EXPECT_EQ(purged->purged, closedCases);
    auto left = db().exec(QStringLiteral("SELECT count(*) FROM cases"));
    ASSERT_TRUE(left.ok() && left->next());
    EXPECT_EQ(left->value(0).toLongLong(), 36 - closedCases);

    const StatsReport after = report(QDate(2026, 1, 1), QDate(2026, 12, 31), StatsGrouping::Month);
    EXPECT_EQ(statsCsv(after), statsCsv(before));
    EXPECT_EQ(statsJson(report(QDate(2026, 1, 1), QDate(2026, 12, 31), StatsGrouping::Week)),
              statsJson(weeksBefore));
}

TEST_P(StatisticsTest, OverdueFromTheDayAfterTheDueDay)
{
    // The e-service comes with its first case (closed at once, so never due).
    const qint64 first = submit(QStringLiteral("first"), utc(2020, 1, 1, 10, 0));
    ASSERT_GT(first, 0);
    close(first, utc(2020, 1, 1, 11, 0));
    ASSERT_TRUE(
        AdminService(db()).setDeadline(StatusDeadline{kParking, QStringLiteral("submitted"), 2, false}).ok());
    const qint64 id = submit(QStringLiteral("late"), utc(2026, 5, 4, 10, 0));
    ASSERT_GT(id, 0);
    auto due = db().exec(QStringLiteral("SELECT status_due_on FROM cases WHERE id = ?"), {id});
    ASSERT_TRUE(due.ok() && due->next());
    const QDate dueOn = QDate::fromString(due->value(0).toString().left(10), Qt::ISODate);
    ASSERT_TRUE(dueOn.isValid());
    ASSERT_LT(dueOn, QDate(2026, 6, 1));
    const StatsReport r = report(dueOn.addDays(-1), dueOn.addDays(2), StatsGrouping::Day, kParking);
    ASSERT_EQ(r.rows.size(), 4);
    EXPECT_EQ(r.rows.at(0).overdueAtEnd, 0);
    EXPECT_EQ(r.rows.at(1).overdueAtEnd, 0); // the due day itself
    EXPECT_EQ(r.rows.at(2).overdueAtEnd, 1);
    EXPECT_EQ(r.rows.at(3).overdueAtEnd, 1);
    EXPECT_EQ(r.rows.at(3).openAtEnd, 1);
    EXPECT_DOUBLE_EQ(r.rows.at(3).overdueShare(), 1.0);
    // Closed: neither open nor overdue from that day on; the days before keep their figures.
    close(id, QDateTime(dueOn.addDays(1), QTime(12, 0), QTimeZone::utc()));
    const StatsReport later = report(dueOn.addDays(-1), dueOn.addDays(2), StatsGrouping::Day, kParking);
    EXPECT_EQ(later.rows.at(1).overdueAtEnd, 0);
    EXPECT_EQ(later.rows.at(2).overdueAtEnd, 0);
    EXPECT_EQ(later.rows.at(2).openAtEnd, 0);
    EXPECT_EQ(later.rows.at(1).openAtEnd, 1);
}

TEST_P(StatisticsTest, BadRequestsNameTheirField)
{
    StatsQuery query;
    query.from = QDate(2026, 2, 1);
    query.to = QDate(2026, 1, 1);
    auto r = StatisticsService(db()).report(query);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(r.error().field, QStringLiteral("to"));
    query.to = QDate(2026, 3, 1);
    query.eserviceId = QStringLiteral("no-such-eservice");
    r = StatisticsService(db()).report(query);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, QStringLiteral("eservice"));
    query.eserviceId.clear();
    query.from = QDate(1990, 1, 1);
    query.by = StatsGrouping::Day;
    r = StatisticsService(db()).report(query);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, QStringLiteral("by"));
    EXPECT_EQ(parseStatsDay(QStringLiteral("2026-02-30"), QStringLiteral("from")).error().field,
              QStringLiteral("from"));
}

CASEDESK_INSTANTIATE_BACKENDS(StatisticsTest);

// Periods, percentiles and the CSV's cells, without a database.
TEST(StatisticsPeriods, WeeksAndMonthsAreCutAtTheReportsDays)
{
    const QList<StatsPeriod> weeks =
        statsPeriods(QDate(2026, 12, 30), QDate(2027, 1, 12), StatsGrouping::Week);
    ASSERT_EQ(weeks.size(), 3);
    EXPECT_EQ(weeks.at(0).key, QStringLiteral("2026-W53"));
    EXPECT_EQ(weeks.at(0).start, QDate(2026, 12, 30));
    EXPECT_EQ(weeks.at(0).end, QDate(2027, 1, 3)); // Sunday
    EXPECT_EQ(weeks.at(1).key, QStringLiteral("2027-W01"));
    EXPECT_EQ(weeks.at(2).end, QDate(2027, 1, 12));
    const QList<StatsPeriod> months =
        statsPeriods(QDate(2026, 1, 15), QDate(2026, 3, 1), StatsGrouping::Month);
    ASSERT_EQ(months.size(), 3);
    EXPECT_EQ(months.at(1).start, QDate(2026, 2, 1));
    EXPECT_EQ(months.at(1).end, QDate(2026, 2, 28));
    EXPECT_EQ(months.at(2).key, QStringLiteral("2026-03"));
    EXPECT_TRUE(statsPeriods(QDate(2026, 2, 1), QDate(2026, 1, 1), StatsGrouping::Day).isEmpty());
    EXPECT_EQ(statsPeriods(QDate(2024, 1, 1), QDate(2024, 12, 31), StatsGrouping::Day).size(), 366);
}

TEST(StatisticsPeriods, PercentilesAreTheNearestRank)
{
    DayHistogram h;
    EXPECT_FALSE(h.percentile(0.5).has_value());
    h.add(3, 1);
    EXPECT_EQ(h.percentile(0.5), 3);
    EXPECT_EQ(h.percentile(0.9), 3);
    h.add(10, 1); // 3, 10: the lower median
    EXPECT_EQ(h.percentile(0.5), 3);
    EXPECT_EQ(h.percentile(0.9), 10);
    h.add(0, 8); // eight 0s, a 3, a 10
    EXPECT_EQ(h.percentile(0.5), 0);
    EXPECT_EQ(h.percentile(0.9), 3);
    EXPECT_EQ(h.total(), 10);
}

TEST(StatisticsPeriods, TheCsvNeverHandsASpreadsheetAFormula)
{
    StatsReport report;
    report.periods = statsPeriods(QDate(2026, 1, 1), QDate(2026, 1, 31), StatsGrouping::Month);
    StatsRow row;
    row.period = report.periods.first();
    row.eserviceId = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");
    row.submitted = 4;
    report.rows << row;
    const QStringList lines =
        QString::fromUtf8(statsCsv(report)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines.at(1).startsWith(
        QStringLiteral("2026-01,2026-01-01,2026-01-31,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",4,")))
        << lines.at(1).toStdString();
    // No decision yet: the median is empty, not 0.
    const QStringList header = lines.at(0).split(QLatin1Char(','));
    const qsizetype median = header.indexOf(QStringLiteral("median_days_to_decision"));
    ASSERT_GT(median, 0);
    EXPECT_TRUE(statsJson(report).contains("\"median_days_to_decision\": null"));
}
