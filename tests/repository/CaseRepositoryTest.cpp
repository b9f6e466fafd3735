// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SampleSubmissions.h"
#include "TestDatabase.h"

#include "intake/IntakeService.h"
#include "repositories/CaseRepository.h"
#include "repositories/EServiceRepository.h"
#include "repositories/SettingsRepository.h"
#include "workflow/CaseService.h"

#include <QSet>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

class CaseRepositoryTest : public BackendTest
{
protected:
    // 25 cases, one a minute, in two e-services; every third one registered.
    void fill()
    {
        const QDateTime start(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::utc());
        for (int i = 0; i < 25; ++i) {
            Submission s = sampleSubmission(QStringLiteral("p-%1").arg(i), start.addSecs(60 * i));
            if (i % 2) {
                s.eserviceId = QStringLiteral("skolskjuts");
                s.eserviceName = QStringLiteral("Skolskjuts");
            }
            auto receipt = IntakeService(db()).submit(s);
            ASSERT_TRUE(receipt.ok());
            if (i % 3 == 0) {
                ASSERT_TRUE(CaseService(db())
                                .changeStatus(receipt->reference, QStringLiteral("registered"), 1, {})
                                .ok());
            }
        }
    }
};

TEST_P(CaseRepositoryTest, KeysetPagingVisitsEveryCaseOnceNewestFirst)
{
    fill();
    const CaseRepository cases(db());
    CaseQuery query;
    query.limit = 10;
    QList<CaseSummary> all;
    for (int page = 0; page < 5; ++page) {
        auto rows = cases.list(query);
        ASSERT_TRUE(rows.ok()) << rows.error().message().toStdString();
        if (rows->isEmpty())
            break;
        all += *rows;
        continueAfter(query, rows->constLast());
    }
    ASSERT_EQ(all.size(), 25);
    QSet<qint64> ids;
    for (int i = 0; i < all.size(); ++i) {
        ids.insert(all[i].id);
        if (i > 0) {
            EXPECT_GE(all[i - 1].submittedAt, all[i].submittedAt);
        }
    }
    EXPECT_EQ(ids.size(), 25);
    EXPECT_EQ(all.first().submittedAt, QDateTime(QDate(2026, 3, 1), QTime(8, 24), QTimeZone::utc()));
}

TEST_P(CaseRepositoryTest, FiltersByStatusEServiceAndKind)
{
    fill();
    const CaseRepository cases(db());
    CaseQuery byStatus;
    byStatus.statusId = QStringLiteral("registered");
    auto registered = cases.list(byStatus);
    ASSERT_TRUE(registered.ok());
    EXPECT_EQ(registered->size(), 9); // 0, 3, ..., 24
    for (const CaseSummary& c : *registered)
        EXPECT_EQ(c.statusNameSv, QStringLiteral("Registrerat"));

    CaseQuery byEService;
    byEService.eserviceId = QStringLiteral("skolskjuts");
    auto school = cases.list(byEService);
    ASSERT_TRUE(school.ok());
    EXPECT_EQ(school->size(), 12);

    CaseQuery both = byStatus;
    both.eserviceId = QStringLiteral("skolskjuts");
    auto combined = cases.list(both);
    ASSERT_TRUE(combined.ok());
    EXPECT_EQ(combined->size(), 4); // 3, 9, 15, 21

    CaseQuery unassignedOpen;
    unassignedOpen.assignee = QString();
    unassignedOpen.openOnly = true;
    auto open = cases.list(unassignedOpen);
    ASSERT_TRUE(open.ok());
    EXPECT_EQ(open->size(), 25);
}

TEST_P(CaseRepositoryTest, EServiceSettingsRoundTrip)
{
    const EServiceRepository eservices(db());
    ASSERT_TRUE(eservices.ensure(QStringLiteral("bygglov"), QStringLiteral("Bygglov")).ok());
    auto fresh = eservices.find(QStringLiteral("bygglov"));
    ASSERT_TRUE(fresh.ok() && fresh->has_value());
    EXPECT_EQ((*fresh)->retentionDays, 30);
    EXPECT_EQ((*fresh)->language, QStringLiteral("sv"));
    ASSERT_TRUE(eservices.setRetention(QStringLiteral("bygglov"), std::nullopt).ok());
    ASSERT_TRUE(eservices.setMailbox(QStringLiteral("bygglov"), QStringLiteral("bygg@example.se")).ok());
    auto changed = eservices.find(QStringLiteral("bygglov"));
    EXPECT_FALSE((*changed)->retentionDays.has_value());
    EXPECT_EQ((*changed)->functionalMailbox, QStringLiteral("bygg@example.se"));
    auto missing = eservices.setRetention(QStringLiteral("finns-inte"), 10);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(eservices.setRetention(QStringLiteral("bygglov"), -1).ok());

    const SettingsRepository settings(db());
    ASSERT_TRUE(settings.set(QStringLiteral("smtp.host"), QStringLiteral("mail.example.se")).ok());
    ASSERT_TRUE(settings.set(QStringLiteral("smtp.host"), QStringLiteral("smtp.example.se")).ok());
    EXPECT_EQ(*settings.value(QStringLiteral("smtp.host")), QStringLiteral("smtp.example.se"));
    EXPECT_EQ(*settings.value(QStringLiteral("nothing"), QStringLiteral("fallback")),
              QStringLiteral("fallback"));
}

CASEDESK_INSTANTIATE_BACKENDS(CaseRepositoryTest);
