// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "BackgroundTask.h"

#include <QRegularExpression>

namespace casedesk {

namespace {

// `at` on `day` in local time, or the first minute after it that exists (clocks going forward).
QDateTime localMoment(QDate day, QTime at)
{
    QDateTime moment(day, at, Qt::LocalTime);
    for (int minutes = 1; !moment.isValid() && minutes <= 180; ++minutes)
        moment = QDateTime(day, at.addSecs(minutes * 60), Qt::LocalTime);
    return moment;
}

} // namespace

QDateTime nextDailyRun(const QDateTime& after, QTime at)
{
    // Today only while the clock has not yet read `at` today: on the day the clocks go back, the
    // second 02:30 must not run the task again.
    const QDateTime local = after.toLocalTime();
    if (local.time() < at) {
        const QDateTime today = localMoment(local.date(), at);
        if (today.isValid() && today > local)
            return today;
    }
    return localMoment(local.date().addDays(1), at);
}

QTime parseTimeOfDay(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^([01][0-9]|2[0-3]):([0-5][0-9])$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    return QTime(match.captured(1).toInt(), match.captured(2).toInt());
}

} // namespace casedesk
