// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "DemoBatch.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace casedesk::demo {

namespace {

// clang-format off
constexpr DemoTableInfo kTables[kDemoTableCount] = {
    {"cases",
     "id, reference, eservice_id, status_id, assignee, source, external_id, applicant_name,"
     " applicant_personal_number, applicant_email, applicant_phone, applicant_street, applicant_postal_code,"
     " applicant_city, protected_identity, submitted_at, updated_at, closed_at, last_activity_at,"
     " signature_state, needs_action, version",
     "bigint,text,text,text,text,text,text,text,"
     "text,text,text,text,text,"
     "text,boolean,timestamptz,timestamptz,timestamptz,timestamptz,"
     "text,boolean,integer",
     22, true, 0},
    {"form_pages", "case_id, page_index, title", "bigint,integer,text", 3, false, 0},
    {"form_fields",
     "case_id, page_index, field_index, field_key, label, field_type, value_json, value_text, visible_when",
     "bigint,integer,integer,text,text,text,text,text,text", 9, false, 0},
    {"case_parties", "case_id, role, name, personal_number, required_signature",
     "bigint,text,text,text,boolean", 5, false, 0},
    {"signatures", "case_id, role, name, personal_number, signed_at, provider, signed_digest, kind",
     "bigint,text,text,text,timestamptz,text,text,text", 8, false, 0},
    {"messages", "id, case_id, direction, kind, author, body, sent_at, read_at",
     "bigint,bigint,text,text,text,text,timestamptz,timestamptz", 8, true, 1},
    {"attachments",
     "case_id, message_id, field_key, file_name, mime_type, size_bytes, sha256, content, created_at",
     "bigint,bigint,text,text,text,bigint,text,bytea,timestamptz", 9, false, 0},
    {"notes", "case_id, author, body, created_at", "bigint,text,text,timestamptz", 4, false, 0},
    {"case_events", "case_id, occurred_at, actor, kind, from_status_id, to_status_id, detail",
     "bigint,timestamptz,text,text,text,text,text", 7, false, 0},
};
// clang-format on

QVariant text(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

// A value for a NOT NULL text column: an empty string, never NULL.
QVariant required(const QString& value)
{
    static const QString empty = QStringLiteral("");
    return value.isNull() ? QVariant(empty) : QVariant(value);
}

QVariant time(Msecs msecs)
{
    return msecs < 0 ? QVariant(QMetaType(QMetaType::QString)) : QVariant(formatSqlTime(msecs));
}

// JSON exactly as QJsonDocument writes it compact: UTF-8, only '"', '\\' and control
// characters escaped (the usual short escapes, else \u00xx in lowercase hex).
void appendJsonString(QByteArray& out, const QString& value)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char byte : value.toUtf8()) {
        const auto b = quint8(byte);
        if (b >= 0x20 && b != '"' && b != '\\') {
            out += byte;
            continue;
        }
        out += '\\';
        switch (b) {
        case '"':
        case '\\':
            out += char(b);
            break;
        case '\b':
            out += 'b';
            break;
        case '\f':
            out += 'f';
            break;
        case '\n':
            out += 'n';
            break;
        case '\r':
            out += 'r';
            break;
        case '\t':
            out += 't';
            break;
        default:
            out += "u00";
            out += hex[b >> 4];
            out += hex[b & 0xf];
        }
    }
    out += '"';
}

void appendJsonValue(QByteArray& out, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        appendJsonString(out, value.toString());
        return;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::abs(d) < 9007199254740992.0)
            out += QByteArray::number(qint64(d));
        else if (std::isfinite(d))
            out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        else
            out += "null";
        return;
    }
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            appendJsonValue(out, array.at(i));
        }
        out += ']';
        return;
    }
    case QJsonValue::Object: // not made by the catalog: the reference writer
        out += QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    }
}

template <typename... Values> void addRow(DemoRows& rows, Values&&... values)
{
    (rows.values.append(QVariant(std::forward<Values>(values))), ...);
    ++rows.rowCount;
}

} // namespace

const DemoTableInfo& demoTableInfo(DemoTable table)
{
    return kTables[int(table)];
}

QString valueToJsonText(const QJsonValue& value)
{
    QByteArray json;
    appendJsonValue(json, value);
    return QString::fromUtf8(json);
}

