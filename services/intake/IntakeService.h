// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "domain/Submission.h"

#include <vector>

namespace casedesk {

class Database;

struct IntakeReceipt
{
    qint64 caseId = 0;
    QString reference;
    int mailsQueued = 0;
};

// Stores validated submissions as new cases: the case and everything it holds, the first
// history event, and the mails it causes (transactional outbox). A submission whose external id
// is already stored is a Conflict naming the existing reference.
class IntakeService
{
public:
    // Most submissions submitBatch takes at once. On PostgreSQL each submission of a batch is a
    // subtransaction (its savepoint); past 64 of them in one transaction every other session's
    // snapshots overflow into pg_subtrans, which slows everyone's reads while the batch runs.
    static constexpr int kMaxBatch = 50;

    explicit IntakeService(const Database& db)
        : m_db(db)
    {}

    // One submission in one transaction of its own.
    Result<IntakeReceipt> submit(const Submission& submission) const;

    // Up to kMaxBatch submissions in one transaction, each inside a savepoint of its own (on
    // PostgreSQL all in one statement, each in a subtransaction of the database's): a
    // submission that is refused (a duplicate, a file type off the e-service's list, a row the
    // database refuses) leaves nothing behind and the others are stored; nothing is stored
    // unless the whole transaction commits, so a crash mid-batch leaves no case, half or whole.
    // The search index is filled once for the batch's cases, before the commit. One outcome per
    // submission, in order; an error for the whole batch (BEGIN or COMMIT failed, the connection
    // was lost) when nothing of it was stored, or, with isUnknownCommitOutcome(), when the
    // connection broke during COMMIT and every outcome that was a receipt may be stored.
    Result<std::vector<Result<IntakeReceipt>>> submitBatch(const QList<Submission>& submissions) const;

private:
    const Database& m_db;
};

} // namespace casedesk
