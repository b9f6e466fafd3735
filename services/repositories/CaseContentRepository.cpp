// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseContentRepository.h"

#include "CaseContentRows.h"
#include "JsonRowInsert.h"
#include "PersonalRows.h"

#include "db/Database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk {

namespace {

QJsonValue valueFromJson(const QString& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    return doc.array().isEmpty() ? QJsonValue() : doc.array().first();
}

} // namespace

VoidResult CaseContentRepository::insertForm(qint64 caseId, const QList<FormPage>& pages) const
{
    // One statement for the pages and one for all fields, whatever their number: on PostgreSQL
    // the search index is refreshed once per statement, which was once per field.
    if (auto r = insertCaseJsonRows(m_db, "form_pages", caseId, kFormPageColumns, formPageRows(pages));
        !r.ok())
        return r;
    return insertCaseJsonRows(m_db, "form_fields", caseId, kFormFieldColumns, formFieldRows(pages));
}

VoidResult CaseContentRepository::insertRequiredSigners(qint64 caseId,
                                                        const QList<RequiredSigner>& signers) const
{
    return insertCaseJsonRows(m_db, "case_parties", caseId, kRequiredSignerColumns,
                              requiredSignerRows(signers));
}

VoidResult CaseContentRepository::insertSignatures(qint64 caseId,
                                                   const QList<IncomingSignature>& signatures) const
{
    return insertCaseJsonRows(m_db, "signatures", caseId, kSignatureColumns, signatureRows(signatures));
}

Result<qint64> CaseContentRepository::insertAttachment(qint64 caseId, qint64 messageId,
                                                       const IncomingAttachment& a,
                                                       const QDateTime& now) const
{
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(a.content, QCryptographicHash::Sha256).toHex());
    auto q = m_db.run(
        QStringLiteral(
            "INSERT INTO attachments (case_id, message_id, field_key, file_name, mime_type,"
            " size_bytes, sha256, content, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {caseId, messageId > 0 ? QVariant(messageId) : QVariant(QMetaType(QMetaType::LongLong)),
         toSqlText(a.fieldId), a.fileName, a.mimeType, qint64(a.content.size()), sha, a.content,
         toSqlTime(now)});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Internal,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "storing the attachment returned no id"));
    return q->value(0).toLongLong();
}

Result<QList<FormPage>> CaseContentRepository::form(qint64 caseId) const
{
    auto pages = m_db.exec(
        QStringLiteral("SELECT page_index, title FROM form_pages WHERE case_id = ? ORDER BY page_index"),
        {caseId});
    if (!pages.ok())
        return pages.error();
    QList<FormPage> result;
    QList<int> indexes;
    while (pages->next()) {
        indexes.append(pages->value(0).toInt());
        result.append(FormPage{pages->value(1).toString(), {}});
    }
    const PersonalRows formFields(m_db, "form_fields", caseId);
    auto fields = m_db.exec(
        QStringLiteral("SELECT page_index, field_key, label, field_type, value_json, value_text, visible_when"
                       " FROM ") +
            formFields.from + QStringLiteral(" WHERE case_id = ? ORDER BY page_index, field_index"),
        formFields.params + QVariantList{caseId});
    if (!fields.ok())
        return fields.error();
    while (fields->next()) {
        const int page = int(indexes.indexOf(fields->value(0).toInt()));
        if (page < 0)
            continue;
        result[page].fields.append(FormField{fields->value(1).toString(), fields->value(2).toString(),
                                             fields->value(3).toString(),
                                             valueFromJson(fields->value(4).toString()),
                                             fields->value(5).toString(), fields->value(6).toString()});
    }
    return result;
}

Result<QList<RequiredSigner>> CaseContentRepository::requiredSigners(qint64 caseId) const
{
    const PersonalRows parties(m_db, "case_parties", caseId);
    auto q = m_db.exec(QStringLiteral("SELECT role, name, personal_number FROM ") + parties.from +
                           QStringLiteral(" WHERE case_id = ? AND required_signature = ? ORDER BY id"),
                       parties.params + QVariantList{caseId, true});
    if (!q.ok())
        return q.error();
    QList<RequiredSigner> result;
    while (q->next())
        result.append({q->value(0).toString(), q->value(2).toString(), q->value(1).toString()});
    return result;
}

