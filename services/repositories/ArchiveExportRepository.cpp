// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "ArchiveExportRepository.h"

#include "core/UtcTime.h"
#include "db/Database.h"
#include "db/SqlDialect.h"
#include "db/SqlValues.h"

namespace casedesk {

VoidResult ArchiveExportRepository::record(qint64 caseId, const QString& metsSha256) const
{
    // exported_at is the database's own (a trigger sets it on both backends).
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO case_archive_exports (case_id, exported_by, mets_sha256) VALUES (?, ?, ?)"),
        {caseId, m_db.currentUser(), metsSha256});
    if (!q.ok())
        return q.error();
    return {};
}

Result<QList<ArchiveExport>> ArchiveExportRepository::forCase(qint64 caseId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT exported_by, exported_at, mets_sha256 FROM case_archive_exports"
                                      " WHERE case_id = ? ORDER BY exported_at, id"),
                       {caseId});
    if (!q.ok())
        return q.error();
    QList<ArchiveExport> result;
    while (q->next())
        result.append({q->value(0).toString(), fromSqlTime(q->value(1)), q->value(2).toString()});
    return result;
}

QString ArchiveExportRepository::archivedCondition(const Database& db)
{
    if (db.sql().hasCaseFunctions())
        return QStringLiteral("casedesk_case_archived(cases.id, cases.closed_at)");
    return QStringLiteral("EXISTS (SELECT 1 FROM case_archive_exports x WHERE x.case_id = cases.id"
                          " AND x.exported_at >= cases.closed_at)");
}

Result<QList<ArchiveExportRepository::ClosedCase>>
ArchiveExportRepository::closedBefore(const QString& eserviceId, const QDateTime& before, bool pendingOnly,
                                      const QDateTime& afterClosedAt, qint64 afterId, int limit) const
{
    QString sql =
        QStringLiteral("SELECT cases.id, cases.reference, cases.closed_at FROM cases"
                       " WHERE cases.eservice_id = ? AND cases.closed_at IS NOT NULL AND cases.closed_at < ?"
                       " AND cases.status_id IN (SELECT s.id FROM statuses s WHERE s.kind = 'closed')"
                       " AND (cases.closed_at > ? OR (cases.closed_at = ? AND cases.id > ?))");
    if (pendingOnly)
        sql += QStringLiteral(" AND NOT ") + archivedCondition(m_db);
    sql += QStringLiteral(" ORDER BY cases.closed_at, cases.id LIMIT ?");
    const QVariant after = afterClosedAt.isValid() ? toSqlTime(afterClosedAt)
                                                   : toSqlTime(utcDateTime(QDate(1, 1, 1), QTime(0, 0)));
    auto q = m_db.exec(sql, {eserviceId, toSqlTime(before), after, after, afterId, limit});
    if (!q.ok())
        return q.error();
    QList<ClosedCase> result;
    while (q->next())
        result.append({q->value(0).toLongLong(), q->value(1).toString(), fromSqlTime(q->value(2))});
    return result;
}

} // namespace casedesk
