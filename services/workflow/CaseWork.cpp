// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseWork.h"

#include "notifications/NotificationRepository.h"

#include "access/AccessService.h"
#include "db/Database.h"
#include "db/DatabaseRefusals.h"
#include "messaging/ApplicantMail.h"
#include "messaging/MessagingRepository.h"
#include "repositories/CaseRepository.h"
#include "repositories/StatusRepository.h"

#include <algorithm>

namespace casedesk {

CaseWork::CaseWork(const Database& db)
    : m_db(db)
{}

Result<CaseSummary> CaseWork::find(const Database& db, const QString& reference)
{
    auto summary = CaseRepository(db).findSummary(reference);
    if (!summary.ok())
        return summary.error();
    if (!summary->has_value())
        return makeError(ErrorCode::NotFound,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "no case with reference %1"), {reference}},
                         QStringLiteral("reference"));
    return **summary;
}

VoidResult CaseWork::requireWork(const Database& db, const CaseSummary& summary)
{
    const AccessService access(db);
    auto may = access.canWork(summary.eserviceId);
    if (!may.ok())
        return may.error();
    if (!*may)
        return makeError(
            ErrorCode::PermissionDenied,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "you may not work cases of the e-service '%1'"),
             {summary.eserviceName}});
    // Nobody works a protected case blind: without the right to see the identity, the case is
    // read-only (on PostgreSQL row-level security leaves such a case out of every UPDATE).
    if (summary.protectedIdentity) {
        auto see = access.canSeeProtected();
        if (!see.ok())
            return see.error();
        if (!*see)
            return makeError(ErrorCode::PermissionDenied,
                             QT_TRANSLATE_NOOP("casedesk::Errors",
                                               "the case has a protected identity, which you may not see"));
    }
    return {};
}

Result<bool> CaseWork::mayWork(const Database& db, const CaseSummary& summary)
{
    const VoidResult r = requireWork(db, summary);
    if (r.ok())
        return true;
    if (r.error().code == ErrorCode::PermissionDenied)
        return false;
    return r.error();
}

VoidResult CaseWork::begin(const QString& reference, std::optional<int> expectedVersion)
{
    m_transaction.emplace(m_db);
    if (!m_transaction->begun().ok())
        return m_transaction->begun();
    auto summary = find(m_db, reference);
    if (!summary.ok())
        return summary.error();
    if (auto r = requireWork(m_db, *summary); !r.ok())
        return r;
    // Changes that do not race (a note, a message, a status change without an expected version)
    // must not conflict: wait for the row, then read the case as it is now and work from that.
    // Only an expected version the caller read earlier can be stale.
    auto locked = CaseRepository(m_db).lockForChange(summary->id);
    if (!locked.ok())
        return locked.error();
    if (*locked) {
        summary = find(m_db, reference);
        if (!summary.ok())
            return summary.error();
    }
    m_summary = *summary;
    m_expectedVersion = expectedVersion.value_or(m_summary.version);
    m_version = m_expectedVersion;
    m_now = QDateTime::currentDateTimeUtc();
    if (m_expectedVersion != m_summary.version)
        return describeConflict();
    return {};
}

Error CaseWork::describeConflict() const
{
    auto events = CaseRepository(m_db).events(m_summary.id);
    if (events.ok() && !events->isEmpty()) {
        const EventRow& last = events->constLast();
        return makeError(ErrorCode::Conflict,
                         changedSinceOpened(m_expectedVersion, last.kind, last.toStatusId, last.actor,
                                            last.occurredAt.toString(Qt::ISODate)));
    }
    return makeError(
        ErrorCode::Conflict,
        {QT_TRANSLATE_NOOP("casedesk::Errors",
                           "the case was changed by someone else since you opened it (version %1)"),
         {m_expectedVersion}});
}

VoidResult CaseWork::bumped(const VoidResult& update)
{
    if (!update.ok())
        return update.error().code == ErrorCode::Conflict ? describeConflict() : update.error();
    ++m_version;
    return {};
}

