// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
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
    // Every status, global and each e-service's, in display order.
    Result<QList<Status>> listAll() const;
    // The statuses a case of this e-service may move to from `fromStatusId`.
    Result<QList<Status>> allowedNext(const QString& fromStatusId, const QString& eserviceId) const;

    VoidResult insert(const Status& status) const;
    VoidResult rename(const QString& id, const QString& nameSv, const QString& nameEn) const;
    VoidResult remove(const QString& id) const;
    // How many cases are in the status (a status in use cannot be deleted).
    Result<qint64> caseCount(const QString& id) const;
    // Replaces every transition out of `fromStatusId`; an unknown target is InvalidInput.
    VoidResult replaceTransitions(const QString& fromStatusId, const QStringList& toStatusIds) const;

private:
    const Database& m_db;
};

} // namespace casedesk
