// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SampleSubmissions.h"
#include "TestDatabase.h"

#include "intake/IntakeService.h"
#include "messaging/TemplateService.h"
#include "repositories/AuditRepository.h"
#include "repositories/CaseRepository.h"
#include "repositories/OutboxRepository.h"
#include "workflow/CaseService.h"

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

class CaseServiceTest : public BackendTest
{
protected:
    QString submit(const QString& externalId = QStringLiteral("portal-1"))
    {
        auto receipt = IntakeService(db()).submit(sampleSubmission(externalId));
        EXPECT_TRUE(receipt.ok()) << (receipt.ok() ? std::string()
                                                   : receipt.error().describe().toStdString());
        return receipt.ok() ? receipt->reference : QString();
    }
};

TEST_P(CaseServiceTest, MovesThroughTheWorkflowAndRecordsEveryStep)
{
    const QString ref = submit();
    const CaseService service(db());
    auto registered = service.changeStatus(ref, QStringLiteral("registered"), 1, {});
    ASSERT_TRUE(registered.ok()) << registered.error().describe().toStdString();
    EXPECT_EQ(registered->version, 2);
    auto inProgress =
        service.changeStatus(ref, QStringLiteral("in_progress"), 2, QStringLiteral("Tar ärendet"));
    ASSERT_TRUE(inProgress.ok());
    auto closed = service.changeStatus(ref, QStringLiteral("closed"), 3, QStringLiteral("Beviljat"));
    ASSERT_TRUE(closed.ok());
    EXPECT_EQ(closed->statusKind, StatusKind::Closed);
    EXPECT_TRUE(closed->closedAt.isValid());

    auto detail = service.open(ref, false);
    ASSERT_TRUE(detail.ok());
    ASSERT_EQ(detail->events.size(), 4);
    EXPECT_EQ(detail->events[1].toStatusId, QStringLiteral("registered"));
    EXPECT_EQ(detail->events[2].fromStatusId, QStringLiteral("registered"));
    EXPECT_EQ(detail->events[2].detail, QStringLiteral("Tar ärendet"));
    EXPECT_EQ(detail->events[3].toStatusId, QStringLiteral("closed"));

    // Reopening clears the closed time, so retention no longer counts from it.
    auto reopened = service.changeStatus(ref, QStringLiteral("in_progress"), std::nullopt, {});
    ASSERT_TRUE(reopened.ok());
    EXPECT_FALSE(reopened->closedAt.isValid());
}

TEST_P(CaseServiceTest, RefusesTransitionsTheEServiceDoesNotAllow)
{
    const QString ref = submit();
    auto result = CaseService(db()).changeStatus(ref, QStringLiteral("supplemented"), std::nullopt, {});
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(result.error().message().contains(QStringLiteral("registered")))
        << result.error().message().toStdString();
    auto unknown = CaseService(db()).changeStatus(ref, QStringLiteral("no_such_status"), std::nullopt, {});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::InvalidInput);
    auto summary = CaseRepository(db()).findSummary(ref);
    ASSERT_TRUE(summary.ok() && summary->has_value());
    EXPECT_EQ((*summary)->statusId, QStringLiteral("submitted"));
    EXPECT_EQ((*summary)->version, 1);
}

TEST_P(CaseServiceTest, AConcurrentChangeFromAnotherConnectionIsRefusedNotOverwritten)
{
    const QString ref = submit();
    auto other = testDatabase().openAnother();
    ASSERT_TRUE(other);
    // Both caseworkers opened version 1; the other one is quicker.
    ASSERT_TRUE(CaseService(*other).changeStatus(ref, QStringLiteral("in_progress"), 1, {}).ok());
    auto mine = CaseService(db()).changeStatus(ref, QStringLiteral("closed"), 1, {});
    ASSERT_FALSE(mine.ok());
    EXPECT_EQ(mine.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(mine.error().message().contains(QStringLiteral("in_progress")))
        << mine.error().message().toStdString();
    auto summary = CaseRepository(db()).findSummary(ref);
    ASSERT_TRUE(summary.ok() && summary->has_value());
    EXPECT_EQ((*summary)->statusId, QStringLiteral("in_progress"));
    EXPECT_EQ((*summary)->version, 2);
}

TEST_P(CaseServiceTest, OpeningIsAuditedAndClearsNeedsAction)
{
    const QString ref = submit();
    ASSERT_TRUE(CaseService(db()).open(ref, false).ok());
    auto summary = CaseRepository(db()).findSummary(ref);
    EXPECT_TRUE((*summary)->needsAction);
    ASSERT_TRUE(CaseService(db()).open(ref, true).ok());
    summary = CaseRepository(db()).findSummary(ref);
    EXPECT_FALSE((*summary)->needsAction);
    // Once per person and case every five minutes, like the database's case.personal_data_read:
    // opening it again soon after is a read and writes nothing.
    auto audited = AuditRepository(db()).countFor(ref, QStringLiteral("case.opened"));
    ASSERT_TRUE(audited.ok());
    EXPECT_EQ(*audited, 1);
    auto again = CaseService(db()).open(ref, true);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->notMarked.isEmpty()) << again->notMarked.english().toStdString();
    audited = AuditRepository(db()).countFor(ref, QStringLiteral("case.opened"));
    ASSERT_TRUE(audited.ok());
    EXPECT_EQ(*audited, 1);
}

