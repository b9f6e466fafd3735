#include "AuditRepository.h"

#include "db/Database.h"

namespace casedesk {

VoidResult AuditRepository::append(const QString& actor, const QString& action, qint64 caseId, const QString& reference,
                                   const QString& detail) const
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO audit_log (occurred_at, actor, action, case_id, reference, detail)"
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
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE reference = ? AND action = ?"), {reference, action});
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace casedesk
