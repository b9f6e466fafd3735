// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SampleSubmissions.h"
#include "TestDatabase.h"

#include "admin/AdminService.h"
#include "domain/BuiltInViews.h"
#include "intake/IntakeService.h"
#include "repositories/CaseRepository.h"
#include "repositories/DeadlineRepository.h"
#include "workflow/CaseService.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

// The due-day counters (case_due_counts, 0036) that count the Overdue and Due soon views agree
// with counting the cases, on both backends, through everything that moves a due day: intake, a
// handling time set, changed and removed, a case moving on and closing.
class DueCountTest : public BackendTest
{
protected:
    // The counters' answer and the cases' own, for each due view and each with an e-service.
    void expectCountersAgree(const char* step)
    {
        const CaseRepository cases(db());
        for (const SavedView view : {SavedView::Overdue, SavedView::DueSoon}) {
            for (const QString& eservice : {QString(), QStringLiteral("parkeringstillstand")}) {
                CaseQuery query = queryForView(view, QStringLiteral("someone"));
                query.eserviceId = eservice;
                ASSERT_TRUE(CaseRepository::countedByDueCounters(query));
                CaseQuery slow = query;
                slow.submittedFrom = QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());
                auto counted = cases.count(query);
                auto listed = cases.count(slow);
                ASSERT_TRUE(counted.ok() && listed.ok()) << step;
                EXPECT_EQ(*counted, *listed)
                    << step << " view " << int(view) << " " << eservice.toStdString();
            }
        }
    }
};

TEST_P(DueCountTest, TheDueDayCountersAgreeWithTheCases)
{
    QStringList refs;
    for (int i = 0; i < 6; ++i) {
        auto receipt = IntakeService(db()).submit(sampleSubmission(QStringLiteral("due-%1").arg(i)));
        ASSERT_TRUE(receipt.ok());
        refs << receipt->reference;
    }
    expectCountersAgree("no handling times");
    const AdminService admin(db());
    ASSERT_TRUE(admin
                    .setDeadline(StatusDeadline{QStringLiteral("parkeringstillstand"),
                                                QStringLiteral("submitted"), 2, true})
                    .ok());
    ASSERT_TRUE(admin
                    .setDeadline(StatusDeadline{QStringLiteral("parkeringstillstand"),
                                                QStringLiteral("registered"), 5, false})
                    .ok());
    // Some entered their status long ago: overdue; the rest are due soon.
    for (int i = 0; i < 3; ++i) {
        const qint64 id = CaseRepository(db()).findSummary(refs.at(i)).value()->id;
        ASSERT_TRUE(DeadlineRepository(db())
                        .caseEnteredStatus(id, QDateTime::currentDateTimeUtc().addDays(-20))
                        .ok());
    }
    expectCountersAgree("handling times set");
    const CaseRepository cases(db());
    const qint64 overdue = *cases.count(queryForView(SavedView::Overdue, QString()));
    EXPECT_GE(overdue, 3);
    ASSERT_TRUE(
        CaseService(db()).changeStatus(refs.at(0), QStringLiteral("registered"), std::nullopt, {}).ok());
    ASSERT_TRUE(
        CaseService(db()).changeStatus(refs.at(3), QStringLiteral("registered"), std::nullopt, {}).ok());
    expectCountersAgree("moved on"); // registered today: due in 5 days
    EXPECT_EQ(*cases.count(queryForView(SavedView::Overdue, QString())), overdue - 2);
    ASSERT_TRUE(admin
                    .setDeadline(StatusDeadline{QStringLiteral("parkeringstillstand"),
                                                QStringLiteral("submitted"), 40, false})
                    .ok());
    expectCountersAgree("handling time changed");
    ASSERT_TRUE(
        admin.clearDeadline(QStringLiteral("parkeringstillstand"), QStringLiteral("registered")).ok());
    expectCountersAgree("handling time removed");
    ASSERT_TRUE(CaseService(db()).changeStatus(refs.at(4), QStringLiteral("closed"), std::nullopt, {}).ok());
    expectCountersAgree("closed");
}

CASEDESK_INSTANTIATE_BACKENDS(DueCountTest);
