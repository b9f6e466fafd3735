// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace casedesk {

// A time in UTC with Qt::UTC as its spec, as QDateTime::toUTC() gives, on every Qt from 6.4
// (where a QTimeZone "UTC" would make it Qt::TimeZone) on.
inline QDateTime utcDateTime(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone(QTimeZone::UTC));
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

// The UTC time `msecs` milliseconds after 1970-01-01T00:00:00Z, with Qt::UTC as its spec.
inline QDateTime utcFromMSecsSinceEpoch(qint64 msecs)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone(QTimeZone::UTC));
#else
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
#endif
}

} // namespace casedesk
