// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>
#include <QTime>

#include <atomic>

namespace casedesk {

// One job of the background service (`casedeskctl serve`): retention today, mail delivery
// next. The runner asks each task when it wants to run, runs it on the service's thread and
// logs the one-line summary it returns. Summaries and errors never hold personal data.
class BackgroundTask
{
public:
    virtual ~BackgroundTask() = default;

    // For logs: "retention", "mail".
    virtual QString name() const = 0;
    // The first moment after `after` (local time) at which the task wants to run. May read
    // settings, so a changed setting applies from the next run.
    virtual QDateTime nextRunAfter(const QDateTime& after) = 0;
    // Runs once. `stop` is set when the service is asked to stop: finish the current step
    // (e.g. one transaction) and return. An empty summary means there was nothing to do: the
    // runner then logs the run at debug level only, so that a task that looks every few seconds
    // does not fill the log.
    virtual Result<QString> run(const std::atomic_bool& stop) = 0;
};

// The next moment, strictly after `after`, at which local time reads `at`. On the day the
// clocks go forward and `at` does not exist (02:30 in Sweden), the task runs at the first
// moment that does (03:00 summer time); on the day they go back, at the first 02:30.
QDateTime nextDailyRun(const QDateTime& after, QTime at);

// Parses "HH:MM" (00:00 to 23:59); an invalid QTime otherwise.
QTime parseTimeOfDay(const QString& text);

} // namespace casedesk
