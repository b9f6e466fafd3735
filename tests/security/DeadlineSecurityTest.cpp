// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SecurityFixture.h"

#include "deadlines/StatusDeadline.h"
#include "deadlines/SwedishCalendar.h"
#include "workflow/CaseService.h"

#include <QDate>

using namespace casedesk;
using namespace casedesk::test;

// Handling times and due days (migration 0031), attacked as raw SQL by each role: only
// administrators set a handling time, nobody writes a case's due day or the time it entered its
// status, and the database keeps both right whoever moves the case.
namespace {

const QString kSetDeadline =
    QStringLiteral("INSERT INTO status_deadlines (eservice_id, status_id, days, working_days)"
                   " VALUES ('parkeringstillstand', 'submitted', 1, false)");

} // namespace

TEST_F(SecurityTest, OnlyAnAdministratorSetsAHandlingTime)
{
    for (const char* role : {"cw", "rd", "service", "portal"}) {
        auto db = as(role);
        ASSERT_TRUE(db) << role;
        EXPECT_FALSE(attempt(*db, kSetDeadline)) << role;
        EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM status_deadlines")), 0) << role;
    }
    auto admin = as("admin");
    ASSERT_TRUE(admin);
    // Nonsense is refused by the table itself.
    EXPECT_FALSE(attempt(*admin, QStringLiteral("INSERT INTO status_deadlines (eservice_id, status_id, days)"
                                                " VALUES ('parkeringstillstand', 'registered', 0)")));
    EXPECT_FALSE(attempt(*admin, QStringLiteral("INSERT INTO status_deadlines (eservice_id, status_id, days)"
                                                " VALUES ('parkeringstillstand', 'no_such_status', 5)")));
    // Set with psql, the open cases in the status get their due day at once.
    ASSERT_TRUE(attempt(*admin, kSetDeadline));
    const QDate submitted = swedishDay(
        ownerValue(QStringLiteral("SELECT submitted_at FROM cases WHERE reference = ?"), {m_parkingRef})
            .toDateTime());
    EXPECT_EQ(
        ownerValue(QStringLiteral("SELECT status_due_on FROM cases WHERE reference = ?"), {m_parkingRef})
            .toDate(),
        submitted.addDays(1));
    // And the case read from the list says so.
    EXPECT_TRUE(attempt(*admin, QStringLiteral("DELETE FROM status_deadlines")));
    EXPECT_EQ(
        ownerValue(QStringLiteral("SELECT status_due_on FROM cases WHERE reference = ?"), {m_parkingRef})
            .toDate(),
        noDueDate());
}

TEST_F(SecurityTest, NobodyWritesADueDayOrWhenACaseEnteredItsStatus)
{
    auto admin = as("admin");
    ASSERT_TRUE(admin);
    ASSERT_TRUE(attempt(*admin, kSetDeadline));
    const qint64 id = caseId(m_parkingRef);
    const QVariant due = ownerValue(QStringLiteral("SELECT status_due_on FROM cases WHERE id = ?"), {id});
    for (const char* role : {"cw", "rd", "service", "portal", "admin"}) {
        auto db = as(role);
        ASSERT_TRUE(db) << role;
        EXPECT_FALSE(
            attempt(*db, QStringLiteral("UPDATE cases SET status_due_on = '2999-01-01' WHERE id = ?"), {id}))
            << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("UPDATE cases SET status_since = now() WHERE id = ?"), {id}))
            << role;
    }
    EXPECT_EQ(ownerValue(QStringLiteral("SELECT status_due_on FROM cases WHERE id = ?"), {id}), due);

    // A caseworker's own status change with psql: the database counts the due day, whatever the
    // statement says. Registered has a handling time of 30 days; the case entered it today.
    ASSERT_TRUE(attempt(*admin, QStringLiteral("INSERT INTO status_deadlines (eservice_id, status_id, days)"
                                               " VALUES ('parkeringstillstand', 'registered', 30)")));
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    EXPECT_TRUE(attemptTransaction(
        *cw,
        {QStringLiteral("UPDATE cases SET status_id = 'registered', version = version + 1 WHERE id = ?"),
         QStringLiteral(
             "INSERT INTO case_events (case_id, occurred_at, actor, kind, from_status_id, to_status_id)"
             " VALUES (?, now(), 'x', 'status_changed', 'submitted', 'registered')")},
        {id}));
    EXPECT_EQ(ownerValue(QStringLiteral("SELECT status_due_on FROM cases WHERE id = ?"), {id}).toDate(),
              swedishToday().addDays(30));
    // Other writes of the case keep it.
    EXPECT_TRUE(attempt(*cw, QStringLiteral("UPDATE cases SET needs_action = false WHERE id = ?"), {id}));
    EXPECT_EQ(ownerValue(QStringLiteral("SELECT status_due_on FROM cases WHERE id = ?"), {id}).toDate(),
              swedishToday().addDays(30));
}

