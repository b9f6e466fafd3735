// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "retention/BackgroundTask.h"

namespace casedesk {

class Database;

// Every hour the background service tells the assignees of the cases that became overdue
// (NotificationService::noteOverdue), so that those who asked get it by e-mail even when no
// desktop is open. Desktops ask too; each case is told once per status.
class OverdueNoticeTask : public BackgroundTask
{
public:
    explicit OverdueNoticeTask(const Database& db)
        : m_db(db)
    {}

    QString name() const override { return QStringLiteral("overdue"); }
    QDateTime nextRunAfter(const QDateTime& after) override { return after.addSecs(3600); }
    Result<QString> run(const std::atomic_bool& stop) override;

private:
    const Database& m_db;
};

} // namespace casedesk
