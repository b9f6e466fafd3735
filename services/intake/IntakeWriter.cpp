#include "IntakeWriter.h"

#include "AttachmentTypePolicy.h"

#include "db/Database.h"
#include "domain/SignatureVerifier.h"
#include "messaging/TemplateService.h"
#include "repositories/CaseContentRepository.h"
#include "repositories/CaseRepository.h"
#include "repositories/EServiceRepository.h"
#include "repositories/OutboxRepository.h"

#include <QTimeZone>

namespace casedesk {

namespace {

const QString kInitialStatus = QStringLiteral("submitted");

} // namespace

Result<EService> IntakeWriter::eservice(const Submission& submission)
{
    if (auto known = m_eservices.constFind(submission.eserviceId); known != m_eservices.cend())
        return *known;
    auto eservice = EServiceRepository(m_db).ensure(submission.eserviceId, submission.eserviceName);
    if (!eservice.ok())
        return eservice.error();
    m_eservices.insert(submission.eserviceId, *eservice);
    return eservice;
}

Result<QString> IntakeWriter::referencePrefix()
{
    if (!m_prefix) {
        auto prefix = CaseRepository(m_db).referencePrefix();
        if (!prefix.ok())
            return prefix.error();
        m_prefix = *prefix;
    }
    return *m_prefix;
}

Result<MailText> IntakeWriter::mailText(const EService& eservice, MailKind kind, const QString& reference)
{
    // The e-service's own templates when an administrator wrote them, the built-in text otherwise.
    const QString key =
        eservice.id + QLatin1Char('/') + mailKindId(kind) + QLatin1Char('/') + eservice.language;
    auto known = m_templates.constFind(key);
    if (known == m_templates.cend()) {
        auto tmpl = TemplateService(m_db).mailTemplate(eservice.id, kind, eservice.language);
        if (!tmpl.ok())
            return tmpl.error();
        known = m_templates.insert(key, MailText{tmpl->subject, tmpl->body});
    }
    // Only the reference and the e-service's name: TemplateService refuses other placeholders.
    return MailTemplates::fill(*known, reference, eservice.name);
}

Result<IntakeReceipt> IntakeWriter::store(const Submission& submission)
{
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

    auto eservice = this->eservice(submission);
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
    auto prefix = referencePrefix();
    if (!prefix.ok())
        return prefix.error();
    auto reference = cases.nextReference(local.date().year(), *prefix);
    if (!reference.ok())
        return reference.error();

    const SignatureVerification verification =
        verifySignatures(submission.pages, submission.signatures, submission.requiredSigners);
    NewCaseRow row{
        *reference,           submission.eserviceId,  kInitialStatus,    source, submission.externalId,
        submission.applicant, submission.submittedAt, verification.state};
    auto caseId = cases.insert(row, now);
    if (!caseId.ok()) {
        // A copy stored meanwhile by a concurrent intake (or earlier in the same batch): the
        // same answer as the check above.
        if (caseId.error().code == ErrorCode::Conflict &&
            caseId.error().field == QLatin1String("externalId")) {
            auto stored = cases.referenceForExternalId(source, submission.externalId);
            if (stored.ok() && stored->has_value())
                return duplicateOf(**stored);
        }
        return caseId.error();
    }

    // Each table's rows in one statement.
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

    QList<EventRow> events;
    EventRow submitted;
    submitted.occurredAt = now;
    submitted.actor = m_db.currentUser();
    submitted.kind = QStringLiteral("submitted");
    submitted.toStatusId = kInitialStatus;
    submitted.detail = submission.source == SubmissionSource::OpenEPlatform
                           ? QStringLiteral("Open ePlatform")
                           : QStringLiteral("casedesk.submission/1");
    events << submitted;
    for (const RenamedAttachment& rename : std::as_const(*renames)) {
        EventRow renamed;
        renamed.occurredAt = now;
        renamed.actor = m_db.currentUser();
        renamed.kind = QStringLiteral("attachment_renamed");
        renamed.detail = rename.from + QStringLiteral(" → ") + rename.to;
        events << renamed;
    }
    if (auto r = cases.addEvents(*caseId, events); !r.ok())
        return r.error();

    QList<OutgoingMail> mails;
    const auto queue = [&](MailKind kind, const QString& recipient) -> VoidResult {
        auto text = mailText(*eservice, kind, *reference);
        if (!text.ok())
            return text.error();
        mails.append(
            {0, *caseId, mailKindId(kind), recipient, text->subject, text->body, now, 0, now, {}, {}, {}});
        return {};
    };
    if (!submission.applicant.email.isEmpty()) {
        if (auto r = queue(MailKind::Confirmation, submission.applicant.email); !r.ok())
            return r.error();
    }
    if (!eservice->functionalMailbox.isEmpty()) {
        if (auto r = queue(MailKind::FunctionalMailbox, eservice->functionalMailbox); !r.ok())
            return r.error();
    }
    if (auto r = OutboxRepository(m_db).enqueueAll(mails); !r.ok())
        return r.error();
    return IntakeReceipt{*caseId, *reference, int(mails.size())};
}

} // namespace casedesk
