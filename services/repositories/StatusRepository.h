#pragma once

#include "core/Result.h"
#include "domain/CaseTypes.h"

namespace casedesk {

class Database;

class StatusRepository
{
public:
    explicit StatusRepository(const Database& db)
        : m_db(db)
    {}

    Result<std::optional<Status>> find(const QString& id) const;
    // Global statuses and the e-service's own, in display order.
    Result<QList<Status>> listFor(const QString& eserviceId) const;
    // The statuses a case of this e-service may move to from `fromStatusId`.
    Result<QList<Status>> allowedNext(const QString& fromStatusId, const QString& eserviceId) const;

private:
    const Database& m_db;
};

} // namespace casedesk
