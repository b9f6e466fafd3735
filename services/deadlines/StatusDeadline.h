// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace casedesk {

// How long a case of an e-service may stay in a status (issue #16 §1): `days` calendar days, or
// Swedish working days (SwedishCalendar), counted from the day it entered the status in Sweden.
struct StatusDeadline
{
    QString eserviceId;
    QString statusId;
    int days = 0; // 1..3650
    bool workingDays = false;
};

// The day stored for a case without a handling time: after every real due day, so that the
// due-day ordering (never NULL) puts such cases last.
QDate noDueDate();

// The day a case that entered its status at `since` must leave it, under `deadline`.
QDate statusDueOn(const StatusDeadline& deadline, const QDateTime& since);

// Whole Swedish calendar days from `today` to `dueOn`: negative when overdue, 0 on the day.
// `today` is the day in Sweden (swedishToday).
int daysUntil(const QDate& dueOn, const QDate& today);
QDate swedishToday();
QDate swedishDay(const QDateTime& time);

} // namespace casedesk
