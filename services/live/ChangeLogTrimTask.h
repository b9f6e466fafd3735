// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "retention/BackgroundTask.h"

namespace casedesk {

class Database;

// Keeps the change log short: every hour, the background service deletes the rows older than
// a day (an open CaseDesk only ever needs the last few seconds; a watcher that was away longer
// reloads). Batches of 5,000 rows, one short transaction each.
class ChangeLogTrimTask : public BackgroundTask
{
public:
    static constexpr int kKeepHours = 24;

    explicit ChangeLogTrimTask(const Database& db)
        : m_db(db)
    {}

    QString name() const override { return QStringLiteral("change-log"); }
    QDateTime nextRunAfter(const QDateTime& after) override { return after.addSecs(3600); }
    Result<QString> run(const std::atomic_bool& stop) override;

    // One run at `now`: returns how many rows were deleted.
    Result<qint64> trim(const QDateTime& now, const std::atomic_bool& stop) const;

private:
    const Database& m_db;
};

} // namespace casedesk
