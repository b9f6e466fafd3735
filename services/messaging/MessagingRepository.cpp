// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "MessagingRepository.h"

#include "db/Database.h"
#include "repositories/PersonalRows.h"

#include <QHash>

namespace casedesk {

namespace {

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant sqlDate(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate fromSqlDate(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

Result<qint64> returnedId(Result<QSqlQuery>& q, const char* what)
{
    if (!q.ok())
        return q.error();
    if (!q->next())
        return makeError(
            ErrorCode::Internal,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "storing %1 returned no id"), {QLatin1String(what)}});
    return q->value(0).toLongLong();
}

} // namespace

Result<qint64> MessagingRepository::insertMessage(qint64 caseId, const QString& direction,
                                                  const QString& kind, const QString& author,
                                                  const QString& body, const QDateTime& sentAt) const
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO messages (case_id, direction, kind, author, body, sent_at)"
                                      " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                       {caseId, direction, kind, author, body, toSqlTime(sentAt)});
    return returnedId(q, "the message");
}

Result<QList<ThreadMessage>> MessagingRepository::messages(qint64 caseId) const
{
    const PersonalRows rows(m_db, "messages", caseId);
    auto q = m_db.exec(QStringLiteral("SELECT id, direction, kind, author, body, sent_at, read_at FROM ") +
                           rows.from + QStringLiteral(" WHERE case_id = ? ORDER BY sent_at, id"),
                       rows.params + QVariantList{caseId});
    if (!q.ok())
        return q.error();
    QList<ThreadMessage> result;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        ThreadMessage m;
        m.id = q->value(0).toLongLong();
        m.direction = q->value(1).toString();
        m.kind = q->value(2).toString();
        m.author = q->value(3).toString();
        m.body = q->value(4).toString();
        m.sentAt = fromSqlTime(q->value(5));
        m.readAt = fromSqlTime(q->value(6));
        index.insert(m.id, result.size());
        result << m;
    }
    auto a = m_db.exec(
        QStringLiteral("SELECT id, message_id, field_key, file_name, mime_type, size_bytes, sha256"
                       " FROM attachments WHERE case_id = ? AND message_id IS NOT NULL ORDER BY id"),
        {caseId});
    if (!a.ok())
        return a.error();
    while (a->next()) {
        const qint64 messageId = a->value(1).toLongLong();
        if (!index.contains(messageId))
            continue;
        result[index.value(messageId)].attachments.append(
            {a->value(0).toLongLong(), messageId, a->value(2).toString(), a->value(3).toString(),
             a->value(4).toString(), a->value(5).toLongLong(), a->value(6).toString()});
    }
    return result;
}

Result<NoteRow> MessagingRepository::insertNote(qint64 caseId, const QString& author, const QString& body,
                                                const QDateTime& now) const
{
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO notes (case_id, author, body, created_at) VALUES (?, ?, ?, ?) RETURNING id"),
        {caseId, author, body, toSqlTime(now)});
    auto id = returnedId(q, "the note");
    if (!id.ok())
        return id.error();
    return NoteRow{*id, author, body, now};
}

Result<QList<NoteRow>> MessagingRepository::notes(qint64 caseId) const
{
    const PersonalRows rows(m_db, "notes", caseId);
    auto q = m_db.exec(QStringLiteral("SELECT id, author, body, created_at FROM ") + rows.from +
                           QStringLiteral(" WHERE case_id = ? ORDER BY created_at, id"),
                       rows.params + QVariantList{caseId});
    if (!q.ok())
        return q.error();
    QList<NoteRow> result;
    while (q->next())
        result.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                       fromSqlTime(q->value(3))});
    return result;
}

Result<int> MessagingRepository::markInboundRead(qint64 caseId, const QDateTime& now) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE messages SET read_at = ? WHERE case_id = ? AND direction = 'in'"
                                      " AND read_at IS NULL"),
                       {toSqlTime(now), caseId});
    if (!q.ok())
        return q.error();
    const int marked = q->numRowsAffected();
    auto c = m_db.exec(QStringLiteral("UPDATE cases SET unread_count = 0 WHERE id = ? AND unread_count <> 0"),
                       {caseId});
    if (!c.ok())
        return c.error();
    return marked;
}

Result<qint64> MessagingRepository::insertSupplementRequest(const SupplementRequest& r) const
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO supplement_requests (case_id, message_id, body, due_date,"
                       " requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {r.caseId, r.messageId, r.text, sqlDate(r.dueDate), r.requestedBy, toSqlTime(r.requestedAt)});
    return returnedId(q, "the supplement request");
}

