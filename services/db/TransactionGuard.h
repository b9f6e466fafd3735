// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

namespace casedesk {

class Database;

// Begins a transaction and rolls it back unless commit() was called: every write is one
// transaction, and an early return or error can never leave half a change behind.
class TransactionGuard
{
public:
    explicit TransactionGuard(const Database& db);
    ~TransactionGuard();

    TransactionGuard(const TransactionGuard&) = delete;
    TransactionGuard& operator=(const TransactionGuard&) = delete;

    // Did BEGIN succeed? Check before doing work.
    const VoidResult& begun() const { return m_begun; }
    // When the connection breaks during COMMIT, the server may have committed before its answer
    // was lost: the error (Unavailable) then says so, and isUnknownCommitOutcome() is true.
    VoidResult commit();

private:
    const Database& m_db;
    VoidResult m_begun;
    bool m_active = false;
};

// Was this error a COMMIT whose answer was lost, so that the change may or may not be stored?
// Any other failure inside a TransactionGuard certainly stored nothing.
bool isUnknownCommitOutcome(const Error& error);

// A write sent as one statement outside a transaction is its own transaction: when the connection
// broke while it ran, whether it was stored is not known either. Returns `error`, marked so that
// isUnknownCommitOutcome() is true in that case.
Error markUnknownOutcomeIfLost(const Database& db, const Error& error);

} // namespace casedesk
