// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseReading.h"

#include "deadlines/StatusDeadline.h"

#include "CaseWork.h"
#include "JsonFields.h"
#include "access/AccessService.h"
#include "db/Database.h"
#include "domain/NavetPersonJson.h"
#include "domain/SignatureVerifier.h"
#include "repositories/CaseContentRepository.h"
#include "repositories/CaseRepository.h"
#include "repositories/RegisterRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <tuple>

namespace casedesk {

namespace {

using json::number;
using json::text;
using json::time;

QJsonValue valueFromJson(const QString& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    return doc.array().isEmpty() ? QJsonValue() : doc.array().first();
}

// The case document of casedesk_read_case (0012) as a CaseDetail.
CaseDetail detailFromJson(const QJsonObject& doc)
{
    CaseDetail d;
    const QJsonObject s = doc.value(QLatin1String("summary")).toObject();
    d.summary = summaryFromJson(s);
    d.source = text(s, "source");
    d.externalId = text(s, "external_id");
    const QJsonObject a = doc.value(QLatin1String("applicant")).toObject();
    d.applicant = Applicant{text(a, "personal_number"),
                            text(a, "name"),
                            text(a, "email"),
                            text(a, "phone"),
                            {text(a, "street"), text(a, "postal_code"), text(a, "city")},
                            d.summary.protectedIdentity,
                            text(a, "organisation_number")};
    QList<int> pageIndexes;
    for (const QJsonValue& v : doc.value(QLatin1String("pages")).toArray()) {
        pageIndexes.append(int(number(v.toObject(), "page_index")));
        d.pages.append(FormPage{text(v.toObject(), "title"), {}});
    }
    for (const QJsonValue& v : doc.value(QLatin1String("fields")).toArray()) {
        const QJsonObject f = v.toObject();
        const int page = int(pageIndexes.indexOf(int(number(f, "page_index"))));
        if (page < 0)
            continue;
        d.pages[page].fields.append(FormField{text(f, "field_key"), text(f, "label"), text(f, "field_type"),
                                              valueFromJson(text(f, "value_json")), text(f, "value_text"),
                                              text(f, "visible_when")});
    }
    QList<RequiredSigner> required;
    for (const QJsonValue& v : doc.value(QLatin1String("required")).toArray()) {
        const QJsonObject r = v.toObject();
        required.append({text(r, "role"), text(r, "personal_number"), text(r, "name")});
    }
    QList<IncomingSignature> signatures;
    for (const QJsonValue& v : doc.value(QLatin1String("signatures")).toArray()) {
        const QJsonObject g = v.toObject();
        signatures.append({text(g, "role"), text(g, "personal_number"), text(g, "name"), time(g, "signed_at"),
                           text(g, "provider"), text(g, "signed_digest"),
                           text(g, "kind") == QLatin1String("oep") ? SignatureKind::OpenEPlatform
                                                                   : SignatureKind::PagesDigest});
    }
    d.signatures = verifySignatures(d.pages, signatures, required).rows;
    for (const QJsonValue& v : doc.value(QLatin1String("attachments")).toArray()) {
        const QJsonObject t = v.toObject();
        d.attachments.append({number(t, "id"), number(t, "message_id"), text(t, "field_key"),
                              text(t, "file_name"), text(t, "mime_type"), number(t, "size"),
                              text(t, "sha256")});
    }
    for (const QJsonValue& v : doc.value(QLatin1String("messages")).toArray()) {
        const QJsonObject m = v.toObject();
        d.messages.append({number(m, "id"), text(m, "direction"), text(m, "kind"), text(m, "author"),
                           text(m, "body"), time(m, "sent_at"), time(m, "read_at")});
    }
    for (const QJsonValue& v : doc.value(QLatin1String("notes")).toArray()) {
        const QJsonObject n = v.toObject();
        d.notes.append({number(n, "id"), text(n, "author"), text(n, "body"), time(n, "created_at")});
    }
    for (const QJsonValue& v : doc.value(QLatin1String("events")).toArray()) {
        const QJsonObject e = v.toObject();
        d.events.append({number(e, "id"), time(e, "occurred_at"), text(e, "actor"), text(e, "kind"),
                         text(e, "from_status_id"), text(e, "to_status_id"), text(e, "detail")});
    }
    for (const QJsonValue& v : doc.value(QLatin1String("register")).toArray()) {
        const QJsonObject r = v.toObject();
        d.registerEntries.append({navetPersonFromJson(r.value(QLatin1String("person")).toObject()),
                                  text(r, "fetched_by"), time(r, "fetched_at")});
    }
    markRegisteredGuardians(d.signatures, d.registerEntries);
    if (const QJsonObject q = doc.value(QLatin1String("register_request")).toObject(); !q.isEmpty())
        d.registerRequest = RegisterRequest{text(q, "requested_by"), time(q, "requested_at"),
                                            time(q, "answered_at"), text(q, "failure")};
    // Without the right to see a protected identity the database gave the case row only.
    d.contentHidden = !doc.value(QLatin1String("content")).toBool();
    return d;
}

} // namespace

CaseSummary summaryFromJson(const QJsonObject& s)
{
    CaseSummary c;
    c.id = number(s, "id");
    c.reference = text(s, "reference");
    c.eserviceId = text(s, "eservice_id");
    c.eserviceName = text(s, "eservice_name");
    c.statusId = text(s, "status_id");
    c.statusNameSv = text(s, "status_name_sv");
    c.statusNameEn = text(s, "status_name_en");
    c.statusKind = statusKindFromId(text(s, "status_kind")).value_or(StatusKind::Submitted);
    c.assignee = text(s, "assignee");
    c.applicantName = text(s, "applicant_name");
    c.personalNumber = text(s, "personal_number");
    c.protectedIdentity = s.value(QLatin1String("protected_identity")).toBool();
    c.submittedAt = time(s, "submitted_at");
    c.updatedAt = time(s, "updated_at");
    c.closedAt = time(s, "closed_at");
    c.lastActivityAt = time(s, "last_activity_at");
    c.signatureState = signatureStateFromId(text(s, "signature_state"));
    c.needsAction = s.value(QLatin1String("needs_action")).toBool();
    c.version = int(number(s, "version"));
    c.unreadCount = int(number(s, "unread_count"));
    const QString due = text(s, "supplement_due_at");
    c.supplementDueDate = due.isEmpty() ? QDate() : QDate::fromString(due.left(10), Qt::ISODate);
    // The day the case must leave its status (0031/0032); 9999-12-31 is none.
    const QDate statusDue = QDate::fromString(text(s, "status_due_on").left(10), Qt::ISODate);
    c.statusDueDate = statusDue == noDueDate() ? QDate() : statusDue;
    return c;
}

Result<CaseRead> readCaseInSnapshot(const Database& db, const QString& reference)
{
    if (auto begun = db.exec(QStringLiteral("BEGIN DEFERRED")); !begun.ok())
        return begun.error();
    // Nothing is written here, so the transaction always ends in ROLLBACK.
    struct EndRead
    {
        const Database& db;
        ~EndRead() { db.exec(QStringLiteral("ROLLBACK")).ok(); }
    } endRead{db};

    auto summary = CaseWork::find(db, reference);
    if (!summary.ok())
        return summary.error();
    CaseRead read;
    CaseDetail& detail = read.detail;
    detail.summary = *summary;
    const qint64 id = summary->id;
    const CaseContentRepository content(db);
    auto applicant = content.applicant(id);
    auto pages = content.form(id);
    auto signatures = content.signatures(id);
    auto required = content.requiredSigners(id);
    auto attachments = content.attachments(id);
    auto messages = content.messages(id);
    auto notes = content.notes(id);
    auto events = CaseRepository(db).events(id);
    auto origin = CaseRepository(db).origin(id);
    auto registerEntries = RegisterRepository(db).list(id);
    auto registerRequest = RegisterRepository(db).latestRequest(id);
    for (const Error* e :
         {applicant.ok() ? nullptr : &applicant.error(), pages.ok() ? nullptr : &pages.error(),
          signatures.ok() ? nullptr : &signatures.error(), required.ok() ? nullptr : &required.error(),
          attachments.ok() ? nullptr : &attachments.error(), messages.ok() ? nullptr : &messages.error(),
          notes.ok() ? nullptr : &notes.error(), events.ok() ? nullptr : &events.error(),
          origin.ok() ? nullptr : &origin.error(), registerEntries.ok() ? nullptr : &registerEntries.error(),
          registerRequest.ok() ? nullptr : &registerRequest.error()}) {
        if (e)
            return *e;
    }
    detail.applicant = *applicant;
    if (summary->protectedIdentity) {
        auto seeProtected = AccessService(db).canSeeProtected();
        if (!seeProtected.ok())
            return seeProtected.error();
        detail.contentHidden = !*seeProtected;
    }
    detail.pages = *pages;
    detail.signatures = verifySignatures(*pages, *signatures, *required).rows;
    detail.attachments = *attachments;
    detail.messages = *messages;
    detail.notes = *notes;
    detail.events = *events;
    detail.registerEntries = *registerEntries;
    markRegisteredGuardians(detail.signatures, detail.registerEntries);
    detail.registerRequest = *registerRequest;
    std::tie(detail.source, detail.externalId) = *origin;

    auto recent = db.exec(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE case_id = ? AND occurred_at > ? AND actor = ?"
                       " AND action = 'case.opened'"),
        {id, toSqlTime(QDateTime::currentDateTimeUtc().addSecs(-5 * 60)), db.currentUser()});
    if (!recent.ok())
        return recent.error();
    read.openedRecently = recent->next() && recent->value(0).toLongLong() > 0;
    return read;
}

