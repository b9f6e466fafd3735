// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "StatusDeadline.h"

#include "SwedishCalendar.h"

#include <QTimeZone>

namespace casedesk {

namespace {

// The municipality's days are Swedish whatever the desktop's time zone (as the database's
// casedesk_status_due_on counts them, AT TIME ZONE 'Europe/Stockholm').
const QTimeZone& sweden()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Stockholm"));
    return zone;
}

} // namespace

QDate noDueDate()
{
    return QDate(9999, 12, 31);
}

QDate swedishDay(const QDateTime& time)
{
    return time.toTimeZone(sweden()).date();
}

QDate swedishToday()
{
    return swedishDay(QDateTime::currentDateTimeUtc());
}

QDate statusDueOn(const StatusDeadline& deadline, const QDateTime& since)
{
    if (deadline.days <= 0 || !since.isValid())
        return noDueDate();
    const QDate start = swedishDay(since);
    return deadline.workingDays ? SwedishCalendar::addWorkingDays(start, deadline.days)
                                : start.addDays(deadline.days);
}

int daysUntil(const QDate& dueOn, const QDate& today)
{
    return int(today.daysTo(dueOn));
}

} // namespace casedesk
