// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
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

Result<MailText> IntakeWriter::mailTemplate(const EService& eservice, MailKind kind)
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
    return *known;
}

void IntakeWriter::forgetReads()
{
    m_eservices.clear();
    m_prefix.reset();
    m_templates.clear();
}

namespace {

// A duplicate: the portal may hand a case over twice (casedeskctl submit reports it, exit 0).
Error duplicateOf(const QString& reference, const QString& externalId)
{
    return makeError(ErrorCode::Conflict,
                     {QT_TRANSLATE_NOOP("casedesk::Errors", "already stored as %1 (external id %2)"),
                      {reference, externalId}},
                     QStringLiteral("externalId"));
}

Result<IntakeReceipt> receiptOf(const Result<StoredCase>& stored, const Submission& submission)
{
    if (!stored.ok())
        return stored.error();
    if (stored->refused)
        return *stored->refused;
    if (!stored->duplicateOf.isEmpty())
        return duplicateOf(stored->duplicateOf, submission.externalId);
    return stored->receipt;
}

} // namespace

bool IntakeWriter::storesBatchesInOneStatement() const
{
    return !m_db.sql().isEmbedded();
}

Result<IntakeReceipt> IntakeWriter::store(const Submission& submission)
{
    const QString source = submissionSourceId(submission.source);
    // On a server every statement is a round trip: there the database checks for the duplicate
    // within the one statement that stores the case.
    const bool oneStatement = !m_db.sql().isEmbedded();
    if (!oneStatement) {
        auto existing = CaseRepository(m_db).referenceForExternalId(source, submission.externalId);
        if (!existing.ok())
            return existing.error();
        if (existing->has_value())
            return duplicateOf(**existing, submission.externalId);
    }

    auto newCase = prepare(submission, source);
    if (!newCase.ok())
        return newCase.error();
    if (!oneStatement)
        return storeRows(*newCase);
    return receiptOf(storeInOneStatement(m_db, *newCase), submission);
}

Result<std::vector<Result<IntakeReceipt>>> IntakeWriter::storeAll(const QList<Submission>& submissions)
{
    std::vector<std::optional<Result<IntakeReceipt>>> outcomes(std::size_t(submissions.size()));
    std::vector<NewCase> ready;
    std::vector<std::size_t> readyAt;
    for (qsizetype i = 0; i < submissions.size(); ++i) {
        const Submission& submission = submissions.at(i);
        auto newCase = prepare(submission, submissionSourceId(submission.source));
        if (newCase.ok()) {
            ready.push_back(std::move(*newCase));
            readyAt.push_back(std::size_t(i));
        } else if (m_readFailed) {
            // A statement failed outside the function's subtransactions: the transaction is
            // aborted, and with it the batch.
            return newCase.error();
        } else {
            outcomes[std::size_t(i)] = newCase.error(); // refused before anything was written
        }
    }
    if (!ready.empty()) {
        auto stored = storeAllInOneStatement(m_db, ready);
        if (!stored.ok())
            return stored.error();
        for (std::size_t k = 0; k < ready.size(); ++k)
            outcomes[readyAt[k]] = receiptOf((*stored)[k], *ready[k].submission);
    }
    std::vector<Result<IntakeReceipt>> result;
    result.reserve(outcomes.size());
    for (auto& outcome : outcomes)
        result.push_back(std::move(*outcome));
    return result;
}

