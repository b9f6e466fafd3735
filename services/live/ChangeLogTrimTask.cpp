// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "ChangeLogTrimTask.h"

#include "ChangeRepository.h"
#include "db/Database.h"

namespace casedesk {

namespace {

constexpr int kRowsPerBatch = 5000;

} // namespace

Result<qint64> ChangeLogTrimTask::trim(const QDateTime& now, const std::atomic_bool& stop) const
{
    const QDateTime before = now.addSecs(-3600LL * kKeepHours);
    qint64 total = 0;
    while (!stop.load()) {
        // Autocommit: each batch is its own short statement (one DELETE, or on PostgreSQL one
        // function call), so no TransactionGuard is needed around it.
        auto removed = ChangeRepository(m_db).trim(before, kRowsPerBatch);
        if (!removed.ok())
            return removed.error();
        total += *removed;
        if (*removed < kRowsPerBatch)
            break;
    }
    return total;
}

Result<QString> ChangeLogTrimTask::run(const std::atomic_bool& stop)
{
    auto removed = trim(QDateTime::currentDateTimeUtc(), stop);
    if (!removed.ok())
        return removed.error();
    return QStringLiteral("%1 change-log rows older than %2 hours removed").arg(*removed).arg(kKeepHours);
}

} // namespace casedesk