Result<QList<IncomingSignature>> CaseContentRepository::signatures(qint64 caseId) const
{
    const PersonalRows signatures(m_db, "signatures", caseId);
    auto q = m_db.exec(
        QStringLiteral("SELECT role, personal_number, name, signed_at, provider, signed_digest, kind FROM ") +
            signatures.from + QStringLiteral(" WHERE case_id = ? ORDER BY signed_at, id"),
        signatures.params + QVariantList{caseId});
    if (!q.ok())
        return q.error();
    QList<IncomingSignature> result;
    while (q->next())
        result.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                       fromSqlTime(q->value(3)), q->value(4).toString(), q->value(5).toString(),
                       q->value(6).toString() == QLatin1String("oep") ? SignatureKind::OpenEPlatform
                                                                      : SignatureKind::PagesDigest});
    return result;
}

Result<QList<AttachmentInfo>> CaseContentRepository::attachments(qint64 caseId) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT id, message_id, field_key, file_name, mime_type, size_bytes, sha256"
                                 " FROM attachments WHERE case_id = ? ORDER BY id"),
                  {caseId});
    if (!q.ok())
        return q.error();
    QList<AttachmentInfo> result;
    while (q->next())
        result.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                       q->value(3).toString(), q->value(4).toString(), q->value(5).toLongLong(),
                       q->value(6).toString()});
    return result;
}

Result<QByteArray> CaseContentRepository::attachmentContent(qint64 caseId, qint64 attachmentId) const
{
    const PersonalRows attachments(m_db, "attachments", caseId);
    auto q = m_db.exec(QStringLiteral("SELECT content FROM ") + attachments.from +
                           QStringLiteral(" WHERE id = ? AND case_id = ?"),
                       attachments.params + QVariantList{attachmentId, caseId});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return makeError(
            ErrorCode::NotFound,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "no attachment %1 on this case"), {attachmentId}});
    return q->value(0).toByteArray();
}

Result<QList<MessageRow>> CaseContentRepository::messages(qint64 caseId) const
{
    const PersonalRows messages(m_db, "messages", caseId);
    auto q = m_db.exec(QStringLiteral("SELECT id, direction, kind, author, body, sent_at, read_at FROM ") +
                           messages.from + QStringLiteral(" WHERE case_id = ? ORDER BY sent_at, id"),
                       messages.params + QVariantList{caseId});
    if (!q.ok())
        return q.error();
    QList<MessageRow> result;
    while (q->next())
        result.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                       q->value(3).toString(), q->value(4).toString(), fromSqlTime(q->value(5)),
                       fromSqlTime(q->value(6))});
    return result;
}

Result<QList<NoteRow>> CaseContentRepository::notes(qint64 caseId) const
{
    const PersonalRows notes(m_db, "notes", caseId);
    auto q = m_db.exec(QStringLiteral("SELECT id, author, body, created_at FROM ") + notes.from +
                           QStringLiteral(" WHERE case_id = ? ORDER BY created_at, id"),
                       notes.params + QVariantList{caseId});
    if (!q.ok())
        return q.error();
    QList<NoteRow> result;
    while (q->next())
        result.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                       fromSqlTime(q->value(3))});
    return result;
}

Result<Applicant> CaseContentRepository::applicant(qint64 caseId) const
{
    // Through the view: on PostgreSQL it hides a protected applicant from those without the right,
    // and a person reads it only through casedesk_read_applicant, which logs the read.
    const QString applicants = m_db.sql().hasRolesAndRowSecurity()
                                   ? QStringLiteral("casedesk_read_applicant(c.id)")
                                   : QStringLiteral("case_applicants");
    auto q = m_db.exec(
        QStringLiteral("SELECT a.personal_number, a.name, a.email, a.phone, a.street, a.postal_code, a.city,"
                       " c.protected_identity, a.organisation_number FROM cases c LEFT JOIN ") +
            applicants + QStringLiteral(" a ON a.case_id = c.id WHERE c.id = ?"),
        {caseId});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "no case with id %1"), {caseId}});
    return Applicant{q->value(0).toString(),
                     q->value(1).toString(),
                     q->value(2).toString(),
                     q->value(3).toString(),
                     {q->value(4).toString(), q->value(5).toString(), q->value(6).toString()},
                     q->value(7).toBool(),
                     q->value(8).toString()};
}

} // namespace casedesk
