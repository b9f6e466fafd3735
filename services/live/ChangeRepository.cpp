// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "ChangeRepository.h"

#include "db/Database.h"

namespace casedesk {

Result<qint64> ChangeRepository::latestSeq() const
{
    auto q = m_db.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM case_changes"));
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QList<CaseChange>> ChangeRepository::after(qint64 seq, int limit) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT seq, case_id, reference, eservice_id, kind, changed_at FROM case_changes "
                       "WHERE seq > ? ORDER BY seq LIMIT ?"),
        {seq, limit});
    if (!q.ok())
        return q.error();
    QList<CaseChange> changes;
    while (q->next()) {
        CaseChange change;
        change.seq = q->value(0).toLongLong();
        change.caseId = q->value(1).toLongLong();
        change.reference = q->value(2).toString();
        change.eserviceId = q->value(3).toString();
        change.kind = q->value(4).toString();
        change.changedAt = fromSqlTime(q->value(5));
        changes.append(change);
    }
    return changes;
}

Result<qint64> ChangeRepository::trim(const QDateTime& before, int limit) const
{
    if (m_db.sql().hasRolesAndRowSecurity()) {
        // Through a function that checks the caller: nobody holds DELETE on the log itself.
        auto q =
            m_db.exec(QStringLiteral("SELECT casedesk_trim_case_changes(?, ?)"), {toSqlTime(before), limit});
        if (!q.ok())
            return q.error();
        return q->next() ? q->value(0).toLongLong() : 0;
    }
    auto q =
        m_db.exec(QStringLiteral("DELETE FROM case_changes WHERE seq IN "
                                 "(SELECT seq FROM case_changes WHERE changed_at < ? ORDER BY seq LIMIT ?)"),
                  {toSqlTime(before), limit});
    if (!q.ok())
        return q.error();
    return q->numRowsAffected();
}

Result<qint64> ChangeRepository::dataVersion() const
{
    auto q = m_db.exec(QStringLiteral("PRAGMA data_version"));
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace casedesk
