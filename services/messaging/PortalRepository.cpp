// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PortalRepository.h"

#include "db/Database.h"
#include "repositories/DeadlineRepository.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

namespace casedesk {

namespace {

// The portal role has no table rights where there are roles: it calls the portal functions.
bool throughPortalFunctions(const Database& db)
{
    return db.sql().hasRolesAndRowSecurity();
}

QDate fromSqlDate(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString().left(10), Qt::ISODate);
}

// The identity as the portal functions take it: 12 digits "YYYYMMDDNNNN". The stored forms it
// matches: the normalised "YYYYMMDD-NNNN" and, to be safe, the bare digits.
Result<QVariantList> identityForms(const QString& identity)
{
    static const QRegularExpression twelveDigits(QStringLiteral("^[0-9]{12}$"));
    if (!twelveDigits.match(identity).hasMatch())
        return makeError(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("casedesk::Errors",
                              "identity: expected a personal number of 12 digits (YYYYMMDDNNNN)"),
            QStringLiteral("identity"));
    return QVariantList{QString(identity.left(8) + QLatin1Char('-') + identity.mid(8)), identity};
}

// The SQLite statements mirror the casedesk_portal_*() functions of
// resources/sql/postgresql/0010_portal_identity.sql; keep the two in step. The case is first
// resolved by sqliteCaseId() (reference and identity), then read by its id.
const QString SqliteCaseId = QStringLiteral(
    "SELECT c.id FROM cases c WHERE c.reference = ? AND (c.applicant_personal_number IN (?, ?)"
    " OR EXISTS (SELECT 1 FROM case_parties p WHERE p.case_id = c.id AND p.personal_number IN (?, ?))"
    " OR EXISTS (SELECT 1 FROM signatures s WHERE s.case_id = c.id AND s.personal_number IN (?, ?)))");
const QString SqliteCases = QStringLiteral(
    "SELECT c.reference, e.name, c.status_id, CASE WHEN e.language = 'en' THEN s.name_en ELSE s.name_sv END,"
    " c.last_activity_at, (SELECT count(*) FROM messages m WHERE m.case_id = c.id AND m.direction = 'out'"
    " AND m.read_at IS NULL) FROM cases c JOIN eservices e ON e.id = c.eservice_id"
    " JOIN statuses s ON s.id = c.status_id"
    " WHERE c.id IN (SELECT id FROM cases WHERE applicant_personal_number IN (?, ?)"
    " UNION SELECT case_id FROM case_parties WHERE personal_number IN (?, ?)"
    " UNION SELECT case_id FROM signatures WHERE personal_number IN (?, ?))"
    " ORDER BY c.last_activity_at DESC, c.id DESC");
const QString SqliteCase = QStringLiteral(
    "SELECT c.reference, e.name, c.status_id, s.name_sv, s.name_en, s.kind, c.submitted_at, c.closed_at,"
    " r.id, r.body, r.due_date, r.requested_at FROM cases c JOIN eservices e ON e.id = c.eservice_id"
    " JOIN statuses s ON s.id = c.status_id"
    " LEFT JOIN supplement_requests r ON r.case_id = c.id AND r.answered_at IS NULL AND s.kind <> 'closed'"
    " WHERE c.id = ?");
const QString SqliteMessages =
    QStringLiteral("SELECT m.id, m.direction, m.kind, m.body, m.sent_at, m.read_at FROM messages m"
                   " WHERE m.case_id = ? ORDER BY m.sent_at, m.id");
const QString SqliteDocuments = QStringLiteral(
    "SELECT a.id, a.message_id, a.file_name, a.mime_type, a.size_bytes, a.sha256 FROM attachments a"
    " WHERE a.case_id = ? AND a.message_id IS NOT NULL ORDER BY a.id");
const QString SqliteDocument = QStringLiteral(
    "SELECT a.id, a.file_name, a.mime_type, a.size_bytes, a.sha256, a.content FROM attachments a"
    " WHERE a.id = ? AND a.case_id = ? AND a.message_id IS NOT NULL");
const QString SqliteDecisions =
    QStringLiteral("SELECT d.id, d.outcome_id, d.outcome_name_sv, d.outcome_name_en, d.body, d.decided_at,"
                   " d.corrects_decision_id, d.document_attachment_id FROM decisions d"
                   " WHERE d.case_id = ? ORDER BY d.decided_at, d.id");

Error noCase(const QString& reference)
{
    return makeError(ErrorCode::NotFound, {QT_TRANSLATE_NOOP("casedesk::Errors", "no case with reference %1"),
                                           {reference.left(40)}});
}

} // namespace

