// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "NotificationService.h"

#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "deadlines/StatusDeadline.h"
#include "intake/TextRules.h"

namespace casedesk {

Result<NotificationRepository::Unseen> NotificationService::unseen(int limit) const
{
    return NotificationRepository(m_db).unseen(m_db.currentUser(), limit);
}

VoidResult NotificationService::markSeenThrough(qint64 lastId) const
{
    if (lastId <= 0)
        return {};
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun();
    if (auto r = NotificationRepository(m_db).markSeenThrough(m_db.currentUser(), lastId); !r.ok())
        return r;
    return transaction.commit();
}

Result<int> NotificationService::noteOverdue() const
{
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun().error();
    auto told = NotificationRepository(m_db).noteOverdue(swedishToday());
    if (!told.ok())
        return told.error();
    if (auto committed = transaction.commit(); !committed.ok())
        return committed.error();
    return told;
}

Result<NotificationSettings> NotificationService::settings() const
{
    return NotificationRepository(m_db).settings(m_db.currentUser());
}

VoidResult NotificationService::saveSettings(const NotificationSettings& settings) const
{
    NotificationSettings checked = settings;
    checked.emailTo = settings.emailTo.trimmed();
    if (auto r = checkEmail(checked.emailTo, QStringLiteral("emailTo")); !r.ok())
        return r;
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun();
    if (auto r = NotificationRepository(m_db).storeSettings(m_db.currentUser(), checked); !r.ok())
        return r;
    return transaction.commit();
}

} // namespace casedesk
