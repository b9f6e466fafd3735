// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "AuditRepository.h"

#include "db/Database.h"

#include <QStringList>

namespace casedesk {

VoidResult AuditRepository::append(const QString& actor, const QString& action, qint64 caseId,
                                   const QString& reference, const QString& detail) const
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO audit_log (occurred_at, actor, action, case_id, reference, detail)"
                       " VALUES (?, ?, ?, ?, ?, ?)"),
        {toSqlTime(QDateTime::currentDateTimeUtc()), actor, action,
         caseId > 0 ? QVariant(caseId) : QVariant(QMetaType(QMetaType::LongLong)), reference,
         detail.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(detail)});
    if (!q.ok())
        return q.error();
    return {};
}

Result<int> AuditRepository::countFor(const QString& reference, const QString& action) const
{
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE reference = ? AND action = ?"),
                       {reference, action});
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<AuditEntry>> AuditRepository::list(const AuditQuery& query) const
{
    QStringList where;
    QVariantList params;
    if (!query.actor.isEmpty()) {
        where << QStringLiteral("actor = ?");
        params << query.actor;
    }
    if (!query.actionPrefix.isEmpty()) {
        where << QStringLiteral("substr(action, 1, ?) = ?");
        params << int(query.actionPrefix.size()) << query.actionPrefix;
    }
    if (!query.reference.isEmpty()) {
        where << QStringLiteral("reference = ?");
        params << query.reference;
    }
    if (query.from.isValid()) {
        where << QStringLiteral("occurred_at >= ?");
        params << toSqlTime(query.from);
    }
    if (query.to.isValid()) {
        where << QStringLiteral("occurred_at < ?");
        params << toSqlTime(query.to);
    }
    QString sql = QStringLiteral("SELECT id, occurred_at, actor, action, reference, detail FROM audit_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY occurred_at DESC, id DESC LIMIT ?");
    params << std::clamp(query.limit, 1, 10000);
    auto q = m_db.exec(sql, params);
    if (!q.ok())
        return q.error();
    QList<AuditEntry> result;
    while (q->next())
        result.append({q->value(0).toLongLong(), fromSqlTime(q->value(1)), q->value(2).toString(),
                       q->value(3).toString(), q->value(4).toString(), q->value(5).toString()});
    return result;
}

} // namespace casedesk
