// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "Notification.h"
#include "NotificationRepository.h"
#include "core/Result.h"

#include <QList>

namespace casedesk {

class Database;

// The person's own notifications and what they want to be told of (issue #16 §3). The desktop
// reads what is new, shows what the settings ask for, and marks it seen; each write is one
// transaction. PostgreSQL's policies keep every person to their own rows (0034).
class NotificationService
{
public:
    explicit NotificationService(const Database& db)
        : m_db(db)
    {}

    // What is new for the person: the oldest `limit` of it, how many in all, and up to which id
    // (for markSeenThrough).
    Result<NotificationRepository::Unseen> unseen(int limit = 100) const;
    // Everything new up to `lastId` is seen: shown, or not wanted, or one of too many to show.
    VoidResult markSeenThrough(qint64 lastId) const;

    // Tells the assignees of the cases that became overdue (once per case and status); every
    // desktop and the background service ask every hour. How many were told.
    Result<int> noteOverdue() const;

    Result<NotificationSettings> settings() const;
    // The e-mail address, if any, must be one (field "emailTo").
    VoidResult saveSettings(const NotificationSettings& settings) const;

private:
    const Database& m_db;
};

} // namespace casedesk
