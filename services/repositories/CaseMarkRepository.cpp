// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseMarkRepository.h"

#include "db/Database.h"
#include "db/SqlValues.h"

namespace casedesk {

Result<CaseMark> CaseMarkRepository::of(const QString& login, qint64 caseId) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT flagged, high_priority FROM case_marks WHERE login = ? AND case_id = ?"),
        {login, caseId});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return CaseMark{};
    return CaseMark{q->value(0).toBool(), q->value(1).toBool()};
}

VoidResult CaseMarkRepository::store(const QString& login, qint64 caseId, const CaseMark& mark,
                                     const QDateTime& now) const
{
    if (!mark.any()) {
        auto q = m_db.exec(QStringLiteral("DELETE FROM case_marks WHERE login = ? AND case_id = ?"),
                           {login, caseId});
        if (!q.ok())
            return q.error();
        return {};
    }
    auto q =
        m_db.exec(QStringLiteral("INSERT INTO case_marks (login, case_id, flagged, high_priority, marked_at)"
                                 " VALUES (?, ?, ?, ?, ?) ON CONFLICT (login, case_id) DO UPDATE"
                                 " SET flagged = excluded.flagged, high_priority = excluded.high_priority,"
                                 " marked_at = excluded.marked_at"),
                  {login, caseId, mark.flagged, mark.highPriority, toSqlTime(now)});
    if (!q.ok())
        return q.error();
    return {};
}

} // namespace casedesk