Error CaseWork::waitingWithoutRequest()
{
    return makeError(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("casedesk::Errors",
                                       "a case waits for a supplement by requesting one "
                                       "(Request supplement…, casedeskctl supplement-request)"),
                     QStringLiteral("status"));
}

Result<Status> CaseWork::moveStatus(const QString& statusId)
{
    const StatusRepository statuses(m_db);
    auto target = statuses.find(statusId);
    if (!target.ok())
        return target.error();
    if (!target->has_value())
        return makeError(ErrorCode::InvalidInput,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "no status '%1'"), {statusId}},
                         QStringLiteral("status"));
    // "Decided" means a decision exists: a case gets there only with the decision.
    if (statusId == QLatin1String("decided") && !m_decisionRecorded)
        return makeError(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("casedesk::Errors",
                              "a case becomes 'decided' by recording a decision (casedeskctl decide)"),
            QStringLiteral("status"));
    // Waiting for a supplement means the applicant was asked for it, by a due date, with a mail.
    if (statusId == QLatin1String("waiting_supplement") && !m_supplementRequested)
        return waitingWithoutRequest();
    const QString from = m_movedTo ? m_movedTo->id : m_summary.statusId;
    auto allowed = statuses.allowedNext(from, m_summary.eserviceId);
    if (!allowed.ok())
        return allowed.error();
    const bool permitted =
        std::any_of(allowed->begin(), allowed->end(), [&](const Status& s) { return s.id == statusId; });
    if (!permitted) {
        QStringList names;
        for (const Status& s : *allowed)
            names << s.id;
        return makeError(ErrorCode::InvalidInput, transitionNotAllowed(from, statusId, names),
                         QStringLiteral("status"));
    }
    if (auto r = bumped(CaseRepository(m_db).updateStatus(m_summary.id, m_version, statusId,
                                                          (*target)->kind == StatusKind::Closed, m_now));
        !r.ok())
        return r.error();
    m_movedTo = **target;
    return **target;
}

VoidResult CaseWork::assign(const QString& assignee)
{
    if (auto r = bumped(CaseRepository(m_db).setAssignee(m_summary.id, m_version, assignee, m_now)); !r.ok())
        return r;
    // The new assignee is told (PostgreSQL's trigger does this itself).
    return NotificationRepository(m_db).assignedOnEmbedded(m_summary.id, assignee, m_db.currentUser());
}

VoidResult CaseWork::touch()
{
    return bumped(MessagingRepository(m_db).touchCase(m_summary.id, m_version, m_now));
}

void CaseWork::record(const QString& kind, const QString& detail)
{
    m_eventKind = kind;
    m_eventDetail = detail;
}

void CaseWork::notifyApplicant(MailKind kind, const QDate& dueDate)
{
    m_mails.append({kind, dueDate});
}

Result<CaseSummary> CaseWork::current() const
{
    return find(m_db, m_summary.reference);
}

VoidResult CaseWork::finish()
{
    if (!m_transaction || !m_transaction->begun().ok())
        return makeError(ErrorCode::Internal,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "the work on the case was not begun"));
    if (m_movedTo && m_eventKind.isEmpty())
        return makeError(ErrorCode::Internal,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "a status change needs its history event"));
    if (!m_eventKind.isEmpty()) {
        EventRow event;
        event.occurredAt = m_now;
        event.actor = m_db.currentUser();
        event.kind = m_eventKind;
        event.detail = m_eventDetail;
        if (m_movedTo) {
            event.fromStatusId = m_summary.statusId;
            event.toStatusId = m_movedTo->id;
        }
        if (auto r = CaseRepository(m_db).addEvent(m_summary.id, event); !r.ok())
            return r;
    }
    // Mails are queued in this transaction so that they go exactly when the change lands.
    for (const auto& [kind, due] : std::as_const(m_mails)) {
        if (auto r = queueApplicantMail(m_db, m_summary, kind, due); !r.ok())
            return r.error();
    }
    if (m_announceClosing && m_movedTo) {
        if (auto r = queueStatusAnnouncement(m_db, m_summary, m_movedTo->kind); !r.ok())
            return r.error();
    }
    return m_transaction->commit();
}

} // namespace casedesk
