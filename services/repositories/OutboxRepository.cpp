// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "OutboxRepository.h"

#include "JsonRowInsert.h"

#include "db/Database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace casedesk {

Result<qint64> OutboxRepository::enqueue(const OutgoingMail& mail) const
{
    auto q = m_db.run(
        QStringLiteral("INSERT INTO mail_outbox (case_id, kind, recipient, subject, body, created_at,"
                       " next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {mail.caseId > 0 ? QVariant(mail.caseId) : QVariant(QMetaType(QMetaType::LongLong)), mail.kind,
         mail.recipient, mail.subject, mail.body, toSqlTime(mail.createdAt), toSqlTime(mail.createdAt)});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Internal,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "queueing the mail returned no id"));
    return q->value(0).toLongLong();
}

VoidResult OutboxRepository::enqueueAll(const QList<OutgoingMail>& mails) const
{
    QJsonArray rows;
    for (const OutgoingMail& mail : mails)
        rows.append(QJsonObject{{QStringLiteral("case_id"),
                                 mail.caseId > 0 ? QJsonValue(mail.caseId) : QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("kind"), jsonText(mail.kind)},
                                {QStringLiteral("recipient"), jsonText(mail.recipient)},
                                {QStringLiteral("subject"), jsonText(mail.subject)},
                                {QStringLiteral("body"), jsonText(mail.body)},
                                {QStringLiteral("created_at"), jsonTime(mail.createdAt)},
                                {QStringLiteral("next_attempt_at"), jsonTime(mail.createdAt)}});
    return insertJsonRows(m_db, "mail_outbox",
                          {{"case_id", "bigint"},
                           {"kind", "text"},
                           {"recipient", "text"},
                           {"subject", "text"},
                           {"body", "text"},
                           {"created_at", "timestamptz"},
                           {"next_attempt_at", "timestamptz"}},
                          rows);
}

Result<QList<OutgoingMail>> OutboxRepository::select(const QString& where, const QVariantList& params) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT id, case_id, kind, recipient, subject, body, created_at, attempts,"
                                 " next_attempt_at, sent_at, failed_at, last_error FROM mail_outbox ") +
                      where,
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
    return select(
        QStringLiteral("WHERE sent_at IS NULL AND failed_at IS NULL ORDER BY next_attempt_at, id LIMIT ?"),
        {limit});
}

Result<std::optional<ClaimedMail>> OutboxRepository::claimNext(const QDateTime& now,
                                                               const QDateTime& leaseUntil,
                                                               const QString& claimant,
                                                               const QString& newMessageId) const
{
    // One statement: pick the oldest due mail nobody holds and take it. On PostgreSQL a row
    // another run is claiming right now is skipped, not waited for; a row it has claimed has
    // a lease in the future and does not match. A lease that ran out (a run that died) does.
    const QString lock = m_db.sql().forUpdateSkipLocked();
    auto q = m_db.exec(
        QStringLiteral("UPDATE mail_outbox SET claimed_until = ?, claimed_by = ?, attempts = attempts + 1,"
                       " message_id = coalesce(message_id, ?)"
                       " WHERE id = (SELECT id FROM mail_outbox"
                       " WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ?"
                       " AND (claimed_until IS NULL OR claimed_until < ?)"
                       " ORDER BY next_attempt_at, id LIMIT 1") +
            lock +
            QStringLiteral(") RETURNING id, case_id, kind, recipient, subject, body, created_at, attempts,"
                           " next_attempt_at, last_error, message_id"),
        {toSqlTime(leaseUntil), claimant, newMessageId, toSqlTime(now), toSqlTime(now)});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<ClaimedMail>();
    ClaimedMail claimed;
    OutgoingMail& m = claimed.mail;
    m.id = q->value(0).toLongLong();
    m.caseId = q->value(1).toLongLong();
    m.kind = q->value(2).toString();
    m.recipient = q->value(3).toString();
    m.subject = q->value(4).toString();
    m.body = q->value(5).toString();
    m.createdAt = fromSqlTime(q->value(6));
    m.attempts = q->value(7).toInt();
    m.nextAttemptAt = fromSqlTime(q->value(8));
    m.lastError = q->value(9).toString();
    claimed.claimant = claimant;
    claimed.messageId = q->value(10).toString();
    return std::optional<ClaimedMail>(std::move(claimed));
}

VoidResult OutboxRepository::release(const QString& assignments, const QVariantList& params, qint64 id,
                                     const QString& claimant) const
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE mail_outbox SET ") + assignments +
            QStringLiteral(", claimed_until = NULL, claimed_by = NULL WHERE id = ? AND claimed_by = ?"),
        params + QVariantList{id, claimant});
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(
            ErrorCode::Conflict,
            {QT_TRANSLATE_NOOP("casedesk::Errors",
                               "mail %1 is no longer claimed by this delivery run (its lease ran out)"),
             {id}});
    return {};
}

VoidResult OutboxRepository::markSent(qint64 id, const QString& claimant, const QDateTime& sentAt) const
{
    return release(QStringLiteral("sent_at = ?"), {toSqlTime(sentAt)}, id, claimant);
}

VoidResult OutboxRepository::markRetry(qint64 id, const QString& claimant, const QDateTime& nextAttemptAt,
                                       const QString& error) const
{
    return release(QStringLiteral("next_attempt_at = ?, last_error = ?"), {toSqlTime(nextAttemptAt), error},
                   id, claimant);
}

VoidResult OutboxRepository::markFailed(qint64 id, const QString& claimant, const QDateTime& failedAt,
                                        const QString& error) const
{
    return release(QStringLiteral("failed_at = ?, last_error = ?"), {toSqlTime(failedAt), error}, id,
                   claimant);
}

Result<int> OutboxRepository::countWaiting() const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL AND failed_at IS NULL"));
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<OutgoingMail>> OutboxRepository::failed(int limit) const
{
    return select(QStringLiteral("WHERE failed_at IS NOT NULL ORDER BY failed_at DESC, id DESC LIMIT ?"),
                  {limit});
}

Result<int> OutboxRepository::requeueFailed(const QList<qint64>& ids, const QDateTime& now) const
{
    QString where = QStringLiteral("failed_at IS NOT NULL AND sent_at IS NULL");
    QVariantList params{toSqlTime(now)};
    if (!ids.isEmpty()) {
        QStringList marks;
        for (const qint64 id : ids) {
            marks << QStringLiteral("?");
            params << id;
        }
        where += QStringLiteral(" AND id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    auto q =
        m_db.exec(QStringLiteral("UPDATE mail_outbox SET failed_at = NULL, attempts = 0, next_attempt_at = ?,"
                                 " claimed_until = NULL, claimed_by = NULL WHERE ") +
                      where,
                  params);
    if (!q.ok())
        return q.error();
    return q->numRowsAffected();
}

} // namespace casedesk
