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

} // namespace casedesk