Result<qint64> PortalRepository::sqliteCaseId(const QString& identity, const QString& reference) const
{
    auto forms = identityForms(identity);
    if (!forms.ok())
        return forms.error();
    auto q = m_db.exec(SqliteCaseId, QVariantList{reference} + *forms + *forms + *forms);
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<QList<PortalCaseSummary>> PortalRepository::cases(const QString& identity) const
{
    auto forms = identityForms(identity);
    if (!forms.ok())
        return forms.error();
    auto q = throughPortalFunctions(m_db)
                 ? m_db.exec(QStringLiteral("SELECT * FROM casedesk_portal_cases(?)"), {identity})
                 : m_db.exec(SqliteCases, *forms + *forms + *forms);
    if (!q.ok())
        return q.error();
    QList<PortalCaseSummary> result;
    while (q->next())
        result << PortalCaseSummary{q->value(0).toString(), q->value(1).toString(),   q->value(2).toString(),
                                    q->value(3).toString(), fromSqlTime(q->value(4)), q->value(5).toInt()};
    return result;
}

Result<std::optional<PortalView>> PortalRepository::caseView(const QString& identity,
                                                             const QString& reference) const
{
    Result<QSqlQuery> q = makeError(ErrorCode::Internal, ErrorText());
    if (throughPortalFunctions(m_db)) {
        q = m_db.exec(QStringLiteral("SELECT * FROM casedesk_portal_case(?, ?)"), {identity, reference});
    } else {
        auto id = sqliteCaseId(identity, reference);
        if (!id.ok())
            return id.error();
        if (*id == 0)
            return std::optional<PortalView>();
        q = m_db.exec(SqliteCase, {*id});
    }
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<PortalView>();
    PortalView v;
    v.reference = q->value(0).toString();
    v.eserviceName = q->value(1).toString();
    v.statusId = q->value(2).toString();
    v.statusNameSv = q->value(3).toString();
    v.statusNameEn = q->value(4).toString();
    v.statusKind = q->value(5).toString();
    v.submittedAt = fromSqlTime(q->value(6));
    v.closedAt = fromSqlTime(q->value(7));
    if (!q->value(8).isNull())
        v.openSupplement = PortalSupplementRequest{q->value(8).toLongLong(), q->value(9).toString(),
                                                   fromSqlDate(q->value(10)), fromSqlTime(q->value(11))};
    return std::optional<PortalView>(v);
}

Result<QList<PortalDocument>>
PortalRepository::documents(const QString& identity, const QString& reference,
                            QHash<qint64, QList<PortalDocument>>* byMessage) const
{
    Result<QSqlQuery> q = makeError(ErrorCode::Internal, ErrorText());
    if (throughPortalFunctions(m_db)) {
        q = m_db.exec(QStringLiteral("SELECT * FROM casedesk_portal_documents(?, ?)"), {identity, reference});
    } else {
        auto id = sqliteCaseId(identity, reference);
        if (!id.ok())
            return id.error();
        q = m_db.exec(SqliteDocuments, {*id});
    }
    if (!q.ok())
        return q.error();
    QList<PortalDocument> all;
    while (q->next()) {
        const PortalDocument d{q->value(0).toLongLong(), q->value(2).toString(), q->value(3).toString(),
                               q->value(4).toLongLong(), q->value(5).toString()};
        all << d;
        if (byMessage)
            (*byMessage)[q->value(1).toLongLong()].append(d);
    }
    return all;
}

Result<QList<PortalMessage>> PortalRepository::messages(const QString& identity,
                                                        const QString& reference) const
{
    QHash<qint64, QList<PortalDocument>> byMessage;
    if (auto d = documents(identity, reference, &byMessage); !d.ok())
        return d.error();
    Result<QSqlQuery> q = makeError(ErrorCode::Internal, ErrorText());
    if (throughPortalFunctions(m_db)) {
        q = m_db.exec(QStringLiteral("SELECT * FROM casedesk_portal_messages(?, ?)"), {identity, reference});
    } else {
        auto id = sqliteCaseId(identity, reference);
        if (!id.ok())
            return id.error();
        q = m_db.exec(SqliteMessages, {*id});
    }
    if (!q.ok())
        return q.error();
    QList<PortalMessage> result;
    while (q->next()) {
        PortalMessage m;
        m.id = q->value(0).toLongLong();
        m.from = q->value(1).toString() == QLatin1String("in") ? QStringLiteral("applicant")
                                                               : QStringLiteral("municipality");
        m.kind = q->value(2).toString();
        m.body = q->value(3).toString();
        m.sentAt = fromSqlTime(q->value(4));
        m.readAt = fromSqlTime(q->value(5));
        m.attachments = byMessage.value(m.id);
        result << m;
    }
    return result;
}

Result<QList<PortalDecision>> PortalRepository::decisions(const QString& identity,
                                                          const QString& reference) const
{
    auto docs = documents(identity, reference, nullptr);
    if (!docs.ok())
        return docs.error();
    Result<QSqlQuery> q = makeError(ErrorCode::Internal, ErrorText());
    if (throughPortalFunctions(m_db)) {
        q = m_db.exec(QStringLiteral("SELECT * FROM casedesk_portal_decision(?, ?)"), {identity, reference});
    } else {
        auto id = sqliteCaseId(identity, reference);
        if (!id.ok())
            return id.error();
        q = m_db.exec(SqliteDecisions, {*id});
    }
    if (!q.ok())
        return q.error();
    QList<PortalDecision> result;
    while (q->next()) {
        PortalDecision d;
        d.id = q->value(0).toLongLong();
        d.outcomeId = q->value(1).toString();
        d.outcomeNameSv = q->value(2).toString();
        d.outcomeNameEn = q->value(3).toString();
        d.text = q->value(4).toString();
        d.decidedAt = fromSqlTime(q->value(5));
        d.correctsDecisionId = q->value(6).toLongLong();
        const qint64 documentId = q->value(7).toLongLong();
        for (const PortalDocument& doc : *docs)
            if (doc.id == documentId)
                d.document = doc;
        result << d;
    }
    return result;
}

Result<std::optional<PortalFile>>
PortalRepository::document(const QString& identity, const QString& reference, qint64 attachmentId) const
{
    Result<QSqlQuery> q = makeError(ErrorCode::Internal, ErrorText());
    if (throughPortalFunctions(m_db)) {
        q = m_db.exec(QStringLiteral("SELECT * FROM casedesk_portal_document(?, ?, ?)"),
                      {identity, reference, attachmentId});
    } else {
        auto id = sqliteCaseId(identity, reference);
        if (!id.ok())
            return id.error();
        q = m_db.exec(SqliteDocument, {attachmentId, *id});
    }
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<PortalFile>();
    PortalFile f;
    f.document = {q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                  q->value(3).toLongLong(), q->value(4).toString()};
    f.content = q->value(5).toByteArray();
    return std::optional<PortalFile>(f);
}

Result<qint64> PortalRepository::writeInbound(const QString& identity, const QString& reference,
                                              const QString& text, bool supplement) const
{
    // A supplement may be files only: an empty text, never NULL.
    const QString body = text.isNull() ? QStringLiteral("") : text;
    if (throughPortalFunctions(m_db)) {
        auto q = m_db.prepare(supplement ? QStringLiteral("SELECT casedesk_portal_supplement(?, ?, ?)")
                                         : QStringLiteral("SELECT casedesk_portal_reply(?, ?, ?)"));
        if (!q.ok())
            return q.error();
        QSqlQuery query = std::move(q).value();
        // The function refuses with no_data_found when the case or its open request is gone,
        // which another writer can cause after the checks above (two answers to one request at
        // once): its reason makes that NotFound about the reference (see DatabaseRefusals).
        if (auto r = m_db.execPrepared(query, {identity, reference, body}); !r.ok())
            return r.error();
        if (!query.next())
            return makeError(ErrorCode::Internal,
                             QT_TRANSLATE_NOOP("casedesk::Errors", "the portal function returned nothing"));
        return query.value(0).toLongLong();
    }
    // SQLite: the statements of casedesk_portal_write().
    auto id = sqliteCaseId(identity, reference);
    if (!id.ok())
        return id.error();
    if (*id == 0)
        return noCase(reference);
    auto c = m_db.exec(QStringLiteral("SELECT id, status_id FROM cases WHERE id = ?"), {*id});
    if (!c.ok())
        return c.error();
    if (!c->next())
        return noCase(reference);
    const qint64 caseId = c->value(0).toLongLong();
    const QString fromStatus = c->value(1).toString();
    QString toStatus = fromStatus;
    qint64 requestId = 0;
    if (supplement) {
        auto r =
            m_db.exec(QStringLiteral("SELECT r.id FROM supplement_requests r JOIN cases c ON c.id = r.case_id"
                                     " JOIN statuses s ON s.id = c.status_id"
                                     " WHERE r.case_id = ? AND r.answered_at IS NULL AND s.kind <> 'closed'"),
                      {caseId});
        if (!r.ok())
            return r.error();
        if (!r->next())
            return makeError(
                ErrorCode::NotFound,
                QT_TRANSLATE_NOOP("casedesk::Errors", "the case has no open supplement request"));
        requestId = r->value(0).toLongLong();
        auto t = m_db.exec(QStringLiteral("SELECT 1 FROM status_transitions WHERE from_status_id = ?"
                                          " AND to_status_id = 'supplemented'"),
                           {fromStatus});
        if (!t.ok())
            return t.error();
        if (t->next())
            toStatus = QStringLiteral("supplemented");
    }
    const QVariant now = toSqlTime(QDateTime::currentDateTimeUtc());
    auto m =
        m_db.exec(QStringLiteral("INSERT INTO messages (case_id, direction, kind, author, body, sent_at)"
                                 " VALUES (?, 'in', ?, 'applicant', ?, ?) RETURNING id"),
                  {caseId, supplement ? QStringLiteral("supplement") : QStringLiteral("message"), body, now});
    if (!m.ok())
        return m.error();
    if (!m->next())
        return makeError(ErrorCode::Internal,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "storing the message returned no id"));
    const qint64 messageId = m->value(0).toLongLong();
    if (supplement) {
        auto u = m_db.exec(
            QStringLiteral(
                "UPDATE supplement_requests SET answered_at = ?, answer_message_id = ? WHERE id = ?"),
            {now, messageId, requestId});
        if (!u.ok())
            return u.error();
    }
    const bool moved = toStatus != fromStatus;
    // A move enters the new status now: its due day with it (the embedded database; PostgreSQL's
    // portal functions move the case there and its trigger counts the day).
    QString entered;
    QVariantList dueValues;
    if (moved && m_db.sql().isEmbedded()) {
        auto due = DeadlineRepository(m_db).dueOnEntering(caseId, toStatus, fromSqlTime(now));
        if (!due.ok())
            return due.error();
        entered = QStringLiteral(", status_since = ?, status_due_on = ?");
        dueValues << now << due->toString(Qt::ISODate);
    }
    auto u = m_db.exec(QStringLiteral("UPDATE cases SET status_id = ?, unread_count = unread_count + 1,"
                                      " needs_action = 1, supplement_due_at = CASE WHEN ? THEN NULL ELSE"
                                      " supplement_due_at END, updated_at = ?, last_activity_at = ?,"
                                      " version = version + 1%1 WHERE id = ?")
                           .arg(entered),
                       QVariantList{toStatus, supplement, now, now} + dueValues + QVariantList{caseId});
    if (!u.ok())
        return u.error();
    const QVariant noText{QMetaType(QMetaType::QString)};
    auto e = m_db.exec(
        QStringLiteral("INSERT INTO case_events (case_id, occurred_at, actor, kind, from_status_id,"
                       " to_status_id, detail) VALUES (?, ?, 'portal', ?, ?, ?, NULL)"),
        {caseId, now, supplement ? QStringLiteral("supplement_received") : QStringLiteral("message_received"),
         moved ? QVariant(fromStatus) : noText, moved ? QVariant(toStatus) : noText});
    if (!e.ok())
        return e.error();
    return messageId;
}