QString fastPagesDigest(const QList<FormPage>& pages)
{
    QByteArray json;
    json.reserve(4096);
    json += '[';
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const FormPage& page = pages.at(p);
        json += p > 0 ? ",{\"fields\":[" : "{\"fields\":[";
        for (qsizetype f = 0; f < page.fields.size(); ++f) {
            const FormField& field = page.fields.at(f);
            json += f > 0 ? ",{\"id\":" : "{\"id\":";
            appendJsonString(json, field.id);
            json += ",\"label\":";
            appendJsonString(json, field.label);
            json += ",\"type\":";
            appendJsonString(json, field.type);
            json += ",\"value\":";
            appendJsonValue(json, field.value);
            if (!field.visibleWhen.isEmpty()) {
                json += ",\"visibleWhen\":";
                appendJsonString(json, field.visibleWhen);
            }
            json += '}';
        }
        json += "],\"title\":";
        appendJsonString(json, page.title);
        json += '}';
    }
    json += ']';
    return QStringLiteral("sha256:") +
           QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
}

void appendCase(DemoBatch& batch, const DemoCase& c, quint64 seed)
{
    const qint64 local = batch.caseCount();
    batch.years.append(utcDate(c.submittedAt).year());
    const Applicant& a = c.applicant;
    const EService& eservice = demoCatalog().at(c.eservice).eservice;
    addRow(batch.rows(DemoTable::Cases), local, QString(), eservice.id, c.statusId, text(c.assignee),
           QStringLiteral("demo"), QStringLiteral("demo-%1-%2").arg(seed).arg(c.number), a.name,
           text(a.personalNumber), text(a.email), text(a.phone), text(a.address.street),
           text(a.address.postalCode), text(a.address.city), a.protectedIdentity, time(c.submittedAt),
           time(c.updatedAt), time(c.closedAt), time(c.lastActivityAt), signatureStateId(c.signatureState),
           c.needsAction, c.version);

    DemoRows& pages = batch.rows(DemoTable::Pages);
    DemoRows& fields = batch.rows(DemoTable::Fields);
    for (int p = 0; p < c.pages.size(); ++p) {
        const FormPage& page = c.pages.at(p);
        addRow(pages, local, p, page.title);
        for (int f = 0; f < page.fields.size(); ++f) {
            const FormField& field = page.fields.at(f);
            addRow(fields, local, p, f, field.id, field.label, field.type, valueToJsonText(field.value),
                   required(field.valueText), text(field.visibleWhen));
        }
    }
    for (const RequiredSigner& s : c.requiredSigners)
        addRow(batch.rows(DemoTable::Parties), local, s.role, s.name, text(s.personalNumber), true);
    for (const DemoSignature& s : c.signatures)
        addRow(batch.rows(DemoTable::Signatures), local, s.role, s.name, text(s.personalNumber),
               time(s.signedAt), s.provider, c.pagesDigest, QStringLiteral("pages_digest"));

    DemoRows& messages = batch.rows(DemoTable::Messages);
    const qint64 firstMessage = messages.rowCount;
    for (const DemoMessage& m : c.messages) {
        const qint64 index = messages.rowCount;
        addRow(messages, index, local, m.incoming ? QStringLiteral("in") : QStringLiteral("out"),
               QStringLiteral("message"), m.author, m.body, time(m.sentAt), time(m.readAt));
    }
    for (const DemoAttachment& at : c.attachments) {
        const DemoAsset& asset = *at.asset;
        addRow(batch.rows(DemoTable::Attachments), local,
               at.messageIndex < 0 ? QVariant(QMetaType(QMetaType::LongLong))
                                   : QVariant(firstMessage + at.messageIndex),
               text(at.fieldKey), asset.fileName, asset.mimeType, qint64(asset.content.size()), asset.sha256,
               asset.content, time(at.createdAt));
    }
    for (const DemoNote& n : c.notes)
        addRow(batch.rows(DemoTable::Notes), local, n.author, n.body, time(n.at));
    for (const DemoEvent& e : c.events)
        addRow(batch.rows(DemoTable::Events), local, time(e.at), e.actor, e.kind, text(e.fromStatusId),
               text(e.toStatusId), text(e.detail));
}

} // namespace casedesk::demo
