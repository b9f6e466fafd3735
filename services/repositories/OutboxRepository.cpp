#include "OutboxRepository.h"

#include "db/Database.h"

namespace casedesk {

Result<qint64> OutboxRepository::enqueue(const OutgoingMail& mail) const
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO mail_outbox (case_id, kind, recipient, subject, body, created_at,"
                                      " next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                       {mail.caseId > 0 ? QVariant(mail.caseId) : QVariant(QMetaType(QMetaType::LongLong)), mail.kind,
                        mail.recipient, mail.subject, mail.body, toSqlTime(mail.createdAt), toSqlTime(mail.createdAt)});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Internal, QStringLiteral("queueing the mail returned no id"));
    return q->value(0).toLongLong();
}

Result<QList<OutgoingMail>> OutboxRepository::select(const QString& where, const QVariantList& params) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, case_id, kind, recipient, subject, body, created_at, attempts,"
                                      " next_attempt_at, sent_at, failed_at, last_error FROM mail_outbox ")
                           + where,
                       params);
    if (!q.ok())
        return q.error();
    QList<OutgoingMail> result;
    while (q->next()) {
        OutgoingMail m;
        m.id = q->value(0).toLongLong();
        m.caseId = q->value(1).toLongLong();
        m.kind = q->value(2).toString();
        m.recipient = q->value(3).toString();
        m.subject = q->value(4).toString();
        m.body = q->value(5).toString();
        m.createdAt = fromSqlTime(q->value(6));
        m.attempts = q->value(7).toInt();
        m.nextAttemptAt = fromSqlTime(q->value(8));
        m.sentAt = fromSqlTime(q->value(9));
        m.failedAt = fromSqlTime(q->value(10));
        m.lastError = q->value(11).toString();
        result.append(m);
    }
    return result;
}

Result<QList<OutgoingMail>> OutboxRepository::forCase(qint64 caseId) const
{
    return select(QStringLiteral("WHERE case_id = ? ORDER BY id"), {caseId});
}

Result<QList<OutgoingMail>> OutboxRepository::pending(int limit) const
{
    return select(QStringLiteral("WHERE sent_at IS NULL AND failed_at IS NULL ORDER BY next_attempt_at, id LIMIT ?"), {limit});
}

} // namespace casedesk
