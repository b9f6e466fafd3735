#include "IntakeService.h"

#include "AttachmentTypePolicy.h"
#include "messaging/ApplicantMail.h"

#include "core/Logging.h"
#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "domain/SignatureVerifier.h"
#include "mail/MailTemplates.h"
#include "repositories/CaseContentRepository.h"
#include "repositories/CaseRepository.h"
#include "repositories/EServiceRepository.h"
#include "repositories/OutboxRepository.h"

#include <QTimeZone>

namespace casedesk {

namespace {

const QString kInitialStatus = QStringLiteral("submitted");

} // namespace

Result<IntakeReceipt> IntakeService::submit(const Submission& submission) const
{
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun().error();

    const CaseRepository cases(m_db);
    const QString source = submissionSourceId(submission.source);
    auto existing = cases.referenceForExternalId(source, submission.externalId);
    if (!existing.ok())
        return existing.error();
    // A duplicate: the portal may hand a case over twice (casedeskctl submit reports it, exit 0).
    const auto duplicateOf = [&](const QString& reference) {
        return makeError(ErrorCode::Conflict,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "already stored as %1 (external id %2)"),
                          {reference, submission.externalId}},
                         QStringLiteral("externalId"));
    };
    if (existing->has_value())
        return duplicateOf(**existing);

    auto eservice = EServiceRepository(m_db).ensure(submission.eserviceId, submission.eserviceName);
    if (!eservice.ok())
        return eservice.error();
    // The e-service's allowlist, and names that say what the content is.
    QList<IncomingAttachment> attachments = submission.attachments;
    auto renames = applyFileTypeRule(attachments, allowedFileTypes(eservice->allowedFileTypes),
                                     submission.eserviceId, QStringLiteral("attachments"));
    if (!renames.ok())
        return renames.error();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The year of the reference is the Swedish calendar year: a case sent at 00:30 on New Year's
    // Day belongs to the new year although it is still the old one in UTC.
    static const QTimeZone sweden(QByteArrayLiteral("Europe/Stockholm"));
    const QDateTime local =
        sweden.isValid() ? submission.submittedAt.toTimeZone(sweden) : submission.submittedAt.toUTC();
    auto reference = cases.nextReference(local.date().year());
    if (!reference.ok())
        return reference.error();

    const SignatureVerification verification =
        verifySignatures(submission.pages, submission.signatures, submission.requiredSigners);
    NewCaseRow row{
        *reference,           submission.eserviceId,  kInitialStatus,    source, submission.externalId,
        submission.applicant, submission.submittedAt, verification.state};
    auto caseId = cases.insert(row, now);
    if (!caseId.ok()) {
        // A copy stored meanwhile by a concurrent intake: the same answer as the check above.
        if (caseId.error().code == ErrorCode::Conflict &&
            caseId.error().field == QLatin1String("externalId")) {
            auto stored = cases.referenceForExternalId(source, submission.externalId);
            if (stored.ok() && stored->has_value())
                return duplicateOf(**stored);
        }
        return caseId.error();
    }

    const CaseContentRepository content(m_db);
    if (auto r = content.insertForm(*caseId, submission.pages); !r.ok())
        return r.error();
    if (auto r = content.insertRequiredSigners(*caseId, submission.requiredSigners); !r.ok())
        return r.error();
    if (auto r = content.insertSignatures(*caseId, submission.signatures); !r.ok())
        return r.error();
    for (const IncomingAttachment& attachment : std::as_const(attachments)) {
        if (auto r = content.insertAttachment(*caseId, 0, attachment, now); !r.ok())
            return r.error();
    }

    EventRow event;
    event.occurredAt = now;
    event.actor = m_db.currentUser();
    event.kind = QStringLiteral("submitted");
    event.toStatusId = kInitialStatus;
    event.detail = submission.source == SubmissionSource::OpenEPlatform
                       ? QStringLiteral("Open ePlatform")
                       : QStringLiteral("casedesk.submission/1");
    if (auto r = cases.addEvent(*caseId, event); !r.ok())
        return r.error();
    if (auto r = recordRenamedAttachments(m_db, *caseId, *renames, now); !r.ok())
        return r.error();

    IntakeReceipt receipt{*caseId, *reference, 0};
    const OutboxRepository outbox(m_db);
    const auto queue = [&](const QString& kind, const QString& recipient,
                           const MailText& text) -> VoidResult {
        auto id =
            outbox.enqueue({0, *caseId, kind, recipient, text.subject, text.body, now, 0, now, {}, {}, {}});
        if (!id.ok())
            return id.error();
        ++receipt.mailsQueued;
        return {};
    };
    // The e-service's own templates when an administrator wrote them, the built-in text otherwise.
    const auto render = [&](MailKind kind) {
        return renderEServiceMail(m_db, eservice->id, kind, eservice->language, *reference, eservice->name);
    };
    if (!submission.applicant.email.isEmpty()) {
        auto text = render(MailKind::Confirmation);
        if (!text.ok())
            return text.error();
        if (auto r = queue(QStringLiteral("confirmation"), submission.applicant.email, *text); !r.ok())
            return r.error();
    }
    if (!eservice->functionalMailbox.isEmpty()) {
        auto text = render(MailKind::FunctionalMailbox);
        if (!text.ok())
            return text.error();
        if (auto r = queue(QStringLiteral("functional_mailbox"), eservice->functionalMailbox, *text); !r.ok())
            return r.error();
    }

    if (auto r = transaction.commit(); !r.ok())
        return r.error();
    qCInfo(lcIntake) << "stored case" << receipt.reference << "in" << submission.eserviceId;
    return receipt;
}

} // namespace casedesk
