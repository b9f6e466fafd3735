// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "StatusRepository.h"

#include "db/Database.h"

namespace casedesk {

namespace {

const QString kColumns =
    QStringLiteral("s.id, s.eservice_id, s.name_sv, s.name_en, s.kind, s.sort_order, s.built_in");

Status readStatus(const QSqlQuery& q)
{
    Status s;
    s.id = q.value(0).toString();
    s.eserviceId = q.value(1).toString();
    s.nameSv = q.value(2).toString();
    s.nameEn = q.value(3).toString();
    s.kind = statusKindFromId(q.value(4).toString()).value_or(StatusKind::Submitted);
    s.sortOrder = q.value(5).toInt();
    s.builtIn = q.value(6).toBool();
    return s;
}

Result<QList<Status>> readAll(Result<QSqlQuery> q)
{
    if (!q.ok())
        return q.error();
    QList<Status> result;
    while (q->next())
        result.append(readStatus(*q));
    return result;
}

} // namespace

Result<std::optional<Status>> StatusRepository::find(const QString& id) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM statuses s WHERE s.id = ?"), {id});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<Status>();
    return std::optional<Status>(readStatus(*q));
}

Result<QList<Status>> StatusRepository::listFor(const QString& eserviceId) const
{
    return readAll(
        m_db.exec(QStringLiteral("SELECT ") + kColumns +
                      QStringLiteral(" FROM statuses s WHERE s.eservice_id IS NULL OR s.eservice_id = ?"
                                     " ORDER BY s.sort_order, s.id"),
                  {eserviceId}));
}

Result<QList<Status>> StatusRepository::listAll() const
{
    return readAll(m_db.exec(QStringLiteral("SELECT ") + kColumns +
                             QStringLiteral(" FROM statuses s ORDER BY s.sort_order, s.id")));
}

Result<QList<Status>> StatusRepository::allowedNext(const QString& fromStatusId,
                                                    const QString& eserviceId) const
{
    return readAll(m_db.exec(
        QStringLiteral("SELECT ") + kColumns +
            QStringLiteral(" FROM status_transitions t JOIN statuses s ON s.id = t.to_status_id"
                           " WHERE t.from_status_id = ? AND (s.eservice_id IS NULL OR s.eservice_id = ?)"
                           " ORDER BY s.sort_order, s.id"),
        {fromStatusId, eserviceId}));
}

VoidResult StatusRepository::insert(const Status& status) const
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO statuses (id, eservice_id, name_sv, name_en, kind, sort_order, built_in)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {status.id,
         status.eserviceId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(status.eserviceId),
         status.nameSv, status.nameEn, statusKindId(status.kind), status.sortOrder, status.builtIn});
    if (!q.ok())
        return q.error();
    return {};
}

VoidResult StatusRepository::rename(const QString& id, const QString& nameSv, const QString& nameEn) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE statuses SET name_sv = ?, name_en = ? WHERE id = ?"),
                       {nameSv, nameEn, id});
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "no status '%1'"), {id}});
    return {};
}

VoidResult StatusRepository::remove(const QString& id) const
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM statuses WHERE id = ?"), {id});
    if (!q.ok())
        return q.error();
    return {};
}

Result<qint64> StatusRepository::caseCount(const QString& id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM cases WHERE status_id = ?"), {id});
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

VoidResult StatusRepository::replaceTransitions(const QString& fromStatusId,
                                                const QStringList& toStatusIds) const
{
    if (auto q = m_db.exec(QStringLiteral("DELETE FROM status_transitions WHERE from_status_id = ?"),
                           {fromStatusId});
        !q.ok())
        return q.error();
    for (const QString& to : toStatusIds) {
        if (to == fromStatusId)
            continue;
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO status_transitions (from_status_id, to_status_id) VALUES (?, ?)"),
            {fromStatusId, to});
        if (!q.ok())
            return q.error().code == ErrorCode::InvalidInput
                       ? makeError(ErrorCode::InvalidInput,
                                   {QT_TRANSLATE_NOOP("casedesk::Errors", "no status '%1'"), {to}},
                                   QStringLiteral("to"))
                       : q.error();
    }
    return {};
}

} // namespace casedesk
