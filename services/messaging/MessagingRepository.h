// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "MessagingTypes.h"
#include "core/Result.h"

namespace casedesk {

class Database;

// SQL for messages, notes, supplement requests and decisions, and the case columns they keep
// (unread_count, supplement_due_at). Never opens transactions; the calling service does.
class MessagingRepository
{
public:
    explicit MessagingRepository(const Database& db)
        : m_db(db)
    {}

    Result<qint64> insertMessage(qint64 caseId, const QString& direction, const QString& kind,
                                 const QString& author, const QString& body, const QDateTime& sentAt) const;
    Result<QList<ThreadMessage>> messages(qint64 caseId) const; // with attachments
    Result<NoteRow> insertNote(qint64 caseId, const QString& author, const QString& body,
                               const QDateTime& now) const;
    Result<QList<NoteRow>> notes(qint64 caseId) const;
    // Marks unread inbound messages read and zeroes cases.unread_count. Returns how many.
    Result<int> markInboundRead(qint64 caseId, const QDateTime& now) const;

    Result<qint64> insertSupplementRequest(const SupplementRequest& request) const;
    Result<QList<SupplementRequest>> supplementRequests(qint64 caseId) const;

    Result<qint64> insertDecision(const Decision& decision) const;
    Result<QList<Decision>> decisions(qint64 caseId) const;

    // Bumps version and last_activity_at of the case row, guarded by `expectedVersion`
    // (Conflict when it moved on); optionally sets supplement_due_at (invalid date: NULL).
    VoidResult touchCase(qint64 caseId, int expectedVersion, const QDateTime& now) const;
    VoidResult setSupplementDue(qint64 caseId, const QDate& due) const;
    // The applicant's e-mail for automatic mails (empty when none), read through case_applicants.
    Result<QString> applicantEmail(qint64 caseId) const;

private:
    const Database& m_db;
};

} // namespace casedesk
