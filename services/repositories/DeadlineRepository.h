// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "deadlines/StatusDeadline.h"

#include <QList>

#include <optional>

namespace casedesk {

class Database;

// The handling times per e-service and status (status_deadlines, migration 0031), and each
// case's due day in its status. On PostgreSQL the database keeps the due days itself (its
// triggers, on every write of a case and of a handling time); the embedded database has only
// CaseDesk's writes, which call caseEnteredStatus and refreshOpenCases in their transaction.
class DeadlineRepository
{
public:
    explicit DeadlineRepository(const Database& db)
        : m_db(db)
    {}

    // Of one e-service, or of every e-service when `eserviceId` is empty; by e-service, status.
    Result<QList<StatusDeadline>> list(const QString& eserviceId = QString()) const;
    VoidResult set(const StatusDeadline& deadline) const; // adds or changes
    VoidResult clear(const QString& eserviceId, const QString& statusId) const;

    // The due day of a case of `eserviceId` that enters `statusId` at `since` (noDueDate()
    // without a handling time): what the embedded database's writes store with the move.
    Result<QDate> dueOn(const QString& eserviceId, const QString& statusId, const QDateTime& since) const;
    // The same for the case `caseId` (its e-service read).
    Result<QDate> dueOnEntering(qint64 caseId, const QString& statusId, const QDateTime& since) const;
    // The embedded database: the case entered its current status at `since`; stores that and its
    // due day (a handling time changed, or a test's own time). Nothing to do on PostgreSQL.
    VoidResult caseEnteredStatus(qint64 caseId, const QDateTime& since) const;
    // The embedded database: the open cases of the e-service in the status get their due day
    // under the handling time now set (or none). Nothing to do on PostgreSQL.
    VoidResult refreshOpenCases(const QString& eserviceId, const QString& statusId) const;

private:
    const Database& m_db;
};

} // namespace casedesk
