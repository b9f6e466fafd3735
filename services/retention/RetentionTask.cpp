// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "RetentionTask.h"

#include "RetentionService.h"
#include "core/Logging.h"
#include "db/Database.h"
#include "repositories/SettingsRepository.h"

namespace casedesk {

QTime RetentionTask::runAt() const
{
    if (m_runAt)
        return *m_runAt;
    auto setting = SettingsRepository(m_db).value(QStringLiteral("retention.run_at"));
    if (!setting.ok()) {
        qCWarning(lcRetention) << "cannot read retention.run_at, using the default:"
                               << setting.error().describe();
        return defaultRunAt();
    }
    if (setting->isEmpty())
        return defaultRunAt();
    const QTime parsed = parseTimeOfDay(*setting);
    if (!parsed.isValid()) {
        qCWarning(lcRetention) << "retention.run_at is not HH:MM, using the default";
        return defaultRunAt();
    }
    return parsed;
}

QDateTime RetentionTask::nextRunAfter(const QDateTime& after)
{
    return nextDailyRun(after, runAt());
}

Result<QString> RetentionTask::run(const std::atomic_bool& stop)
{
    PurgeOptions options;
    options.cancel = &stop;
    auto report = RetentionService(m_db).purge(QDateTime::currentDateTimeUtc(), options);
    if (!report.ok())
        return report.error();
    QString summary = QStringLiteral("purged %1 cases (%2 in the log) in %3 s, %4 audit rows expired")
                          .arg(report->purged)
                          .arg(report->logged)
                          .arg(report->seconds, 0, 'f', 1)
                          .arg(report->auditRowsExpired);
    if (!report->complete)
        summary += QStringLiteral("; stopped early, the next run continues");
    // The log stays English whatever the language.
    for (const PurgeNote& note : report->notes())
        summary += QStringLiteral("; ") + note.text.english();
    return summary;
}

} // namespace casedesk
