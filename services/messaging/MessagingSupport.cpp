#include "MessagingSupport.h"

#include "access/AccessService.h"
#include "db/Database.h"
#include "intake/TextRules.h"
#include "repositories/CaseRepository.h"

namespace casedesk::messaging {

Result<CaseSummary> requireCase(const Database& db, const QString& reference)
{
    auto summary = CaseRepository(db).findSummary(reference);
    if (!summary.ok())
        return summary.error();
    if (!summary->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no case with reference %1").arg(reference),
                         QStringLiteral("reference"));
    return **summary;
}

VoidResult requireWork(const Database& db, const CaseSummary& summary)
{
    const AccessService access(db);
    auto may = access.canWork(summary.eserviceId);
    if (!may.ok())
        return may.error();
    if (!*may)
        return makeError(
            ErrorCode::PermissionDenied,
            QStringLiteral("you may not work cases of the e-service '%1'").arg(summary.eserviceName));
    if (summary.protectedIdentity) {
        auto see = access.canSeeProtected();
        if (!see.ok())
            return see.error();
        if (!*see)
            return makeError(ErrorCode::PermissionDenied,
                             QStringLiteral("the case has a protected identity, which you may not see"));
    }
    return {};
}

VoidResult checkVersion(const Database& db, const CaseSummary& summary, std::optional<int> expectedVersion)
{
    if (!expectedVersion || *expectedVersion == summary.version)
        return {};
    QString what = QStringLiteral("the case was changed by someone else since you opened it (version %1)")
                       .arg(*expectedVersion);
    auto events = CaseRepository(db).events(summary.id);
    if (events.ok() && !events->isEmpty()) {
        const EventRow& last = events->constLast();
        what += QStringLiteral("; last change: %1 by %2 at %3")
                    .arg(last.kind, last.actor, last.occurredAt.toString(Qt::ISODate));
    }
    return makeError(ErrorCode::Conflict, what);
}

VoidResult addEvent(const Database& db, qint64 caseId, const QString& kind, const QString& detail,
                    const QDateTime& now, const QString& fromStatus, const QString& toStatus)
{
    EventRow event;
    event.occurredAt = now;
    event.actor = db.currentUser();
    event.kind = kind;
    event.detail = detail;
    event.fromStatusId = fromStatus;
    event.toStatusId = toStatus;
    return CaseRepository(db).addEvent(caseId, event);
}

Result<QString> checkText(const QString& text, const QString& field, int maxLength, bool allowEmpty)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() && !allowEmpty)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("must not be empty"), field);
    if (VoidResult r = checkMultiLine(trimmed, field, maxLength); !r.ok())
        return r.error();
    return trimmed;
}

} // namespace casedesk::messaging

#include "repositories/StatusRepository.h"

namespace casedesk::messaging {

Result<Status> moveStatus(const Database& db, const CaseSummary& summary, const QString& statusId,
                          const QDateTime& now)
{
    const StatusRepository statuses(db);
    auto target = statuses.find(statusId);
    if (!target.ok())
        return target.error();
    if (!target->has_value())
        return makeError(ErrorCode::Internal, QStringLiteral("the status '%1' is missing").arg(statusId));
    auto allowed = statuses.allowedNext(summary.statusId, summary.eserviceId);
    if (!allowed.ok())
        return allowed.error();
    bool permitted = false;
    for (const Status& s : *allowed)
        permitted = permitted || s.id == statusId;
    if (!permitted)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("a case in '%1' cannot move to '%2'").arg(summary.statusId, statusId),
                         QStringLiteral("status"));
    if (auto r = CaseRepository(db).updateStatus(summary.id, summary.version, statusId,
                                                 (*target)->kind == StatusKind::Closed, now);
        !r.ok())
        return r.error();
    return **target;
}

} // namespace casedesk::messaging