Result<qint64> PortalRepository::attach(const QString& identity, const QString& reference, qint64 messageId,
                                        const IncomingAttachment& file) const
{
    if (throughPortalFunctions(m_db)) {
        auto q = m_db.exec(QStringLiteral("SELECT casedesk_portal_attach(?, ?, ?, ?, ?, ?)"),
                           {identity, reference, messageId, file.fileName, file.mimeType, file.content});
        if (!q.ok())
            return q.error();
        if (!q->next())
            return makeError(ErrorCode::Internal,
                             QT_TRANSLATE_NOOP("casedesk::Errors", "the portal function returned nothing"));
        return q->value(0).toLongLong();
    }
    auto caseId = sqliteCaseId(identity, reference);
    if (!caseId.ok())
        return caseId.error();
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(file.content, QCryptographicHash::Sha256).toHex());
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO attachments (case_id, message_id, field_key, file_name, mime_type, size_bytes,"
            " sha256, content, created_at) SELECT m.case_id, m.id, NULL, ?, ?, ?, ?, ?, ? FROM messages m"
            " WHERE m.id = ? AND m.case_id = ? AND m.direction = 'in' RETURNING id"),
        {file.fileName, file.mimeType, qint64(file.content.size()), sha, file.content,
         toSqlTime(QDateTime::currentDateTimeUtc()), messageId, *caseId});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return makeError(
            ErrorCode::PermissionDenied,
            QT_TRANSLATE_NOOP("casedesk::Errors", "attachments go with the applicant's own message"));
    return q->value(0).toLongLong();
}

