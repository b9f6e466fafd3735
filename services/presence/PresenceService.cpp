// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PresenceService.h"

#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "repositories/CaseRepository.h"

#include <QSqlQuery>

namespace casedesk {

Result<QStringList> PresenceService::beat(const QString& reference) const
{
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun().error();
    auto id = CaseRepository(m_db).idOf(reference);
    if (!id.ok())
        return id.error();
    const QString now = m_db.sql().databaseNow();
    auto mark =
        m_db.exec(QStringLiteral("INSERT INTO case_presence (case_id, login, seen_at) VALUES (?, ?, %1)"
                                 " ON CONFLICT (case_id, login) DO UPDATE SET seen_at = %1")
                      .arg(now),
                  {*id, m_db.currentUser()});
    if (!mark.ok())
        return mark.error();
    auto others = m_db.exec(QStringLiteral("SELECT login FROM case_presence WHERE case_id = ? AND login <> ?"
                                           " AND seen_at > %1 ORDER BY login")
                                .arg(m_db.sql().secondsBeforeNow(QStringLiteral("?"))),
                            {*id, m_db.currentUser(), kFreshSeconds});
    if (!others.ok())
        return others.error();
    QStringList logins;
    while (others->next())
        logins << others->value(0).toString();
    if (auto committed = transaction.commit(); !committed.ok())
        return committed.error();
    return logins;
}

VoidResult PresenceService::leave(const QString& reference) const
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM case_presence WHERE login = ? AND case_id IN"
                                      " (SELECT id FROM cases WHERE reference = ?)"),
                       {m_db.currentUser(), reference});
    if (!q.ok())
        return q.error();
    return {};
}

} // namespace casedesk
