// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CtlProcess.h"
#include "SampleSubmissions.h"
#include "TestDatabase.h"

#include "admin/AdminService.h"
#include "db/SqlValues.h"
#include "deadlines/SwedishCalendar.h"
#include "intake/IntakeService.h"
#include "repositories/CaseRepository.h"
#include "repositories/DeadlineRepository.h"
#include "workflow/CaseService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

// Handling times (issue #16 §1) on both backends: set with casedeskctl, kept by the database (on
// PostgreSQL its triggers; on SQLite CaseDesk's writes), listed by `casedeskctl list --overdue`.
class DeadlineCtlTest : public BackendTest
{
protected:
    const QString m_eservice = QStringLiteral("parkeringstillstand");

    CtlRun ctl(const QStringList& arguments) { return runCtlOn(testDatabase().urlString(), arguments); }

    QString submit(const QString& externalId, const QDateTime& submittedAt = QDateTime())
    {
        auto receipt = IntakeService(db()).submit(sampleSubmission(externalId, submittedAt));
        EXPECT_TRUE(receipt.ok()) << (receipt.ok() ? std::string()
                                                   : receipt.error().describe().toStdString());
        return receipt.ok() ? receipt->reference : QString();
    }

    QDate dueOf(const QString& reference)
    {
        auto summary = CaseRepository(db()).findSummary(reference);
        EXPECT_TRUE(summary.ok() && summary->has_value());
        return summary.ok() && summary->has_value() ? (*summary)->statusDueDate : QDate();
    }

    // As if the case had entered its status at `since`: the owner's own write on PostgreSQL (the
    // trigger counts the due day again), CaseDesk's on SQLite.
    void enteredAt(const QString& reference, const QDateTime& since)
    {
        auto summary = CaseRepository(db()).findSummary(reference);
        ASSERT_TRUE(summary.ok() && summary->has_value());
        if (db().sql().isEmbedded()) {
            ASSERT_TRUE(DeadlineRepository(db()).caseEnteredStatus((*summary)->id, since).ok());
        } else {
            ASSERT_TRUE(db().exec(QStringLiteral("UPDATE cases SET status_since = ? WHERE id = ?"),
                                  {toSqlTime(since), (*summary)->id})
                            .ok());
        }
    }

    QStringList overdueReferences()
    {
        const CtlRun run =
            ctl({QStringLiteral("list"), QStringLiteral("--overdue"), QStringLiteral("--json")});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        QStringList refs;
        for (const QJsonValue& row : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
            EXPECT_TRUE(row.toObject().value(QStringLiteral("overdue")).toBool());
            refs << row.toObject().value(QStringLiteral("reference")).toString();
        }
        return refs;
    }
};

