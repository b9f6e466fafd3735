// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QVariant>

namespace casedesk {

// Timestamps are stored in UTC, as ISO 8601 text with milliseconds on SQLite
// ("2026-12-06T13:49:00.123Z") and timestamptz on PostgreSQL.
QVariant toSqlTime(const QDateTime& time);
// Empty text is stored as NULL.
QVariant toSqlText(const QString& text);
// A stored timestamp in UTC; invalid for NULL or text that is no ISO 8601 time.
QDateTime fromSqlTime(const QVariant& value);

// The UTC time of exactly "YYYY-MM-DDTHH:MM:SS[.mmm]Z", the form toSqlTime writes; invalid for
// anything else (which fromSqlTime then hands to Qt's general ISO 8601 parser).
QDateTime parseStoredUtcTime(QStringView text);

} // namespace casedesk
