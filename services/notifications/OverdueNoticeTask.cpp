// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "OverdueNoticeTask.h"

#include "NotificationService.h"

namespace casedesk {

Result<QString> OverdueNoticeTask::run(const std::atomic_bool&)
{
    auto told = NotificationService(m_db).noteOverdue();
    if (!told.ok())
        return told.error();
    return *told == 0 ? QString() : QStringLiteral("%1 assignee(s) told of an overdue case").arg(*told);
}

} // namespace casedesk
