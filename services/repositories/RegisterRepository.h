// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "domain/CaseTypes.h"

namespace casedesk {

class Database;

// What Navet answered about a case's people (register_entries, migration 0024), and the audited
// showing of the case's personal numbers. On PostgreSQL both go through the database's functions
// (casedesk_record_register_entry, casedesk_show_personal_numbers), which decide who may; on an
// embedded file, whose one user holds everything, CaseDesk writes the same rows itself.
class RegisterRepository
{
public:
    explicit RegisterRepository(const Database& db)
        : m_db(db)
    {}

    // The case's entries, oldest fetch first. The embedded file only: PostgreSQL gives them in
    // the case document (casedesk_read_case).
    Result<QList<RegisterEntry>> list(qint64 caseId) const;

    // Stores `person` on the case `reference` in one transaction: the entry (replacing an earlier
    // one of the same person), the audit row 'case.register_fetched', a new version of the case
    // and, when Navet says the identity is protected, the case's protected identity with the audit
    // row 'case.protected_by_register'. Refused (nothing changes) when the case does not name the
    // person as applicant, party or signer. Returns whether the case became protected now.
    Result<bool> record(const QString& reference, const NavetPerson& person) const;

    // The person looked at the personal numbers of `reference`: the audit row
    // 'case.personal_number_shown'. NotFound when the case is not one the person may read in full.
    VoidResult recordPersonalNumbersShown(const QString& reference) const;

    // --- "Fetch from Navet" (register_requests, migration 0025) ---
    // Queues a lookup, for the background service, of the person `personalNumber` (one the case
    // names: PermissionDenied otherwise) or, when it is empty, of every person the case names. One
    // request waits per case: a second while it waits makes it cover both (everyone, unless both
    // are about the same person). Only someone who may work the case (NotFound otherwise).
    Result<qint64> requestLookup(const QString& reference, const QString& personalNumber = {}) const;
    struct WaitingRequest
    {
        qint64 id = 0;
        QString reference;
        QString personalNumber; // the one person asked about; empty: everyone the case names
    };
    // The background service's: the oldest waiting requests.
    Result<QList<WaitingRequest>> waitingRequests(int limit) const;
    // The background service's: answered, with why not when `failure` is not empty. The case
    // gets a new version (open windows read it again).
    VoidResult answerRequest(qint64 id, const QString& failure) const;
    // The case's latest request (the embedded file; PostgreSQL gives it in the case document).
    Result<std::optional<RegisterRequest>> latestRequest(qint64 caseId) const;

private:
    Result<bool> recordEmbedded(const QString& reference, const NavetPerson& person) const;

    const Database& m_db;
};

} // namespace casedesk