Result<NewCase> IntakeWriter::prepare(const Submission& submission, const QString& source)
{
    // Every failure below but the file type rule's is a statement's.
    m_readFailed = true;
    auto eservice = this->eservice(submission);
    if (!eservice.ok())
        return eservice.error();
    NewCase c;
    c.submission = &submission;
    c.eserviceName = eservice->name;
    // The e-service's allowlist, and names that say what the content is.
    c.attachments = submission.attachments;
    auto renames = applyFileTypeRule(c.attachments, allowedFileTypes(eservice->allowedFileTypes),
                                     submission.eserviceId, QStringLiteral("attachments"));
    if (!renames.ok()) {
        m_readFailed = false;
        return renames.error();
    }

    c.now = QDateTime::currentDateTimeUtc();
    // The year of the reference is the Swedish calendar year: a case sent at 00:30 on New Year's
    // Day belongs to the new year although it is still the old one in UTC.
    static const QTimeZone sweden(QByteArrayLiteral("Europe/Stockholm"));
    const QDateTime local =
        sweden.isValid() ? submission.submittedAt.toTimeZone(sweden) : submission.submittedAt.toUTC();
    c.year = local.date().year();
    auto prefix = referencePrefix();
    if (!prefix.ok())
        return prefix.error();
    c.referencePrefix = *prefix;

    const SignatureVerification verification =
        verifySignatures(submission.pages, submission.signatures, submission.requiredSigners);
    c.row = NewCaseRow{{},
                       submission.eserviceId,
                       kInitialStatus,
                       source,
                       submission.externalId,
                       submission.applicant,
                       submission.submittedAt,
                       verification.state};

    EventRow submitted;
    submitted.occurredAt = c.now;
    submitted.actor = m_db.currentUser();
    submitted.kind = QStringLiteral("submitted");
    submitted.toStatusId = kInitialStatus;
    submitted.detail = submission.source == SubmissionSource::OpenEPlatform
                           ? QStringLiteral("Open ePlatform")
                           : QStringLiteral("casedesk.submission/1");
    c.events << submitted;
    for (const RenamedAttachment& rename : std::as_const(*renames)) {
        EventRow renamed;
        renamed.occurredAt = c.now;
        renamed.actor = m_db.currentUser();
        renamed.kind = QStringLiteral("attachment_renamed");
        renamed.detail = rename.from + QStringLiteral(" → ") + rename.to;
        c.events << renamed;
    }

    const auto queue = [&](MailKind kind, const QString& recipient) -> VoidResult {
        auto text = mailTemplate(*eservice, kind);
        if (!text.ok())
            return text.error();
        c.mails.append({kind, recipient, *text});
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
    m_readFailed = false;
    return c;
}

Result<IntakeReceipt> IntakeWriter::storeRows(const NewCase& c)
{
    const Submission& submission = *c.submission;
    const CaseRepository cases(m_db);
    auto reference = cases.nextReference(c.year, c.referencePrefix);
    if (!reference.ok())
        return reference.error();
    NewCaseRow row = c.row;
    row.reference = *reference;
    auto caseId = cases.insert(row, c.now);
    if (!caseId.ok()) {
        // A copy stored meanwhile by a concurrent intake (or earlier in the same batch): the
        // same answer as the check before.
        if (caseId.error().code == ErrorCode::Conflict &&
            caseId.error().field == QLatin1String("externalId")) {
            auto stored = cases.referenceForExternalId(row.source, row.externalId);
            if (stored.ok() && stored->has_value())
                return duplicateOf(**stored, row.externalId);
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
    for (const IncomingAttachment& attachment : c.attachments) {
        if (auto r = content.insertAttachment(*caseId, 0, attachment, c.now); !r.ok())
            return r.error();
    }
    if (auto r = cases.addEvents(*caseId, c.events); !r.ok())
        return r.error();

    QList<OutgoingMail> mails;
    for (const NewCase::Mail& mail : c.mails) {
        // Only the reference and the e-service's name: TemplateService refuses other placeholders.
        const MailText text = MailTemplates::fill(mail.unfilled, *reference, c.eserviceName);
        mails.append({0,
                      *caseId,
                      mailKindId(mail.kind),
                      mail.recipient,
                      text.subject,
                      text.body,
                      c.now,
                      0,
                      c.now,
                      {},
                      {},
                      {}});
    }
    if (auto r = OutboxRepository(m_db).enqueueAll(mails); !r.ok())
        return r.error();
    return IntakeReceipt{*caseId, *reference, int(mails.size())};
}

} // namespace casedesk