Result<int> PortalRepository::markRead(const QString& identity, const QString& reference) const
{
    if (throughPortalFunctions(m_db)) {
        auto q = m_db.exec(QStringLiteral("SELECT casedesk_portal_read(?, ?)"), {identity, reference});
        if (!q.ok())
            return q.error();
        return q->next() ? q->value(0).toInt() : 0;
    }
    auto id = sqliteCaseId(identity, reference);
    if (!id.ok())
        return id.error();
    if (*id == 0)
        return noCase(reference);
    const qint64 caseId = *id;
    const QVariant now = toSqlTime(QDateTime::currentDateTimeUtc());
    auto u =
        m_db.exec(QStringLiteral("UPDATE messages SET read_at = ? WHERE case_id = ? AND direction = 'out'"
                                 " AND read_at IS NULL"),
                  {now, caseId});
    if (!u.ok())
        return u.error();
    const int count = u->numRowsAffected();
    if (count > 0) {
        auto v = m_db.exec(
            QStringLiteral("UPDATE cases SET version = version + 1, last_activity_at = ? WHERE id = ?"),
            {now, caseId});
        if (!v.ok())
            return v.error();
        auto e =
            m_db.exec(QStringLiteral("INSERT INTO case_events (case_id, occurred_at, actor, kind, detail)"
                                     " VALUES (?, ?, 'portal', 'messages_read', ?)"),
                      {caseId, now, QString::number(count)});
        if (!e.ok())
            return e.error();
    }
    return count;
}

} // namespace casedesk