TEST_P(DeadlineCtlTest, TwoWorkingDaysOnRegisteredAcrossAWeekendEasterAndMidsummer)
{
    const QString now = submit(QStringLiteral("now")); // (and the e-service with it)
    const CtlRun set =
        ctl({QStringLiteral("eservice"), QStringLiteral("set-deadline"), m_eservice,
             QStringLiteral("registered"), QStringLiteral("2"), QStringLiteral("--working-days")});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    const CtlRun listed =
        ctl({QStringLiteral("eservice"), QStringLiteral("deadlines"), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0);
    const QJsonArray deadlines = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(deadlines.size(), 1);
    EXPECT_EQ(deadlines.at(0).toObject().value(QStringLiteral("status")).toString(),
              QStringLiteral("registered"));
    EXPECT_TRUE(deadlines.at(0).toObject().value(QStringLiteral("workingDays")).toBool());

    // A case registered now is due two Swedish working days from today.
    EXPECT_FALSE(dueOf(now).isValid()); // "submitted" has no handling time
    ASSERT_TRUE(CaseService(db()).changeStatus(now, QStringLiteral("registered"), std::nullopt, {}).ok());
    EXPECT_EQ(dueOf(now), SwedishCalendar::addWorkingDays(swedishToday(), 2));

    // Registered on a Friday evening, before Easter and before Midsummer (times in Sweden).
    const QTimeZone sweden(QByteArrayLiteral("Europe/Stockholm"));
    const struct
    {
        QDateTime registered;
        QDate due;
    } cases[] = {
        {QDateTime(QDate(2026, 12, 4), QTime(16, 45), sweden), QDate(2026, 12, 8)}, // Friday: Mon, Tue
        {QDateTime(QDate(2026, 12, 5), QTime(0, 30), sweden),
         QDate(2026, 12, 8)}, // Saturday, just after midnight
        {QDateTime(QDate(2027, 3, 25), QTime(9, 0), sweden), QDate(2027, 3, 31)},  // Maundy Thursday
        {QDateTime(QDate(2027, 6, 24), QTime(15, 0), sweden), QDate(2027, 6, 29)}, // before Midsummer Eve
    };
    QStringList references;
    for (const auto& c : cases) {
        const QString ref = submit(QStringLiteral("case-%1").arg(references.size()));
        ASSERT_TRUE(CaseService(db()).changeStatus(ref, QStringLiteral("registered"), std::nullopt, {}).ok());
        enteredAt(ref, c.registered.toUTC());
        EXPECT_EQ(dueOf(ref), c.due) << c.registered.toString(Qt::ISODate).toStdString();
        references << ref;
    }

    // Overdue: exactly the registered cases whose due day has passed (all but the one from now,
    // and the 2027 ones while 2027 is ahead).
    QSet<QString> expected;
    for (qsizetype i = 0; i < references.size(); ++i)
        if (cases[i].due < swedishToday())
            expected << references.at(i);
    const QStringList overdue = overdueReferences();
    EXPECT_EQ(QSet<QString>(overdue.begin(), overdue.end()), expected);
    const CtlRun count =
        ctl({QStringLiteral("list"), QStringLiteral("--overdue"), QStringLiteral("--count")});
    EXPECT_EQ(count.out.trimmed().toLongLong(), expected.size());

    // Moving on ends the handling time of the status; calendar days count on Saturdays too.
    ASSERT_TRUE(CaseService(db())
                    .changeStatus(references.at(0), QStringLiteral("in_progress"), std::nullopt, {})
                    .ok());
    EXPECT_FALSE(dueOf(references.at(0)).isValid());
    ASSERT_EQ(ctl({QStringLiteral("eservice"), QStringLiteral("set-deadline"), m_eservice,
                   QStringLiteral("registered"), QStringLiteral("3")})
                  .exitCode,
              0);
    EXPECT_EQ(dueOf(references.at(1)), QDate(2026, 12, 8)); // from Saturday 5 December
    EXPECT_EQ(dueOf(references.at(2)), QDate(2027, 3, 28));
    // Cleared: no case is due any more.
    ASSERT_EQ(ctl({QStringLiteral("eservice"), QStringLiteral("clear-deadline"), m_eservice,
                   QStringLiteral("registered")})
                  .exitCode,
              0);
    EXPECT_FALSE(dueOf(references.at(2)).isValid());
    EXPECT_TRUE(overdueReferences().isEmpty());
}

TEST_P(DeadlineCtlTest, ADeadlineBeforeTheCasesCountsFromWhenTheyEnteredTheirStatus)
{
    // Cases submitted on known days; a handling time set afterwards counts from their submission.
    const QString early =
        submit(QStringLiteral("early"), QDateTime(QDate(2026, 11, 2), QTime(8, 0), QTimeZone::utc()));
    const QString late = submit(QStringLiteral("late"), QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(AdminService(db())
                    .setDeadline(StatusDeadline{m_eservice, QStringLiteral("submitted"), 10, false})
                    .ok());
    EXPECT_EQ(dueOf(early), QDate(2026, 11, 12));
    EXPECT_EQ(dueOf(late), swedishToday().addDays(10));
    EXPECT_EQ(overdueReferences(), QStringList{early});
}

TEST_P(DeadlineCtlTest, BadHandlingTimesAreRefusedAndNamed)
{
    submit(QStringLiteral("one")); // the e-service exists
    const auto refused = [&](const QStringList& args, const QString& says) {
        const CtlRun run = ctl(QStringList{QStringLiteral("eservice")} + args);
        EXPECT_NE(run.exitCode, 0) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains(says)) << run.err.toStdString();
    };
    refused({QStringLiteral("set-deadline"), m_eservice, QStringLiteral("registered"), QStringLiteral("0")},
            QStringLiteral("DAYS: "));
    refused(
        {QStringLiteral("set-deadline"), m_eservice, QStringLiteral("registered"), QStringLiteral("3651")},
        QStringLiteral("DAYS: "));
    refused({QStringLiteral("set-deadline"), m_eservice, QStringLiteral("registered"), QStringLiteral("2x")},
            QStringLiteral("DAYS: "));
    refused({QStringLiteral("set-deadline"), QStringLiteral("nope"), QStringLiteral("registered"),
             QStringLiteral("2")},
            QStringLiteral("eservice: "));
    refused({QStringLiteral("set-deadline"), m_eservice, QStringLiteral("closed"), QStringLiteral("2")},
            QStringLiteral("status: "));
    refused({QStringLiteral("set-deadline"), m_eservice, QStringLiteral("'; DROP TABLE cases; --"),
             QStringLiteral("2")},
            QStringLiteral("status: "));
    auto deadlines = AdminService(db()).deadlines(m_eservice);
    ASSERT_TRUE(deadlines.ok());
    EXPECT_TRUE(deadlines->isEmpty());
}

CASEDESK_INSTANTIATE_BACKENDS(DeadlineCtlTest);
