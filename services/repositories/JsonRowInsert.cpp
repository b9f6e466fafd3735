// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "JsonRowInsert.h"

#include "db/Database.h"

#include <QJsonDocument>

#include <optional>

namespace casedesk {

QJsonValue jsonText(const QString& text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue jsonTextOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue jsonTime(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(toSqlTime(time).toString()) : QJsonValue(QJsonValue::Null);
}

namespace {

VoidResult insertRows(const Database& db, const char* table, std::optional<qint64> caseId,
                      const QList<JsonRowColumn>& columns, const QJsonArray& rows)
{
    if (rows.isEmpty())
        return {};
    QStringList names;
    QStringList values;
    names.reserve(columns.size() + 1);
    values.reserve(columns.size() + 1);
    QVariantList params;
    if (caseId) {
        names << QStringLiteral("case_id");
        values << QStringLiteral("CAST(? AS bigint)");
        params << *caseId;
    }
    for (const JsonRowColumn& column : columns) {
        names << QLatin1String(column.name);
        values << QStringLiteral("r.") + QLatin1String(column.name);
    }
    const QString sql = QStringLiteral("INSERT INTO ") + QLatin1String(table) + QStringLiteral(" (") +
                        names.join(QStringLiteral(", ")) + QStringLiteral(") SELECT ") +
                        values.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") +
                        db.sql().jsonRows(columns, QStringLiteral("r"));
    params << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
    auto q = db.run(sql, params);
    if (!q.ok())
        return q.error();
    return {};
}

} // namespace

VoidResult insertJsonRows(const Database& db, const char* table, const QList<JsonRowColumn>& columns,
                          const QJsonArray& rows)
{
    return insertRows(db, table, std::nullopt, columns, rows);
}

VoidResult insertCaseJsonRows(const Database& db, const char* table, qint64 caseId,
                              const QList<JsonRowColumn>& columns, const QJsonArray& rows)
{
    return insertRows(db, table, caseId, columns, rows);
}

} // namespace casedesk