Result<QList<SupplementRequest>> MessagingRepository::supplementRequests(qint64 caseId) const
{
    const PersonalRows rows(m_db, "supplement_requests", caseId);
    auto q =
        m_db.exec(QStringLiteral("SELECT id, case_id, message_id, body, due_date, requested_by, requested_at,"
                                 " answered_at, answer_message_id FROM ") +
                      rows.from + QStringLiteral(" WHERE case_id = ? ORDER BY requested_at, id"),
                  rows.params + QVariantList{caseId});
    if (!q.ok())
        return q.error();
    QList<SupplementRequest> result;
    while (q->next()) {
        SupplementRequest r;
        r.id = q->value(0).toLongLong();
        r.caseId = q->value(1).toLongLong();
        r.messageId = q->value(2).toLongLong();
        r.text = q->value(3).toString();
        r.dueDate = fromSqlDate(q->value(4));
        r.requestedBy = q->value(5).toString();
        r.requestedAt = fromSqlTime(q->value(6));
        r.answeredAt = fromSqlTime(q->value(7));
        r.answerMessageId = q->value(8).toLongLong();
        result << r;
    }
    return result;
}

Result<qint64> MessagingRepository::insertDecision(const Decision& d) const
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO decisions (case_id, outcome_id, outcome_name_sv, outcome_name_en, body,"
                       " document_attachment_id, message_id, decided_by, decided_at, corrects_decision_id)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {d.caseId, d.outcomeId, d.outcomeNameSv, d.outcomeNameEn, d.text, nullableId(d.documentAttachmentId),
         nullableId(d.messageId), d.decidedBy, toSqlTime(d.decidedAt), nullableId(d.correctsDecisionId)});
    return returnedId(q, "the decision");
}

Result<QList<Decision>> MessagingRepository::decisions(qint64 caseId) const
{
    const PersonalRows rows(m_db, "decisions", caseId, "d");
    auto q =
        m_db.exec(QStringLiteral("SELECT d.id, d.case_id, d.outcome_id, d.outcome_name_sv, d.outcome_name_en,"
                                 " d.body, d.document_attachment_id, a.file_name, d.message_id, d.decided_by,"
                                 " d.decided_at, d.corrects_decision_id FROM ") +
                      rows.from +
                      QStringLiteral(" LEFT JOIN attachments a ON a.id = d.document_attachment_id"
                                     " WHERE d.case_id = ? ORDER BY d.decided_at, d.id"),
                  rows.params + QVariantList{caseId});
    if (!q.ok())
        return q.error();
    QList<Decision> result;
    while (q->next()) {
        Decision d;
        d.id = q->value(0).toLongLong();
        d.caseId = q->value(1).toLongLong();
        d.outcomeId = q->value(2).toString();
        d.outcomeNameSv = q->value(3).toString();
        d.outcomeNameEn = q->value(4).toString();
        d.text = q->value(5).toString();
        d.documentAttachmentId = q->value(6).toLongLong();
        d.documentFileName = q->value(7).toString();
        d.messageId = q->value(8).toLongLong();
        d.decidedBy = q->value(9).toString();
        d.decidedAt = fromSqlTime(q->value(10));
        d.correctsDecisionId = q->value(11).toLongLong();
        result << d;
    }
    return result;
}

VoidResult MessagingRepository::touchCase(qint64 caseId, int expectedVersion, const QDateTime& now) const
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE cases SET version = version + 1, updated_at = ?, last_activity_at = ?"
                       " WHERE id = ? AND version = ?"),
        {toSqlTime(now), toSqlTime(now), caseId, expectedVersion});
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "the case was changed by someone else"));
    return {};
}

VoidResult MessagingRepository::setSupplementDue(qint64 caseId, const QDate& due) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE cases SET supplement_due_at = ? WHERE id = ?"),
                       {sqlDate(due), caseId});
    if (!q.ok())
        return q.error();
    return {};
}

Result<QString> MessagingRepository::applicantEmail(qint64 caseId) const
{
    // On PostgreSQL a person reads contact details only through the logging function.
    auto q = m_db.exec(m_db.sql().hasRolesAndRowSecurity()
                           ? QStringLiteral("SELECT email FROM casedesk_read_applicant(?)")
                           : QStringLiteral("SELECT email FROM case_applicants WHERE case_id = ?"),
                       {caseId});
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toString().trimmed() : QString();
}

} // namespace casedesk
