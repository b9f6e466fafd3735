#include "JsonRowInsert.h"

#include "db/Database.h"

#include <QJsonDocument>

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

VoidResult insertJsonRows(const Database& db, const char* table, const QList<JsonRowColumn>& columns,
                          const QJsonArray& rows)
{
    if (rows.isEmpty())
        return {};
    QStringList names;
    QStringList values;
    names.reserve(columns.size());
    values.reserve(columns.size());
    for (const JsonRowColumn& column : columns) {
        names << QLatin1String(column.name);
        values << QStringLiteral("r.") + QLatin1String(column.name);
    }
    const QString sql = QStringLiteral("INSERT INTO ") + QLatin1String(table) + QStringLiteral(" (") +
                        names.join(QStringLiteral(", ")) + QStringLiteral(") SELECT ") +
                        values.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") +
                        db.sql().jsonRows(columns, QStringLiteral("r"));
    const QString json = QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
    auto q = db.run(sql, {json});
    if (!q.ok())
        return q.error();
    return {};
}

} // namespace casedesk
