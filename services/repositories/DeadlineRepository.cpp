// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "DeadlineRepository.h"

#include "db/Database.h"
#include "db/SqlValues.h"

namespace casedesk {

namespace {

// The handling time of the e-service's status, unless the status is closed (nothing leaves it).
const QString kDeadline =
    QStringLiteral("SELECT d.days, d.working_days FROM status_deadlines d"
                   " JOIN statuses s ON s.id = d.status_id"
                   " WHERE d.eservice_id = ? AND d.status_id = ? AND s.kind <> 'closed'");

} // namespace

Result<QList<StatusDeadline>> DeadlineRepository::list(const QString& eserviceId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT d.eservice_id, d.status_id, d.days, d.working_days"
                                      " FROM status_deadlines d JOIN statuses s ON s.id = d.status_id"
                                      " WHERE ? = '' OR d.eservice_id = ?"
                                      " ORDER BY d.eservice_id, s.sort_order, d.status_id"),
                       // (A null string would be bound as NULL: every e-service is '' here.)
                       {eserviceId.isEmpty() ? QStringLiteral("") : eserviceId, eserviceId});
    if (!q.ok())
        return q.error();
    QList<StatusDeadline> deadlines;
    while (q->next())
        deadlines.append(StatusDeadline{q->value(0).toString(), q->value(1).toString(), q->value(2).toInt(),
                                        q->value(3).toBool()});
    return deadlines;
}

VoidResult DeadlineRepository::set(const StatusDeadline& deadline) const
{
    auto q =
        m_db.exec(QStringLiteral("INSERT INTO status_deadlines (eservice_id, status_id, days, working_days)"
                                 " VALUES (?, ?, ?, ?) ON CONFLICT (eservice_id, status_id)"
                                 " DO UPDATE SET days = excluded.days, working_days = excluded.working_days"),
                  {deadline.eserviceId, deadline.statusId, deadline.days, deadline.workingDays});
    if (!q.ok())
        return q.error();
    return refreshOpenCases(deadline.eserviceId, deadline.statusId);
}

VoidResult DeadlineRepository::clear(const QString& eserviceId, const QString& statusId) const
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM status_deadlines WHERE eservice_id = ? AND status_id = ?"),
                       {eserviceId, statusId});
    if (!q.ok())
        return q.error();
    return refreshOpenCases(eserviceId, statusId);
}

Result<QDate> DeadlineRepository::dueOn(const QString& eserviceId, const QString& statusId,
                                        const QDateTime& since) const
{
    auto d = m_db.exec(kDeadline, {eserviceId, statusId});
    if (!d.ok())
        return d.error();
    if (!d->next())
        return noDueDate();
    return statusDueOn(StatusDeadline{eserviceId, statusId, d->value(0).toInt(), d->value(1).toBool()},
                       since);
}

Result<QDate> DeadlineRepository::dueOnEntering(qint64 caseId, const QString& statusId,
                                                const QDateTime& since) const
{
    auto e = m_db.exec(QStringLiteral("SELECT eservice_id FROM cases WHERE id = ?"), {caseId});
    if (!e.ok())
        return e.error();
    if (!e->next())
        return noDueDate();
    return dueOn(e->value(0).toString(), statusId, since);
}

VoidResult DeadlineRepository::caseEnteredStatus(qint64 caseId, const QDateTime& since) const
{
    if (!m_db.sql().isEmbedded())
        return {};
    auto s = m_db.exec(QStringLiteral("SELECT status_id FROM cases WHERE id = ?"), {caseId});
    if (!s.ok())
        return s.error();
    if (!s->next())
        return {};
    auto due = dueOnEntering(caseId, s->value(0).toString(), since);
    if (!due.ok())
        return due.error();
    auto u = m_db.exec(QStringLiteral("UPDATE cases SET status_since = ?, status_due_on = ? WHERE id = ?"),
                       {toSqlTime(since), due->toString(Qt::ISODate), caseId});
    if (!u.ok())
        return u.error();
    return {};
}

VoidResult DeadlineRepository::refreshOpenCases(const QString& eserviceId, const QString& statusId) const
{
    if (!m_db.sql().isEmbedded())
        return {};
    // When each case entered the status: as stored, else its last move there, else its submission
    // (a case older than 0031).
    auto q = m_db.exec(
        QStringLiteral("SELECT c.id, coalesce(c.status_since, (SELECT max(e.occurred_at) FROM case_events e"
                       " WHERE e.case_id = c.id AND e.to_status_id = c.status_id), c.submitted_at)"
                       " FROM cases c WHERE c.eservice_id = ? AND c.status_id = ? AND c.closed_at IS NULL"),
        {eserviceId, statusId});
    if (!q.ok())
        return q.error();
    QList<std::pair<qint64, QDateTime>> cases;
    while (q->next())
        cases.append({q->value(0).toLongLong(), fromSqlTime(q->value(1))});
    q->finish();
    // The handling time is the same for all of them: read once, each case's day counted here.
    auto d = m_db.exec(kDeadline, {eserviceId, statusId});
    if (!d.ok())
        return d.error();
    const std::optional<StatusDeadline> deadline =
        d->next()
            ? std::optional(StatusDeadline{eserviceId, statusId, d->value(0).toInt(), d->value(1).toBool()})
            : std::nullopt;
    d->finish();
    for (const auto& [id, since] : cases) {
        const QDate due = deadline ? statusDueOn(*deadline, since) : noDueDate();
        auto u =
            m_db.exec(QStringLiteral("UPDATE cases SET status_since = ?, status_due_on = ? WHERE id = ?"),
                      {toSqlTime(since), due.toString(Qt::ISODate), id});
        if (!u.ok())
            return u.error();
    }
    return {};
}

} // namespace casedesk