TEST_F(SecurityTest, TheDatabasesCalendarIsCaseDesks)
{
    // Every day of two centuries, working or not, as services/deadlines computes it.
    auto days = owner().exec(QStringLiteral("SELECT d::date, casedesk_is_swedish_working_day(d::date)"
                                            " FROM generate_series(DATE '1990-01-01', DATE '2189-12-31',"
                                            " INTERVAL '1 day') AS d"));
    ASSERT_TRUE(days.ok());
    int checked = 0;
    int differ = 0;
    while (days->next()) {
        const QDate day = days->value(0).toDate();
        if (SwedishCalendar::isWorkingDay(day) != days->value(1).toBool() && differ++ < 5)
            ADD_FAILURE() << day.toString(Qt::ISODate).toStdString();
        ++checked;
    }
    EXPECT_EQ(checked, int(QDate(1990, 1, 1).daysTo(QDate(2189, 12, 31))) + 1);
    EXPECT_EQ(differ, 0);
    for (const int n : {1, 2, 5, 30, 250}) {
        const QDate from(2026, 12, 23);
        EXPECT_EQ(ownerValue(QStringLiteral("SELECT casedesk_add_working_days(?::date, ?)"),
                             {from.toString(Qt::ISODate), n})
                      .toDate(),
                  SwedishCalendar::addWorkingDays(from, n))
            << n;
    }
}

TEST_F(SecurityTest, TheDueDayCountersAreTheDatabasesOwnAndReadPerEService)
{
    auto admin = as("admin");
    ASSERT_TRUE(admin);
    ASSERT_TRUE(attempt(*admin, kSetDeadline)); // the parking cases get a due day
    ASSERT_TRUE(attempt(*admin, QStringLiteral("INSERT INTO status_deadlines (eservice_id, status_id, days)"
                                               " VALUES ('skolskjuts', 'submitted', 3)")));
    const qint64 all = ownerCount(QStringLiteral("SELECT coalesce(sum(n), 0) FROM case_due_counts"));
    ASSERT_GT(all, 0);
    // Nobody writes them; the database keeps them with the cases.
    for (const char* role : {"cw", "rd", "service", "portal", "admin"}) {
        auto db = as(role);
        ASSERT_TRUE(db) << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("UPDATE case_due_counts SET n = n + 100"))) << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("INSERT INTO case_due_counts (eservice_id, due_on, n)"
                                                 " VALUES ('parkeringstillstand', '2026-01-01', 5)")))
            << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("DELETE FROM case_due_counts"))) << role;
    }
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT coalesce(sum(n), 0) FROM case_due_counts")), all);
    // Each reads the counts of the e-services they read: the reader only parking's.
    auto rd = as("rd");
    auto q = rd->exec(QStringLiteral("SELECT DISTINCT eservice_id FROM case_due_counts"));
    ASSERT_TRUE(q.ok());
    QStringList seen;
    while (q->next())
        seen << q->value(0).toString();
    EXPECT_EQ(seen, QStringList{QStringLiteral("parkeringstillstand")});
    auto portal = as("portal");
    EXPECT_FALSE(attempt(*portal, QStringLiteral("SELECT count(*) FROM case_due_counts")));
}
