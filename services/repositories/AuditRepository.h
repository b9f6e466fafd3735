// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "domain/AuditTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace casedesk {

class Database;

// Append-only record of who looked at or changed what. Holds references and actions, never
// the personal data itself.
class AuditRepository
{
public:
    explicit AuditRepository(const Database& db)
        : m_db(db)
    {}

    VoidResult append(const QString& actor, const QString& action, qint64 caseId, const QString& reference,
                      const QString& detail = {}) const;
    Result<int> countFor(const QString& reference, const QString& action) const;
    // Newest first. On PostgreSQL only administrators may read the audit log.
    Result<QList<AuditEntry>> list(const AuditQuery& query) const;

private:
    const Database& m_db;
};

} // namespace casedesk
