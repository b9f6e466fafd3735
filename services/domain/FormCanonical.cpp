// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "FormCanonical.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace casedesk {

QString submissionSourceId(SubmissionSource source)
{
    switch (source) {
    case SubmissionSource::CaseDeskJson:
        return QStringLiteral("casedesk");
    case SubmissionSource::OpenEPlatform:
        return QStringLiteral("oep");
    }
    return {};
}

QJsonArray pagesToJson(const QList<FormPage>& pages)
{
    QJsonArray result;
    for (const FormPage& page : pages) {
        QJsonArray fields;
        for (const FormField& field : page.fields) {
            QJsonObject object{{QStringLiteral("id"), field.id},
                               {QStringLiteral("label"), field.label},
                               {QStringLiteral("type"), field.type},
                               {QStringLiteral("value"), field.value}};
            if (!field.visibleWhen.isEmpty())
                object.insert(QStringLiteral("visibleWhen"), field.visibleWhen);
            fields.append(object);
        }
        result.append(QJsonObject{{QStringLiteral("title"), page.title}, {QStringLiteral("fields"), fields}});
    }
    return result;
}

QString pagesDigest(const QList<FormPage>& pages)
{
    const QByteArray json = QJsonDocument(pagesToJson(pages)).toJson(QJsonDocument::Compact);
    return QStringLiteral("sha256:") +
           QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
}

QString jsonValueToText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& item : value.toArray())
            parts.append(jsonValueToText(item));
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: {
        QStringList lines;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            lines.append(it.key() + QStringLiteral(": ") + jsonValueToText(it.value()));
        return lines.join(QLatin1Char('\n'));
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace casedesk
