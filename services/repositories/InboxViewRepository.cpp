// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "InboxViewRepository.h"

#include "db/Database.h"
#include "db/SqlValues.h"

#include <QSqlQuery>

namespace casedesk {

namespace {

const QString kColumns = QStringLiteral("id, owner, eservice_id, name, position, definition");

InboxViewRow readRow(const QSqlQuery& q)
{
    return InboxViewRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(),   q.value(4).toInt(),    q.value(5).toString().toUtf8()};
}

} // namespace

Result<QList<InboxViewRow>> InboxViewRepository::visibleTo(const QString& login) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM inbox_views WHERE owner = ? OR owner IS NULL"
                                      " ORDER BY owner IS NULL, position, lower(name), id")
                           .arg(kColumns),
                       {login});
    if (!q.ok())
        return q.error();
    QList<InboxViewRow> rows;
    while (q->next())
        rows << readRow(*q);
    return rows;
}

Result<InboxViewRow> InboxViewRepository::find(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM inbox_views WHERE id = ?").arg(kColumns), {id});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, {QT_TRANSLATE_NOOP("casedesk::Errors", "no view %1"), {id}});
    return readRow(*q);
}

Result<qint64> InboxViewRepository::insert(const InboxViewRow& row, const QString& createdBy,
                                           const QDateTime& now) const
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO inbox_views (owner, eservice_id, name, position, definition, created_by,"
                       " updated_at) VALUES (?, ?, ?, ?, %1, ?, ?) RETURNING id")
            .arg(m_db.sql().hasRolesAndRowSecurity() ? QStringLiteral("CAST(? AS jsonb)")
                                                     : QStringLiteral("?")),
        {toSqlText(row.owner), toSqlText(row.eserviceId), row.name, row.position,
         QString::fromUtf8(row.definition), createdBy, toSqlTime(now)});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Internal,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "storing the view returned no id"));
    return q->value(0).toLongLong();
}

VoidResult InboxViewRepository::changeOne(const QString& sql, const QVariantList& params, qint64 id) const
{
    auto q = m_db.exec(sql, params);
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "no view %1 of yours"), {id}});
    return {};
}

VoidResult InboxViewRepository::rename(qint64 id, const QString& name, const QDateTime& now) const
{
    return changeOne(QStringLiteral("UPDATE inbox_views SET name = ?, updated_at = ? WHERE id = ?"),
                     {name, toSqlTime(now), id}, id);
}

VoidResult InboxViewRepository::redefine(qint64 id, const QByteArray& definition, const QDateTime& now) const
{
    return changeOne(QStringLiteral("UPDATE inbox_views SET definition = %1, updated_at = ? WHERE id = ?")
                         .arg(m_db.sql().hasRolesAndRowSecurity() ? QStringLiteral("CAST(? AS jsonb)")
                                                                  : QStringLiteral("?")),
                     {QString::fromUtf8(definition), toSqlTime(now), id}, id);
}

VoidResult InboxViewRepository::place(qint64 id, int position) const
{
    return changeOne(QStringLiteral("UPDATE inbox_views SET position = ? WHERE id = ?"), {position, id}, id);
}

VoidResult InboxViewRepository::remove(qint64 id) const
{
    return changeOne(QStringLiteral("DELETE FROM inbox_views WHERE id = ?"), {id}, id);
}

} // namespace casedesk
