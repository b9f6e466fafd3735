// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "db/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Reading the fields of the JSON documents the database returns (casedesk_read_case,
// casedesk_open_case_screen): absent or null fields read as empty.
namespace casedesk::json {

inline QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

// Timestamps come as casedesk_utc_text writes them.
inline QDateTime time(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? fromSqlTime(v.toString()) : QDateTime();
}

// JSON numbers are doubles: exact for ids up to 2^53.
inline qint64 number(const QJsonObject& o, const char* key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

} // namespace casedesk::json