Result<QJsonObject> openCaseDocument(const Database& db, const QString& sql, const QString& reference,
                                     bool markOpened)
{
    auto q = db.execKept(sql, {reference, markOpened});
    if (!q.ok())
        return q.error();
    QSqlQuery& query = **q;
    const QByteArray json = query.next() ? query.value(0).toString().toUtf8() : QByteArray();
    query.finish();
    if (json.isEmpty())
        return makeError(ErrorCode::NotFound,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "no case with reference %1"), {reference}},
                         QStringLiteral("reference"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return makeError(ErrorCode::Internal,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "the database returned no case document: %1"),
                          {parseError.errorString()}});
    return doc.object();
}

CaseDetail openedCaseFromJson(const QJsonObject& doc)
{
    CaseDetail detail = detailFromJson(doc);
    // The database's own words for the failed marking (the error it caught), as a driver's text.
    if (const QString markError = text(doc, "mark_error"); !markError.isEmpty())
        detail.notMarked = ErrorText::verbatim(markError);
    if (doc.value(QLatin1String("marked_read")).toBool())
        detail.summary.unreadCount = 0;
    return detail;
}

Result<CaseDetail> openCaseInOneStatement(const Database& db, const QString& reference, bool markOpened)
{
    auto doc = openCaseDocument(db, QStringLiteral("SELECT casedesk_open_case(?, ?)"), reference, markOpened);
    if (!doc.ok())
        return doc.error();
    return openedCaseFromJson(*doc);
}

} // namespace casedesk
