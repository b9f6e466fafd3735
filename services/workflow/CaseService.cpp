#include "CaseService.h"

#include "CaseWork.h"
#include "access/AccessService.h"
#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "domain/SignatureVerifier.h"
#include "messaging/MessagingRepository.h"
#include "repositories/AuditRepository.h"
#include "repositories/CaseContentRepository.h"
#include "repositories/CaseRepository.h"

#include <tuple>

namespace casedesk {

Result<CaseDetail> CaseService::open(const QString& reference, bool markOpened) const
{
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun().error();
    auto summary = CaseWork::find(m_db, reference);
    if (!summary.ok())
        return summary.error();

    CaseDetail detail;
    detail.summary = *summary;
    const qint64 id = summary->id;
    const CaseContentRepository content(m_db);
    auto applicant = content.applicant(id);
    auto pages = content.form(id);
    auto signatures = content.signatures(id);
    auto required = content.requiredSigners(id);
    auto attachments = content.attachments(id);
    auto messages = content.messages(id);
    auto notes = content.notes(id);
    auto events = CaseRepository(m_db).events(id);
    for (const Error* e :
         {applicant.ok() ? nullptr : &applicant.error(), pages.ok() ? nullptr : &pages.error(),
          signatures.ok() ? nullptr : &signatures.error(), required.ok() ? nullptr : &required.error(),
          attachments.ok() ? nullptr : &attachments.error(), messages.ok() ? nullptr : &messages.error(),
          notes.ok() ? nullptr : &notes.error(), events.ok() ? nullptr : &events.error()}) {
        if (e)
            return *e;
    }
    detail.applicant = *applicant;
    if (summary->protectedIdentity) {
        auto seeProtected = AccessService(m_db).canSeeProtected();
        if (!seeProtected.ok())
            return seeProtected.error();
        detail.contentHidden = !*seeProtected;
    }
    detail.pages = *pages;
    detail.signatures = verifySignatures(*pages, *signatures, *required).rows;
    detail.attachments = *attachments;
    detail.messages = *messages;
    detail.notes = *notes;
    detail.events = *events;

    auto origin = CaseRepository(m_db).origin(id);
    if (!origin.ok())
        return origin.error();
    std::tie(detail.source, detail.externalId) = *origin;

    // A reader opening a case leaves it for the caseworkers: only someone who may work it (the
    // workflow core's rule) clears "needs action" and has now seen the applicant's new messages.
    const bool wouldMark = markOpened && (summary->needsAction || summary->unreadCount > 0);
    const auto mayWork = wouldMark ? CaseWork::mayWork(m_db, *summary) : Result<bool>(false);
    if (!mayWork.ok())
        return mayWork.error();
    if (*mayWork && summary->needsAction) {
        if (auto r = CaseRepository(m_db).setNeedsAction(id, false); !r.ok())
            return r.error();
    }
    if (*mayWork && summary->unreadCount > 0) {
        auto marked = MessagingRepository(m_db).markInboundRead(id, QDateTime::currentDateTimeUtc());
        if (!marked.ok())
            return marked.error();
        detail.summary.unreadCount = 0;
    }
    // A file we may only read cannot take the audit row. Its reader could read it with any
    // SQLite tool, so the reading is not refused; the caller says that it went unrecorded.
    if (!m_db.isReadOnly()) {
        if (auto r = AuditRepository(m_db).append(m_db.currentUser(), QStringLiteral("case.opened"), id,
                                                  reference);
            !r.ok())
            return r.error();
    }
    if (auto r = transaction.commit(); !r.ok())
        return r.error();
    return detail;
}

Result<CaseSummary> CaseService::changeStatus(const QString& reference, const QString& statusId,
                                              std::optional<int> expectedVersion, const QString& note) const
{
    CaseWork work(m_db);
    if (auto r = work.begin(reference, expectedVersion); !r.ok())
        return r.error();
    if (auto r = work.moveStatus(statusId); !r.ok())
        return r.error();
    work.record(QStringLiteral("status_changed"), note);
    // An e-service may tell the applicant that the case is closed.
    work.announceClosing();
    auto updated = work.current();
    if (!updated.ok())
        return updated.error();
    if (auto r = work.finish(); !r.ok())
        return r.error();
    return updated;
}

Result<CaseSummary> CaseService::assign(const QString& reference, const QString& assignee,
                                        std::optional<int> expectedVersion) const
{
    CaseWork work(m_db);
    if (auto r = work.begin(reference, expectedVersion); !r.ok())
        return r.error();
    if (auto r = work.assign(assignee); !r.ok())
        return r.error();
    work.record(assignee.isEmpty() ? QStringLiteral("unassigned") : QStringLiteral("assigned"), assignee);
    auto updated = work.current();
    if (!updated.ok())
        return updated.error();
    if (auto r = work.finish(); !r.ok())
        return r.error();
    return updated;
}

Result<QByteArray> CaseService::readAttachment(const CaseSummary& owner, qint64 attachmentId,
                                               const QString& action) const
{
    auto content = CaseContentRepository(m_db).attachmentContent(owner.id, attachmentId);
    if (!content.ok())
        return content.error();
    if (auto r = AuditRepository(m_db).append(m_db.currentUser(), action, owner.id, owner.reference,
                                              QStringLiteral("attachment %1").arg(attachmentId));
        !r.ok())
        return r.error();
    return content;
}

} // namespace casedesk
