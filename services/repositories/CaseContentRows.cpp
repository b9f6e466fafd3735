// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseContentRows.h"

#include "JsonRowInsert.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk {

namespace {

// A single JSON value as text: wrapped in an array because QJsonDocument holds only
// arrays and objects.
QString valueToJson(const QJsonValue& value)
{
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

} // namespace

const QList<JsonRowColumn> kFormPageColumns{{"page_index", "integer"}, {"title", "text"}};
const QList<JsonRowColumn> kFormFieldColumns{
    {"page_index", "integer"}, {"field_index", "integer"}, {"field_key", "text"},  {"label", "text"},
    {"field_type", "text"},    {"value_json", "text"},     {"value_text", "text"}, {"visible_when", "text"}};
const QList<JsonRowColumn> kRequiredSignerColumns{
    {"role", "text"}, {"name", "text"}, {"personal_number", "text"}, {"required_signature", "boolean"}};
const QList<JsonRowColumn> kSignatureColumns{{"role", "text"},
                                             {"name", "text"},
                                             {"personal_number", "text"},
                                             {"signed_at", "timestamptz"},
                                             {"provider", "text"},
                                             {"signed_digest", "text"},
                                             {"kind", "text"}};
const QList<JsonRowColumn> kEventColumns{
    {"occurred_at", "timestamptz"}, {"actor", "text"},        {"kind", "text"},
    {"from_status_id", "text"},     {"to_status_id", "text"}, {"detail", "text"}};

QJsonArray formPageRows(const QList<FormPage>& pages)
{
    QJsonArray rows;
    for (int p = 0; p < pages.size(); ++p)
        rows.append(QJsonObject{{QStringLiteral("page_index"), p},
                                {QStringLiteral("title"), jsonText(pages[p].title)}});
    return rows;
}

QJsonArray formFieldRows(const QList<FormPage>& pages)
{
    QJsonArray rows;
    for (int p = 0; p < pages.size(); ++p) {
        const auto& fields = pages[p].fields;
        for (int f = 0; f < fields.size(); ++f) {
            const FormField& field = fields[f];
            rows.append(QJsonObject{{QStringLiteral("page_index"), p},
                                    {QStringLiteral("field_index"), f},
                                    {QStringLiteral("field_key"), jsonText(field.id)},
                                    {QStringLiteral("label"), jsonText(field.label)},
                                    {QStringLiteral("field_type"), jsonText(field.type)},
                                    {QStringLiteral("value_json"), valueToJson(field.value)},
                                    {QStringLiteral("value_text"), jsonText(field.valueText)},
                                    {QStringLiteral("visible_when"), jsonTextOrNull(field.visibleWhen)}});
        }
    }
    return rows;
}

QJsonArray requiredSignerRows(const QList<RequiredSigner>& signers)
{
    QJsonArray rows;
    for (const RequiredSigner& s : signers)
        rows.append(QJsonObject{{QStringLiteral("role"), jsonText(s.role)},
                                {QStringLiteral("name"), jsonText(s.name)},
                                {QStringLiteral("personal_number"), jsonTextOrNull(s.personalNumber)},
                                {QStringLiteral("required_signature"), true}});
    return rows;
}

QJsonArray signatureRows(const QList<IncomingSignature>& signatures)
{
    QJsonArray rows;
    for (const IncomingSignature& s : signatures)
        rows.append(QJsonObject{{QStringLiteral("role"), jsonText(s.role)},
                                {QStringLiteral("name"), jsonText(s.name)},
                                {QStringLiteral("personal_number"), jsonTextOrNull(s.personalNumber)},
                                {QStringLiteral("signed_at"), jsonTime(s.signedAt)},
                                {QStringLiteral("provider"), jsonText(s.provider)},
                                {QStringLiteral("signed_digest"), jsonText(s.signedDigest)},
                                {QStringLiteral("kind"), s.kind == SignatureKind::OpenEPlatform
                                                             ? QStringLiteral("oep")
                                                             : QStringLiteral("pages_digest")}});
    return rows;
}

QJsonArray eventRows(const QList<EventRow>& events)
{
    QJsonArray rows;
    for (const EventRow& event : events)
        rows.append(QJsonObject{{QStringLiteral("occurred_at"), jsonTime(event.occurredAt)},
                                {QStringLiteral("actor"), jsonText(event.actor)},
                                {QStringLiteral("kind"), jsonText(event.kind)},
                                {QStringLiteral("from_status_id"), jsonTextOrNull(event.fromStatusId)},
                                {QStringLiteral("to_status_id"), jsonTextOrNull(event.toStatusId)},
                                {QStringLiteral("detail"), jsonTextOrNull(event.detail)}});
    return rows;
}

} // namespace casedesk
