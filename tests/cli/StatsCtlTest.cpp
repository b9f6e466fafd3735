// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CtlProcess.h"
#include "SampleSubmissions.h"
#include "TestDatabase.h"

#include "db/SqlValues.h"
#include "intake/IntakeService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

// `casedeskctl stats` as an operator or a script runs it, on both backends (issue #17 §3).
class StatsCtlTest : public BackendTest
{
protected:
    CtlRun ctl(const QStringList& arguments) { return runCtlOn(testDatabase().urlString(), arguments); }

    static QStringList year(const QString& format)
    {
        return {QStringLiteral("stats"), QStringLiteral("--from"),     QStringLiteral("2026-01-01"),
                QStringLiteral("--to"),  QStringLiteral("2026-12-31"), QStringLiteral("--by"),
                QStringLiteral("month"), QStringLiteral("--format"),   format};
    }

    // Cases submitted in 2026 (and one in 2025); every other one closed in spring, long enough
    // ago for the default retention of 30 days to purge it.
    int fill()
    {
        int in2026 = 0;
        for (int i = 0; i < 14; ++i) {
            const QDateTime at(QDate(2026, 1 + i % 5, 3 + i), QTime(11, 0), QTimeZone::utc());
            auto receipt =
                IntakeService(db()).submit(sampleSubmission(QStringLiteral("stats-%1").arg(i), at));
            EXPECT_TRUE(receipt.ok());
            ++in2026;
            if (i % 2 == 0) {
                EXPECT_TRUE(
                    db().exec(QStringLiteral("UPDATE cases SET status_id = 'closed', closed_at = ?,"
                                             " updated_at = ? WHERE reference = ?"),
                              {toSqlTime(at.addDays(20)), toSqlTime(at.addDays(20)), receipt->reference})
                        .ok());
            }
        }
        auto old = IntakeService(db()).submit(sampleSubmission(
            QStringLiteral("stats-old"), QDateTime(QDate(2025, 12, 31), QTime(12, 0), QTimeZone::utc())));
        EXPECT_TRUE(old.ok());
        return in2026;
    }

    static qint64 columnTotal(const QString& csv, const QString& column)
    {
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        if (lines.isEmpty())
            return -1;
        const qsizetype index = lines.first().split(QLatin1Char(',')).indexOf(column);
        if (index < 0)
            return -1;
        qint64 total = 0;
        for (qsizetype i = 1; i < lines.size(); ++i)
            total += lines.at(i).split(QLatin1Char(',')).value(index).toLongLong();
        return total;
    }
};

TEST_P(StatsCtlTest, TheYearsInflowIsTheSameBeforeAndAfterItsClosedCasesArePurged)
{
    const int submitted = fill();
    const CtlRun before = ctl(year(QStringLiteral("csv")));
    ASSERT_EQ(before.exitCode, 0) << before.err.toStdString();
    const QString header = before.out.section(QStringLiteral("\r\n"), 0, 0);
    for (const char* column :
         {"period", "eservice", "submitted", "decided", "closed", "median_days_to_decision",
          "p90_days_to_decision", "open_at_end", "overdue_at_end"})
        EXPECT_TRUE(header.split(QLatin1Char(',')).contains(QLatin1String(column))) << column;
    EXPECT_EQ(columnTotal(before.out, QStringLiteral("submitted")), submitted);
    EXPECT_EQ(columnTotal(before.out, QStringLiteral("closed")), 7);

    const CtlRun purge = ctl({QStringLiteral("purge")});
    ASSERT_EQ(purge.exitCode, 0) << purge.err.toStdString();
    auto left = db().exec(QStringLiteral("SELECT count(*) FROM cases"));
    ASSERT_TRUE(left.ok() && left->next());
    EXPECT_EQ(left->value(0).toLongLong(), submitted + 1 - 7);

    const CtlRun after = ctl(year(QStringLiteral("csv")));
    ASSERT_EQ(after.exitCode, 0) << after.err.toStdString();
    EXPECT_EQ(after.out, before.out);

    // JSON: the same keys, one object per period and e-service.
    const CtlRun json = ctl(year(QStringLiteral("json")));
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 12);
    qint64 total = 0;
    for (const QJsonValue& row : rows) {
        EXPECT_EQ(row[QStringLiteral("eservice")].toString(), QStringLiteral("parkeringstillstand"));
        total += row[QStringLiteral("submitted")].toInteger();
        EXPECT_TRUE(row.toObject().contains(QStringLiteral("median_days_to_decision")));
    }
    EXPECT_EQ(total, submitted);
    EXPECT_EQ(rows.first()[QStringLiteral("period")].toString(), QStringLiteral("2026-01"));

    // The table for a person ends with the total.
    const CtlRun table = ctl(year(QStringLiteral("table")));
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_EQ(table.linesContaining(QStringLiteral("TOTAL")), 1);

    // XLSX to a file: an Office Open XML package (a ZIP).
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("stats.xlsx"));
    const CtlRun written = ctl(year(QStringLiteral("xlsx")) + QStringList{QStringLiteral("--output"), xlsx});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    QFile file(xlsx);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(2) == QByteArrayLiteral("PK"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary left
}

TEST_P(StatsCtlTest, BadInputNamesTheFieldAndWritesNothing)
{
    fill();
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    const QList<std::pair<QStringList, QString>> cases{
        {{QStringLiteral("--from"), QStringLiteral("2026-13-01"), QStringLiteral("--to"),
          QStringLiteral("2026-12-31")},
         QStringLiteral("from")},
        {{QStringLiteral("--from"), QStringLiteral("2026-02-01"), QStringLiteral("--to"),
          QStringLiteral("2026-01-31")},
         QStringLiteral("to")},
        {{QStringLiteral("--to"), QStringLiteral("2026-01-31")}, QStringLiteral("from")},
        {{QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
          QStringLiteral("2026-01-31"), QStringLiteral("--by"), QStringLiteral("year")},
         QStringLiteral("by")},
        {{QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
          QStringLiteral("2026-01-31"), QStringLiteral("--format"), QStringLiteral("xml")},
         QStringLiteral("format")},
        {{QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
          QStringLiteral("2026-01-31"), QStringLiteral("--eservice"), QStringLiteral("no-such-eservice")},
         QStringLiteral("eservice")},
    };
    for (const auto& [arguments, field] : cases) {
        const CtlRun run = ctl(QStringList{QStringLiteral("stats")} + arguments +
                               QStringList{QStringLiteral("--output"), out});
        EXPECT_EQ(run.exitCode, 3) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains(field)) << run.err.toStdString();
        EXPECT_FALSE(QFile::exists(out));
    }
    const CtlRun xlsxToTerminal = ctl(year(QStringLiteral("xlsx")));
    EXPECT_EQ(xlsxToTerminal.exitCode, 3);
    EXPECT_TRUE(xlsxToTerminal.err.contains(QStringLiteral("output")));
    // A folder that is not there: nothing written, exit 1.
    const CtlRun nowhere =
        ctl(year(QStringLiteral("csv")) +
            QStringList{QStringLiteral("--output"), dir.filePath(QStringLiteral("no/such.csv"))});
    EXPECT_EQ(nowhere.exitCode, 1);
}

CASEDESK_INSTANTIATE_BACKENDS(StatsCtlTest);
