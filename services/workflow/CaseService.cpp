// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseService.h"

#include "CaseChangeStatement.h"
#include "CaseReading.h"
#include "CaseWork.h"
#include "core/Logging.h"
#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "messaging/MessagingRepository.h"
#include "repositories/AuditRepository.h"
#include "repositories/CaseContentRepository.h"
#include "repositories/CaseRepository.h"
#include "repositories/RegisterRepository.h"

namespace casedesk {

Result<CaseDetail> CaseService::open(const QString& reference, bool markOpened) const
{
    if (m_db.sql().hasCaseFunctions()) {
        auto detail = openCaseInOneStatement(m_db, reference, markOpened);
        if (detail.ok() && !detail->notMarked.isEmpty())
            qCWarning(lcDb) << "case" << reference
                            << "is shown but was not marked opened:" << detail->notMarked.english();
        return detail;
    }
    auto read = readCaseInSnapshot(m_db, reference);
    if (!read.ok())
        return read.error();
    CaseDetail detail = std::move(read->detail);
    if (auto marked = markAsOpened(detail, markOpened, read->openedRecently); !marked.ok()) {
        // The reading stands: the person sees the case and is told it went unrecorded.
        detail.notMarked = marked.error().text;
        qCWarning(lcDb) << "case" << reference
                        << "is shown but was not marked opened:" << detail.notMarked.english();
    }
    return detail;
}

VoidResult CaseService::recordPersonalNumbersShown(const QString& reference) const
{
    return RegisterRepository(m_db).recordPersonalNumbersShown(reference);
}

VoidResult CaseService::requestRegisterLookup(const QString& reference, const QString& personalNumber) const
{
    // The embedded file's one user may do anything; a reader's connection to PostgreSQL is
    // refused by the database itself. On SQLite, the rule of the workflow core applies.
    if (!m_db.sql().hasCaseFunctions()) {
        auto summary = CaseWork::find(m_db, reference);
        if (!summary.ok())
            return summary.error();
        auto mayWork = CaseWork::mayWork(m_db, *summary);
        if (!mayWork.ok())
            return mayWork.error();
        if (!*mayWork)
            return makeError(ErrorCode::PermissionDenied,
                             QT_TRANSLATE_NOOP("casedesk::Errors", "you may not work this case"));
    }
    auto requested = RegisterRepository(m_db).requestLookup(reference, personalNumber);
    if (!requested.ok())
        return requested.error();
    return {};
}

VoidResult CaseService::markAsOpened(CaseDetail& detail, bool markOpened, bool openedRecently) const
{
    const CaseSummary& summary = detail.summary;
    // A reader opening a case leaves it for the caseworkers: only someone who may work it (the
    // workflow core's rule) clears "needs action" and has now seen the applicant's new messages.
    const bool wouldMark = markOpened && (summary.needsAction || summary.unreadCount > 0);
    const auto mayWork = wouldMark ? CaseWork::mayWork(m_db, summary) : Result<bool>(false);
    if (!mayWork.ok())
        return mayWork.error();
    // The audit row is once per person and case every five minutes, as the database's own
    // case.personal_data_read is: opening the same case again writes nothing. A file we may only
    // read cannot take it; its reader could read it with any SQLite tool, so the reading is not
    // refused (the caller says that it went unrecorded).
    const bool audit = !openedRecently && !m_db.isReadOnly();
    if (!*mayWork && !audit)
        return {};
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun();
    const qint64 id = summary.id;
    if (*mayWork && summary.needsAction) {
        if (auto r = CaseRepository(m_db).setNeedsAction(id, false); !r.ok())
            return r;
    }
    if (*mayWork && summary.unreadCount > 0) {
        if (auto marked = MessagingRepository(m_db).markInboundRead(id, QDateTime::currentDateTimeUtc());
            !marked.ok())
            return marked.error();
    }
    if (audit) {
        if (auto r = AuditRepository(m_db).append(m_db.currentUser(), QStringLiteral("case.opened"), id,
                                                  summary.reference);
            !r.ok())
            return r;
    }
    if (auto r = transaction.commit(); !r.ok())
        return r;
    if (*mayWork && summary.unreadCount > 0)
        detail.summary.unreadCount = 0;
    return {};
}

Result<CaseSummary> CaseService::changeStatus(const QString& reference, const QString& statusId,
                                              std::optional<int> expectedVersion, const QString& note) const
{
    // PostgreSQL: one statement that is its own transaction, with the same rules in the database.
    // Waiting for a supplement comes only with the request, as CaseWork says on SQLite (the
    // database refuses it without an open request: 0029, in the statement since 0030).
    if (m_db.sql().hasCaseFunctions()) {
        if (statusId == QLatin1String("waiting_supplement"))
            return CaseWork::waitingWithoutRequest();
        return changeStatusInOneStatement(m_db, reference, statusId, expectedVersion, note);
    }
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
    if (m_db.sql().hasCaseFunctions())
        return assignInOneStatement(m_db, reference, assignee, expectedVersion);
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