TEST_P(CaseServiceTest, ASignatureNoLongerMatchesWhenTheStoredFormIsAltered)
{
    const QString ref = submit();
    auto before = CaseService(db()).open(ref, false);
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(before->signatures[0].check, SignatureCheck::Valid);
    ASSERT_TRUE(
        db().exec(QStringLiteral("UPDATE form_fields SET value_json = '\"XYZ999\"', value_text = 'XYZ999'"
                                 " WHERE field_key = 'regNo'"))
            .ok());
    auto after = CaseService(db()).open(ref, false);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->signatures[0].check, SignatureCheck::Mismatch);
}

TEST_P(CaseServiceTest, UnknownReferenceIsNotFound)
{
    auto result = CaseService(db()).open(QStringLiteral("CD-1999-000001"), false);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::NotFound);
}

namespace {

// Every queued mail of `kind` for the case with `reference`, as "recipient|subject|body".
QStringList queuedMails(const Database& db, const QString& kind)
{
    QStringList mails;
    auto pending = OutboxRepository(db).pending(1000);
    EXPECT_TRUE(pending.ok());
    if (pending.ok())
        for (const OutgoingMail& mail : *pending)
            if (mail.kind == kind)
                mails << mail.recipient + QLatin1Char('|') + mail.subject + QLatin1Char('|') + mail.body;
    return mails;
}

} // namespace

TEST_P(CaseServiceTest, ClosingIsAnnouncedOnlyWhenTheEServiceSaysSoAndWithoutPersonalData)
{
    const QString quiet = submit(QStringLiteral("quiet"));
    ASSERT_TRUE(CaseService(db()).changeStatus(quiet, QStringLiteral("closed"), std::nullopt, {}).ok());
    EXPECT_TRUE(queuedMails(db(), QStringLiteral("case_closed")).isEmpty());

    ASSERT_TRUE(TemplateService(db()).setAnnouncesClosed(QStringLiteral("parkeringstillstand"), true).ok());
    const QString announced = submit(QStringLiteral("announced"));
    ASSERT_TRUE(
        CaseService(db()).changeStatus(announced, QStringLiteral("registered"), std::nullopt, {}).ok());
    EXPECT_TRUE(queuedMails(db(), QStringLiteral("case_closed")).isEmpty()) << "only closing is announced";
    ASSERT_TRUE(CaseService(db()).changeStatus(announced, QStringLiteral("closed"), std::nullopt, {}).ok());
    const QStringList mails = queuedMails(db(), QStringLiteral("case_closed"));
    ASSERT_EQ(mails.size(), 1);
    EXPECT_TRUE(mails[0].startsWith(QStringLiteral("tolvan@example.se|")));
    EXPECT_TRUE(mails[0].contains(announced));
    for (const QString& personal : {QStringLiteral("Tolvan"), QStringLiteral("1212")})
        EXPECT_FALSE(mails[0].section(QLatin1Char('|'), 1).contains(personal)) << mails[0].toStdString();
}

TEST_P(CaseServiceTest, IntakeUsesTheEServicesOwnConfirmationText)
{
    const QString first = submit(QStringLiteral("first")); // the e-service exists from its first case
    ASSERT_TRUE(TemplateService(db())
                    .setMailTemplate(QStringLiteral("parkeringstillstand"), MailKind::Confirmation,
                                     QStringLiteral("sv"), QStringLiteral("Tack! {reference}"),
                                     QStringLiteral("Vi har tagit emot {reference} till {eservice}."))
                    .ok());
    const QString ref = submit(QStringLiteral("templated"));
    const QStringList mails = queuedMails(db(), QStringLiteral("confirmation"));
    ASSERT_EQ(mails.size(), 2);
    EXPECT_FALSE(mails[0].contains(QStringLiteral("Tack!"))) << "the first case had the built-in text";
    EXPECT_TRUE(mails[0].contains(first));
    EXPECT_EQ(mails[1].section(QLatin1Char('|'), 1, 1), QStringLiteral("Tack! ") + ref);
    EXPECT_TRUE(mails[1].section(QLatin1Char('|'), 2).startsWith(QStringLiteral("Vi har tagit emot ") + ref))
        << mails[1].toStdString();
}

TEST_P(CaseServiceTest, ACaseIsDecidedOnlyByRecordingADecision)
{
    const QString ref = submit();
    ASSERT_TRUE(CaseService(db()).changeStatus(ref, QStringLiteral("in_progress"), std::nullopt, {}).ok());
    auto result = CaseService(db()).changeStatus(ref, QStringLiteral("decided"), std::nullopt, {});
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(result.error().field, QStringLiteral("status"));
    auto summary = CaseRepository(db()).findSummary(ref);
    ASSERT_TRUE(summary.ok() && summary->has_value());
    EXPECT_EQ((*summary)->statusId, QStringLiteral("in_progress"));
}

CASEDESK_INSTANTIATE_BACKENDS(CaseServiceTest);
