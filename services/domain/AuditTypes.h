// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QDateTime>
#include <QString>

namespace casedesk {

// One row of the audit log, and which rows to read (AuditRepository, AdminService::auditLog).
struct AuditEntry
{
    qint64 id = 0;
    QDateTime occurredAt;
    QString actor;
    QString action;
    QString reference;
    QString detail;
};

struct AuditQuery
{
    QString actor;
    QString actionPrefix; // "case.", "admin.", "attachment." ...
    QString reference;
    QDateTime from;
    QDateTime to;
    int limit = 500;
};

} // namespace casedesk
