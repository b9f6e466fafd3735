// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseScreenStatement.h"

#include "CaseReading.h"
#include "JsonFields.h"
#include "core/Logging.h"
#include "intake/FileTypes.h"

#include <QHash>
#include <QJsonArray>

namespace casedesk {

namespace {

using json::number;
using json::text;
using json::time;

QDate date(const QJsonObject& o, const char* key)
{
    const QString value = text(o, key);
    return value.isEmpty() ? QDate() : QDate::fromString(value.left(10), Qt::ISODate);
}

QJsonArray array(const QJsonObject& doc, const char* key)
{
    return doc.value(QLatin1String(key)).toArray();
}

// The conversation as MessageService::thread returns it. Its messages and notes are the case
// document's; each message carries the attachments whose message_id names it.
CaseThread threadFromJson(const QJsonObject& doc, const CaseDetail& detail)
{
    CaseThread thread;
    thread.caseId = detail.summary.id;
    thread.reference = detail.summary.reference;
    QHash<qint64, qsizetype> index;
    for (const MessageRow& m : detail.messages) {
        index.insert(m.id, thread.messages.size());
        thread.messages.append({m.id, m.direction, m.kind, m.author, m.body, m.sentAt, m.readAt, {}});
    }
    for (const AttachmentInfo& a : detail.attachments) {
        if (const auto at = index.constFind(a.messageId); a.messageId > 0 && at != index.cend())
            thread.messages[*at].attachments.append(a);
    }
    thread.notes = detail.notes;
    for (const QJsonValue& v : array(doc, "supplement_requests")) {
        const QJsonObject r = v.toObject();
        thread.supplementRequests.append({number(r, "id"), number(r, "case_id"), number(r, "message_id"),
                                          text(r, "body"), date(r, "due_date"), text(r, "requested_by"),
                                          time(r, "requested_at"), time(r, "answered_at"),
                                          number(r, "answer_message_id")});
    }
    for (const QJsonValue& v : array(doc, "decisions")) {
        const QJsonObject d = v.toObject();
        thread.decisions.append({number(d, "id"), number(d, "case_id"), text(d, "outcome_id"),
                                 text(d, "outcome_name_sv"), text(d, "outcome_name_en"), text(d, "body"),
                                 number(d, "document_attachment_id"), text(d, "document_file_name"),
                                 number(d, "message_id"), text(d, "decided_by"), time(d, "decided_at"),
                                 number(d, "corrects_decision_id")});
    }
    return thread;
}

Status statusFromJson(const QJsonObject& s)
{
    return {text(s, "id"),
            text(s, "eservice_id"),
            text(s, "name_sv"),
            text(s, "name_en"),
            statusKindFromId(text(s, "kind")).value_or(StatusKind::Submitted),
            int(number(s, "sort_order")),
            s.value(QLatin1String("built_in")).toBool()};
}

} // namespace

Result<CaseScreen> readCaseScreenInOneStatement(const Database& db, const QString& reference, bool markOpened)
{
    auto doc =
        openCaseDocument(db, QStringLiteral("SELECT casedesk_open_case_screen(?, ?)"), reference, markOpened);
    if (!doc.ok())
        return doc.error();
    CaseScreen screen;
    screen.detail = openedCaseFromJson(*doc);
    if (!screen.detail.notMarked.isEmpty())
        qCWarning(lcDb) << "case" << reference
                        << "is shown but was not marked opened:" << screen.detail.notMarked.english();
    screen.thread = threadFromJson(*doc, screen.detail);
    for (const QJsonValue& v : array(*doc, "allowed_next"))
        screen.allowedNext.append(statusFromJson(v.toObject()));
    screen.role = roleFromId(text(*doc, "role"));
    screen.canWork = doc->value(QLatin1String("can_work")).toBool();
    screen.allowedFileTypes = allowedFileTypes(text(*doc, "allowed_file_types"));
    for (const QJsonValue& v : array(*doc, "message_templates")) {
        const QJsonObject t = v.toObject();
        screen.messageTemplates.append({text(t, "eservice_id"), text(t, "name"), text(t, "body")});
    }
    return screen;
}

} // namespace casedesk
