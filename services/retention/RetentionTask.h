// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "BackgroundTask.h"

#include <optional>

namespace casedesk {

class Database;

// Retention as a daily background task: at `runAt` if given (serve --purge-at), else at the
// settings key retention.run_at ("HH:MM"), else at 02:30 local time.
class RetentionTask : public BackgroundTask
{
public:
    static QTime defaultRunAt() { return QTime(2, 30); }

    RetentionTask(const Database& db, std::optional<QTime> runAt)
        : m_db(db)
        , m_runAt(runAt)
    {}

    QString name() const override { return QStringLiteral("retention"); }
    QDateTime nextRunAfter(const QDateTime& after) override;
    Result<QString> run(const std::atomic_bool& stop) override;

    // The time of day the task runs at, from the override, the settings or the default.
    QTime runAt() const;

private:
    const Database& m_db;
    std::optional<QTime> m_runAt;
};

} // namespace casedesk
