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
    VoidResult commit();

private:
    const Database& m_db;
    VoidResult m_begun;
    bool m_active = false;
};

} // namespace casedesk
