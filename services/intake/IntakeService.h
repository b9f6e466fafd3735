#pragma once

#include "core/Result.h"
#include "domain/Submission.h"

namespace casedesk {

class Database;

struct IntakeReceipt
{
    qint64 caseId = 0;
    QString reference;
    int mailsQueued = 0;
};

// Stores a validated submission as a new case in one transaction: the case and everything it
// holds, the first history event, and the mails it causes (transactional outbox). A submission
// whose external id is already stored is a Conflict naming the existing reference.
class IntakeService
{
public:
    explicit IntakeService(const Database& db)
        : m_db(db)
    {}

    Result<IntakeReceipt> submit(const Submission& submission) const;

private:
    const Database& m_db;
};

} // namespace casedesk
