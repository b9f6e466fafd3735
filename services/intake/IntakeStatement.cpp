// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "IntakeStatement.h"

#include "db/Database.h"
#include "repositories/CaseContentRows.h"
#include "repositories/JsonRowInsert.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace casedesk {

namespace {

// The document casedesk_intake_submission reads (keep in step with 0021), and the attachments'
// bytes one after another in `files`, each row naming its place.
QJsonObject submissionDocument(const NewCase& c, QByteArray& files)
{
    const Submission& s = *c.submission;
    const Applicant& a = c.row.applicant;
    QJsonArray attachments;
    for (const IncomingAttachment& file : c.attachments) {
        attachments.append(QJsonObject{
            {QStringLiteral("field_key"), jsonTextOrNull(file.fieldId)},
            {QStringLiteral("file_name"), jsonText(file.fileName)},
            {QStringLiteral("mime_type"), jsonText(file.mimeType)},
            {QStringLiteral("sha256"),
             QString::fromLatin1(QCryptographicHash::hash(file.content, QCryptographicHash::Sha256).toHex())},
            {QStringLiteral("byte_offset"), qint64(files.size())},
            {QStringLiteral("byte_length"), qint64(file.content.size())}});
        files += file.content;
    }
    QJsonArray mails;
    for (const NewCase::Mail& mail : c.mails)
        mails.append(QJsonObject{{QStringLiteral("kind"), mailKindId(mail.kind)},
                                 {QStringLiteral("recipient"), jsonText(mail.recipient)},
                                 {QStringLiteral("subject"), jsonText(mail.unfilled.subject)},
                                 {QStringLiteral("body"), jsonText(mail.unfilled.body)}});
    const QJsonObject document{
        {QStringLiteral("source"), c.row.source},
        {QStringLiteral("external_id"), c.row.externalId},
        {QStringLiteral("eservice_id"), c.row.eserviceId},
        {QStringLiteral("eservice_name"), jsonText(c.eserviceName)},
        {QStringLiteral("status_id"), c.row.statusId},
        {QStringLiteral("reference_prefix"), c.referencePrefix},
        {QStringLiteral("year"), c.year},
        {QStringLiteral("applicant"),
         QJsonObject{{QStringLiteral("name"), jsonText(a.name)},
                     {QStringLiteral("personal_number"), jsonTextOrNull(a.personalNumber)},
                     {QStringLiteral("email"), jsonTextOrNull(a.email)},
                     {QStringLiteral("phone"), jsonTextOrNull(a.phone)},
                     {QStringLiteral("street"), jsonTextOrNull(a.address.street)},
                     {QStringLiteral("postal_code"), jsonTextOrNull(a.address.postalCode)},
                     {QStringLiteral("city"), jsonTextOrNull(a.address.city)},
                     {QStringLiteral("organisation_number"), jsonTextOrNull(a.organisationNumber)},
                     {QStringLiteral("protected_identity"), a.protectedIdentity}}},
        {QStringLiteral("submitted_at"), jsonTime(c.row.submittedAt)},
        {QStringLiteral("now"), jsonTime(c.now)},
        {QStringLiteral("signature_state"), signatureStateId(c.row.signatureState)},
        {QStringLiteral("pages"), formPageRows(s.pages)},
        {QStringLiteral("fields"), formFieldRows(s.pages)},
        {QStringLiteral("parties"), requiredSignerRows(s.requiredSigners)},
        {QStringLiteral("signatures"), signatureRows(s.signatures)},
        {QStringLiteral("attachments"), attachments},
        {QStringLiteral("events"), eventRows(c.events)},
        {QStringLiteral("mails"), mails}};
    return document;
}

// The refusal the function caught, as the failed statement would have reported it: libpq's
// text ("ERROR:  ...", "DETAIL:  ...", which raisedRefusal reads) and the SQLSTATE.
Error refusal(const QJsonObject& error)
{
    QString text = QStringLiteral("ERROR:  ") + error.value(QStringLiteral("message")).toString();
    const QString detail = error.value(QStringLiteral("detail")).toString();
    if (!detail.isEmpty())
        text += QStringLiteral("\nDETAIL:  ") + detail;
    const QSqlError sqlError(QString(), text, QSqlError::StatementError,
                             error.value(QStringLiteral("sqlstate")).toString());
    return casedesk::sqlError(sqlError, false, QT_TRANSLATE_NOOP("casedesk::Errors", "statement failed"));
}

// One submission's outcome as the function returned it.
Result<StoredCase> storedCase(const QJsonObject& result, const NewCase& newCase)
{
    StoredCase stored;
    if (const QJsonValue error = result.value(QStringLiteral("error")); error.isObject()) {
        stored.refused = refusal(error.toObject());
        return stored;
    }
    stored.duplicateOf = result.value(QStringLiteral("duplicate_of")).toString();
    if (!stored.duplicateOf.isEmpty())
        return stored;
    stored.receipt.caseId = qint64(result.value(QStringLiteral("case_id")).toDouble());
    stored.receipt.reference = result.value(QStringLiteral("reference")).toString();
    stored.receipt.mailsQueued = int(newCase.mails.size());
    if (stored.receipt.caseId <= 0 || stored.receipt.reference.isEmpty())
        return makeError(ErrorCode::Internal,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "storing the submission returned no case"));
    return stored;
}

// The function's one value, read as JSON.
Result<QJsonDocument> returned(Result<KeptQuery>& q)
{
    if (!q->next())
        return makeError(ErrorCode::Internal,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "storing the submission returned nothing"));
    return QJsonDocument::fromJson(q->value(0).toString().toUtf8());
}

} // namespace

Result<StoredCase> storeInOneStatement(const Database& db, const NewCase& newCase)
{
    QByteArray files;
    const QJsonObject document = submissionDocument(newCase, files);
    auto q = db.run(QStringLiteral("SELECT casedesk_intake_submission(CAST(? AS jsonb), CAST(? AS bytea))"),
                    {QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)), files});
    if (!q.ok())
        return q.error();
    auto result = returned(q);
    if (!result.ok())
        return result.error();
    return storedCase(result->object(), newCase);
}

Result<std::vector<Result<StoredCase>>> storeAllInOneStatement(const Database& db,
                                                               const std::vector<NewCase>& newCases)
{
    QByteArray files;
    QJsonArray documents;
    for (const NewCase& newCase : newCases)
        documents.append(submissionDocument(newCase, files));
    auto q = db.run(QStringLiteral("SELECT casedesk_intake_submissions(CAST(? AS jsonb), CAST(? AS bytea))"),
                    {QString::fromUtf8(QJsonDocument(documents).toJson(QJsonDocument::Compact)), files});
    if (!q.ok())
        return q.error();
    auto result = returned(q);
    if (!result.ok())
        return result.error();
    const QJsonArray outcomes = result->array();
    if (outcomes.size() != qsizetype(newCases.size()))
        return makeError(
            ErrorCode::Internal,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "storing the submissions returned %1 outcomes for %2"),
             {outcomes.size(), qsizetype(newCases.size())}});
    std::vector<Result<StoredCase>> stored;
    stored.reserve(newCases.size());
    for (std::size_t i = 0; i < newCases.size(); ++i)
        stored.push_back(storedCase(outcomes.at(qsizetype(i)).toObject(), newCases[i]));
    return stored;
}

} // namespace casedesk
