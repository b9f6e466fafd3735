#include "CaseService.h"

#include "access/AccessService.h"
#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "domain/SignatureVerifier.h"
#include "messaging/ApplicantMail.h"
#include "messaging/MessagingRepository.h"
#include "repositories/AuditRepository.h"
#include "repositories/CaseContentRepository.h"
#include "repositories/CaseRepository.h"
#include "repositories/StatusRepository.h"

#include <algorithm>
#include <tuple>

namespace casedesk {

Result<CaseSummary> CaseService::requireCase(const QString& reference) const
{
    auto summary = CaseRepository(m_db).findSummary(reference);
    if (!summary.ok())
        return summary.error();
    if (!summary->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no case with reference %1").arg(reference));
    return **summary;
}

Result<CaseDetail> CaseService::open(const QString& reference, bool markOpened) const
{
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun().error();
    auto summary = requireCase(reference);
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

    // A reader opening a case leaves it for the caseworkers: only work clears "needs action".
    const auto mayWork = markOpened && summary->needsAction ? AccessService(m_db).canWork(summary->eserviceId)
                                                            : Result<bool>(false);
    if (!mayWork.ok())
        return mayWork.error();
    if (*mayWork) {
        if (auto r = CaseRepository(m_db).setNeedsAction(id, false); !r.ok())
            return r.error();
    }
    // A caseworker who may work the case has now seen the applicant's new messages.
    const auto mayRead = markOpened && summary->unreadCount > 0
                             ? AccessService(m_db).canWork(summary->eserviceId)
                             : Result<bool>(false);
    if (!mayRead.ok())
        return mayRead.error();
    if (*mayRead) {
        auto marked = MessagingRepository(m_db).markInboundRead(id, QDateTime::currentDateTimeUtc());
        if (!marked.ok())
            return marked.error();
        detail.summary.unreadCount = 0;
    }
    if (auto r =
            AuditRepository(m_db).append(m_db.currentUser(), QStringLiteral("case.opened"), id, reference);
        !r.ok())
        return r.error();
    if (auto r = transaction.commit(); !r.ok())
        return r.error();
    return detail;
}

VoidResult CaseService::requireWork(const CaseSummary& summary) const
{
    auto may = AccessService(m_db).canWork(summary.eserviceId);
    if (!may.ok())
        return may.error();
    if (!*may)
        return makeError(
            ErrorCode::PermissionDenied,
            QStringLiteral("you may not change cases of the e-service '%1'").arg(summary.eserviceName));
    return {};
}

Error CaseService::describeConflict(qint64 caseId, int expectedVersion) const
{
    auto events = CaseRepository(m_db).events(caseId);
    QString what = QStringLiteral("the case was changed by someone else since you opened it (version %1)")
                       .arg(expectedVersion);
    if (events.ok() && !events->isEmpty()) {
        const EventRow& last = events->constLast();
        what +=
            QStringLiteral("; last change: %1 by %2 at %3")
                .arg(last.toStatusId.isEmpty() ? last.kind : QStringLiteral("status %1").arg(last.toStatusId),
                     last.actor, last.occurredAt.toString(Qt::ISODate));
    }
    return makeError(ErrorCode::Conflict, what);
}

Result<CaseSummary> CaseService::changeStatus(const QString& reference, const QString& statusId,
                                              std::optional<int> expectedVersion, const QString& note) const
{
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun().error();
    auto current = requireCase(reference);
    if (!current.ok())
        return current.error();
    if (auto r = requireWork(*current); !r.ok())
        return r.error();
    const int version = expectedVersion.value_or(current->version);
    if (version != current->version)
        return describeConflict(current->id, version);

    const StatusRepository statuses(m_db);
    auto target = statuses.find(statusId);
    if (!target.ok())
        return target.error();
    if (!target->has_value())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no status '%1'").arg(statusId),
                         QStringLiteral("status"));
    // "Decided" means a decision exists: only DecisionService moves a case there, with the decision.
    if (statusId == QLatin1String("decided"))
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("a case becomes 'decided' by recording a decision (casedeskctl decide)"),
            QStringLiteral("status"));
    auto allowed = statuses.allowedNext(current->statusId, current->eserviceId);
    if (!allowed.ok())
        return allowed.error();
    const bool permitted =
        std::any_of(allowed->begin(), allowed->end(), [&](const Status& s) { return s.id == statusId; });
    if (!permitted) {
        QStringList names;
        for (const Status& s : *allowed)
            names << s.id;
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("a case in '%1' cannot move to '%2'; allowed: %3")
                .arg(current->statusId, statusId,
                     names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "))),
            QStringLiteral("status"));
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const CaseRepository cases(m_db);
    if (auto r =
            cases.updateStatus(current->id, version, statusId, (*target)->kind == StatusKind::Closed, now);
        !r.ok())
        return r.error().code == ErrorCode::Conflict ? describeConflict(current->id, version) : r.error();
    EventRow event;
    event.occurredAt = now;
    event.actor = m_db.currentUser();
    event.kind = QStringLiteral("status_changed");
    event.fromStatusId = current->statusId;
    event.toStatusId = statusId;
    event.detail = note;
    if (auto r = cases.addEvent(current->id, event); !r.ok())
        return r.error();
    auto updated = requireCase(reference);
    if (!updated.ok())
        return updated.error();
    // An e-service may tell the applicant that the case is closed; the mail is queued in this
    // transaction so that it goes exactly when the change lands.
    if (auto r = queueStatusAnnouncement(m_db, *updated, (*target)->kind); !r.ok())
        return r.error();
    if (auto r = transaction.commit(); !r.ok())
        return r.error();
    return updated;
}

Result<CaseSummary> CaseService::assign(const QString& reference, const QString& assignee,
                                        std::optional<int> expectedVersion) const
{
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun().error();
    auto current = requireCase(reference);
    if (!current.ok())
        return current.error();
    if (auto r = requireWork(*current); !r.ok())
        return r.error();
    const int version = expectedVersion.value_or(current->version);
    if (version != current->version)
        return describeConflict(current->id, version);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const CaseRepository cases(m_db);
    if (auto r = cases.setAssignee(current->id, version, assignee, now); !r.ok())
        return r.error().code == ErrorCode::Conflict ? describeConflict(current->id, version) : r.error();
    EventRow event;
    event.occurredAt = now;
    event.actor = m_db.currentUser();
    event.kind = assignee.isEmpty() ? QStringLiteral("unassigned") : QStringLiteral("assigned");
    event.detail = assignee;
    if (auto r = cases.addEvent(current->id, event); !r.ok())
        return r.error();
    auto updated = requireCase(reference);
    if (!updated.ok())
        return updated.error();
    if (auto r = transaction.commit(); !r.ok())
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
