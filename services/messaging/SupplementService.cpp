// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SupplementService.h"

#include "MessagingRepository.h"
#include "MessagingSupport.h"
#include "db/Database.h"
#include "intake/IntakeLimits.h"
#include "workflow/CaseWork.h"

namespace casedesk {

Result<SupplementRequest> SupplementService::request(const QString& reference, const QString& text,
                                                     const QDate& dueDate,
                                                     std::optional<int> expectedVersion) const
{
    auto body = messaging::checkText(text, QStringLiteral("text"), IntakeLimits{}.maxMultiLineLength);
    if (!body.ok())
        return body.error();
    const QDate today = QDate::currentDate();
    if (!dueDate.isValid())
        return makeError(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "must be a date (YYYY-MM-DD)"),
                         QStringLiteral("due"));
    if (dueDate < today)
        return makeError(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "must be today or later"),
                         QStringLiteral("due"));
    if (dueDate > today.addYears(1))
        return makeError(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "must be within a year"),
                         QStringLiteral("due"));

    CaseWork work(m_db);
    if (auto r = work.begin(reference, expectedVersion); !r.ok())
        return r.error();
    const CaseSummary& summary = work.summary();
    const MessagingRepository repo(m_db);
    auto existing = repo.supplementRequests(summary.id);
    if (!existing.ok())
        return existing.error();
    for (const SupplementRequest& r : *existing)
        if (r.open())
            return makeError(
                ErrorCode::Conflict,
                {QT_TRANSLATE_NOOP("casedesk::Errors", "a supplement request (due %1) is still open"),
                 {r.dueDate.toString(Qt::ISODate)}});

    work.supplementRequested();
    if (auto moved = work.moveStatus(QStringLiteral("waiting_supplement")); !moved.ok())
        return moved.error();
    SupplementRequest request;
    request.caseId = summary.id;
    request.text = *body;
    request.dueDate = dueDate;
    request.requestedBy = m_db.currentUser();
    request.requestedAt = work.now();
    auto messageId = repo.insertMessage(summary.id, QStringLiteral("out"), MessageKind::supplementRequest(),
                                        request.requestedBy, request.text, work.now());
    if (!messageId.ok())
        return messageId.error();
    request.messageId = *messageId;
    auto id = repo.insertSupplementRequest(request);
    if (!id.ok())
        return id.error();
    request.id = *id;
    if (auto r = repo.setSupplementDue(summary.id, dueDate); !r.ok())
        return r.error();
    work.record(QStringLiteral("supplement_requested"),
                QStringLiteral("due %1").arg(dueDate.toString(Qt::ISODate)));
    work.notifyApplicant(MailKind::SupplementRequested, dueDate);
    if (auto r = work.finish(); !r.ok())
        return r.error();
    return request;
}

Result<QList<SupplementRequest>> SupplementService::requests(const QString& reference) const
{
    auto summary = CaseWork::find(m_db, reference);
    if (!summary.ok())
        return summary.error();
    return MessagingRepository(m_db).supplementRequests(summary->id);
}

} // namespace casedesk
