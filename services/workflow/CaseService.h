// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "domain/CaseTypes.h"

#include <optional>

namespace casedesk {

class Database;

// What a caseworker does with one case: open it (logged), move it through its statuses. The
// rules of every write (access, version, history, mails) are CaseWork's.
class CaseService
{
public:
    explicit CaseService(const Database& db)
        : m_db(db)
    {}

    // Everything about the case but attachment contents; signatures re-checked against the
    // stored form. Reading takes no write lock (a snapshot; on PostgreSQL one statement). Then,
    // in a short write of its own, opening is recorded in the audit log (once per person and case
    // every five minutes) and, when `markOpened` is set (a caseworker looked at it, not a
    // script), clears "needs action" and marks the applicant's messages read. When that write
    // fails the case is returned all the same, with the reason in CaseDetail::notMarked.
    Result<CaseDetail> open(const QString& reference, bool markOpened) const;

    // The person looks at the case's personal numbers in full: one audit row
    // 'case.personal_number_shown' each time (RegisterRepository). NotFound for a case the person
    // may not read in full (a protected identity without that right).
    VoidResult recordPersonalNumbersShown(const QString& reference) const;

    // "Fetch from Navet": queues a lookup of every person the case names (or only of
    // `personalNumber`, one of them) for the background service, which holds the organisation's
    // certificate; the answers come as a new version of the case. Only someone who may work it.
    VoidResult requestRegisterLookup(const QString& reference, const QString& personalNumber = {}) const;

    // Moves the case to `statusId` if its e-service allows that transition. With
    // `expectedVersion` the change is refused (Conflict) when somebody else changed the case
    // since that version was read; the message says what changed. On PostgreSQL this and
    // assign() are one statement, one round trip (CaseChangeStatement.h); on SQLite CaseWork.
    Result<CaseSummary> changeStatus(const QString& reference, const QString& statusId,
                                     std::optional<int> expectedVersion, const QString& note) const;

    // Takes the case (assignee = current user) or hands it to someone else; "" unassigns.
    Result<CaseSummary> assign(const QString& reference, const QString& assignee,
                               std::optional<int> expectedVersion) const;

    // An attachment's content, for preview, saving or opening; each read is audited with `action`
    // ("attachment.previewed", "attachment.saved", "attachment.opened").
    Result<QByteArray> readAttachment(const CaseSummary& owner, qint64 attachmentId,
                                      const QString& action) const;

private:
    VoidResult markAsOpened(CaseDetail& detail, bool markOpened, bool openedRecently) const;

    const Database& m_db;
};

} // namespace casedesk
